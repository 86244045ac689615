/*
 * F7a: registering an e-mail with customer number and personal identity number; a
 * confirmation is mailed. Changing an e-mail already registered ends in "contact
 * customer service".
 */
import { checkEmailRegistration } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'emailRegistration.submit' }>;
const check = (context: StepsContext, e: Submit) => checkEmailRegistration(context.config, e.customerNumber, e.personalNumber, e.email);

const form = startForm({
  submit: 'emailRegistration.submit',
  check,
  keep: (_, e) => ({ customerNumber: e.customerNumber, personalNumber: e.personalNumber, email: e.email }),
  call: 'registerEmail',
  input: (context, e) => ({ body: check(context, e).value }),
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: emailRegistrationMachine, withApi } = flowMachine('emailRegistration', form);
