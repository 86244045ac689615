/*
 * F3 phone enrolment: the mobile number that will receive the SMS second factor,
 * with the tenant's country preselected by the view.
 */
import { assertEvent } from 'xstate';
import { FLOW_GONE } from './errors.js';
import { backToFlow, flowStart } from './navigation.js';
import { blocked, checkedSubmit, failedWith, failure, onFormError, onStep } from './transitions.js';
import { loginSetup } from './setup.js';
import { checkPhone } from './validate.js';
import type { LoginContext, LoginEvent } from './types.js';

type Submit = Extract<LoginEvent, { type: 'phone.submit' }>;
const check = (_: LoginContext, event: Submit) => checkPhone(event.countryCode, event.nationalNumber);

export const enrolPhone = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: {
      on: {
        'phone.submit': checkedSubmit(check, (_, e: Submit) => ({ countryCode: e.countryCode, nationalNumber: e.nationalNumber })),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'enrolPhone',
        src: 'enrolPhone',
        input: ({ context, event }) => {
          assertEvent(event, 'phone.submit');
          return { api: context.api, flowId: context.flowId ?? '', phone: check(context, event).value };
        },
        onDone: onStep,
        onError: [
          { guard: { type: 'errorIn', params: failedWith(...FLOW_GONE) }, target: 'ended', actions: { type: 'showError', params: failure } },
          ...onFormError,
        ],
      },
    },
    blocked,
    ended: { on: { 'flow.start': flowStart } },
  },
  on: { back: backToFlow },
});
