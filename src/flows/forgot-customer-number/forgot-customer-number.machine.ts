/*
 * F6: a forgotten customer number or PIN, sent by e-mail or SMS. The server answers the
 * same whether or not it knows the customer.
 */
import { checkCustomerNumberRecovery } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'forgotCustomerNumber.submit' }>;
const check = (context: StepsContext, e: Submit) => checkCustomerNumberRecovery(context.config, e);

const form = startForm({
  submit: 'forgotCustomerNumber.submit',
  check,
  keep: (_, e) => ({ email: e.email, mobile: e.mobile, customerNumber: e.customerNumber, channel: e.channel }),
  call: 'recoverCustomerNumber',
  input: (context, e) => ({ body: check(context, e).value }),
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: forgotCustomerNumberMachine, withApi } = flowMachine('forgotCustomerNumber', form);
