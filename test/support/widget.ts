/*
 * A <nordic-login> under test or in a story, and the sandbox of the mock it talks to:
 * waits for the widget to show a step and checks that it does (the step's heading on
 * screen, its view loaded, focus inside it once the user has been in the widget), so a
 * journey that lands elsewhere fails where it went astray. Waits follow the machine's
 * snapshots, never a fixed delay. No test runner code: Storybook bundles this too.
 */
import type { LoginActor, NordicLogin } from '../../src/nordic-login.js';
import type { Screen } from '../../src/shell/login.machine.js';
import type { LoginEvent } from '../../src/shell/types.js';
import type { Driver, LoginSnapshot, Where } from './driver.js';
import { mock, type OutboxMessage } from './mock.js';
import { errorOf, isAt, isBusy, positionOf, stepOf, subStateOf } from './state.js';

const STEP_TIMEOUT_MS = 10_000;

/** The steps that only wait on the network: they show a spinner and what is going on. */
const WAITING: readonly string[] = ['loading', 'choosingStart', 'redeemingLink', 'redirecting', 'signingOut', 'endingSession'];

const tick = () => new Promise((resolve) => setTimeout(resolve));

export class Widget implements Driver {
  /** Whether focus has been in the widget: from then on every new step must take it. */
  #engaged: boolean;

  constructor(
    readonly el: NordicLogin,
    readonly base: string,
  ) {
    this.#engaged = el.matches(':focus-within');
    el.addEventListener('focusin', () => (this.#engaged = true));
  }

  get actor(): LoginActor {
    const actor = this.el.actor;
    if (!actor) throw new Error('<nordic-login> has not started');
    return actor;
  }

  get snapshot(): LoginSnapshot {
    return this.actor.getSnapshot();
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get tenant(): string {
    return this.el.getAttribute('tenant') ?? '';
  }

  /** The step shown now (`signIn`, `code`, ...). */
  get step(): string {
    return stepOf(this.snapshot);
  }

  send(event: LoginEvent): void {
    this.actor.send(event);
  }

  signOutByPage(): void {
    this.el.signOut();
  }

  get heading(): string {
    return this.root.querySelector('#nl-heading')?.textContent?.trim() ?? '';
  }

  /** What has focus inside the widget. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Waits for a snapshot that satisfies `check`, then for the element to render it. */
  async until(check: (snapshot: LoginSnapshot) => boolean, timeoutMs = STEP_TIMEOUT_MS): Promise<LoginSnapshot> {
    const snapshot = await new Promise<LoginSnapshot>((resolve, reject) => {
      const now = this.snapshot;
      if (check(now)) return resolve(now);
      const timer = setTimeout(() => {
        subscription.unsubscribe();
        const s = this.snapshot;
        reject(new Error(`the widget is at "${positionOf(s)}"${errorOf(s) ? ` (error ${errorOf(s)?.code})` : ''} after ${timeoutMs} ms`));
      }, timeoutMs);
      const subscription = this.actor.subscribe((s) => {
        if (!check(s)) return;
        clearTimeout(timer);
        queueMicrotask(() => subscription.unsubscribe());
        resolve(s);
      });
    });
    await this.rendered();
    return snapshot;
  }

  /**
   * Waits until the widget is at `step` (and `sub`, given as `where` or `where.sub`) with no
   * request running, then checks that it shows it.
   */
  async at(step: Screen, where: Where | string = {}): Promise<LoginSnapshot> {
    const { sub, when, busy = false, timeoutMs = STEP_TIMEOUT_MS } = typeof where === 'string' ? { sub: where } : where;
    const wanted = sub ? `${step}.${sub}` : step;
    const snapshot = await this.until(
      (s) => isAt(s, step, sub) && (busy || !isBusy(s)) && (when?.(s) ?? true),
      timeoutMs,
    ).catch((error: Error) => {
      throw new Error(`expected the widget at "${wanted}": ${error.message}`);
    });
    await this.shows(wanted, timeoutMs);
    return snapshot;
  }

  /** Waits until `step` (the current one by default) shows an error with this code. */
  atError(code: string, step: Screen = this.step as Screen): Promise<LoginSnapshot> {
    return this.at(step, { when: (s) => errorOf(s)?.code === code });
  }

  /**
   * The step is on screen: its view has loaded (a step only some visits reach loads on
   * demand), its heading is visible, and focus is inside it once the user has been in the widget.
   */
  async shows(wanted: string, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const problem = this.#notShown();
      if (!problem) return;
      if (Date.now() > deadline) throw new Error(`the widget is at "${wanted}" but ${problem}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await this.rendered();
    }
  }

  #notShown(): string | undefined {
    const waiting = WAITING.includes(this.step);
    const spinner = this.root.querySelector('.busy[role=status]');
    if (waiting) return spinner ? undefined : 'shows no spinner';
    if (spinner) return 'shows a spinner (its view has not loaded)';
    const heading = this.root.querySelector<HTMLElement>('#nl-heading');
    if (!heading?.textContent?.trim()) return 'shows no heading';
    if (!heading.checkVisibility()) return 'its heading is hidden';
    if (this.#engaged && !this.focused) return 'focus is not in the step';
    return undefined;
  }

  /**
   * Rendered, without waiting for an animation frame: Storybook's test runs and the test
   * runner's background pages get none.
   */
  async rendered(): Promise<void> {
    await this.el.updateComplete;
    await tick();
    await this.el.updateComplete;
  }

  /** The newest message the mock "sent" (to `to`, if given). */
  lastMessage(to?: string): Promise<OutboxMessage> {
    return mock.lastMessage(this.base, to);
  }

  /** The one-time code of the newest message (to `to`, if given). */
  lastCode(to?: string): Promise<string> {
    return mock.lastCode(this.base, to);
  }

  /** Moves the sandbox's clock forward. */
  clock(advanceSeconds: number): Promise<void> {
    return mock.clock(this.base, advanceSeconds);
  }

  /** The state inside the step, if any. */
  get sub(): string | undefined {
    return subStateOf(this.snapshot);
  }
}
