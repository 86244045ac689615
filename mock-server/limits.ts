/** Rate limits over the mock clock: per session, per identifier or address, per day. */
import { now, requireSession, type Ctx } from './context.js';
import { Problem } from './problems.js';
import { MAX_SENDS_PER_SUBJECT_PER_HOUR, MAX_SENDS_PER_WINDOW, RATE_WINDOW_SECONDS } from './rules.js';

/** Sliding-window rate limit over a list of times. */
export function rateLimit(ctx: Ctx, times: number[], max: number): void {
  const t = now(ctx);
  const windowMs = RATE_WINDOW_SECONDS * 1000;
  while (times.length > 0 && (times[0] ?? 0) <= t - windowMs) times.shift();
  if (times.length >= max) throw new Problem('rate_limited', {}, ((times[0] ?? t) + windowMs - t) / 1000);
  times.push(t);
}

export const limitSends = (ctx: Ctx): void => rateLimit(ctx, requireSession(ctx).sends, MAX_SENDS_PER_WINDOW);

/** The times of a counted event within the last `windowSeconds` (pruned, oldest first). */
export function counted(ctx: Ctx, key: string, windowSeconds: number): number[] {
  const t = now(ctx);
  const times = (ctx.store.counters.get(key) ?? []).filter((time) => time > t - windowSeconds * 1000);
  ctx.store.counters.set(key, times);
  return times;
}

/** 429 rate_limited once `max` events are in the window, with Retry-After until the oldest leaves it. */
export function throwIfCounted(ctx: Ctx, times: number[], max: number, windowSeconds: number): void {
  if (times.length >= max) throw new Problem('rate_limited', {}, ((times[0] ?? 0) + windowSeconds * 1000 - now(ctx)) / 1000);
}

/** Code and link sends per identifier or address, known or not (contract: "Overall caps"). */
export function limitSubject(ctx: Ctx, subject: string): void {
  const times = counted(ctx, `send:${subject}`, 3600);
  throwIfCounted(ctx, times, MAX_SENDS_PER_SUBJECT_PER_HOUR, 3600);
  times.push(now(ctx));
}
