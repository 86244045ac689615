/*
 * Drives the login machine in a test: starts an actor over a real client (or provided
 * fakes), records what it and the flows it runs emit, and waits for screens by their
 * dotted state path (read through to a flow's own machine: test/support/state.ts).
 */
import { createActor, waitFor, type Actor, type AnyActorLogic, type SimulatedClock, type SnapshotFrom } from 'xstate';
import { createApiClient, type ApiClient, type ApiClientOptions } from '../../src/api/client.js';
import { apiActors } from '../../src/shell/actors.js';
import { loginMachine } from '../../src/shell/login.machine.js';
import { onEmitted } from '../../src/shell/children.js';
import type { LoginEmitted, LoginInput } from '../../src/shell/types.js';
import { errorOf, isBusy, statePath } from '../support/state.js';

export type LoginActor = Actor<typeof loginMachine>;
export type LoginSnapshot = SnapshotFrom<typeof loginMachine>;

export { PASSWORD } from '../support/steps.js';
/** Meets every tenant's policy (the demo tenant's: 10+, upper, lower, digit, symbol). */
export const NEW_PASSWORD = 'Nordlys-2026!x';
export const RETURN_URL = 'http://localhost:8000/portal';


export interface Login {
  actor: LoginActor;
  emitted: LoginEmitted[];
  api: ApiClient;
  send: LoginActor['send'];
  /** Waits until the machine rests at `state` (or inside it; '' is anywhere) and no longer waits on the network. */
  at(state: string, options?: { when?: (s: LoginSnapshot) => boolean; busy?: boolean; timeout?: number }): Promise<LoginSnapshot>;
  /** Waits for an error with this code on the current screen. */
  error(code: string, state?: string): Promise<LoginSnapshot>;
  stop(): void;
}

export interface StartOptions extends Partial<ApiClientOptions> {
  search?: string;
  configOverrides?: LoginInput['configOverrides'];
  start?: LoginInput['start'];
  identifier?: string;
  actors?: Record<string, AnyActorLogic>;
  api?: ApiClient;
  /** Drives the machine's delays (BankID polling, time-outs) instead of real time. */
  clock?: SimulatedClock;
}

export function startLogin(options: StartOptions): Login {
  const api =
    options.api ??
    createApiClient({
      baseUrl: options.baseUrl ?? '',
      ...(options.tenant ? { tenant: options.tenant } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
  const machine = loginMachine.provide({ actors: { ...apiActors(api), ...options.actors } as never });
  const actor = createActor(machine, {
    ...(options.clock ? { clock: options.clock } : {}),
    input: {
      returnUrl: RETURN_URL,
      ...(options.search ? { search: options.search } : {}),
      ...(options.configOverrides ? { configOverrides: options.configOverrides } : {}),
      ...(options.start ? { start: options.start } : {}),
      ...(options.identifier ? { identifier: options.identifier } : {}),
    },
  });
  const emitted: LoginEmitted[] = [];
  onEmitted(actor, (event) => emitted.push(event));
  actor.start();

  const at: Login['at'] = async (state, { when, busy = false, timeout = 8000 } = {}) => {
    try {
      return await waitFor(
        actor,
        (s) => {
          const path = statePath(s);
          return (state === '' || path === state || path.startsWith(`${state}.`)) && (busy || !isBusy(s)) && (when?.(s) ?? true);
        },
        { timeout },
      );
    } catch {
      const s = actor.getSnapshot();
      throw new Error(`expected "${state}", the machine is at "${statePath(s)}" (${s.status}${errorOf(s) ? `, error ${errorOf(s)?.code}` : ''})`);
    }
  };
  return {
    actor,
    emitted,
    api,
    send: (event) => actor.send(event),
    at,
    error: (code, state) =>
      at(state ?? statePath(actor.getSnapshot()).split('.')[0] ?? '', { when: (s) => errorOf(s)?.code === code }),
    stop: () => actor.stop(),
  };
}
