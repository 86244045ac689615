/*
 * A screen with one form that sends one request: checked before sending, `submitting`
 * while the call runs, `blocked` while a Retry-After runs out, a failure shown on the
 * form (which keeps what was typed), and the Step the server answers leads on. Every
 * flow starts with such a form, and the phone and password steps inside flows are one.
 */
import { assertEvent, type EventObject, type InputFrom } from 'xstate';
import type { loginActors } from './actors.js';
import { FLOW_GONE } from './errors.js';
import { backToFlow, flowStart } from './navigation.js';
import { blocked, checkedSubmit, failedWith, failure, onFormError, onStep } from './transitions.js';
import { loginSetup } from './setup.js';
import type { Fields, LoginContext, LoginEvent } from './types.js';
import type { Check } from '../validation/forms.js';

type Actors = typeof loginActors;
type StateConfig = ReturnType<typeof loginSetup.createStateConfig>;
export type EventOf<T extends LoginEvent['type']> = Extract<LoginEvent, { type: T }>;

export interface FormOptions<T extends LoginEvent['type'], A extends keyof Actors> {
  /** The event the form sends. */
  submit: T;
  check: (context: LoginContext, event: EventOf<T>) => Check<unknown>;
  /** What was typed that the form shows again (never a secret). */
  keep?: (context: LoginContext, event: EventOf<T>) => Fields;
  /** The actor that makes the call (also the invoke's id). */
  call: A;
  /** What the call takes: the values the check made canonical, secrets sealed. */
  input: (context: LoginContext, event: EventOf<T>) => InputFrom<Actors[A]>;
}

function formStates<T extends LoginEvent['type'], A extends keyof Actors>(form: FormOptions<T, A>, onError: unknown) {
  return {
    exit: 'clearError',
    initial: 'idle',
    states: {
      idle: { on: { [form.submit]: checkedSubmit(form.check, form.keep) } },
      submitting: {
        tags: 'busy',
        invoke: {
          id: form.call,
          src: form.call,
          input: ({ context, event }: { context: LoginContext; event: EventObject }) => {
            assertEvent(event, form.submit);
            return form.input(context, event as EventOf<T>);
          },
          onDone: onStep,
          onError,
        },
      },
      blocked,
    },
  };
}

/** A registration flow's form: Back returns to the chooser when the flow was chosen there. */
export const REGISTRATION_ON: StateConfig['on'] = {
  'flow.start': flowStart,
  back: [{ guard: 'chosenFromRegister', target: '#login.register' }, { target: '#login.signIn' }],
};

/** The form a flow starts with: `back` returns to sign-in, and any other flow may be opened. */
export function startForm<T extends LoginEvent['type'], A extends keyof Actors>(
  form: FormOptions<T, A>,
  on: StateConfig['on'] = { 'flow.start': flowStart, back: '#login.signIn' },
): StateConfig {
  return { ...formStates(form, onFormError), on } as StateConfig;
}

/** A form inside a flow: `back` returns to the flow's form; once the server has forgotten the flow, it ends. */
export function flowForm<T extends LoginEvent['type'], A extends keyof Actors>(form: FormOptions<T, A>): StateConfig {
  const flowGone = { guard: { type: 'errorIn', params: failedWith(...FLOW_GONE) }, target: 'ended', actions: { type: 'showError', params: failure } };
  const { states, ...rest } = formStates(form, [flowGone, ...onFormError]);
  return { ...rest, states: { ...states, ended: { on: { 'flow.start': flowStart } } }, on: { back: backToFlow } } as StateConfig;
}
