/** The mock's own endpoints under `<base>/__mock/`: outbox, knobs, clock, reset, the BankID app's view. */
import { BANKID_OUTCOMES } from './bankid.js';
import { now, type Ctx } from './context.js';
import type { MockEndpoint } from './mock-endpoint.js';
import { Problem } from './problems.js';
import { json, noContent } from './responses.js';
import type { Knobs } from './store.js';

/** What the BankID app knows of the newest same-device order: the link that opened it and where it returns to. */
function getBankIdApp(ctx: Ctx): Response {
  const order = [...ctx.store.orders.values()].reverse().find((o) => o.returnUrl);
  if (!order) throw new Problem('not_found', { detail: 'No same-device order.' });
  return json(ctx, 200, { launchUrl: order.launchUrl, returnUrl: order.returnUrl });
}

function getOutbox(ctx: Ctx): Response {
  const to = ctx.url.searchParams.get('to');
  const messages = ctx.store.outbox.messages.filter((m) => !to || m.to === to);
  return json(ctx, 200, messages);
}

function clearOutbox(ctx: Ctx): Response {
  ctx.store.outbox.clear();
  return noContent(ctx);
}

const isMs = (value: unknown): value is number => typeof value === 'number' && value >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';

/** A copy of an object whose every value passes `test` ({operationId: ...}), or undefined. */
function recordOf<T>(value: unknown, test: (v: unknown) => v is T): Record<string, T> | undefined {
  return value && typeof value === 'object' && Object.values(value).every(test) ? { ...(value as Record<string, T>) } : undefined;
}

function setKnobs(ctx: Ctx<Record<string, unknown>>): Response {
  const b = ctx.body;
  const knobs: Knobs = { ...ctx.store.knobs };
  const errors: string[] = [];
  if ('delayMs' in b) {
    if (isMs(b.delayMs)) knobs.delayMs = b.delayMs;
    else errors.push('delayMs must be a non-negative number');
  }
  if ('slow' in b) {
    const slow = recordOf(b.slow, isMs);
    if (slow) knobs.slow = slow;
    else errors.push('slow must be an object {operationId: non-negative ms}');
  }
  if ('fail' in b) {
    const fail = recordOf(b.fail, isString);
    if (fail) knobs.fail = fail;
    else errors.push('fail must be an object {operationId: problemCode}');
  }
  for (const key of ['bankid', 'bankidPersonalNumber', 'widgetUrl'] as const) {
    if (key in b) {
      const value = b[key];
      if (value === null) delete knobs[key];
      else if (typeof value === 'string') knobs[key] = value;
      else errors.push(`${key} must be a string or null`);
    }
  }
  if ('bankidQrStart' in b) {
    const q = b.bankidQrStart as Record<string, unknown> | null;
    if (q === null) delete knobs.bankidQrStart;
    else if (q && typeof q.qrStartToken === 'string' && typeof q.qrStartSecret === 'string') {
      knobs.bankidQrStart = { qrStartToken: q.qrStartToken, qrStartSecret: q.qrStartSecret };
    } else errors.push('bankidQrStart must be {qrStartToken, qrStartSecret} or null');
  }
  if (errors.length > 0) return json(ctx, 400, { errors, bankidOutcomes: BANKID_OUTCOMES });
  ctx.store.knobs = knobs;
  return json(ctx, 200, knobs);
}

function advanceClock(ctx: Ctx<Record<string, unknown>>): Response {
  const { advanceSeconds = 0, frozen } = ctx.body;
  const errors: string[] = [];
  if (typeof advanceSeconds !== 'number' || !Number.isFinite(advanceSeconds) || advanceSeconds < 0) {
    errors.push('advanceSeconds must be a non-negative number');
  }
  if (frozen !== undefined && typeof frozen !== 'boolean') errors.push('frozen must be true or false');
  if (errors.length > 0) return json(ctx, 400, { errors });
  if (typeof frozen === 'boolean') ctx.store.clock.frozen = frozen;
  ctx.store.clock.advance(advanceSeconds as number);
  return json(ctx, 200, {
    now: new Date(now(ctx)).toISOString(),
    offsetSeconds: ctx.store.clock.offsetSeconds,
    frozen: ctx.store.clock.frozen,
  });
}

function resetStore(ctx: Ctx): Response {
  ctx.registry.reset(ctx.sandboxId);
  return noContent(ctx);
}

export const ownEndpoints: MockEndpoint[] = [
  { method: 'GET', path: '/__mock/outbox', handle: getOutbox },
  { method: 'DELETE', path: '/__mock/outbox', handle: clearOutbox },
  { method: 'GET', path: '/__mock/bankid/app', handle: getBankIdApp },
  { method: 'GET', path: '/__mock/knobs', handle: (ctx) => json(ctx, 200, ctx.store.knobs) },
  { method: 'POST', path: '/__mock/knobs', handle: setKnobs },
  { method: 'POST', path: '/__mock/clock', handle: advanceClock },
  { method: 'POST', path: '/__mock/reset', handle: resetStore },
];
