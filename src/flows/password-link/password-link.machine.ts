/*
 * F7b: a mailed link to choose a password, asked for with the customer number. The link
 * lands back on the widget's "choose a password" step.
 */
import { REGISTRATION_ON, startForm, type EventOf } from '../../shell/form.js';
import { checkCustomerNumber } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'passwordLink.submit'>;
const check = (context: LoginContext, e: Submit) => checkCustomerNumber(context.config, e.customerNumber);

export const passwordLink = startForm({
  submit: 'passwordLink.submit',
  check,
  keep: (_, e) => ({ customerNumber: e.customerNumber }),
  call: 'requestPasswordLink',
  input: (context, e) => check(context, e).value,
}, REGISTRATION_ON);
