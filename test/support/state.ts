/* What the tests read of a snapshot beyond what the views ask: the state inside the top-level one. */
import type { ViewSnapshot } from '../../src/ui/view.js';

/** The state inside the top-level one (`idle`, `submitting`, `expired`, ...), if any. */
export function subStateOf(snapshot: Pick<ViewSnapshot, 'value'>): string | undefined {
  const { value } = snapshot;
  if (typeof value === 'string') return undefined;
  const inner = Object.values(value)[0];
  if (typeof inner === 'string') return inner;
  return inner && typeof inner === 'object' ? Object.keys(inner)[0] : undefined;
}
