/*
 * A screen with one form that sends one request: checked before sending, `submitting`
 * while the call runs, `blocked` while a Retry-After runs out, a failure shown on the
 * form (which keeps what was typed), and the Step the server answers leads on. Every
 * flow starts with such a form (sign-in's is the shell's, the others' in their machines,
 * src/steps/step-form.ts), and the phone and password steps are one.
 */
import { assertEvent, type EventObject, type InputFrom } from 'xstate';
import type { loginActors } from './actors.js';
import { flowStart } from './navigation.js';
import { blocked, checkedSubmit, onFormError, onStep } from './transitions.js';
import type { loginSetup } from './setup.js';
import type { Fields, LoginContext, LoginEvent } from './types.js';
import type { Check } from '../validation/forms.js';

type StateConfig = ReturnType<typeof loginSetup.createStateConfig>;
export type EventOf<T extends LoginEvent['type']> = Extract<LoginEvent, { type: T }>;

/** A form of machine context C, taking events E, calling one of Actors. */
export interface FormOptions<C, E extends EventObject, Actors, T extends E['type'], A extends keyof Actors> {
  /** The event the form sends. */
  submit: T;
  check: (context: C, event: Extract<E, { type: T }>) => Check<unknown>;
  /** What was typed that the form shows again (never a secret). */
  keep?: (context: C, event: Extract<E, { type: T }>) => Fields;
  /** The actor that makes the call (also the invoke's id). */
  call: A;
  /** What the call takes: the values the check made canonical, secrets sealed. */
  input: (context: C, event: Extract<E, { type: T }>) => InputFrom<Actors[A]>;
}

/** The states of a form, for any machine whose setup names the guards, actions and delays used here. */
export function formStates<C, E extends EventObject, Actors, T extends E['type'], A extends keyof Actors>(
  form: FormOptions<C, E, Actors, T, A>,
  onDone: unknown,
  onError: unknown,
) {
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
          input: ({ context, event }: { context: C; event: EventObject }) => {
            assertEvent(event, form.submit);
            return form.input(context, event as Extract<E, { type: T }>);
          },
          onDone,
          onError,
        },
      },
      blocked,
    },
  };
}

/** A form of the shell's (sign-in's): `back` returns to sign-in, and any flow may be opened. */
export function startForm<T extends LoginEvent['type'], A extends keyof typeof loginActors>(
  form: FormOptions<LoginContext, LoginEvent, typeof loginActors, T, A>,
  on: StateConfig['on'] = { 'flow.start': flowStart, back: '#login.signIn' },
): StateConfig {
  return { ...formStates(form, onStep, onFormError), on } as StateConfig;
}
