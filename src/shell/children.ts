/*
 * The flows the shell runs as child actors, each loaded when it is first needed: the id
 * it runs under, and how the element, the shell and the tests find it and hear it.
 */
import type { ActorRefFrom, AnyActorRef, Subscription } from 'xstate';
import type { BankIdActor } from '../flows/bankid/bankid.machine.js';
import type { StepsActor } from '../steps/steps.machine.js';
import type { ViewSnapshot } from '../ui/view.js';
import type { LoginMachine } from './login.machine.js';
import type { LoginEmitted } from './types.js';

/** F8 Mobile BankID. */
export const BANKID = 'bankid';
/** The steps after a flow's first form: code, phone, new password, the flow's end (src/steps). */
export const STEPS = 'steps';

type Children = { children: Partial<Record<string, AnyActorRef | undefined>> };

/** The running BankID flow in a snapshot of the shell, if there is one. */
export const bankidOf = (snapshot: Children): BankIdActor | undefined => snapshot.children[BANKID] as BankIdActor | undefined;

/** The running steps in a snapshot of the shell, if there are. */
export const stepsOf = (snapshot: Children): StepsActor | undefined => snapshot.children[STEPS] as StepsActor | undefined;

/** The flow running as a child, if one is: at most one runs at a time. */
export const flowOf = (snapshot: Children): BankIdActor | StepsActor | undefined => bankidOf(snapshot) ?? stepsOf(snapshot);

/**
 * The snapshot whose top-level state is the screen: the running steps' (their states are
 * screens: code, setPassword, ...), else the shell's. BankID is one screen of the shell
 * whose view reads the flow itself.
 */
export function screenOf<S extends Children>(snapshot: S): S | ViewSnapshot {
  const steps = stepsOf(snapshot)?.getSnapshot();
  return steps?.status === 'active' ? (steps as unknown as ViewSnapshot) : snapshot;
}

/** Where the step's error and clock are: the running flow's context, else the shell's. */
export const screenContext = (snapshot: Pick<ViewSnapshot, 'children' | 'context'>): Pick<ViewSnapshot['context'], 'error' | 'now'> =>
  flowOf(snapshot)?.getSnapshot().context ?? snapshot.context;

/** Everything the shell and its flows emit, to one listener; each flow is heard from as it starts. */
export function onEmitted(actor: ActorRefFrom<LoginMachine>, listener: (event: LoginEmitted) => void): Subscription {
  const own = actor.on('*', (event) => listener(event as LoginEmitted));
  let flow: AnyActorRef | undefined;
  let fromFlow: Subscription | undefined;
  const following = actor.subscribe((snapshot) => {
    const next = flowOf(snapshot);
    if (next === flow) return;
    fromFlow?.unsubscribe();
    flow = next;
    fromFlow = next?.on('*', (event) => listener(event as LoginEmitted));
  });
  return {
    unsubscribe: () => {
      own.unsubscribe();
      following.unsubscribe();
      fromFlow?.unsubscribe();
    },
  };
}
