/*
 * F4: registration with a mobile number the company already has, and a birth date. An
 * SMS code follows (steps/code), then a password; an unknown number ends in "contact
 * customer service".
 */
import { checkMobileRegistration } from '../../validation/flow-forms.js';
import { startForm } from '../../steps/step-form.js';
import { flowMachine } from '../../steps/steps.machine.js';
import type { StepsContext, StepsEvent } from '../../steps/steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'mobileRegistration.submit' }>;
const check = (_: StepsContext, e: Submit) => checkMobileRegistration(e.countryCode, e.nationalNumber, e.birthDate);

const form = startForm({
  submit: 'mobileRegistration.submit',
  check,
  keep: (_, e) => ({ countryCode: e.countryCode, nationalNumber: e.nationalNumber, birthDate: e.birthDate }),
  call: 'registerWithMobile',
  input: (context, e) => ({ body: check(context, e).value }),
});

/** The flow's machine: its form, then the steps (src/steps). */
export const { machine: mobileRegistrationMachine, withApi } = flowMachine('mobileRegistration', form);
