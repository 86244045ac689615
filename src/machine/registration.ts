/*
 * The forms that start a registration: F2 activation and F3 verify-and-create (e-mail,
 * then a code), F4 mobile number and birth date, F5 customer number and PIN, F7a e-mail
 * with customer number and personal number. Each answers a Step; the code, password and
 * phone steps after it are shared (code.ts, set-password.ts, phone.ts).
 */
import { assertEvent } from 'xstate';
import { flowStart } from './navigation.js';
import { seal } from './secret.js';
import { blocked, checkedSubmit, onFormError, onStep } from './transitions.js';
import { loginSetup } from './setup.js';
import {
  checkCustomerNumberRegistration,
  checkEmail,
  checkEmailRegistration,
  checkMobileRegistration,
} from './validate.js';
import type { LoginContext, LoginEvent } from './types.js';

type EventOf<T extends LoginEvent['type']> = Extract<LoginEvent, { type: T }>;

/** What every flow form does besides its own submit. */
const formNavigation = { 'flow.start': flowStart, back: '#login.signIn' } as const;

type EmailEvent = EventOf<'activation.submit' | 'verifyAndCreate.submit'>;
const checkEmailEvent = (_: LoginContext, event: EmailEvent) => checkEmail(event.email);
const keepEmail = (_: LoginContext, event: EmailEvent) => ({ email: event.email });

export const activation = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: { on: { 'activation.submit': checkedSubmit(checkEmailEvent, keepEmail) } },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'startActivation',
        src: 'startActivation',
        input: ({ context, event }) => {
          assertEvent(event, 'activation.submit');
          return { api: context.api, ...checkEmail(event.email).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});

export const verifyAndCreate = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: { on: { 'verifyAndCreate.submit': checkedSubmit(checkEmailEvent, keepEmail) } },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'startVerification',
        src: 'startVerification',
        input: ({ context, event }) => {
          assertEvent(event, 'verifyAndCreate.submit');
          return { api: context.api, ...checkEmail(event.email).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});

type Mobile = EventOf<'mobileRegistration.submit'>;
const checkMobile = (_: LoginContext, e: Mobile) => checkMobileRegistration(e.countryCode, e.nationalNumber, e.birthDate);

export const mobileRegistration = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: {
      on: {
        'mobileRegistration.submit': checkedSubmit(checkMobile, (_, e: Mobile) => ({
          countryCode: e.countryCode,
          nationalNumber: e.nationalNumber,
          birthDate: e.birthDate,
        })),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'registerWithMobile',
        src: 'registerWithMobile',
        input: ({ context, event }) => {
          assertEvent(event, 'mobileRegistration.submit');
          return { api: context.api, body: checkMobile(context, event).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});

type CustomerNumber = EventOf<'customerNumberRegistration.submit'>;
const checkCustomer = (context: LoginContext, e: CustomerNumber) => checkCustomerNumberRegistration(context.config, e);

export const customerNumberRegistration = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: {
      on: {
        'customerNumberRegistration.submit': checkedSubmit(checkCustomer, (_, e: CustomerNumber) => ({
          customerNumber: e.customerNumber,
          email: e.email,
        })),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'registerWithCustomerNumber',
        src: 'registerWithCustomerNumber',
        input: ({ context, event }) => {
          assertEvent(event, 'customerNumberRegistration.submit');
          const { value } = checkCustomer(context, event);
          return { api: context.api, ...value, pin: seal(event.pin.trim()), password: seal(event.password) };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});

type EmailRegistration = EventOf<'emailRegistration.submit'>;
const checkEmailRegistrationEvent = (_: LoginContext, e: EmailRegistration) =>
  checkEmailRegistration(e.customerNumber, e.personalNumber, e.email);

export const emailRegistration = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: {
      on: {
        'emailRegistration.submit': checkedSubmit(checkEmailRegistrationEvent, (_, e: EmailRegistration) => ({
          customerNumber: e.customerNumber,
          personalNumber: e.personalNumber,
          email: e.email,
        })),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'registerEmail',
        src: 'registerEmail',
        input: ({ context, event }) => {
          assertEvent(event, 'emailRegistration.submit');
          return { api: context.api, body: checkEmailRegistrationEvent(context, event).value };
        },
        onDone: onStep,
        onError: onFormError,
      },
    },
    blocked,
  },
  on: formNavigation,
});
