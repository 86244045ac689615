/*
 * F2: activation. The e-mail the account is registered with; if the server knows it, a
 * one-time code follows (steps/code), then a password (steps/set-password).
 */
import { REGISTRATION_ON, startForm, type EventOf } from '../../shell/form.js';
import { checkEmail } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'activation.submit'>;

export const activation = startForm({
  submit: 'activation.submit',
  check: (_: LoginContext, event: Submit) => checkEmail(event.email),
  keep: (_, event) => ({ email: event.email }),
  call: 'startActivation',
  input: (_, event) => checkEmail(event.email).value,
}, REGISTRATION_ON);
