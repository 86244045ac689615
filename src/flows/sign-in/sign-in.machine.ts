/*
 * F1: identifier and password, with "remember me" where the tenant offers it, and the
 * doors to everything else: the flows' forms, BankID, identity providers, new customers.
 */
import { startForm, type EventOf } from '../../shell/form.js';
import { flowStart, toNewCustomer } from '../../shell/navigation.js';
import { seal } from '../../shell/secret.js';
import { checkSignIn } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'signIn.submit'>;

const check = (context: LoginContext, event: Submit) => checkSignIn(context.config, event.identifier, event.password);
const rememberMe = (context: LoginContext, event: Submit) => (context.config?.rememberMe === true ? { rememberMe: event.rememberMe } : {});

export const signIn = startForm(
  {
    submit: 'signIn.submit',
    check,
    keep: (context, e) => ({ identifier: e.identifier, ...rememberMe(context, e) }),
    call: 'signInWithPassword',
    input: (context, e) => ({ ...check(context, e).value, password: seal(e.password), ...rememberMe(context, e) }),
  },
  {
    'flow.start': flowStart,
    'method.bankid': { guard: 'offersBankId', target: 'bankid' },
    'idp.start': { guard: { type: 'offersProvider', params: ({ event }) => ({ providerId: event.providerId }) }, target: 'redirecting' },
    'customer.new': toNewCustomer,
    back: { guard: 'hasNewCustomerLink', target: 'welcome' },
  },
);
