/*
 * The forms for what was forgotten: F6 customer number or PIN (answer by e-mail or SMS),
 * F7b a mailed link to choose a password, F12 password reset by one-time code. The
 * server answers the same whether or not it knows the customer.
 */
import { startForm, type EventOf } from './form.js';
import { checkCustomerNumber, checkCustomerNumberRecovery, checkResetIdentifier } from './validate.js';
import type { LoginContext } from './types.js';

type Recovery = EventOf<'forgotCustomerNumber.submit'>;
const checkRecovery = (context: LoginContext, e: Recovery) => checkCustomerNumberRecovery(context.config, e);

export const forgotCustomerNumber = startForm({
  submit: 'forgotCustomerNumber.submit',
  check: checkRecovery,
  keep: (_, e) => ({ email: e.email, mobile: e.mobile, customerNumber: e.customerNumber, channel: e.channel }),
  call: 'recoverCustomerNumber',
  input: (context, e) => ({ body: checkRecovery(context, e).value }),
});

type PasswordLink = EventOf<'passwordLink.submit'>;
const checkLink = (context: LoginContext, e: PasswordLink) => checkCustomerNumber(context.config, e.customerNumber);

export const passwordLink = startForm({
  submit: 'passwordLink.submit',
  check: checkLink,
  keep: (_, e) => ({ customerNumber: e.customerNumber }),
  call: 'requestPasswordLink',
  input: (context, e) => checkLink(context, e).value,
});

type Reset = EventOf<'forgotPassword.submit'>;
const checkReset = (context: LoginContext, e: Reset) => checkResetIdentifier(context.config, e.identifier);

export const forgotPassword = startForm({
  submit: 'forgotPassword.submit',
  check: checkReset,
  keep: (_, e) => ({ identifier: e.identifier }),
  call: 'startPasswordReset',
  input: (context, e) => checkReset(context, e).value,
});
