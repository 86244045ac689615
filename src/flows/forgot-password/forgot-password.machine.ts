/*
 * F12: password reset by one-time code, asked for with what the user signs in with. The
 * server answers the same whether or not it knows the customer.
 */
import { startForm, type EventOf } from '../../shell/form.js';
import { checkResetIdentifier } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'forgotPassword.submit'>;
const check = (context: LoginContext, e: Submit) => checkResetIdentifier(context.config, e.identifier);

export const forgotPassword = startForm({
  submit: 'forgotPassword.submit',
  check,
  keep: (_, e) => ({ identifier: e.identifier }),
  call: 'startPasswordReset',
  input: (context, e) => check(context, e).value,
});
