/*
 * F8 against the mock: its BankID orders follow the mock's clock (moved with
 * POST /__mock/clock), while the machine's polling runs on XState's simulated clock,
 * so a whole order takes milliseconds.
 */
import { expect } from '@open-wc/testing';
import { fromPromise, SimulatedClock } from 'xstate';
import { createApiClient } from '../../src/api/client.js';
import { bankidOf } from '../../src/shell/children.js';
import { recordingFetch } from '../api/mock-backend.js';
import { mock, newSandbox } from '../support/mock.js';
import { until } from '../support/mock.js';
import { bankIdMessageKey } from '../../src/flows/bankid/bankid-messages.js';
import { bankIdText } from '../../src/flows/bankid/bankid-texts.js';
import { errorText } from '../../src/ui/error-messages.js';
import {
  BANKID_TIMEOUT_MS,
  COLLECT_ATTEMPTS,
  COLLECT_INTERVAL_MS,
  QR_INTERVAL_MS,
  RETRY_BASE_MS,
  RETRY_MAX_MS,
} from '../../src/flows/bankid/bankid.machine.js';
import { openLogin, startLogin, type Login, type LoginSnapshot } from './harness.js';
import { errorOf, orderOf, statePath } from '../support/state.js';

const requestsTo = (fetch: { requests: Request[] }, method: string, pattern: RegExp) =>
  fetch.requests.filter((r) => r.method === method && pattern.test(new URL(r.url).pathname));

const messageKey = (s: LoginSnapshot, failed = statePath(s).startsWith('bankid.failed')) =>
  bankIdMessageKey(orderOf(s)?.hintCode, {
    device: orderOf(s)?.device ?? 'other',
    autostartTried: orderOf(s)?.autostartTried ?? false,
    failed,
  });

const collects = (fetch: { requests: Request[] }) => requestsTo(fetch, 'POST', /\/collect$/).length;

/** A fetch whose collects fail (no answer at all) while `drop()` says so. */
function droppingFetch(drop: () => boolean) {
  const recording = recordingFetch();
  const wrapped = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (/\/collect$/.test(new URL(request.url).pathname) && drop()) {
      recording.requests.push(request.clone());
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return recording(request);
  };
  return Object.assign(wrapped, { requests: recording.requests });
}

async function startOrder(options: { device: 'same' | 'other'; outcome?: string; fetch?: ReturnType<typeof recordingFetch> }) {
  const clock = new SimulatedClock();
  const fetch = options.fetch ?? recordingFetch();
  // On a computer BankID starts with the QR code at once; this device is the other way in.
  const login = await openLogin(options.device === 'other' ? 'F8.qr' : 'F8.thisDevice', {
    clock,
    fetch,
    ...(options.outcome ? { knobs: { bankid: options.outcome } } : {}),
  });
  const { base } = login;
  await login.at('bankid.pending', { when: (s) => !statePath(s).includes('collecting') && collects(fetch) >= 1 });
  return { base, clock, fetch, login };
}

type Order = Awaited<ReturnType<typeof startOrder>>;

/** Waits until `count` collects were sent and the last one has been answered. */
const collected = (login: Login, fetch: Order['fetch'], count: number) =>
  login.at('', { when: (s) => !statePath(s).includes('collecting') && collects(fetch) >= count, busy: true });

/** Lets the mock's order age, then lets the machine collect once more. */
async function later({ base, clock, login, fetch }: Order, seconds: number) {
  await mock.clock(base, seconds);
  const count = collects(fetch) + 1;
  clock.increment(COLLECT_INTERVAL_MS);
  return collected(login, fetch, count);
}

