/*
 * F6: a forgotten customer number or PIN, sent by e-mail or SMS. The server answers the
 * same whether or not it knows the customer.
 */
import { startForm, type EventOf } from '../../shell/form.js';
import { checkCustomerNumberRecovery } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'forgotCustomerNumber.submit'>;
const check = (context: LoginContext, e: Submit) => checkCustomerNumberRecovery(context.config, e);

export const forgotCustomerNumber = startForm({
  submit: 'forgotCustomerNumber.submit',
  check,
  keep: (_, e) => ({ email: e.email, mobile: e.mobile, customerNumber: e.customerNumber, channel: e.channel }),
  call: 'recoverCustomerNumber',
  input: (context, e) => ({ body: check(context, e).value }),
});
