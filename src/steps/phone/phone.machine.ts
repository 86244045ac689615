/*
 * F3 phone enrolment: the mobile number that will receive the SMS second factor,
 * with the tenant's country preselected by the view.
 */
import type { LoginEvent } from '../../shell/types.js';
import { checkPhone } from '../../validation/flow-forms.js';
import { stepForm } from '../step-form.js';
import type { StepsContext } from '../steps.setup.js';

const check = (_: StepsContext, event: Extract<LoginEvent, { type: 'phone.submit' }>) => checkPhone(event.countryCode, event.nationalNumber);

export const enrolPhone = stepForm({
  submit: 'phone.submit',
  check,
  keep: (_, e) => ({ countryCode: e.countryCode, nationalNumber: e.nationalNumber }),
  call: 'enrolPhone',
  input: (context, e) => ({ flowId: context.flowId ?? '', phone: check(context, e).value }),
});
