/*
 * The forms for what was forgotten: F6 customer number or PIN (answer by e-mail or SMS),
 * F7b a mailed link to choose a password, F12 password reset by one-time code. The
 * server answers the same whether or not it knows the customer.
 */
import { assertEvent } from 'xstate';
import { flowStart } from './navigation.js';
import { blocked, checkedSubmit, onFormError, onStep } from './transitions.js';
import { loginSetup } from './setup.js';
import { checkCustomerNumber, checkCustomerNumberRecovery, checkResetIdentifier } from './validate.js';
import type { LoginContext, LoginEvent } from './types.js';

type EventOf<T extends LoginEvent['type']> = Extract<LoginEvent, { type: T }>;

const formNavigation = { 'flow.start': flowStart, back: '#login.signIn' } as const;

type Recovery = EventOf<'forgotCustomerNumber.submit'>;
const checkRecovery = (context: LoginContext, e: Recovery) => checkCustomerNumberRecovery(context.config, e);

export const forgotCustomerNumber = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: {
      on: {
        'forgotCustomerNumber.submit': checkedSubmit(checkRecovery, (_, e: Recovery) => ({
          email: e.email,
          mobile: e.mobile,
          customerNumber: e.customerNumber,
          channel: e.channel,
        })),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'recoverCustomerNumber',
        src: 'recoverCustomerNumber',
        input: ({ context, event }) => {
          assertEvent(event, 'forgotCustomerNumber.submit');
          return { api: context.api, body: checkRecovery(context, event).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});

type PasswordLink = EventOf<'passwordLink.submit'>;
const checkLink = (context: LoginContext, e: PasswordLink) => checkCustomerNumber(context.config, e.customerNumber);

export const passwordLink = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: { on: { 'passwordLink.submit': checkedSubmit(checkLink, (_, e: PasswordLink) => ({ customerNumber: e.customerNumber })) } },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'requestPasswordLink',
        src: 'requestPasswordLink',
        input: ({ context, event }) => {
          assertEvent(event, 'passwordLink.submit');
          return { api: context.api, ...checkLink(context, event).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});

type Reset = EventOf<'forgotPassword.submit'>;
const checkReset = (context: LoginContext, e: Reset) => checkResetIdentifier(context.config, e.identifier);

export const forgotPassword = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: { on: { 'forgotPassword.submit': checkedSubmit(checkReset, (_, e: Reset) => ({ identifier: e.identifier })) } },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'startPasswordReset',
        src: 'startPasswordReset',
        input: ({ context, event }) => {
          assertEvent(event, 'forgotPassword.submit');
          return { api: context.api, ...checkReset(context, event).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});
