/** Contract area `bankid`: F8 Swedish Mobile BankID, its orders moving on the store's clock (../bankid.ts). */
import type { components } from '../../src/api/schema.js';
import { launchUrlFor, orderPhase, qrData } from '../bankid.js';
import { now, requireSession, type Ctx } from '../context.js';
import { signIn } from '../flows.js';
import { widgetPage } from '../mail.js';
import type { AreaHandlers } from '../operation-types.js';
import { invalid, Problem } from '../problems.js';
import { json, noContent } from '../responses.js';
import { DEFAULT_BANKID_PERSONAL_NUMBER } from '../seed.js';
import { randomId, randomToken, type BankIdOrderRecord } from '../store.js';
import { findUser, userJson } from '../users.js';

/** What BankID's /auth gets as returnUrl for a same-device order: the page plus the order's nonce. */
function returnAddress(page: string | URL, nonce: string): string {
  const url = new URL(page);
  url.searchParams.set('nl-bankid', nonce);
  return url.href;
}

function orderJson(order: BankIdOrderRecord): components['schemas']['BankIdOrder'] {
  return {
    orderId: order.id,
    device: order.device,
    ...(order.launchUrl ? { launchUrl: order.launchUrl } : {}),
  };
}

function requireBankId(ctx: Ctx): void {
  if (!ctx.tenant.config.methods.bankid) throw new Problem('not_found', { detail: 'This tenant does not offer BankID.' });
}

function phaseOf(ctx: Ctx, order: BankIdOrderRecord): ReturnType<typeof orderPhase> {
  if (order.cancelled) return { status: 'failed', hintCode: 'cancelled' };
  const phase = orderPhase(order.device, order.outcome, Math.floor((now(ctx) - order.createdAt) / 1000));
  // Same device: complete only once the app's return, with the nonce, reached the session that started the order.
  if (phase.status === 'complete' && order.returnNonce && !order.returned) return { status: 'pending', hintCode: 'userSign' };
  return phase;
}

function getOrder(ctx: Ctx): BankIdOrderRecord {
  const order = ctx.store.orders.get(ctx.params.orderId ?? '');
  if (!order || !ctx.session || order.sessionKey !== ctx.session.key) throw new Problem('not_found', { detail: 'No such order.' });
  return order;
}

export const bankIdOperations = {
  startBankIdOrder(ctx) {
    requireBankId(ctx);
    const { device } = ctx.body;
    const returnUrl = ctx.body.returnUrl?.trim();
    if (returnUrl && !/^https?:\/\//.test(returnUrl)) throw invalid([{ field: 'returnUrl', code: 'invalid' }]);
    const session = requireSession(ctx);
    const outcome =
      ctx.request.headers.get('x-mock-bankid') ?? ctx.url.searchParams.get('mock-bankid') ?? ctx.store.knobs.bankid ?? 'complete';
    if (outcome === 'alreadyInProgress') throw new Problem('bankid_already_in_progress');
    if (outcome === 'unavailable') throw new Problem('bankid_unavailable');
    const previous = session.bankidOrderId ? ctx.store.orders.get(session.bankidOrderId) : undefined;
    if (previous) previous.cancelled = true;
    const qrStart = ctx.store.knobs.bankidQrStart ?? { qrStartToken: crypto.randomUUID(), qrStartSecret: crypto.randomUUID() };
    const autoStartToken = crypto.randomUUID();
    const order: BankIdOrderRecord = {
      id: randomId('o-'),
      sessionKey: session.key,
      device,
      autoStartToken,
      ...qrStart,
      createdAt: now(ctx),
      outcome,
      personalNumber: ctx.store.knobs.bankidPersonalNumber ?? DEFAULT_BANKID_PERSONAL_NUMBER,
      cancelled: false,
      signedIn: false,
      ...(device === 'same'
        ? {
            launchUrl: launchUrlFor(ctx.request.headers.get('user-agent') ?? '', autoStartToken),
            returnNonce: randomToken(),
            returned: false,
          }
        : {}),
    };
    if (order.returnNonce) order.returnUrl = returnAddress(returnUrl || widgetPage(ctx), order.returnNonce);
    ctx.store.orders.set(order.id, order);
    session.bankidOrderId = order.id;
    return json(ctx, 201, orderJson(order));
  },

  /** The session's last order until collect has delivered its final status (the page may have been reloaded meanwhile). */
  getCurrentBankIdOrder(ctx) {
    requireBankId(ctx);
    const id = ctx.session?.bankidOrderId;
    const order = id ? ctx.store.orders.get(id) : undefined;
    if (!order) return noContent(ctx);
    return json(ctx, 200, orderJson(order));
  },

  /** The BankID app opened the return address: its nonce must be this session's, once. */
  confirmBankIdReturn(ctx) {
    requireBankId(ctx);
    const nonce = ctx.body.nonce.trim();
    const session = requireSession(ctx);
    const order = [...ctx.store.orders.values()].find((o) => o.returnNonce !== undefined && o.returnNonce === nonce);
    if (!order || order.returned || order.sessionKey !== session.key) throw new Problem('bankid_return_invalid');
    order.returned = true;
    return json(ctx, 200, orderJson(order));
  },

  async getBankIdQr(ctx) {
    requireBankId(ctx);
    const order = getOrder(ctx);
    if (phaseOf(ctx, order).status !== 'pending') throw new Problem('not_found', { detail: 'The order is no longer pending.' });
    const time = ctx.defects.has('qr-static') ? 0 : Math.max(0, Math.floor((now(ctx) - order.createdAt) / 1000));
    return json(ctx, 200, { qrData: await qrData(order.qrStartToken, order.qrStartSecret, time) });
  },

  collectBankIdOrder(ctx) {
    requireBankId(ctx);
    const order = getOrder(ctx);
    const session = requireSession(ctx);
    const phase = phaseOf(ctx, order);
    if (phase.status === 'complete') {
      const user = findUser(ctx.store, (u) => u.personalNumber === order.personalNumber);
      if (!user) {
        if (session.bankidOrderId === order.id) session.bankidOrderId = undefined;
        return json(ctx, 200, { status: 'failed', hintCode: 'mockNoCustomerForPersonalNumber' });
      }
      if (!order.signedIn) {
        order.signedIn = true;
        session.bankidOrderId = undefined;
        signIn(ctx, user);
      }
      return json(ctx, 200, { status: 'complete', user: userJson(user) });
    }
    if (phase.status === 'failed' && session.bankidOrderId === order.id) session.bankidOrderId = undefined;
    return json(ctx, 200, phase);
  },

  cancelBankIdOrder(ctx) {
    requireBankId(ctx);
    const order = getOrder(ctx);
    const session = requireSession(ctx);
    if (phaseOf(ctx, order).status === 'pending') order.cancelled = true;
    if (session.bankidOrderId === order.id) session.bankidOrderId = undefined;
    return noContent(ctx);
  },
} satisfies AreaHandlers<'bankid'>;
