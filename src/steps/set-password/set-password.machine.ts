/*
 * Choosing a new password (F2, F3, F4, F7, F12): the tenant's policy and the confirmation
 * are checked before sending, so neither a weak password nor a typo leaves the browser.
 */
import { seal } from '../../shell/secret.js';
import { checkNewPassword } from '../../validation/flow-forms.js';
import { stepForm } from '../step-form.js';

export const setPassword = stepForm({
  submit: 'password.submit',
  check: (context, e) => checkNewPassword(context.config, e.password, e.confirm),
  call: 'setPassword',
  input: (context, e) => ({ flowId: context.flowId ?? '', password: seal(e.password) }),
});