describe('F8 BankID on another device (QR)', () => {
  it('shows a fresh QR every second until the code is scanned, then signs in', async () => {
    const order = await startOrder({ device: 'other' });
    const { base, clock, fetch, login } = order;
    const first = await login.at('bankid.pending', { when: (s) => Boolean(orderOf(s)?.qrData) });
    expect(orderOf(first)?.qrData).to.match(/^bankid\.[^.]+\.[0-9]+\.[0-9a-f]{64}$/);
    expect(messageKey(first)).to.equal('rfa1');
    // The code names the seconds since the order started, by the mock's clock (which also runs in real time).
    // Read now: the flow's snapshot is read through the shell's, and moves on.
    const seconds = (s: LoginSnapshot) => Number(orderOf(s)?.qrData?.split('.')[2]);
    const firstSeconds = seconds(first);
    await mock.clock(base, 1);
    clock.increment(QR_INTERVAL_MS);
    await login.at('bankid.pending', { when: (s) => seconds(s) > firstSeconds });

    const scanned = await later(order, 8);
    expect(orderOf(scanned)?.hintCode).to.equal('userSign');
    expect(orderOf(scanned)?.qrData).to.equal(undefined);
    expect(messageKey(scanned)).to.equal('rfa9');
    const qrCalls = requestsTo(fetch, 'GET', /\/qr$/).length;
    clock.increment(QR_INTERVAL_MS * 3);
    await new Promise((r) => setTimeout(r, 50));
    expect(requestsTo(fetch, 'GET', /\/qr$/)).to.have.length(qrCalls);
    // Those three seconds let a collect go too: its answer first, or the next interval never starts.
    await collected(login, fetch, collects(fetch));

    await mock.clock(base, 6);
    clock.increment(COLLECT_INTERVAL_MS);
    const done = await login.at('signedIn');
    expect(done.context.user?.id).to.equal('u-sven');
    expect(login.emitted.filter((e) => e.type === 'signedIn')).to.have.length(1);
    login.stop();
  });

  it('cancels the order on the server when the user cancels, and starts afresh', async () => {
    const { fetch, login } = await startOrder({ device: 'other' });
    const { orderId } = orderOf(login.actor.getSnapshot()) ?? {};
    login.send({ type: 'bankid.cancel' });
    // Back at once; the cancel goes on in the background.
    await login.at('bankid.choosing');
    expect(requestsTo(fetch, 'DELETE', new RegExp(`/bankid/orders/${orderId}$`))).to.have.length(1);
    await until(async () => (await login.api.getCurrentBankIdOrder()) === null);
    login.send({ type: 'bankid.start', device: 'other' });
    const again = await login.at('bankid.pending', { when: (s) => Boolean(orderOf(s)?.orderId) });
    expect(orderOf(again)?.orderId).not.to.equal(orderId);
    login.stop();
  });

  it('ends the order when the user leaves for the password form', async () => {
    const { fetch, login } = await startOrder({ device: 'other' });
    login.send({ type: 'method.password' });
    await login.at('signIn');
    // Sent as the flow ends, in the background.
    await until(async () => (await login.api.getCurrentBankIdOrder()) === null);
    expect(requestsTo(fetch, 'DELETE', /\/bankid\/orders\//)).to.have.length(1);
    login.stop();
  });

  // After a reset the widget loads afresh, and may find the order before its cancel lands.
  for (const [asked, event, shown] of [
    ['the page signs out', { type: 'host.signOut', endSession: false }, 'signIn'],
    ['the page resets the widget', { type: 'reset' }, ''],
  ] as const) {
    it(`ends the order on the server when ${asked} while it runs`, async () => {
      const { fetch, login } = await startOrder({ device: 'other' });
      const { orderId } = orderOf(login.actor.getSnapshot()) ?? {};
      login.send(event);
      await login.at(shown);
      await until(async () => (await login.api.getCurrentBankIdOrder()) === null);
      expect(requestsTo(fetch, 'DELETE', new RegExp(`/bankid/orders/${orderId}$`))).to.have.length(1);
      login.stop();
    });
  }

  it('times out on the client when the order never ends', async () => {
    const { clock, fetch, login } = await startOrder({ device: 'other', outcome: 'noClient' });
    clock.increment(BANKID_TIMEOUT_MS);
    const s = await login.at('bankid.failed');
    expect(messageKey(s), "BankID's own words, and no second message").to.equal('rfa8');
    expect(errorOf(s)).to.equal(undefined);
    expect(login.emitted).to.deep.include({ type: 'error', code: 'timeout' });
    await new Promise((r) => setTimeout(r, 100));
    expect(requestsTo(fetch, 'DELETE', /\/bankid\/orders\//)).to.have.length(1);
    login.send({ type: 'bankid.retry' });
    await login.at('bankid.pending');
    login.stop();
  });

  it('resumes a running order after the page reloads', async () => {
    const { base, login } = await startOrder({ device: 'other' });
    const { orderId } = orderOf(login.actor.getSnapshot()) ?? {};
    login.stop();
    const reloaded = startLogin({ baseUrl: base, tenant: 'minasidor', clock: new SimulatedClock() });
    const s = await reloaded.at('bankid.pending', { busy: true });
    expect(orderOf(s)).to.include({ orderId, device: 'other' });
    reloaded.stop();
  });
});

describe('F8 BankID when collect fails', () => {
  it('a dropped collect (the user switching to the app) is said, tried again, and the order goes on to sign in', async () => {
    let drops = 1;
    const fetch = droppingFetch(() => drops-- > 0);
    const order = await startOrder({ device: 'other', fetch });
    const { base, clock, login } = order;
    const retrying = await login.at('bankid.pending', { when: (s) => errorOf(s)?.code === 'network' });
    expect(statePath(retrying)).to.contain('retrying');
    clock.increment(RETRY_BASE_MS);
    await login.at('bankid.pending', { when: (s) => errorOf(s) === undefined && statePath(s).includes('waiting') });
    await mock.clock(base, 14);
    clock.increment(COLLECT_INTERVAL_MS);
    await login.at('signedIn');
    expect(requestsTo(fetch, 'DELETE', /\/bankid\/orders\//)).to.have.length(0);
    login.stop();
  });

  it('five failed collects in a row end the order, and the element cancels it on the server', async () => {
    const fetch = droppingFetch(() => true);
    const { clock, login } = await startOrder({ device: 'other', fetch });
    for (let failures = 1; failures < COLLECT_ATTEMPTS; failures += 1) {
      await login.at('bankid.pending', { when: (s) => orderOf(s)?.collectFailures === failures && statePath(s).includes('retrying') });
      clock.increment(RETRY_MAX_MS);
    }
    const failed = await login.at('bankid.failed');
    expect(errorOf(failed)?.code).to.equal('network');
    await until(() => requestsTo(fetch, 'DELETE', /\/bankid\/orders\//).length === 1);
    expect(collects(fetch)).to.equal(COLLECT_ATTEMPTS);
    login.stop();
  });

  it('a page back in the foreground collects at once, without waiting for the interval', async () => {
    const order = await startOrder({ device: 'other' });
    const { fetch, login } = order;
    const before = collects(fetch);
    login.send({ type: 'page.visible' });
    await collected(login, fetch, before + 1);
    login.stop();
  });
});

describe('F8 BankID on this device (autostart)', () => {
  it('hands the launch address to the view and says RFA13 once the app was opened', async () => {
    const order = await startOrder({ device: 'same' });
    const { fetch, login } = order;
    const pending = login.actor.getSnapshot();
    expect(orderOf(pending)?.launchUrl).to.match(/^bankid:\/\/\/\?autostarttoken=.+&redirect=null$/);
    expect(messageKey(pending)).to.equal('rfa1');
    login.send({ type: 'bankid.autostartTried' });
    expect(messageKey(login.actor.getSnapshot())).to.equal('rfa13');
    const started = await later(order, 2);
    expect(orderOf(started)?.hintCode).to.equal('started');
    expect(messageKey(started)).to.equal('rfa15a');
    expect(bankIdMessageKey('started', { device: 'same', autostartTried: true, failed: false, mobile: true })).to.equal('rfa15b');
    const orderId = orderOf(started)?.orderId ?? '';
    expect(requestsTo(fetch, 'GET', new RegExp(`/${orderId}/qr$`)), 'no QR code for an order on this device').to.have.length(0);
    login.stop();
  });
});

describe('F8 BankID outcomes', () => {
  const failures: [string, string, string][] = [
    ['userCancel', 'userCancel', 'rfa6'],
    ['cancelled', 'cancelled', 'rfa3'],
    ['certificateErr', 'certificateErr', 'rfa16'],
    ['userDeclinedCall', 'userDeclinedCall', 'rfa22'],
    ['transactionRiskBlocked', 'transactionRiskBlocked', 'riskBlocked'],
    ['somethingNew', 'somethingNew', 'rfa22'],
  ];
  for (const [outcome, hint, key] of failures) {
    it(`${outcome}: failed with ${key}, and "try again" starts a fresh order at once`, async () => {
      const order = await startOrder({ device: 'other', outcome });
      const { login } = order;
      const s = await later(order, 15);
      expect(statePath(s)).to.equal('bankid.failed');
      expect(orderOf(s)?.hintCode).to.equal(hint);
      expect(messageKey(s)).to.equal(key);
      const old = orderOf(s)?.orderId;
      login.send({ type: 'bankid.retry' });
      const again = await login.at('bankid.pending', { when: (x) => orderOf(x)?.orderId !== undefined });
      expect(orderOf(again)?.orderId).not.to.equal(old);
      expect(orderOf(again)?.hintCode).to.equal('outstandingTransaction');
      login.stop();
    });
  }

  it('an unknown pending hint code reads RFA21', async () => {
    const order = await startOrder({ device: 'other', outcome: 'unknownPending' });
    const { login } = order;
    const s = await later(order, 9);
    expect(orderOf(s)?.hintCode).to.equal('mockUnknownPendingHint');
    expect(messageKey(s)).to.equal('rfa21');
    login.stop();
  });

  it('RFA17B when a QR was never read, RFA17A when the app did not start', async () => {
    const other = await startOrder({ device: 'other', outcome: 'startFailed' });
    expect(messageKey(await later(other, 11))).to.equal('rfa17b');
    other.login.stop();
    const same = await startOrder({ device: 'same', outcome: 'startFailed' });
    expect(messageKey(await later(same, 11))).to.equal('rfa17a');
    same.login.stop();
  });

  for (const [outcome, code, key] of [
    ['alreadyInProgress', 'bankid_already_in_progress', 'rfa4'],
    ['unavailable', 'bankid_unavailable', 'rfa5'],
  ] as const) {
    it(`${code}: cannot start, ${key}`, async () => {
      const login = await openLogin('F1.signIn', { tenant: 'minasidor', knobs: { bankid: outcome } });
      login.send({ type: 'method.bankid' });
      login.send({ type: 'bankid.start', device: 'other' });
      const s = await login.error(code, 'bankid');
      expect(statePath(s)).to.equal('bankid.failed');
      // One message: the error, in BankID's words.
      expect(errorText(errorOf(s)!, 0, 'en')).to.equal(bankIdText(key, 'other'));
      expect(orderOf(s)?.hintCode).to.equal(undefined);
      expect(login.emitted).to.deep.include({ type: 'error', code });
      login.send({ type: 'back' });
      await login.at('signIn');
      login.stop();
    });
  }
});

describe('F8 BankID, loaded when it is chosen', () => {
  it('a chunk that does not come is said, and "try again" loads it and starts the order', async () => {
    const base = newSandbox();
    const api = createApiClient({ baseUrl: base, tenant: 'minasidor' });
    let loads = 0;
    const loadBankId = fromPromise(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../src/flows/bankid/bankid.machine.js').then((flow) => flow.withApi(api));
    });
    const login = startLogin({ api, clock: new SimulatedClock(), actors: { loadBankId } });
    await login.at('signIn');
    login.send({ type: 'method.bankid' });
    await login.at('bankid.unloaded');
    expect(bankidOf(login.actor.getSnapshot()), 'no flow runs').to.equal(undefined);
    login.send({ type: 'retry' });
    const pending = await login.at('bankid.pending', { when: (s) => Boolean(orderOf(s)?.orderId) });
    expect(orderOf(pending)?.device).to.equal('other');
    expect(loads).to.equal(2);
    login.send({ type: 'back' });
    await login.at('signIn');
    expect(bankidOf(login.actor.getSnapshot()), 'the flow ended with the step').to.equal(undefined);
    login.stop();
  });
});
