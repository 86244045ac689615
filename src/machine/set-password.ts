/*
 * Choosing a new password (F2, F3, F4, F7, F12): the tenant's policy and the confirmation
 * are checked before sending, so neither a weak password nor a typo leaves the browser.
 */
import { assertEvent } from 'xstate';
import { FLOW_GONE } from './errors.js';
import { backToFlow, flowStart } from './navigation.js';
import { seal } from './secret.js';
import { blocked, checkedSubmit, failedWith, failure, onFormError, onStep } from './transitions.js';
import { loginSetup } from './setup.js';
import { checkNewPassword } from './validate.js';
import type { LoginContext, LoginEvent } from './types.js';

type Submit = Extract<LoginEvent, { type: 'password.submit' }>;
const check = (context: LoginContext, event: Submit) => checkNewPassword(context.config, event.password, event.confirm);

export const setPassword = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'idle',
  states: {
    idle: { on: { 'password.submit': checkedSubmit(check) } },
    submitting: {
      tags: 'busy',
      invoke: {
        id: 'setPassword',
        src: 'setPassword',
        input: ({ context, event }) => {
          assertEvent(event, 'password.submit');
          return { api: context.api, flowId: context.flowId ?? '', password: seal(event.password) };
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
