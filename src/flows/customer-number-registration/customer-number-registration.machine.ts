/*
 * F5: registration with customer number and PIN, user name and password in one form. A
 * link is e-mailed ("check your inbox"); it lands back on the widget, which finishes.
 */
import { seal } from '../../shell/secret.js';
import { checkCustomerNumberRegistration, pinDigits } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'customerNumberRegistration.submit' }>;
const check = (context: StepsContext, e: Submit) => checkCustomerNumberRegistration(context.config, e);

const form = startForm({
  submit: 'customerNumberRegistration.submit',
  check,
  keep: (_, e) => ({ customerNumber: e.customerNumber, email: e.email }),
  call: 'registerWithCustomerNumber',
  input: (context, e) => ({ ...check(context, e).value, pin: seal(pinDigits(e.pin)), password: seal(e.password) }),
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: customerNumberRegistrationMachine, withApi } = flowMachine('customerNumberRegistration', form);
