/** BankID in the mock: the QR HMAC against BankID's test vector, and orders on the mock clock. */
import { expect } from '@open-wc/testing';
import { launchUrlFor, qrAuthCode, qrData, QR_TEST_VECTOR } from '../../mock-server/bankid.js';
import { Contract, loadContract, MockClient } from './contract.js';

describe('BankID QR (WebCrypto HMAC-SHA256)', () => {
  it('reproduces BankID\'s test vector for times 0, 1 and 2', async () => {
    const { qrStartToken, qrStartSecret, codes } = QR_TEST_VECTOR;
    expect(await qrAuthCode(qrStartSecret, 0)).to.equal('dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8');
    expect(await qrAuthCode(qrStartSecret, 1)).to.equal('949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2');
    expect(await qrAuthCode(qrStartSecret, 2)).to.equal('a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3');
    expect(codes).to.have.length(3);
    expect(await qrData(qrStartToken, qrStartSecret, 1)).to.equal(`bankid.${qrStartToken}.1.${codes[1]}`);
  });

  it('a different secret gives a different code', async () => {
    expect(await qrAuthCode('another-secret', 0)).not.to.equal(QR_TEST_VECTOR.codes[0]);
  });
});

describe('BankID orders in the mock', () => {
  let contract: Contract;
  before(async () => {
    contract = await loadContract();
  });
  const client = async (): Promise<MockClient> => new MockClient(contract, undefined, 'minasidor').start();

  it('the server-side QR follows the elapsed whole seconds (test vector through HTTP)', async () => {
    const c = await client();
    await c.knobs({ bankidQrStart: { qrStartToken: QR_TEST_VECTOR.qrStartToken, qrStartSecret: QR_TEST_VECTOR.qrStartSecret } });
    const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
    const seen = [];
    for (let time = 0; time < 3; time += 1) {
      seen.push((await c.call('getBankIdQr', { params: { orderId } })).body.qrData);
      await c.advance(1);
    }
    // The real clock may tick between calls: each answer must be the vector's value for its own time.
    for (const qr of seen) {
      const [, token, time, code] = /^bankid\.(.+)\.(\d+)\.([0-9a-f]{64})$/.exec(qr) ?? [];
      expect(token).to.equal(QR_TEST_VECTOR.qrStartToken);
      expect(code).to.equal(await qrAuthCode(QR_TEST_VECTOR.qrStartSecret, Number(time)));
    }
    expect(seen[0]).to.equal(`bankid.${QR_TEST_VECTOR.qrStartToken}.0.${QR_TEST_VECTOR.codes[0]}`);
    expect(new Set(seen).size).to.equal(3);
  });

  /** What the BankID app does when the user is done: opens the return address, with its nonce. */
  const appReturn = async (c: MockClient): Promise<string> => {
    const { returnUrl } = await (await c.mock('/bankid/app')).json();
    return new URL(returnUrl).searchParams.get('nl-bankid') ?? '';
  };
  /** The same sandbox seen from another browser: a session of its own. */
  const otherDevice = (c: MockClient) => new MockClient(contract, c.base.replace(/\/api$/, '/device/victim/api'), 'minasidor').start();

  it('same device moves outstandingTransaction -> started -> userSign, and completes once the app returned with the nonce', async () => {
    const c = await client();
    const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'same', returnUrl: 'https://portal.example/mina-sidor' } })).body;
    const hints = [];
    for (const step of [0, 2, 2, 6]) {
      await c.advance(step);
      const r = (await c.call('collectBankIdOrder', { params: { orderId } })).body;
      hints.push(r.hintCode ?? r.status);
    }
    expect(hints, 'signed in the app, not returned yet').to.deep.equal(['outstandingTransaction', 'started', 'userSign', 'userSign']);
    expect((await c.call('confirmBankIdReturn', { body: { nonce: await appReturn(c) } })).body.orderId).to.equal(orderId);
    expect((await c.call('collectBankIdOrder', { params: { orderId } })).body.status).to.equal('complete');
  });

  it('a relayed same-device link never completes: the return in another session is refused', async () => {
    const relayer = await client();
    const { orderId } = (await relayer.call('startBankIdOrder', { body: { device: 'same' } })).body;
    // The victim opens the relayed link, identifies, and the app returns to the victim's browser.
    await relayer.advance(10);
    const victim = await otherDevice(relayer);
    const nonce = await appReturn(relayer);
    const refused = await victim.call('confirmBankIdReturn', { body: { nonce } });
    expect([refused.status, refused.body.code]).to.deep.equal([400, 'bankid_return_invalid']);
    expect((await victim.call('getSession')).body.authenticated, 'the victim is not signed in as anyone').to.equal(false);
    expect((await relayer.call('collectBankIdOrder', { params: { orderId } })).body).to.deep.equal({ status: 'pending', hintCode: 'userSign' });
    await relayer.advance(171);
    expect((await relayer.call('collectBankIdOrder', { params: { orderId } })).body).to.deep.equal({ status: 'failed', hintCode: 'expiredTransaction' });
    expect((await relayer.call('getSession')).body.authenticated, 'nor is the relayer').to.equal(false);
    expect((await victim.call('confirmBankIdReturn', { body: { nonce: 'made-up' } })).body.code).to.equal('bankid_return_invalid');
  });

  it('GET /bankid/orders/current answers the last order until collect has delivered its final status', async () => {
    const c = await client();
    const order = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
    await c.advance(14);
    // Completed while the page was away (iOS Safari reloads the tab): still there to collect.
    expect((await c.call('getCurrentBankIdOrder')).body).to.deep.equal(order);
    expect((await c.call('collectBankIdOrder', { params: { orderId: order.orderId } })).body.status).to.equal('complete');
    expect((await c.call('getCurrentBankIdOrder')).status).to.equal(204);
  });

  it("launch addresses by browser, as BankID says: its universal link only for iOS Safari and Android 6+ Chrome and Edge", () => {
    const ua = {
      iosSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      iosChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
      iosFirefox: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
      iosWebView: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
      iosFacebook: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/490.0.0.38.106;FBBV/654321]',
      androidChrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36',
      androidEdge: 'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.2903.70',
      android5Chrome: 'Mozilla/5.0 (Linux; Android 5.1.1; SM-J320F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Mobile Safari/537.36',
      androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
      samsung: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
      androidWebView: 'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.81 Mobile Safari/537.36',
      instagram: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36 Instagram 357.0.0.25.101 Android',
      windowsEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    };
    const universal = 'https://app.bankid.com/?autostarttoken=t&redirect=null';
    const scheme = (redirect: string) => `bankid:///?autostarttoken=t&redirect=${redirect}`;
    const expected: Record<keyof typeof ua, string> = {
      iosSafari: universal,
      iosChrome: scheme('googlechromes%3A%2F%2F'),
      iosFirefox: scheme('firefox%3A%2F%2F'),
      iosWebView: scheme('null'),
      iosFacebook: scheme('null'),
      androidChrome: universal,
      androidEdge: universal,
      android5Chrome: scheme('null'),
      androidFirefox: scheme('null'),
      samsung: scheme('null'),
      androidWebView: scheme('null'),
      instagram: scheme('null'),
      windowsEdge: scheme('null'),
      macSafari: scheme('null'),
    };
    for (const [name, agent] of Object.entries(ua) as [keyof typeof ua, string][]) {
      expect(launchUrlFor(agent, 't'), name).to.equal(expected[name]);
    }
  });

  const failures: Array<[string, number, string]> = [
    ['userCancel', 14, 'userCancel'],
    ['expiredTransaction', 30, 'expiredTransaction'],
    ['certificateErr', 14, 'certificateErr'],
    ['startFailed', 10, 'startFailed'],
    ['userDeclinedCall', 14, 'userDeclinedCall'],
    ['cancelled', 8, 'cancelled'],
    ['notSupportedByUserApp', 8, 'notSupportedByUserApp'],
    ['transactionRiskBlocked', 14, 'transactionRiskBlocked'],
    ['someFutureHintCode', 14, 'someFutureHintCode'],
  ];
  for (const [outcome, seconds, hint] of failures) {
    it(`the sticky knob bankid=${outcome} fails the order with ${hint}`, async () => {
      const c = await client();
      await c.knobs({ bankid: outcome });
      const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
      expect((await c.call('collectBankIdOrder', { params: { orderId } })).body.status).to.equal('pending');
      await c.advance(seconds);
      expect((await c.call('collectBankIdOrder', { params: { orderId } })).body).to.deep.equal({ status: 'failed', hintCode: hint });
      expect((await c.call('getSession')).body.authenticated).to.equal(false);
    });
  }

  it('userCallConfirm and userMrtd are pending hints before completion', async () => {
    for (const outcome of ['userCallConfirm', 'userMrtd']) {
      const c = await client();
      const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'other' }, headers: { 'X-Mock-BankId': outcome } })).body;
      await c.advance(9);
      expect((await c.call('collectBankIdOrder', { params: { orderId } })).body).to.deep.equal({ status: 'pending', hintCode: outcome });
      await c.advance(6);
      expect((await c.call('collectBankIdOrder', { params: { orderId } })).body.status).to.equal('complete');
    }
  });

  it('an unfinished order survives a reload: GET /bankid/orders/current resumes it', async () => {
    const c = await client();
    const order = (await c.call('startBankIdOrder', { body: { device: 'same' } })).body;
    await c.advance(3);
    expect((await c.call('getCurrentBankIdOrder')).body).to.deep.equal(order);
    // A new order replaces (cancels) the old one.
    const second = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
    expect((await c.call('collectBankIdOrder', { params: { orderId: order.orderId } })).body).to.deep.equal({ status: 'failed', hintCode: 'cancelled' });
    expect((await c.call('getCurrentBankIdOrder')).body.orderId).to.equal(second.orderId);
  });

  it('the bankidPersonalNumber knob chooses who signs in', async () => {
    const c = await client();
    await c.knobs({ bankidPersonalNumber: '199002022383' });
    const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
    await c.advance(14);
    expect((await c.call('collectBankIdOrder', { params: { orderId } })).body.user.displayName).to.equal('Karin Berg');
  });

  it('the order belongs to its session: another sandbox cannot see it', async () => {
    const c = await client();
    const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
    const other = await client();
    expect((await other.call('getBankIdQr', { params: { orderId } })).status).to.equal(404);
  });
});
