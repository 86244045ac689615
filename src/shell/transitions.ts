/*
 * Transitions every form shares, the shell's and the steps' (src/steps) alike: where a
 * Step leads, how a failed call is shown, and the wait while a rate limit or lock runs out.
 */
import type { DoneActorEvent, ErrorActorEvent, EventObject } from 'xstate';
import type { Step } from '../api/types.js';
import { draftFromError, type ErrorDraft } from './errors.js';
import type { Fields } from './types.js';
import type { Check } from '../validation/forms.js';

const stepOf = (event: EventObject): Step => (event as DoneActorEvent<Step>).output;
const errorOf = (event: EventObject): unknown => (event as ErrorActorEvent).error;

/** The error of a failed invoke, as the context shows it. */
export const failure = ({ event }: { event: EventObject }) => ({ draft: draftFromError(errorOf(event), Date.now()) });

/** The problem code of a failed invoke, for guards that pick a substate by it. */
export const failedWith =
  (...codes: string[]) =>
  ({ event }: { event: EventObject }) => ({ code: draftFromError(errorOf(event), 0).code, codes });

/** The guard of a call's onDone that picks the answered Step by what comes next. */
export const step = (next: Step['next']) => ({ type: 'stepIs' as const, params: ({ event }: { event: EventObject }) => ({ step: stepOf(event), next }) });
/** The answered Step into the context. */
export const applyStep = { type: 'applyStep' as const, params: ({ event }: { event: EventObject }) => ({ step: stepOf(event) }) };

/**
 * onDone of the shell's calls that answer a Step: signed in, else the steps that follow
 * (src/steps) take over what the server asks next.
 */
export const onStep = [
  { guard: step('signedIn'), target: '#login.signedIn', actions: applyStep },
  { target: '#login.steps', actions: applyStep },
];

/**
 * onError of a form: the error is shown on the same form, which keeps what was typed.
 * With a Retry-After (rate limit, temporary lock) the form waits in `blocked` first.
 */
export const onFormError = [
  { guard: { type: 'blocksUntil' as const, params: failure }, target: 'blocked', actions: { type: 'showError' as const, params: failure } },
  { target: 'idle', actions: { type: 'showError' as const, params: failure } },
];

/**
 * Submitting waits until the Retry-After has passed; the countdown ticks meanwhile, and
 * the clock is read once more as it ends, so no countdown stays frozen on its last second.
 */
export const blocked = {
  tags: 'blocked',
  invoke: { src: 'ticker' },
  after: { untilRetry: { target: 'idle', actions: 'updateNow' } },
} as const;

/**
 * A form's submit: checked before anything is sent (a failed check is shown at once,
 * with no request), then `target` (`submitting`). What was typed (never a secret) is kept either way.
 */
export function checkedSubmit<C, E extends EventObject>(
  check: (context: C, event: E) => Check<unknown>,
  keep: (context: C, event: E) => Fields = () => ({}),
  target = 'submitting',
) {
  type Args = { context: C; event: EventObject };
  const keepFields = { type: 'keepFields' as const, params: ({ context, event }: Args) => keep(context, event as E) };
  const result = ({ context, event }: Args) => check(context, event as E);
  return [
    {
      guard: { type: 'checkFails' as const, params: (args: Args) => ({ check: result(args) }) },
      actions: [keepFields, { type: 'showError' as const, params: (args: Args) => ({ draft: problemOf(result(args)) }) }],
    },
    // A new try: the old error goes as it is sent, so it cannot be read as the new answer.
    { target, actions: [keepFields, 'clearError' as const] },
  ];
}

function problemOf(check: Check<unknown>): ErrorDraft {
  return check.error ?? { code: 'validation_failed' };
}
