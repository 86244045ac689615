/*
 * F3 phone enrolment: the mobile number that will receive the SMS second factor,
 * with the tenant's country preselected by the view.
 */
import { flowForm, type EventOf } from '../../shell/form.js';
import { checkPhone } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

const check = (_: LoginContext, event: EventOf<'phone.submit'>) => checkPhone(event.countryCode, event.nationalNumber);

export const enrolPhone = flowForm({
  submit: 'phone.submit',
  check,
  keep: (_, e) => ({ countryCode: e.countryCode, nationalNumber: e.nationalNumber }),
  call: 'enrolPhone',
  input: (context, e) => ({ flowId: context.flowId ?? '', phone: check(context, e).value }),
});
