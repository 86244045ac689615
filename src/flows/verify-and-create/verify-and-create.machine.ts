/*
 * F3: verify and create. An e-mail checked with a code (steps/code), then a mobile
 * number for the second factor (steps/phone) and its SMS code.
 */
import { REGISTRATION_ON, startForm, type EventOf } from '../../shell/form.js';
import { checkEmail } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'verifyAndCreate.submit'>;

export const verifyAndCreate = startForm({
  submit: 'verifyAndCreate.submit',
  check: (_: LoginContext, event: Submit) => checkEmail(event.email),
  keep: (_, event) => ({ email: event.email }),
  call: 'startVerification',
  input: (_, event) => checkEmail(event.email).value,
}, REGISTRATION_ON);
