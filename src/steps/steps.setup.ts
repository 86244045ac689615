/*
 * The vocabulary of a flow's machine (src/steps/steps.machine.ts): its form, then the
 * steps after it (code, phone, new password, the flow's end). Context, events, calls,
 * guards, actions and delays. The shell starts the machine when a flow is chosen (at its
 * form) or when the server answers one of its own forms with a Step other than signed
 * in (at that Step), and acts on how it ends.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Challenge, Step, TenantConfig, User } from '../api/types.js';
import { stepsActors } from './steps.actors.js';
import { noApi, ticker } from '../shell/actors.js';
import { shownError, type ErrorDraft } from '../shell/errors.js';
import type { Check } from '../validation/forms.js';
import type { ErrorInfo, Fields, FlowName, LoginEvent } from '../shell/types.js';

/** A Step the server answers that the steps take over: every one but signed in. */
export type NextStep = Exclude<Step, { next: 'signedIn' }>;

/** The flows whose form is in their machine (sign-in's is the shell's). */
export type FormFlow = Exclude<FlowName, 'signIn'>;

/** The screens of a flow's machine: its form, and the steps (steps.machine.ts). */
export type StepScreen = FormFlow | 'code' | 'enrolPhone' | 'setPassword' | 'checkInbox' | 'contactSupport';

export interface StepsContext {
  /** The screen the machine was started at: the flow's form, or that of the Step it was given. */
  first: StepScreen;
  config?: TenantConfig;
  fields: Fields;
  /** The flow the steps belong to (undefined after a mailed link): what Back returns to and what the views say. */
  flow?: FlowName;
  /** The server's flow id; not a secret (useless without the session cookie). */
  flowId?: string;
  challenge?: Challenge;
  /** Epoch ms when "send a new code" becomes available. */
  resendAt?: number;
  /** Epoch ms when the current code expires. */
  codeExpiresAt?: number;
  inbox?: { channel: 'email' | 'sms' };
  support?: { reason: 'phoneUnknown' | 'emailAlreadyRegistered' | 'accountNotFound' };
  error?: ErrorInfo;
  /** Updated every second while a countdown is shown. */
  now: number;
  errorSeq: number;
}

export interface StepsInput {
  /** The Step to begin at; without one, the flow's form. */
  step?: NextStep;
  flow?: FlowName;
  config?: TenantConfig;
  fields: Fields;
  /** The shell's error count: the steps' errors are numbered on from it, so each is announced. */
  errorSeq: number;
}

/** How a flow ends: signed in, Back from its form, to sign-in, or into another flow; with what was typed. */
export type StepsOutput = { fields: Fields } & (
  | { result: 'signedIn'; user: User }
  | { result: 'back' }
  | { result: 'signIn' }
  | { result: 'flow'; flow: FlowName }
);

export type StepsEvent = Extract<
  LoginEvent,
  { type: `${FormFlow}.submit` | 'code.submit' | 'code.resend' | 'phone.submit' | 'password.submit' | 'back' | 'flow.start' | 'tick' }
>;

/** What a Step says that is not a secret, for the context. */
export function stepContext(step: NextStep, now: number): Partial<StepsContext> {
  switch (step.next) {
    case 'verifyCode':
      return { flowId: step.flowId, ...challengeContext(step.challenge, now) };
    case 'enrolPhone':
    case 'setPassword':
      return { flowId: step.flowId, challenge: undefined };
    case 'checkInbox':
      return { inbox: { channel: step.channel }, flowId: undefined, challenge: undefined };
    case 'contactSupport':
      return { support: { reason: step.reason }, flowId: undefined, challenge: undefined };
  }
}

function challengeContext(challenge: Challenge, now: number): Partial<StepsContext> {
  return {
    challenge,
    resendAt: now + challenge.resendAfterSeconds * 1000,
    codeExpiresAt: now + challenge.expiresInSeconds * 1000,
    now,
  };
}

export const stepsSetup = setup({
  types: {
    context: {} as StepsContext,
    events: {} as StepsEvent,
    input: {} as StepsInput,
    output: {} as StepsOutput,
    emitted: {} as { type: 'error'; code: ErrorInfo['code'] },
    tags: {} as 'busy' | 'blocked',
  },
  actors: { ...stepsActors(noApi), ticker },
  delays: {
    untilRetry: ({ context }) => Math.max(0, (context.error?.retryAt ?? 0) - Date.now()),
    untilCodeExpires: ({ context }) => Math.max(0, (context.codeExpiresAt ?? 0) - Date.now()),
  },
  guards: {
    checkFails: (_, params: { check: Check<unknown> }) => params.check.error !== undefined,
    stepIs: (_, params: { step: Step; next: Step['next'] }) => params.step.next === params.next,
    errorIn: (_, params: { code: string; codes: readonly string[] }) => params.codes.includes(params.code),
    blocksUntil: (_, params: { draft: ErrorDraft }) => (params.draft.retryAt ?? 0) > Date.now(),
    beginsAt: ({ context }, params: { screen: StepScreen }) => context.first === params.screen,
    codeLocked: ({ context }) => context.challenge?.attemptsLeft === 0,
    codeExpired: ({ context }) => (context.codeExpiresAt ?? 0) <= Date.now(),
  },
  actions: {
    updateNow: assign({ now: () => Date.now() }),
    clearError: assign({ error: undefined }),
    showError: enqueueActions(({ context, enqueue }, params: { draft: ErrorDraft }) => {
      enqueue.assign(shownError(context, params.draft));
      enqueue.emit({ type: 'error', code: params.draft.code });
    }),
    keepFields: assign({ fields: ({ context }, params: Fields) => ({ ...context.fields, ...params }) }),
    applyStep: assign((_, params: { step: Step }) => (params.step.next === 'signedIn' ? {} : stepContext(params.step, Date.now()))),
    storeChallenge: assign((_, params: { challenge: Challenge }) => challengeContext(params.challenge, Date.now())),
    storeAttemptsLeft: assign({
      challenge: ({ context }, params: { attemptsLeft: number | undefined }) =>
        context.challenge && params.attemptsLeft !== undefined ? { ...context.challenge, attemptsLeft: params.attemptsLeft } : context.challenge,
    }),
    delayResend: assign({ resendAt: ({ context }, params: { draft: ErrorDraft }) => params.draft.retryAt ?? context.resendAt }),
  },
});

export type StepsStateConfig = ReturnType<typeof stepsSetup.createStateConfig>;
