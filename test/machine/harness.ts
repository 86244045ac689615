/*
 * Drives the login machine in a test: starts an actor over a real client (or provided
 * fakes), records what it and the flows it runs emit, and waits for screens by their
 * dotted state path (read through to a flow's own machine: test/support/state.ts). It is
 * a driver of the shared routes (test/support/steps.ts), so `openLogin` brings the bare
 * machine to any step the element tests and the stories reach.
 */
import { createActor, waitFor, type Actor, type AnyActorLogic, type SimulatedClock } from 'xstate';
import { createApiClient, type ApiClient, type ApiClientOptions } from '../../src/api/client.js';
import { apiActors } from '../../src/shell/actors.js';
import { loginMachine } from '../../src/shell/login.machine.js';
import { onEmitted } from '../../src/shell/children.js';
import type { LoginEmitted, LoginEvent, LoginInput } from '../../src/shell/types.js';
import type { Driver, LoginSnapshot, Where } from '../support/driver.js';
import { errorOf, isBusy, statePath, stepOf, subStateOf } from '../support/state.js';
import { openAt, takeLanding, type Opening, type StepName } from '../support/steps.js';

export type LoginActor = Actor<typeof loginMachine>;
export type { LoginSnapshot } from '../support/driver.js';

export { PASSWORD } from '../support/steps.js';
/** Meets every tenant's policy (the demo tenant's: 10+, upper, lower, digit, symbol). */
export const NEW_PASSWORD = 'Nordlys-2026!x';
export const RETURN_URL = 'http://localhost:8000/portal';

const STEP_TIMEOUT_MS = 8000;

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

export class Login implements Driver {
  readonly emitted: LoginEmitted[] = [];

  constructor(
    readonly actor: LoginActor,
    readonly api: ApiClient,
    readonly base: string,
  ) {
    onEmitted(actor, (event) => this.emitted.push(event));
  }

  get snapshot(): LoginSnapshot {
    return this.actor.getSnapshot();
  }

  get step(): string {
    return stepOf(this.snapshot);
  }

  get sub(): string | undefined {
    return subStateOf(this.snapshot);
  }

  send(event: LoginEvent): void {
    this.actor.send(event);
  }

  signOutByPage(): void {
    this.send({ type: 'host.signOut', endSession: true });
  }

  async until(check: (snapshot: LoginSnapshot) => boolean, timeoutMs = STEP_TIMEOUT_MS): Promise<LoginSnapshot> {
    try {
      return await waitFor(this.actor, check, { timeout: timeoutMs });
    } catch {
      const s = this.snapshot;
      throw new Error(`the machine is at "${statePath(s)}" (${s.status}${errorOf(s) ? `, error ${errorOf(s)?.code}` : ''})`);
    }
  }

  /**
   * Waits until the machine rests at `state` (a dotted path, or inside it; '' is anywhere;
   * `sub` adds a level) and no longer waits on the network.
   */
  async at(state: string, where: Where | string = {}): Promise<LoginSnapshot> {
    const { sub, when, busy = false, timeoutMs } = typeof where === 'string' ? { sub: where } : where;
    const wanted = sub ? `${state}.${sub}` : state;
    const inside = (path: string) => wanted === '' || path === wanted || path.startsWith(`${wanted}.`);
    return this.until((s) => inside(statePath(s)) && (busy || !isBusy(s)) && (when?.(s) ?? true), timeoutMs).catch((error: Error) => {
      throw new Error(`expected "${wanted}": ${error.message}`);
    });
  }

  /** Waits for an error with this code on the current screen. */
  error(code: string, state: string = this.step): Promise<LoginSnapshot> {
    return this.at(state, { when: (s) => errorOf(s)?.code === code });
  }

  stop(): void {
    this.actor.stop();
  }
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
  const login = new Login(actor, api, options.baseUrl ?? '');
  actor.start();
  return login;
}

export type OpenOptions = Opening & Omit<StartOptions, 'baseUrl' | 'tenant' | 'search' | 'api'>;

/**
 * The machine at `name` of the shared routes (test/support/steps.ts): its sandbox
 * prepared (a fresh one unless `base` is given), started with what the route landed on
 * (a mailed link, a provider's return), the route walked and every step on it checked.
 */
export function openLogin(name: StepName, options: OpenOptions = {}): Promise<Login> {
  const { base: _base, knobs: _knobs, ...start } = options;
  return openAt(name, options, async (baseUrl, tenant) => startLogin({ ...start, baseUrl, tenant, search: takeLanding() }));
}
