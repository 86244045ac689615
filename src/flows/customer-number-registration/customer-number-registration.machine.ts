/*
 * F5: registration with customer number and PIN, user name and password in one form. A
 * link is e-mailed ("check your inbox"); it lands back on the widget, which finishes.
 */
import { REGISTRATION_ON, startForm, type EventOf } from '../../shell/form.js';
import { seal } from '../../shell/secret.js';
import { checkCustomerNumberRegistration, pinDigits } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'customerNumberRegistration.submit'>;
const check = (context: LoginContext, e: Submit) => checkCustomerNumberRegistration(context.config, e);

export const customerNumberRegistration = startForm({
  submit: 'customerNumberRegistration.submit',
  check,
  keep: (_, e) => ({ customerNumber: e.customerNumber, email: e.email }),
  call: 'registerWithCustomerNumber',
  input: (context, e) => ({ ...check(context, e).value, pin: seal(pinDigits(e.pin)), password: seal(e.password) }),
}, REGISTRATION_ON);
