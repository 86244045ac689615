/*
 * A flow's machine: the form it starts with (src/flows/<flow>), then the steps after it,
 * shared by every flow: the one-time code, the phone, the new password, and the screens
 * that end a flow. Each flow's machine is built here (`flowMachine`) and is a chunk of its
 * own; the steps alone (`stepsMachine`) follow the shell's own forms, sign-in and a mailed
 * link. The shell (src/shell/steps.ts) loads the machine, starts it at the flow's form or
 * at the Step the server answered, and takes its output: signed in, Back out of the flow,
 * sign-in, or another flow.
 */
import type { ActorRefFrom, DoneActorEvent, SnapshotFrom } from 'xstate';
import type { ApiClient } from '../api/client.js';
import type { User } from '../api/types.js';
import { code } from './code/code.machine.js';
import { checkInbox, contactSupport } from './outcomes/outcomes.machine.js';
import { enrolPhone } from './phone/phone.machine.js';
import { setPassword } from './set-password/set-password.machine.js';
import { stepsActors } from './steps.actors.js';
import { stepContext, stepsSetup, type FormFlow, type StepScreen, type StepsInput, type StepsOutput, type StepsStateConfig } from './steps.setup.js';
import type { FlowName } from '../shell/types.js';

/** The steps' screens, one view each (SCREENS in nordic-login.ts). */
const steps = { code, enrolPhone, setPassword, checkInbox, contactSupport };

const SCREEN_OF = {
  verifyCode: 'code',
  enrolPhone: 'enrolPhone',
  setPassword: 'setPassword',
  checkInbox: 'checkInbox',
  contactSupport: 'contactSupport',
} as const satisfies Record<string, StepScreen>;

const outputOf = (result: 'back' | 'signIn') => ({ context }: { context: { fields: StepsInput['fields'] } }) => ({ result, fields: context.fields });

/** The machine of a flow whose form is `form` (none: the steps after the shell's own forms). */
function machineOf(form?: { flow: FormFlow; state: StepsStateConfig }) {
  const screens = { ...(form ? { [form.flow]: form.state } : {}), ...steps };
  // A flow's machine begins at its form: the shell starts the steps alone when it has a Step (src/shell/actors.ts, loadSteps).
  return stepsSetup.createMachine({
    id: 'steps',
    context: ({ input }) => ({
      now: Date.now(),
      errorSeq: input.errorSeq,
      fields: input.fields,
      ...(input.flow ? { flow: input.flow } : {}),
      ...(input.config ? { config: input.config } : {}),
      ...(input.step ? stepContext(input.step, Date.now()) : {}),
      first: input.step ? SCREEN_OF[input.step.next] : (form?.flow ?? 'code'),
    }),
    initial: 'start',
    on: { tick: { actions: 'updateNow' } },
    states: {
      /** To the flow's form; the steps alone, to the screen of the Step they were started with. */
      start: form
        ? { always: form.flow }
        : { always: (Object.values(SCREEN_OF) as StepScreen[]).map((screen) => ({ guard: { type: 'beginsAt' as const, params: { screen } }, target: screen })) },
      ...screens,
      /** Back from a step: to the flow's form; after the shell's own forms, out to sign-in. */
      back: form ? { always: form.flow } : { type: 'final', output: outputOf('signIn') },
      signedIn: {
        type: 'final',
        output: ({ context, event }) => ({
          result: 'signedIn' as const,
          user: (event as unknown as DoneActorEvent<{ user: User }>).output.user,
          fields: context.fields,
        }),
      },
      left: { type: 'final', output: outputOf('back') },
      signIn: { type: 'final', output: outputOf('signIn') },
      flowChosen: {
        type: 'final',
        output: ({ context, event }) => ({ result: 'flow' as const, flow: (event as unknown as { flow: FlowName }).flow, fields: context.fields }),
      },
    },
    output: ({ event }) => (event as unknown as { output: StepsOutput }).output,
  });
}

/** The steps after the shell's own forms: sign-in's second factor or new password, a mailed link's. */
export const stepsMachine = machineOf();

export type StepsMachine = typeof stepsMachine;
export type StepsSnapshot = SnapshotFrom<StepsMachine>;
export type StepsActor = ActorRefFrom<StepsMachine>;

const bound = (machine: StepsMachine) => (api: ApiClient): StepsMachine => machine.provide({ actors: stepsActors(api) });

/** The steps with their calls made with `api`. */
export const withApi = bound(stepsMachine);

/** A flow's machine, from the form it starts with; and the same with its calls made with `api`. */
export function flowMachine(flow: FormFlow, state: StepsStateConfig): { machine: StepsMachine; withApi: (api: ApiClient) => StepsMachine } {
  const machine = machineOf({ flow, state });
  return { machine, withApi: bound(machine) };
}
