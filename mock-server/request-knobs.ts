/** The knobs that slow a contract operation down or make it fail (README: per-request and sticky knobs). */
import { HttpResponse } from 'msw';
import type { Ctx } from './context.js';
import type { OperationId } from './operation-types.js';
import { isBrowser, problemResponse } from './responses.js';

/** Marks a response that a Node host must turn into a dropped connection (mock-fail=network). */
export const NETWORK_ERROR_HEADER = 'x-mock-network-error';

/** Default Retry-After (s) for problems forced with the fail knob. */
const KNOB_RETRY_AFTER: Partial<Record<string, number>> = {
  resend_too_soon: 30,
  rate_limited: 60,
  account_locked: 900,
  service_unavailable: 30,
};

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const knob = (ctx: Ctx, name: string): string | null => ctx.request.headers.get(`x-mock-${name}`) ?? ctx.url.searchParams.get(`mock-${name}`);

/** Waits as long as the delay knobs say; answers what the fail knobs force, if anything. */
export async function forcedAnswer(ctx: Ctx, operationId: OperationId): Promise<Response | undefined> {
  const { knobs } = ctx.store;
  const delayKnob = knob(ctx, 'delay');
  const delayMs = delayKnob !== null ? Number(delayKnob) : (knobs.slow[operationId] ?? knobs.delayMs);
  if (Number.isFinite(delayMs) && delayMs > 0) await wait(Math.min(delayMs, 120_000));
  const fail = knob(ctx, 'fail') ?? knobs.fail[operationId];
  if (fail === 'network') {
    // msw turns Response.error() into a network error in the browser; a Node server cannot
    // send it, so there the marker header tells node.ts / node-adapter.ts to drop the socket.
    return isBrowser ? HttpResponse.error() : new Response(null, { status: 200, headers: { [NETWORK_ERROR_HEADER]: '1' } });
  }
  if (!fail) return undefined;
  const retryAfter = knob(ctx, 'retry-after');
  return problemResponse(ctx, fail, {}, retryAfter !== null ? Number(retryAfter) : KNOB_RETRY_AFTER[fail]);
}
