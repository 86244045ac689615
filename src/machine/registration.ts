/*
 * The forms that start a registration: F2 activation and F3 verify-and-create (e-mail,
 * then a code), F4 mobile number and birth date, F5 customer number and PIN, F7a e-mail
 * with customer number and personal number. Each answers a Step; the code, password and
 * phone steps after it are shared (code.ts, set-password.ts, phone.ts).
 */
import { startForm, type EventOf } from './form.js';
import { seal } from './secret.js';
import {
  checkCustomerNumberRegistration,
  checkEmail,
  checkEmailRegistration,
  checkMobileRegistration,
  pinDigits,
} from './validate.js';
import type { LoginContext } from './types.js';

type EmailEvent = EventOf<'activation.submit' | 'verifyAndCreate.submit'>;
const checkEmailEvent = (_: LoginContext, event: EmailEvent) => checkEmail(event.email);
const keepEmail = (_: LoginContext, event: EmailEvent) => ({ email: event.email });
const emailOf = (_: LoginContext, event: EmailEvent) => checkEmail(event.email).value;

export const activation = startForm({
  submit: 'activation.submit',
  check: checkEmailEvent,
  keep: keepEmail,
  call: 'startActivation',
  input: emailOf,
});

export const verifyAndCreate = startForm({
  submit: 'verifyAndCreate.submit',
  check: checkEmailEvent,
  keep: keepEmail,
  call: 'startVerification',
  input: emailOf,
});

type Mobile = EventOf<'mobileRegistration.submit'>;
const checkMobile = (_: LoginContext, e: Mobile) => checkMobileRegistration(e.countryCode, e.nationalNumber, e.birthDate);

export const mobileRegistration = startForm({
  submit: 'mobileRegistration.submit',
  check: checkMobile,
  keep: (_, e) => ({ countryCode: e.countryCode, nationalNumber: e.nationalNumber, birthDate: e.birthDate }),
  call: 'registerWithMobile',
  input: (context, e) => ({ body: checkMobile(context, e).value }),
});

type CustomerNumber = EventOf<'customerNumberRegistration.submit'>;
const checkCustomer = (context: LoginContext, e: CustomerNumber) => checkCustomerNumberRegistration(context.config, e);

export const customerNumberRegistration = startForm({
  submit: 'customerNumberRegistration.submit',
  check: checkCustomer,
  keep: (_, e) => ({ customerNumber: e.customerNumber, email: e.email }),
  call: 'registerWithCustomerNumber',
  input: (context, e) => ({ ...checkCustomer(context, e).value, pin: seal(pinDigits(e.pin)), password: seal(e.password) }),
});

type EmailRegistration = EventOf<'emailRegistration.submit'>;
const checkEmailRegistrationEvent = (_: LoginContext, e: EmailRegistration) =>
  checkEmailRegistration(e.customerNumber, e.personalNumber, e.email);

export const emailRegistration = startForm({
  submit: 'emailRegistration.submit',
  check: checkEmailRegistrationEvent,
  keep: (_, e) => ({ customerNumber: e.customerNumber, personalNumber: e.personalNumber, email: e.email }),
  call: 'registerEmail',
  input: (context, e) => ({ body: checkEmailRegistrationEvent(context, e).value }),
});
