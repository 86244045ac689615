/*
 * The flows the shell runs as child actors, each loaded when it is first needed: the id
 * it runs under, and how the element, the shell and the tests find it and hear it.
 */
import type { ActorRefFrom, AnyActorRef, Subscription } from 'xstate';
import type { BankIdActor } from '../flows/bankid/bankid.machine.js';
import type { ViewSnapshot } from '../ui/view.js';
import type { LoginMachine } from './login.machine.js';
import type { LoginEmitted } from './types.js';

/** F8 Mobile BankID. */
export const BANKID = 'bankid';

/** The running BankID flow in a snapshot of the shell, if there is one. */
export const bankidOf = (snapshot: { children: Partial<Record<string, AnyActorRef | undefined>> }): BankIdActor | undefined =>
  snapshot.children[BANKID] as BankIdActor | undefined;

/** Where the step's error and clock are: the running flow's context, else the shell's. */
export const screenContext = (snapshot: Pick<ViewSnapshot, 'children' | 'context'>): Pick<ViewSnapshot['context'], 'error' | 'now'> =>
  bankidOf(snapshot)?.getSnapshot().context ?? snapshot.context;

/** Everything the shell and its flows emit, to one listener; each flow is heard from as it starts. */
export function onEmitted(actor: ActorRefFrom<LoginMachine>, listener: (event: LoginEmitted) => void): Subscription {
  const own = actor.on('*', (event) => listener(event as LoginEmitted));
  let flow: BankIdActor | undefined;
  let fromFlow: Subscription | undefined;
  const following = actor.subscribe((snapshot) => {
    const next = bankidOf(snapshot);
    if (next === flow) return;
    fromFlow?.unsubscribe();
    flow = next;
    fromFlow = next?.on('*', listener);
  });
  return {
    unsubscribe: () => {
      own.unsubscribe();
      following.unsubscribe();
      fromFlow?.unsubscribe();
    },
  };
}
