/*
 * The shell's side of the steps after a flow's first form (src/steps): their machine
 * loads when the server first asks for one, runs as a child started at that Step and
 * takes the steps' events; the shell acts on how they end. A chunk that cannot be
 * loaded is said, with "try again".
 */
import type { DoneActorEvent, EventObject } from 'xstate';
import type { StepsMachine, StepsSnapshot } from '../steps/steps.machine.js';
import type { StepsOutput } from '../steps/steps.setup.js';
import { STEPS } from './children.js';
import { FLOW_NAMES, flowChosenInSteps } from './navigation.js';
import type { FlowName } from './types.js';
import { loginSetup } from './setup.js';

const outputOf = (event: EventObject) => (event as DoneActorEvent<StepsOutput>).output;
const ended = (result: StepsOutput['result'], flow?: FlowName) => ({
  type: 'stepsEnded' as const,
  params: ({ event }: { event: EventObject }) => ({ output: outputOf(event), result, ...(flow ? { flow } : {}) }),
});
const keepFields = { type: 'keepStepsFields' as const, params: ({ event }: { event: EventObject }) => ({ output: outputOf(event) }) };

const forward = { actions: { type: 'forwardToSteps' as const } };

export const steps = loginSetup.createStateConfig({
  initial: 'loading',
  states: {
    loading: {
      tags: 'busy',
      invoke: {
        id: 'loadSteps',
        src: 'loadSteps',
        onDone: {
          target: 'running',
          actions: { type: 'startSteps', params: ({ event }: { event: DoneActorEvent<StepsMachine> }) => ({ logic: event.output }) },
        },
        onError: 'unloaded',
      },
    },
    /** Offline, or a CDN hiccup: the steps' code did not come. */
    unloaded: {
      on: { retry: 'loading' },
    },
    running: {
      exit: 'stopSteps',
      on: {
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
          // Back: to the form the flow started from (else, below, sign-in: F1 and mailed links).
          ...FLOW_NAMES.filter((flow) => flow !== 'signIn').map((flow) => ({ guard: ended('back', flow), target: `#login.${flow}`, actions: keepFields })),
          // Another flow, if the tenant offers it; else, as after Back from a link, sign-in.
          ...flowChosenInSteps.map((transition) => ({ ...transition, actions: [keepFields, transition.actions] })),
          { target: '#login.signIn', actions: keepFields },
        ],
        // A fault in the steps themselves: the user is not left in front of a dead screen.
        [`xstate.error.actor.${STEPS}`]: { target: '#login.signIn', actions: { type: 'showError', params: { draft: { code: 'internal_error' } } } },
      },
    },
  },
});
