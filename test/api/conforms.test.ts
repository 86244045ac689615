/*
 * Answers checked against the contract's schemas (generated from contract/openapi.yaml):
 * what a review found freezing the widget is refused; what a newer backend may add passes.
 */
import { expect } from '@open-wc/testing';
import { answerConforms, loadAnswerSchemas } from '../../src/api/conforms.js';

const user = { id: 'u-1', displayName: 'Anna Andersen' };
const challenge = { id: 'c', channel: 'sms', destination: '+45 •• •• •• 78', codeLength: 6, expiresInSeconds: 600, resendAfterSeconds: 30, attemptsLeft: 5 };

describe('the schemas at hand before any is loaded', () => {
  it('check the answers boot may get, and let no other answer through unchecked', () => {
    expect(answerConforms('getSession', { authenticated: false, csrfToken: 'x'.repeat(20) })).to.equal(true);
    expect(answerConforms('getCurrentBankIdOrder', { orderId: 'o', device: 'somewhere' })).to.equal(false);
    expect(() => answerConforms('signInWithPassword', { next: 'signedIn', user })).to.throw(/not loaded/);
    expect(() => answerConforms('startIdentityProvider', { redirectUrl: 'https://idp.example/' })).to.throw(/not loaded/);
  });
});

describe('answers against the contract', () => {
  before(() => loadAnswerSchemas('signInWithPassword'));

  it('passes every kind of step, and unknown extra fields', () => {
    expect(answerConforms('signInWithPassword', { next: 'signedIn', user })).to.equal(true);
    expect(answerConforms('signInWithPassword', { next: 'verifyCode', flowId: 'f', challenge })).to.equal(true);
    expect(answerConforms('verifyCode', { next: 'setPassword', flowId: 'f', debug: { trace: 1 } })).to.equal(true);
    expect(answerConforms('collectBankIdOrder', { status: 'pending', hintCode: 'somethingNew' })).to.equal(true);
  });

  it('refuses the answers that used to stop the widget', () => {
    expect(answerConforms('verifyCode', { next: 'verifyCode', flowId: 'f' }), 'verifyCode without challenge').to.equal(false);
    expect(answerConforms('verifyCode', { next: 'somewhereElse' }), 'an unknown next').to.equal(false);
    expect(answerConforms('startPasswordReset', { next: 'setPassword' }), 'setPassword without flowId').to.equal(false);
    expect(answerConforms('collectBankIdOrder', { hintCode: 'userSign' }), 'collect without status').to.equal(false);
    expect(answerConforms('collectBankIdOrder', { status: 'complete' }), 'complete without user').to.equal(false);
    expect(answerConforms('signInWithPassword', { next: 'signedIn' }), 'signedIn without user').to.equal(false);
    expect(answerConforms('signInWithPassword', { next: 'signedIn', user: { id: 'u-1' } }), 'a user without a name').to.equal(false);
    expect(answerConforms('getSession', { authenticated: 'yes', csrfToken: 'x'.repeat(20) }), 'a field of the wrong kind').to.equal(false);
    expect(answerConforms('getBankIdQr', { qrData: 'bankid.t.0.<script>' }), 'a QR string off its pattern').to.equal(false);
    expect(answerConforms('getConfig', [1, 2]), 'not an object').to.equal(false);
  });
});
