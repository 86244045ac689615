/*
 * F3: verify and create. An e-mail checked with a code (steps/code), then a mobile
 * number for the second factor (steps/phone) and its SMS code.
 */
import { checkEmail } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'verifyAndCreate.submit' }>;

const form = startForm({
  submit: 'verifyAndCreate.submit',
  check: (_: StepsContext, event: Submit) => checkEmail(event.email),
  keep: (_, event) => ({ email: event.email }),
  call: 'startVerification',
  input: (_, event) => checkEmail(event.email).value,
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: verifyAndCreateMachine, withApi } = flowMachine('verifyAndCreate', form);
