/** BankID in the mock: the QR HMAC against BankID's test vector, and orders on the mock clock. */
import { expect } from '@open-wc/testing';
import { before, describe, it } from './mocha.js';
import { qrAuthCode, qrData, QR_TEST_VECTOR } from '../../mock-server/bankid.js';
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

  it('same device moves outstandingTransaction -> started -> userSign -> complete', async () => {
    const c = await client();
    const { orderId } = (await c.call('startBankIdOrder', { body: { device: 'same' } })).body;
    const hints = [];
    for (const step of [0, 2, 2, 6]) {
      await c.advance(step);
      const r = (await c.call('collectBankIdOrder', { params: { orderId } })).body;
      hints.push(r.hintCode ?? r.status);
    }
    expect(hints).to.deep.equal(['outstandingTransaction', 'started', 'userSign', 'complete']);
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
