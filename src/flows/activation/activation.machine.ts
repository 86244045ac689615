/*
 * F2: activation. The e-mail the account is registered with; if the server knows it, a
 * one-time code follows (steps/code), then a password (steps/set-password).
 */
import { checkEmail } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'activation.submit' }>;

const form = startForm({
  submit: 'activation.submit',
  check: (_: StepsContext, event: Submit) => checkEmail(event.email),
  keep: (_, event) => ({ email: event.email }),
  call: 'startActivation',
  input: (_, event) => checkEmail(event.email).value,
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: activationMachine, withApi } = flowMachine('activation', form);
