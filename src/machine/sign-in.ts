/*
 * F1: identifier and password, with "remember me" where the tenant offers it, and the
 * doors to everything else: the flows' forms, BankID, identity providers, new customers.
 */
import { assertEvent } from 'xstate';
import { flowStart } from './navigation.js';
import { seal } from './secret.js';
import { blocked, checkedSubmit, onFormError, onStep } from './transitions.js';
import { loginSetup } from './setup.js';
import { checkSignIn } from './validate.js';
import type { LoginContext, LoginEvent } from './types.js';

type Submit = Extract<LoginEvent, { type: 'signIn.submit' }>;

const check = (context: LoginContext, event: Submit) => checkSignIn(context.config, event.identifier, event.password);
const offersRememberMe = (context: LoginContext) => context.config?.rememberMe === true;

export const signIn = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: {
      on: {
        'signIn.submit': checkedSubmit(check, (context, event: Submit) => ({
          identifier: event.identifier,
          ...(offersRememberMe(context) ? { rememberMe: event.rememberMe } : {}),
        })),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'signInWithPassword',
        src: 'signInWithPassword',
        input: ({ context, event }) => {
          assertEvent(event, 'signIn.submit');
          return {
            api: context.api,
            ...check(context, event).value,
            password: seal(event.password),
            ...(offersRememberMe(context) ? { rememberMe: event.rememberMe } : {}),
          };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: {
    'flow.start': flowStart,
    'method.bankid': { guard: 'offersBankId', target: 'bankid' },
    'idp.start': { guard: { type: 'offersProvider', params: ({ event }) => ({ providerId: event.providerId }) }, target: 'redirecting' },
    'customer.new': { guard: 'hasNewCustomerLink', actions: 'navigateToNewCustomer' },
    back: { guard: 'hasNewCustomerLink', target: 'welcome' },
  },
});
