/*
 * One-time code entry, shared by every flow that sends a code (F1 second factor, F2, F3,
 * F4, F12). The code expires on screen when its time is up; "send a new code" waits for
 * the server's cool-down; too many wrong codes lock the input until a new code is sent.
 */
import { assertEvent } from 'xstate';
import { FLOW_GONE } from '../../shell/errors.js';
import { seal } from '../../shell/secret.js';
import { checkedSubmit, failedWith, failure } from '../../shell/transitions.js';
import { checkCode } from '../../validation/flow-forms.js';
import { back, flowChosen, onNextStep } from '../step-form.js';
import { stepsSetup, type StepsContext, type StepsEvent } from '../steps.setup.js';

type Submit = Extract<StepsEvent, { type: 'code.submit' }>;
const check = (context: StepsContext, event: Submit) => checkCode(event.code, context.challenge?.codeLength);

const show = { type: 'showError' as const, params: failure };
/**
 * The view disables "send a new code" until context.resendAt; the server owns the
 * cool-down, so a resend that comes anyway is sent and its resend_too_soon resets the countdown.
 */
const resend = { target: 'resending' };

export const code = stepsSetup.createStateConfig({
  exit: 'clearError',
  // Resend countdown and expiry are shown from context.now.
  invoke: { src: 'ticker' },
  initial: 'idle',
  states: {
    idle: {
      after: { untilCodeExpires: 'expired' },
      on: { 'code.submit': checkedSubmit(check, undefined, 'verifying'), 'code.resend': resend },
    },
    verifying: {
      tags: 'busy',
      invoke: {
        id: 'verifyCode',
        src: 'verifyCode',
        input: ({ context, event }) => {
          assertEvent(event, 'code.submit');
          return { flowId: context.flowId ?? '', code: seal(check(context, event).value.code) };
        },
        onDone: onNextStep,
        onError: [
          {
            guard: { type: 'errorIn', params: failedWith('code_invalid') },
            target: 'idle',
            actions: [show, { type: 'storeAttemptsLeft', params: ({ event }) => ({ attemptsLeft: failure({ event }).draft.attemptsLeft }) }],
          },
          { guard: { type: 'errorIn', params: failedWith('code_expired') }, target: 'expired', actions: show },
          {
            guard: { type: 'errorIn', params: failedWith('code_attempts_exceeded') },
            target: 'locked',
            actions: [show, { type: 'storeAttemptsLeft', params: { attemptsLeft: 0 } }],
          },
          { guard: { type: 'errorIn', params: failedWith(...FLOW_GONE) }, target: 'ended', actions: show },
          { guard: { type: 'blocksUntil', params: failure }, target: 'blocked', actions: show },
          { target: 'idle', actions: show },
        ],
      },
    },
    resending: {
      tags: 'busy',
      invoke: {
        id: 'resendCode',
        src: 'resendCode',
        input: ({ context }) => ({ flowId: context.flowId ?? '' }),
        onDone: { target: 'idle', actions: ['clearError', { type: 'storeChallenge', params: ({ event }) => ({ challenge: event.output }) }] },
        onError: [
          {
            guard: { type: 'errorIn', params: failedWith('resend_too_soon') },
            target: 'resting',
            actions: [show, { type: 'delayResend', params: failure }],
          },
          { guard: { type: 'errorIn', params: failedWith(...FLOW_GONE) }, target: 'ended', actions: show },
          { guard: { type: 'blocksUntil', params: failure }, target: 'blocked', actions: show },
          { target: 'resting', actions: show },
        ],
      },
    },
    /** Back to where the code stands after a failed resend or a rate limit: usable, expired or locked. */
    resting: {
      always: [{ guard: 'codeLocked', target: 'locked' }, { guard: 'codeExpired', target: 'expired' }, { target: 'idle' }],
    },
    expired: { on: { 'code.resend': resend } },
    locked: { on: { 'code.resend': resend } },
    blocked: { tags: 'blocked', after: { untilRetry: { target: 'resting', actions: 'updateNow' } } },
    /** The server no longer knows the flow: only starting over helps. */
    ended: { on: { 'flow.start': flowChosen } },
  },
  on: { back },
});
