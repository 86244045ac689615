/*
 * F1: identifier and password, with "remember me" where the tenant offers it, and the
 * doors to everything else: the flows' forms, BankID, identity providers, new customers.
 * A tenant whose `methods.primary` is BankID or a provider shows that method first
 * (`leading`), with password one tap away; else the password form comes first.
 */
import { startForm, type EventOf } from '../../shell/form.js';
import { chosenFlowStart, flowStart, toNewCustomer } from '../../shell/navigation.js';
import { seal } from '../../shell/secret.js';
import { loginSetup } from '../../shell/setup.js';
import { checkSignIn } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'signIn.submit'>;
type StateConfig = ReturnType<typeof loginSetup.createStateConfig>;

const check = (context: LoginContext, event: Submit) => checkSignIn(context.config, event.identifier, event.password);
const rememberMe = (context: LoginContext, event: Submit) => (context.config?.rememberMe === true ? { rememberMe: event.rememberMe } : {});

const passwordForm = startForm(
  {
    submit: 'signIn.submit',
    check,
    keep: (context, e) => ({ identifier: e.identifier, ...rememberMe(context, e) }),
    call: 'signInWithPassword',
    input: (context, e) => ({ ...check(context, e).value, password: seal(e.password), ...rememberMe(context, e) }),
  },
  {
    'flow.start': flowStart,
    'register.open': { guard: 'offersRegistration', target: 'register' },
    'method.bankid': { guard: 'offersBankId', target: 'bankid' },
    'idp.start': { guard: { type: 'offersProvider', params: ({ event }) => ({ providerId: event.providerId }) }, target: 'redirecting' },
    'customer.new': toNewCustomer,
    back: { guard: 'hasNewCustomerLink', target: 'welcome' },
  },
);

const formStates = passwordForm.states as Record<string, StateConfig>;

export const signIn = {
  ...passwordForm,
  initial: 'start',
  states: {
    start: { always: [{ guard: 'leadsWithOtherMethod', target: 'leading' }, { target: 'idle' }] },
    /** The tenant's leading method alone, and "sign in with password". */
    leading: { on: { 'method.password': 'idle' } },
    ...formStates,
    // Back from the password form to the method it follows.
    idle: { ...formStates.idle, on: { ...formStates.idle?.on, back: { guard: 'leadsWithOtherMethod', target: 'leading' } } },
  },
} as StateConfig;

/** "New customer? Register": the tenant's registration flows and its new-customer page, to choose from. */
export const register = loginSetup.createStateConfig({
  on: { 'flow.start': chosenFlowStart, 'customer.new': toNewCustomer, back: '#login.signIn' },
});
