/*
 * F12: password reset by one-time code, asked for with what the user signs in with. The
 * server answers the same whether or not it knows the customer.
 */
import { checkResetIdentifier } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'forgotPassword.submit' }>;
const check = (context: StepsContext, e: Submit) => checkResetIdentifier(context.config, e.identifier);

const form = startForm({
  submit: 'forgotPassword.submit',
  check,
  keep: (_, e) => ({ identifier: e.identifier }),
  call: 'startPasswordReset',
  input: (context, e) => check(context, e).value,
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: forgotPasswordMachine, withApi } = flowMachine('forgotPassword', form);
