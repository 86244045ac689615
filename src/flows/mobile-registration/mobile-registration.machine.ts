/*
 * F4: registration with a mobile number the company already has, and a birth date. An
 * SMS code follows (steps/code), then a password; an unknown number ends in "contact
 * customer service".
 */
import { REGISTRATION_ON, startForm, type EventOf } from '../../shell/form.js';
import { checkMobileRegistration } from '../../validation/forms.js';
import type { LoginContext } from '../../shell/types.js';

type Submit = EventOf<'mobileRegistration.submit'>;
const check = (_: LoginContext, e: Submit) => checkMobileRegistration(e.countryCode, e.nationalNumber, e.birthDate);

export const mobileRegistration = startForm({
  submit: 'mobileRegistration.submit',
  check,
  keep: (_, e) => ({ countryCode: e.countryCode, nationalNumber: e.nationalNumber, birthDate: e.birthDate }),
  call: 'registerWithMobile',
  input: (context, e) => ({ body: check(context, e).value }),
}, REGISTRATION_ON);
