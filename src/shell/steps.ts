/*
 * The shell's side of a flow's machine (src/steps, src/flows/<flow>): it loads when the
 * flow is chosen, or when the server answers the shell's own form (sign-in, a mailed
 * link) with a step, runs as a child started at the flow's form or at that Step, and
 * takes the flow's events; the shell acts on how it ends. A chunk that cannot be loaded
 * is said, with "try again".
 */
import type { DoneActorEvent, EventObject } from 'xstate';
import type { StepsMachine, StepsSnapshot } from '../steps/steps.machine.js';
import type { StepsOutput } from '../steps/steps.setup.js';
import { STEPS } from './children.js';
import { FLOW_NAMES, flowChosenInSteps } from './navigation.js';
import { loginSetup } from './setup.js';

const outputOf = (event: EventObject) => (event as DoneActorEvent<StepsOutput>).output;
const ended = (result: StepsOutput['result']) => ({
  type: 'stepsEnded' as const,
  params: ({ event }: { event: EventObject }) => ({ output: outputOf(event), result }),
});
/** What was typed in the flow stays for the forms that follow. */
const keepFields = { type: 'keepFields' as const, params: ({ event }: { event: EventObject }) => outputOf(event).fields };

const forward = { actions: { type: 'forwardToSteps' as const } };

export const steps = loginSetup.createStateConfig({
  initial: 'loading',
  states: {
    loading: {
      tags: 'busy',
      invoke: {
        id: 'loadSteps',
        src: 'loadSteps',
        input: ({ context }) => ({ flow: context.flow, atStep: context.next !== undefined, config: context.config }),
        onDone: {
          target: 'running',
          actions: { type: 'startSteps', params: ({ event }: { event: DoneActorEvent<StepsMachine> }) => ({ logic: event.output }) },
        },
        onError: 'unloaded',
      },
    },
    /** Offline, or a CDN hiccup: the flow's code did not come. */
    unloaded: {
      on: { retry: 'loading', back: { target: '#login.signIn', actions: 'forgetFlow' } },
    },
    running: {
      exit: 'stopSteps',
      on: {
        ...Object.fromEntries(FLOW_NAMES.filter((flow) => flow !== 'signIn').map((flow) => [`${flow}.submit`, forward])),
        'code.*': forward,
        'phone.submit': forward,
        'password.submit': forward,
        'flow.start': forward,
        back: forward,
        [`xstate.snapshot.${STEPS}`]: {
          actions: { type: 'countFlowErrors', params: ({ event }) => ({ errorSeq: (event as { snapshot: StepsSnapshot }).snapshot.context.errorSeq }) },
        },
        [`xstate.done.actor.${STEPS}`]: [
          {
            guard: ended('signedIn'),
            target: '#login.signedIn',
            actions: [
              keepFields,
              { type: 'signIn', params: ({ event }: { event: EventObject }) => ({ user: (outputOf(event) as Extract<StepsOutput, { result: 'signedIn' }>).user }) },
            ],
          },
          // Back out of a flow: to the registration chooser it was opened from, else sign-in (below).
          // Out of a flow, the shell forgets it: a sign-in that follows is no step of it.
          {
            guard: { type: 'leftForChooser', params: ({ event }) => ({ output: outputOf(event) }) },
            target: '#login.register',
            actions: [keepFields, 'forgetFlow'],
          },
          // Another flow, if the tenant offers it; else, as after Back from a link, sign-in.
          ...flowChosenInSteps.map((transition) => ({ ...transition, actions: [keepFields, transition.actions] })),
          { target: '#login.signIn', actions: [keepFields, 'forgetFlow'] },
        ],
        // A fault in the steps themselves: the user is not left in front of a dead screen.
        [`xstate.error.actor.${STEPS}`]: {
          target: '#login.signIn',
          actions: ['forgetFlow', { type: 'showError', params: { draft: { code: 'internal_error' } } }],
        },
      },
    },
  },
});
