/*
 * What a route of test/support/steps.ts needs of whatever it brings to a step: the element
 * (Widget, test/support/widget.ts) or the bare machine (test/machine/harness.ts). Both
 * talk to a sandbox of the mock, take the events a screen sends, and wait for a step,
 * each checking it in its own way (the element: also that the step is on screen).
 * No test runner code: Storybook bundles this too.
 */
import type { SnapshotFrom } from 'xstate';
import type { loginMachine, Screen } from '../../src/shell/login.machine.js';
import type { LoginEvent } from '../../src/shell/types.js';

export type LoginSnapshot = SnapshotFrom<typeof loginMachine>;

/** What else must hold at a step. */
export interface Where {
  /** The state inside the step (`leading`, `choosing`, `failed`, ...). */
  sub?: string;
  when?: (snapshot: LoginSnapshot) => boolean;
  /** Also while a request is running (a step held by a slow mock). */
  busy?: boolean;
  timeoutMs?: number;
}

export interface Driver {
  /** The base URL of the sandbox it talks to. */
  readonly base: string;
  /** The step it is at (`signIn`, `code`, ...), read through to the running flow. */
  readonly step: string;
  /** The state inside the step, if any. */
  readonly sub: string | undefined;
  send(event: LoginEvent): void;
  /** Waits until it is at `step` (and `sub`, given as `where` or `where.sub`) with no request running, and checks it there. */
  at(step: Screen, where?: Where | string): Promise<LoginSnapshot>;
  /** Waits for a snapshot that satisfies `check`. */
  until(check: (snapshot: LoginSnapshot) => boolean): Promise<LoginSnapshot>;
  /** The page signs the user out (the element's `signOut()`), ending the session on the server. */
  signOutByPage(): void;
}
