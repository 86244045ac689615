/*
 * How a flow's machine moves: where the Step the server answers leads inside it, the ways
 * out (the shell acts on each, steps.machine.ts), and its forms, built like every form
 * (src/shell/form.ts): the one the flow starts with, and those inside it (phone, new password).
 */
import { formStates, type FormOptions } from '../shell/form.js';
import { FLOW_GONE } from '../shell/errors.js';
import { applyStep, failedWith, failure, onFormError, step } from '../shell/transitions.js';
import type { stepsActors } from './steps.actors.js';
import type { StepsContext, StepsEvent, StepsStateConfig } from './steps.setup.js';

/** onDone of every call that answers a Step: the screen for what the server wants next, or signed in. */
export const onNextStep = [
  { guard: step('signedIn'), target: '#steps.signedIn' },
  { guard: step('verifyCode'), target: '#steps.code', actions: applyStep },
  { guard: step('enrolPhone'), target: '#steps.enrolPhone', actions: applyStep },
  { guard: step('setPassword'), target: '#steps.setPassword', actions: applyStep },
  { guard: step('checkInbox'), target: '#steps.checkInbox', actions: applyStep },
  { target: '#steps.contactSupport', actions: applyStep },
];

/** Back to the form the flow started from (after the shell's own forms, to sign-in). */
export const back = '#steps.back';
/** Back from the flow's form: out of the flow (the shell returns to where it was chosen). */
export const leave = '#steps.left';
/** Into the flow the user chose (the shell opens it, if the tenant offers it). */
export const flowChosen = '#steps.flowChosen';
/** To the sign-in form. */
export const toSignIn = '#steps.signIn';

type Actors = ReturnType<typeof stepsActors>;

/** The form a flow starts with: Back leaves the flow, and any other flow may be opened. */
export function startForm<T extends StepsEvent['type'], A extends keyof Actors>(
  form: FormOptions<StepsContext, StepsEvent, Actors, T, A>,
): StepsStateConfig {
  return { ...formStates(form, onNextStep, onFormError), on: { 'flow.start': flowChosen, back: leave } } as StepsStateConfig;
}

/** A form inside a flow: `back` returns to the flow's form; once the server has forgotten the flow, it ends. */
export function stepForm<T extends StepsEvent['type'], A extends keyof Actors>(
  form: FormOptions<StepsContext, StepsEvent, Actors, T, A>,
): StepsStateConfig {
  const flowGone = { guard: { type: 'errorIn', params: failedWith(...FLOW_GONE) }, target: 'ended', actions: { type: 'showError', params: failure } };
  const { states, ...rest } = formStates(form, onNextStep, [flowGone, ...onFormError]);
  return { ...rest, states: { ...states, ended: { on: { 'flow.start': flowChosen } } }, on: { back } } as StepsStateConfig;
}
