/*
 * F7a: registering an e-mail with customer number and personal identity number; a
 * confirmation is mailed. Changing an e-mail already registered ends in "contact
 * customer service".
 */
import { REGISTRATION_ON, startForm, type EventOf } from '../../shell/form.js';
import { checkEmailRegistration } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'emailRegistration.submit'>;
const check = (context: LoginContext, e: Submit) => checkEmailRegistration(context.config, e.customerNumber, e.personalNumber, e.email);

export const emailRegistration = startForm({
  submit: 'emailRegistration.submit',
  check,
  keep: (_, e) => ({ customerNumber: e.customerNumber, personalNumber: e.personalNumber, email: e.email }),
  call: 'registerEmail',
  input: (context, e) => ({ body: check(context, e).value }),
}, REGISTRATION_ON);
