/*
 * Where the machine is, as tests and stories read it: the step (the top-level state, the
 * screen) and the state inside it, read through to the flows the shell runs as children,
 * so that `code.locked` and `bankid.pending.collect.waiting` name the same states they did
 * when the steps and F8 were part of the shell. The one place that reads a snapshot's value.
 */
import { bankidOf, flowOf, screenContext, screenOf } from '../../src/shell/children.js';
import type { ViewSnapshot } from '../../src/ui/view.js';

type Snapshot = Pick<ViewSnapshot, 'value' | 'children'>;

function pathOf(value: unknown): string[] {
  const path: string[] = [];
  while (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    if (key === undefined) break;
    path.push(key);
    value = inner;
  }
  if (typeof value === 'string') path.push(value);
  return path;
}

/** `code.locked`, `bankid.pending.collect.waiting`, ...: the state value as one path (first region of parallels). */
export function statePath(snapshot: Snapshot): string {
  const path = pathOf(snapshot.value);
  const bankid = bankidOf(snapshot);
  if (bankid && path[0] === 'bankid') return ['bankid', ...pathOf(bankid.getSnapshot().value)].join('.');
  const screen = screenOf(snapshot);
  if (screen !== snapshot) return pathOf(screen.value).join('.');
  return path.join('.');
}

/** The top-level state read through to the running steps: the screen (`signIn`, `code`, `bankid`, ...). */
export function stepOf(snapshot: Snapshot): string {
  return statePath(snapshot).split('.')[0] ?? '';
}

/** The context the screen shows: the running steps' (challenge, inbox, ...), else the shell's. */
export const contextOf = (snapshot: ViewSnapshot): ViewSnapshot['context'] => screenOf(snapshot).context;

/** The state inside the top-level one (`idle`, `submitting`, `expired`, `pending`, ...), if any. */
export function subStateOf(snapshot: Snapshot): string | undefined {
  return statePath(snapshot).split('.')[1];
}

/** Whether the machine is at `step` (and inside it at `sub`, when given). */
export function isAt(snapshot: Snapshot, step: string, sub?: string): boolean {
  return stepOf(snapshot) === step && (sub === undefined || subStateOf(snapshot) === sub);
}

/** `code.locked`, `signIn`: the position for messages. */
export function positionOf(snapshot: Snapshot): string {
  const sub = subStateOf(snapshot);
  return sub ? `${stepOf(snapshot)}.${sub}` : stepOf(snapshot);
}

/** Waiting on the network: the shell, or the flow it runs. */
export const isBusy = (snapshot: Snapshot & Pick<ViewSnapshot, 'hasTag'>): boolean =>
  snapshot.hasTag('busy') || flowOf(snapshot)?.getSnapshot().hasTag('busy') === true;

/** The BankID order (or the device chosen for the next one), as the running flow holds it. */
export const orderOf = (snapshot: Snapshot) => bankidOf(snapshot)?.getSnapshot().context.order;

/** The error on screen: the running flow's, else the shell's. */
export const errorOf = (snapshot: Pick<ViewSnapshot, 'children' | 'context'>) => screenContext(snapshot).error;
