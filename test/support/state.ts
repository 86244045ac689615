/*
 * What the tests read of a snapshot beyond what the views ask: the state inside the
 * top-level one, read through to the flow the shell runs as a child (BankID), so that
 * `bankid.pending.collect.waiting` names the same state it did when F8 was part of the shell.
 */
import { bankidOf, screenContext } from '../../src/shell/children.js';
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
  const flow = bankidOf(snapshot);
  return (flow && path[0] === 'bankid' ? ['bankid', ...pathOf(flow.getSnapshot().value)] : path).join('.');
}

/** The state inside the top-level one (`idle`, `submitting`, `expired`, `pending`, ...), if any. */
export function subStateOf(snapshot: Snapshot): string | undefined {
  return statePath(snapshot).split('.')[1];
}

/** Waiting on the network: the shell, or the flow it runs. */
export const isBusy = (snapshot: Snapshot & Pick<ViewSnapshot, 'hasTag'>): boolean =>
  snapshot.hasTag('busy') || bankidOf(snapshot)?.getSnapshot().hasTag('busy') === true;

/** The BankID order (or the device chosen for the next one), as the running flow holds it. */
export const orderOf = (snapshot: Snapshot) => bankidOf(snapshot)?.getSnapshot().context.order;

/** The error on screen: the running flow's, else the shell's. */
export const errorOf = (snapshot: Pick<ViewSnapshot, 'children' | 'context'>) => screenContext(snapshot).error;
