/*
 * Drives the login machine in a test: starts an actor over a real client (or provided
 * fakes), records what it emits, and waits for screens by their dotted state path.
 */
import { createActor, waitFor, type Actor, type AnyActorLogic, type SimulatedClock, type SnapshotFrom } from 'xstate';
import { createApiClient, type ApiClient, type ApiClientOptions } from '../../src/api/client.js';
import { apiActors } from '../../src/shell/actors.js';
import { loginMachine } from '../../src/shell/login.machine.js';
import type { LoginEmitted, LoginInput } from '../../src/shell/types.js';

export type LoginActor = Actor<typeof loginMachine>;
export type LoginSnapshot = SnapshotFrom<typeof loginMachine>;

export const PASSWORD = 'Sommar-2026!';
/** Meets every tenant's policy (the demo tenant's: 10+, upper, lower, digit, symbol). */
export const NEW_PASSWORD = 'Nordlys-2026!x';
export const RETURN_URL = 'http://localhost:8000/portal';

/** `code.locked`, `bankid.pending.collect.waiting`, ...: the state value as one path (first region of parallels). */
export function statePath(snapshot: { value: unknown }): string {
  const path: string[] = [];
  let value: unknown = snapshot.value;
  while (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    if (key === undefined) break;
    path.push(key);
    value = inner;
  }
  if (typeof value === 'string') path.push(value);
  return path.join('.');
}

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
  actor.on('*', (event) => emitted.push(event as LoginEmitted));
  actor.start();

  const at: Login['at'] = async (state, { when, busy = false, timeout = 8000 } = {}) => {
    try {
      return await waitFor(
        actor,
        (s) => {
          const path = statePath(s);
          return (state === '' || path === state || path.startsWith(`${state}.`)) && (busy || !s.hasTag('busy')) && (when?.(s) ?? true);
        },
        { timeout },
      );
    } catch {
      const s = actor.getSnapshot();
      throw new Error(`expected "${state}", the machine is at "${statePath(s)}" (${s.status}${s.context.error ? `, error ${s.context.error.code}` : ''})`);
    }
  };
  return {
    actor,
    emitted,
    api,
    send: (event) => actor.send(event),
    at,
    error: (code, state) =>
      at(state ?? statePath(actor.getSnapshot()).split('.')[0] ?? '', { when: (s) => s.context.error?.code === code }),
    stop: () => actor.stop(),
  };
}
