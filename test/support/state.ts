/*
 * Where the machine is, as tests and stories read it: the step (the top-level state, the
 * screen) and the state inside it. The one place that reads a snapshot's value, so a flow
 * that moves into a child actor changes these functions and nothing else.
 */
import { stepOf, type ViewSnapshot } from '../../src/ui/view.js';

export { stepOf };

/** The state inside the top-level one (`idle`, `submitting`, `expired`, ...), if any. */
export function subStateOf(snapshot: Pick<ViewSnapshot, 'value'>): string | undefined {
  const { value } = snapshot;
  if (typeof value === 'string') return undefined;
  const inner = Object.values(value)[0];
  if (typeof inner === 'string') return inner;
  return inner && typeof inner === 'object' ? Object.keys(inner)[0] : undefined;
}

/** Whether the machine is at `step` (and inside it at `sub`, when given). */
export function isAt(snapshot: Pick<ViewSnapshot, 'value'>, step: string, sub?: string): boolean {
  return stepOf(snapshot) === step && (sub === undefined || subStateOf(snapshot) === sub);
}

/** `code.locked`, `signIn`: the position for messages. */
export function positionOf(snapshot: Pick<ViewSnapshot, 'value'>): string {
  const sub = subStateOf(snapshot);
  return sub ? `${stepOf(snapshot)}.${sub}` : stepOf(snapshot);
}
