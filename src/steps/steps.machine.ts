/*
 * The steps after a flow's first form, as a machine of its own: the one-time code, the
 * phone, the new password, and the screens that end a flow. The shell (src/shell/steps.ts)
 * loads it when the server first answers a Step other than signed in, starts it at that
 * Step and takes its output: signed in, Back to the flow's form, sign-in, or another flow.
 */
import type { ActorRefFrom, DoneActorEvent, SnapshotFrom } from 'xstate';
import type { ApiClient } from '../api/client.js';
import type { User } from '../api/types.js';
import { code } from './code/code.machine.js';
import { checkInbox, contactSupport } from './outcomes/outcomes.machine.js';
import { enrolPhone } from './phone/phone.machine.js';
import { setPassword } from './set-password/set-password.machine.js';
import { stepsActors } from './steps.actors.js';
import { stepContext, stepsSetup, type StepScreen, type StepsOutput } from './steps.setup.js';
import type { FlowName } from '../shell/types.js';

/** The screens of the steps, one view each (SCREENS in nordic-login.ts). */
const screens = { code, enrolPhone, setPassword, checkInbox, contactSupport } satisfies Record<StepScreen, unknown>;

const SCREEN_OF = {
  verifyCode: 'code',
  enrolPhone: 'enrolPhone',
  setPassword: 'setPassword',
  checkInbox: 'checkInbox',
  contactSupport: 'contactSupport',
} as const satisfies Record<string, StepScreen>;

export const stepsMachine = stepsSetup.createMachine({
  id: 'steps',
  context: ({ input }) => ({
    now: Date.now(),
    errorSeq: input.errorSeq,
    fields: input.fields,
    ...(input.flow ? { flow: input.flow } : {}),
    ...(input.config ? { config: input.config } : {}),
    ...stepContext(input.step, Date.now()),
    first: SCREEN_OF[input.step.next],
  }),
  initial: 'start',
  on: { tick: { actions: 'updateNow' } },
  states: {
    /** To the screen of the Step the machine was started with. */
    start: {
      always: (Object.values(SCREEN_OF) as StepScreen[]).map((screen) => ({ guard: { type: 'beginsAt' as const, params: { screen } }, target: screen })),
    },
    ...screens,
    signedIn: {
      type: 'final',
      output: ({ context, event }) => ({
        result: 'signedIn' as const,
        user: (event as unknown as DoneActorEvent<{ user: User }>).output.user,
        fields: context.fields,
      }),
    },
    back: { type: 'final', output: ({ context }) => ({ result: 'back' as const, fields: context.fields }) },
    signIn: { type: 'final', output: ({ context }) => ({ result: 'signIn' as const, fields: context.fields }) },
    flowChosen: {
      type: 'final',
      output: ({ context, event }) => ({ result: 'flow' as const, flow: (event as unknown as { flow: FlowName }).flow, fields: context.fields }),
    },
  },
  output: ({ event }) => (event as unknown as { output: StepsOutput }).output,
});

export type StepsMachine = typeof stepsMachine;

/** The machine with its calls made with `api`. */
export const withApi = (api: ApiClient): StepsMachine => stepsMachine.provide({ actors: stepsActors(api) });

export type StepsSnapshot = SnapshotFrom<StepsMachine>;
export type StepsActor = ActorRefFrom<StepsMachine>;
