/*
 * F7b: a mailed link to choose a password, asked for with the customer number. The link
 * lands back on the widget's "choose a password" step.
 */
import { checkCustomerNumber } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'passwordLink.submit' }>;
const check = (context: StepsContext, e: Submit) => checkCustomerNumber(context.config, e.customerNumber);

const form = startForm({
  submit: 'passwordLink.submit',
  check,
  keep: (_, e) => ({ customerNumber: e.customerNumber }),
  call: 'requestPasswordLink',
  input: (context, e) => check(context, e).value,
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: passwordLinkMachine, withApi } = flowMachine('passwordLink', form);
