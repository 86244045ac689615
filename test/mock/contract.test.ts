/**
 * Contract conformance: drives every operation of contract/openapi.yaml against the real mock
 * over HTTP (each test in a sandbox of its own) and checks every answer — status declared,
 * content type, body schema — with ajv. The last test checks that every operation answered
 * successfully at least once and that every problem code of the contract was seen.
 */
import { expect } from '@open-wc/testing';
import { Contract, DEMO_PASSWORD, loadContract, MockClient, observed } from './contract.js';

let contract: Contract;
/** A new browser session; in a new sandbox unless `base` names one. */
const client = async (tenant?: string, base?: string): Promise<MockClient> => new MockClient(contract, base, tenant).start();
const json = { 'Content-Type': 'application/json' };

describe('contract conformance of the mock', () => {
  before(async () => {
    contract = await loadContract();
  });

  describe('config and session', () => {
    it('getConfig answers every tenant, and 404 for an unknown one', async () => {
      const c = new MockClient(contract);
      for (const tenant of ['nokas', 'hk', 'polarkraft', 'minasidor', 'demo']) {
        const r = await c.call('getConfig', { query: { tenant } });
        expect(r.status).to.equal(200);
        expect(r.body.tenant.id).to.equal(tenant);
      }
      expect((await c.call('getConfig')).body.tenant.id).to.equal('demo');
      const unknown = await c.call('getConfig', { query: { tenant: 'nope' } });
      expect([unknown.status, unknown.body.code]).to.deep.equal([404, 'not_found']);
    });

    it('the tenants switch the flows the seeds describe', async () => {
      const c = new MockClient(contract);
      const config = async (tenant: string) => (await c.call('getConfig', { query: { tenant } })).body;
      expect((await config('nokas')).flows.verifyAndCreate).to.equal(true);
      expect((await config('nokas')).methods.identityProviders).to.deep.equal([
        { id: 'mitid', name: 'MitID', brand: 'mitid' },
        { id: 'azure', name: 'Azure AD' },
      ]);
      expect((await config('hk')).methods.identityProviders).to.deep.equal([{ id: 'bankid-no', name: 'BankID', brand: 'bankid-no' }]);
      expect((await config('hk')).flows.activation).to.equal(true);
      const polar = await config('polarkraft');
      expect([polar.flows.mobileRegistration, polar.flows.customerNumberRegistration, polar.flows.forgotCustomerNumber, polar.rememberMe]).to.deep.equal([
        true,
        true,
        true,
        true,
      ]);
      expect(polar.links.newCustomer).to.be.a('string');
      const sv = await config('minasidor');
      expect([sv.identifier.kind, sv.methods.bankid, sv.flows.emailRegistration, sv.flows.passwordLink]).to.deep.equal([
        'customerNumber',
        true,
        true,
        true,
      ]);
    });

    it('getSession gives an anonymous session with a CSRF token; signOut ends a signed-in one', async () => {
      const c = await client();
      expect(c.csrfToken).to.be.a('string').with.length.greaterThan(15);
      const signIn = await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } });
      expect(signIn.body).to.deep.equal({
        next: 'signedIn',
        user: { id: 'u-anna', displayName: 'Anna Andersen', identifier: 'anna@example.com' },
      });
      const session = await c.call('getSession');
      expect(session.body.authenticated).to.equal(true);
      expect(session.body.csrfToken, 'the CSRF token survives the sign-in').to.equal(c.csrfToken);
      expect((await c.call('signOut')).status).to.equal(204);
      expect((await c.call('getSession')).body).to.deep.equal({ authenticated: false, csrfToken: c.csrfToken });
    });

    it('state-changing calls without the right X-CSRF-Token are 403 csrf_invalid', async () => {
      const c = await client();
      for (const csrf of [false, 'wrong-token'] as const) {
        const r = await c.call('signInWithPassword', { csrf, body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } });
        expect([r.status, r.body.code]).to.deep.equal([403, 'csrf_invalid']);
      }
      const out = await c.call('signOut', { csrf: false });
      expect([out.status, out.body.code]).to.deep.equal([403, 'csrf_invalid']);
      // A token from another session (another sandbox: the browser has one cookie per sandbox) does not work either.
      const other = await client();
      const r = await c.call('startPasswordReset', { csrf: other.csrfToken, body: { identifier: 'anna@example.com' } });
      expect(r.body.code).to.equal('csrf_invalid');
    });
  });

  describe('F1 password sign-in', () => {
    it('wrong password and unknown account answer the same 401 invalid_credentials', async () => {
      const c = await client();
      const wrong = await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: 'nope' } });
      const unknown = await c.call('signInWithPassword', { body: { identifier: 'nobody@example.com', password: 'nope' } });
      expect([wrong.status, wrong.body.code]).to.deep.equal([401, 'invalid_credentials']);
      expect(unknown.body).to.deep.equal(wrong.body);
    });

    it('validation_failed names the fields', async () => {
      const c = await client();
      const r = await c.call('signInWithPassword', { body: { identifier: '' } });
      expect(r.status).to.equal(422);
      expect(r.body.errors).to.deep.include.members([
        { field: 'identifier', code: 'required' },
        { field: 'password', code: 'required' },
      ]);
      const garbage = await c.call('signInWithPassword', { rawBody: '{not json' });
      expect(garbage.body.code).to.equal('validation_failed');
    });

    it('the fifth wrong password locks the account for a while (423 + Retry-After), then it opens again', async () => {
      const c = await client();
      for (let i = 0; i < 4; i += 1) {
        expect((await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: 'x' } })).status).to.equal(401);
      }
      const locked = await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: 'x' } });
      expect([locked.status, locked.body.code]).to.deep.equal([423, 'account_locked']);
      expect(Number(locked.headers.get('retry-after'))).to.equal(900);
      const still = await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } });
      expect(still.status).to.equal(423);
      await c.advance(901);
      expect((await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } })).body.next).to.equal(
        'signedIn',
      );
    });

    it('an account locked by staff is 423 without Retry-After', async () => {
      const c = await client();
      const r = await c.call('signInWithPassword', { body: { identifier: 'locked@example.com', password: DEMO_PASSWORD } });
      expect([r.status, r.body.code]).to.deep.equal([423, 'account_locked']);
      expect(r.headers.get('retry-after')).to.equal(null);
    });

    it('too many sign-in attempts from one session are 429 rate_limited with Retry-After', async () => {
      const c = await client();
      let last;
      for (let i = 0; i < 31; i += 1) {
        last = await c.call('signInWithPassword', { body: { identifier: `nobody${i}@example.com`, password: 'x' } });
      }
      expect([last?.status, last?.body.code]).to.deep.equal([429, 'rate_limited']);
      expect(Number(last?.headers.get('retry-after'))).to.be.greaterThan(0);
    });

    it('customer number and organisation number identify too', async () => {
      const c = await client('minasidor');
      expect((await c.call('signInWithPassword', { body: { identifier: '334455', password: DEMO_PASSWORD } })).body.user.displayName).to.equal(
        'Karin Berg',
      );
      const d = await client();
      expect(
        (await d.call('signInWithPassword', { body: { identifier: '16556677-8899', password: DEMO_PASSWORD } })).body.user.displayName,
      ).to.equal('Exempel AB');
    });

    it('SMS second factor: verifyCode, with code_invalid, resend cool-down, code_expired and code_attempts_exceeded', async () => {
      const c = await client();
      const step = (await c.call('signInWithPassword', { body: { identifier: 'nils@example.com', password: DEMO_PASSWORD } })).body;
      expect(step.next).to.equal('verifyCode');
      expect(step.challenge).to.include({ channel: 'sms', destination: '+47 •• •• •• 67', codeLength: 6, expiresInSeconds: 600, resendAfterSeconds: 30, attemptsLeft: 5 });
      const params = { flowId: step.flowId };
      const bad = await c.call('verifyCode', { params, body: { code: '000000' === (await c.lastCode('+4791234567')) ? '111111' : '000000' } });
      expect([bad.status, bad.body.code, bad.body.attemptsLeft]).to.deep.equal([400, 'code_invalid', 4]);
      const malformed = await c.call('verifyCode', { params, body: { code: '12' } });
      expect(malformed.body.errors).to.deep.equal([{ field: 'code', code: 'invalid' }]);

      const tooSoon = await c.call('resendCode', { params });
      expect([tooSoon.status, tooSoon.body.code, tooSoon.headers.get('retry-after')]).to.deep.equal([429, 'resend_too_soon', '30']);
      await c.advance(30);
      const resent = await c.call('resendCode', { params });
      expect(resent.body).to.include({ channel: 'sms', attemptsLeft: 5, resendAfterSeconds: 30, expiresInSeconds: 600 });

      await c.advance(601);
      const expired = await c.call('verifyCode', { params, body: { code: await c.lastCode('+4791234567') } });
      expect([expired.status, expired.body.code]).to.deep.equal([410, 'code_expired']);

      await c.call('resendCode', { params });
      const code = await c.lastCode('+4791234567');
      const wrong = code === '999999' ? '999998' : '999999';
      const answers = [];
      for (let i = 0; i < 5; i += 1) answers.push((await c.call('verifyCode', { params, body: { code: wrong } })).body);
      expect(answers.map((a) => a.attemptsLeft ?? a.code)).to.deep.equal([4, 3, 2, 1, 'code_attempts_exceeded']);
      const after = await c.call('verifyCode', { params, body: { code } });
      expect([after.status, after.body.code]).to.deep.equal([403, 'code_attempts_exceeded']);

      await c.advance(30);
      await c.call('resendCode', { params });
      const ok = await c.call('verifyCode', { params, body: { code: await c.lastCode('+4791234567') } });
      expect(ok.body.next).to.equal('signedIn');
      const again = await c.call('verifyCode', { params, body: { code: '123456' } });
      expect([again.status, again.body.code]).to.deep.equal([404, 'not_found']);
    });

    it('resendCode stops after five sends (429 rate_limited); unknown and expired flows are 404 / 410', async () => {
      const c = await client();
      const step = (await c.call('signInWithPassword', { body: { identifier: 'nils@example.com', password: DEMO_PASSWORD } })).body;
      const params = { flowId: step.flowId };
      for (let i = 0; i < 4; i += 1) {
        await c.advance(30);
        expect((await c.call('resendCode', { params })).status).to.equal(200);
      }
      await c.advance(30);
      const limited = await c.call('resendCode', { params });
      expect([limited.status, limited.body.code]).to.deep.equal([429, 'rate_limited']);
      expect((await c.call('resendCode', { params: { flowId: 'f-unknown' } })).body.code).to.equal('not_found');
      await c.advance(1801);
      const gone = await c.call('verifyCode', { params, body: { code: '123456' } });
      expect([gone.status, gone.body.code]).to.deep.equal([410, 'flow_expired']);
    });

    it('Nokas requires an SMS second factor: no phone on file -> enrolPhone -> verifyCode -> signedIn', async () => {
      const c = await client('nokas');
      const step = (await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } })).body;
      expect(step).to.deep.equal({ next: 'enrolPhone', flowId: step.flowId });
      const params = { flowId: step.flowId };
      const invalid = await c.call('enrolPhone', { params, body: { countryCode: '+45', nationalNumber: '1234' } });
      expect(invalid.body.errors).to.deep.equal([{ field: 'nationalNumber', code: 'invalid' }]);
      const sms = (await c.call('enrolPhone', { params, body: { countryCode: '+45', nationalNumber: '20123456' } })).body;
      expect(sms.challenge).to.include({ channel: 'sms', destination: '+45 •• •• •• 56' });
      const wrongState = await c.call('enrolPhone', { params, body: { countryCode: '+45', nationalNumber: '20123456' } });
      expect(wrongState.body.code).to.equal('not_found');
      const done = await c.call('verifyCode', { params, body: { code: await c.lastCode('+4520123456') } });
      expect(done.body.next).to.equal('signedIn');
      // Next time the enrolled phone is asked for.
      const d = await client('nokas', c.base);
      const next = (await d.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } })).body;
      expect(next.next).to.equal('verifyCode');
    });
  });

  describe('F2, F3 and F12: code flows that do not reveal accounts', () => {
    it('F2 activation (HK): known and unknown addresses answer alike; the known one activates', async () => {
      const c = await client('hk');
      const known = (await c.call('startActivation', { body: { email: 'kari@hk.example' } })).body;
      const unknown = (await c.call('startActivation', { body: { email: 'kim@hk.example' } })).body;
      expect(Object.keys(unknown).sort()).to.deep.equal(Object.keys(known).sort());
      expect({ ...unknown.challenge, id: '', destination: '' }).to.deep.equal({ ...known.challenge, id: '', destination: '' });
      expect([known.challenge.destination, unknown.challenge.destination]).to.deep.equal(['k***@hk.example', 'k***@hk.example']);
      expect((await c.outbox()).map((m) => m.to)).to.deep.equal(['kari@hk.example']);
      // Codes for the unknown address never work.
      const ghost = await c.call('verifyCode', { params: { flowId: unknown.flowId }, body: { code: await c.lastCode('kari@hk.example') } });
      expect(ghost.body.code).to.equal('code_invalid');

      const params = { flowId: known.flowId };
      const verified = await c.call('verifyCode', { params, body: { code: await c.lastCode('kari@hk.example') } });
      expect(verified.body).to.deep.equal({ next: 'setPassword', flowId: known.flowId });
      const weak = await c.call('setPassword', { params, body: { password: 'short' } });
      expect([weak.status, weak.body.code]).to.deep.equal([422, 'password_policy']);
      expect(weak.body.violations).to.deep.equal(['minLength', 'requireDigit']);
      const empty = await c.call('setPassword', { params, body: {} });
      expect(empty.body.code).to.equal('validation_failed');
      const set = await c.call('setPassword', { params, body: { password: 'nytt-passord-1' } });
      expect(set.body.next).to.equal('signedIn');
      expect((await c.call('setPassword', { params, body: { password: 'nytt-passord-1' } })).body.code).to.equal('not_found');
      const d = await client('hk', c.base);
      expect((await d.call('signInWithPassword', { body: { identifier: 'kari@hk.example', password: 'nytt-passord-1' } })).body.next).to.equal(
        'signedIn',
      );
    });

    it('flows a tenant does not offer are 404; a bad address is 422', async () => {
      const c = await client('nokas');
      expect((await c.call('startActivation', { body: { email: 'kari@hk.example' } })).body.code).to.equal('not_found');
      const bad = await c.call('startVerification', { body: { email: 'not-an-address' } });
      expect(bad.body.errors).to.deep.equal([{ field: 'email', code: 'invalid' }]);
    });

    it('F3 verify and create (Nokas): e-mail code -> password -> phone -> SMS code -> signed in', async () => {
      const c = await client('nokas');
      const step = (await c.call('startVerification', { body: { email: 'ny@nokas.example' } })).body;
      const params = { flowId: step.flowId };
      expect((await c.call('verifyCode', { params, body: { code: await c.lastCode('ny@nokas.example') } })).body.next).to.equal('setPassword');
      expect((await c.call('setPassword', { params, body: { password: 'Kodeord123' } })).body.next).to.equal('enrolPhone');
      const sms = (await c.call('enrolPhone', { params, body: { countryCode: '+45', nationalNumber: '22334455' } })).body;
      expect(sms.next).to.equal('verifyCode');
      const done = await c.call('verifyCode', { params, body: { code: await c.lastCode('+4522334455') } });
      expect(done.body).to.deep.include({ next: 'signedIn' });
      expect(done.body.user.displayName).to.equal('Niels Yde');
    });

    it('F12 forgotten password: e-mail, SMS and unknown accounts all get verifyCode', async () => {
      const c = await client();
      const email = (await c.call('startPasswordReset', { body: { identifier: 'anna@example.com' } })).body;
      expect(email.challenge).to.include({ channel: 'email', destination: 'a***@example.com' });
      const sms = (await c.call('startPasswordReset', { body: { identifier: '+47 912 34 567' } })).body;
      expect(sms.challenge).to.include({ channel: 'sms', destination: '+47 •• •• •• 67' });
      const unknown = (await c.call('startPasswordReset', { body: { identifier: 'ghost@example.com' } })).body;
      expect(unknown.next).to.equal('verifyCode');
      const unknownNumber = (await c.call('startPasswordReset', { body: { identifier: '999999' } })).body;
      expect(unknownNumber.challenge.destination).to.match(/^[a-z]\*\*\*@/);
      const bad = await c.call('startPasswordReset', { body: { identifier: '+12' } });
      expect(bad.body.code).to.equal('validation_failed');

      const params = { flowId: email.flowId };
      await c.call('verifyCode', { params, body: { code: await c.lastCode('anna@example.com') } });
      const policy = await c.call('setPassword', { params, body: { password: 'alllowercase' } });
      expect(policy.body.violations).to.deep.equal(['requireUppercase', 'requireDigit', 'requireSymbol']);
      expect((await c.call('setPassword', { params, body: { password: 'Vinter-2027!' } })).body.next).to.equal('signedIn');
    });

    it('F12 for an account locked by staff ends in 423 at setPassword', async () => {
      const c = await client();
      const step = (await c.call('startPasswordReset', { body: { identifier: 'locked@example.com' } })).body;
      const params = { flowId: step.flowId };
      await c.call('verifyCode', { params, body: { code: await c.lastCode('locked@example.com') } });
      const r = await c.call('setPassword', { params, body: { password: 'Vinter-2027!' } });
      expect([r.status, r.body.code]).to.deep.equal([423, 'account_locked']);
    });

    it('more than ten code or link requests in 15 minutes from a session are 429 rate_limited', async () => {
      const c = await client();
      const statuses = [];
      for (let i = 0; i < 11; i += 1) statuses.push((await c.call('startPasswordReset', { body: { identifier: `x${i}@example.com` } })).status);
      expect(statuses.slice(0, 10).every((s) => s === 200)).to.equal(true);
      expect(statuses[10]).to.equal(429);
      await c.advance(15 * 60);
      expect((await c.call('startPasswordReset', { body: { identifier: 'x@example.com' } })).status).to.equal(200);
    });
  });

  describe('F4, F5, F6, F7: registration and recovery', () => {
    it('F4 known mobile + birth date -> SMS code -> password -> signed in; unknown -> contactSupport', async () => {
      const c = await client('polarkraft');
      const unknown = await c.call('registerWithMobile', { body: { countryCode: '+47', nationalNumber: '41111111', birthDate: '1985-04-12' } });
      expect(unknown.body).to.deep.equal({ next: 'contactSupport', reason: 'phoneUnknown' });
      const wrongDate = await c.call('registerWithMobile', { body: { countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-13' } });
      expect(wrongDate.body.reason).to.equal('phoneUnknown');
      const bad = await c.call('registerWithMobile', { body: { countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-02-30' } });
      expect(bad.body.errors).to.deep.equal([{ field: 'birthDate', code: 'invalid' }]);
      const step = (await c.call('registerWithMobile', { body: { countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-12' } })).body;
      const params = { flowId: step.flowId };
      expect((await c.call('verifyCode', { params, body: { code: await c.lastCode('+4798765432') } })).body.next).to.equal('setPassword');
      const done = (await c.call('setPassword', { params, body: { password: 'eget passord' } })).body;
      expect(done.user.displayName).to.equal('Ola Nordmann');
    });

    it('F5 customer number + PIN -> link -> signed in; wrong PIN is 401, five wrong PINs are 429', async () => {
      const c = await client('polarkraft');
      const body = { customerNumber: '100200', pin: '4321', email: 'per@example.com', password: 'passord1' };
      const weak = await c.call('registerWithCustomerNumber', { body: { ...body, password: 'kort' } });
      expect([weak.body.code, weak.body.violations]).to.deep.equal(['password_policy', ['minLength']]);
      const wrong = await c.call('registerWithCustomerNumber', { body: { ...body, pin: '0000' } });
      expect([wrong.status, wrong.body.code]).to.deep.equal([401, 'invalid_customer_credentials']);
      const ok = await c.call('registerWithCustomerNumber', { body });
      expect(ok.body).to.deep.equal({ next: 'checkInbox', channel: 'email' });
      const token = await c.lastLinkToken('per@example.com');
      const redeemed = await c.call('redeemLink', { body: { token } });
      expect(redeemed.body.user).to.deep.include({ displayName: 'Per Hansen', identifier: 'per@example.com' });
      const used = await c.call('redeemLink', { body: { token } });
      expect([used.status, used.body.code]).to.deep.equal([400, 'link_invalid']);
      const d = await client('polarkraft', c.base);
      expect((await d.call('signInWithPassword', { body: { identifier: 'per@example.com', password: 'passord1' } })).body.next).to.equal(
        'signedIn',
      );

      const e = await client('polarkraft');
      const codes = [];
      for (let i = 0; i < 6; i += 1) codes.push((await e.call('registerWithCustomerNumber', { body: { ...body, pin: '1111' } })).body.code);
      expect(codes).to.deep.equal([...Array(5).fill('invalid_customer_credentials'), 'rate_limited']);
    });

    it('F6 forgotten customer number: always checkInbox; sent only when the details match', async () => {
      const c = await client('polarkraft');
      const byEmail = await c.call('recoverCustomerNumber', { body: { email: 'ingrid@polarkraft.example', channel: 'email' } });
      expect(byEmail.body).to.deep.equal({ next: 'checkInbox', channel: 'email' });
      const bySms = await c.call('recoverCustomerNumber', { body: { mobile: '+4741234567', customerNumber: '100200', channel: 'sms' } });
      expect(bySms.body).to.deep.equal({ next: 'checkInbox', channel: 'sms' });
      const unknown = await c.call('recoverCustomerNumber', { body: { email: 'who@example.com', channel: 'email' } });
      expect(unknown.body).to.deep.equal(byEmail.body);
      const outbox = await c.outbox();
      expect(outbox.map((m) => [m.channel, m.to])).to.deep.equal([
        ['email', 'ingrid@polarkraft.example'],
        ['sms', '+4741234567'],
      ]);
      expect(outbox[1]?.text).to.contain('100200').and.contain('4321');
      const none = await c.call('recoverCustomerNumber', { body: { channel: 'sms' } });
      expect(none.body.errors).to.deep.equal([
        { field: 'email', code: 'required' },
        { field: 'mobile', code: 'required' },
      ]);
    });

    it('F7a register e-mail -> confirmation link -> setPassword -> signed in; registered or unknown -> contactSupport', async () => {
      const c = await client('minasidor');
      const body = { customerNumber: '556677', personalNumber: '19800101-1231', email: 'sven@example.se' };
      const wrongPerson = await c.call('registerEmail', { body: { ...body, personalNumber: '19750505-5553' } });
      expect(wrongPerson.body).to.deep.equal({ next: 'contactSupport', reason: 'accountNotFound' });
      const registered = await c.call('registerEmail', { body: { customerNumber: '445566', personalNumber: '19750505-5553', email: 'ny@example.se' } });
      expect(registered.body).to.deep.equal({ next: 'contactSupport', reason: 'emailAlreadyRegistered' });
      const bad = await c.call('registerEmail', { body: { ...body, personalNumber: '1980-01-01' } });
      expect(bad.body.errors).to.deep.equal([{ field: 'personalNumber', code: 'invalid' }]);
      expect((await c.call('registerEmail', { body })).body).to.deep.equal({ next: 'checkInbox', channel: 'email' });
      const step = (await c.call('redeemLink', { body: { token: await c.lastLinkToken('sven@example.se') } })).body;
      expect(step.next).to.equal('setPassword');
      const done = (await c.call('setPassword', { params: { flowId: step.flowId }, body: { password: 'Lösenord1' } })).body;
      expect(done.user).to.deep.include({ displayName: 'Sven Svensson' });
    });

    it('F7b password link: always checkInbox; the link leads to setPassword; expired and used links fail', async () => {
      const c = await client('minasidor');
      expect((await c.call('requestPasswordLink', { body: { customerNumber: '445566' } })).body).to.deep.equal({ next: 'checkInbox', channel: 'email' });
      expect((await c.call('requestPasswordLink', { body: { customerNumber: '000001' } })).body).to.deep.equal({ next: 'checkInbox', channel: 'email' });
      expect((await c.call('requestPasswordLink', { body: { customerNumber: 'abc' } })).body.code).to.equal('validation_failed');
      expect((await c.outbox()).map((m) => m.to)).to.deep.equal(['eva@example.se']);
      const link = (await c.outbox())[0]?.link ?? '';
      expect(new URL(link).searchParams.get('nl-link')).to.be.a('string');
      expect(new URL(link).origin, 'links land on the page that asked').to.equal(location.origin);

      const step = (await c.call('redeemLink', { body: { token: await c.lastLinkToken('eva@example.se') } })).body;
      expect(step.next).to.equal('setPassword');
      expect((await c.call('setPassword', { params: { flowId: step.flowId }, body: { password: 'Lösenord1' } })).body.next).to.equal('signedIn');

      const expired = await c.call('redeemLink', { body: { token: 'demo-expired-link' } });
      expect([expired.status, expired.body.code]).to.deep.equal([410, 'link_expired']);
      expect((await c.call('redeemLink', { body: { token: 'demo-used-link' } })).body.code).to.equal('link_invalid');
      expect((await c.call('redeemLink', { body: { token: 'never-issued' } })).body.code).to.equal('link_invalid');
      expect((await c.call('redeemLink', { body: {} })).body.code).to.equal('validation_failed');
      const seeded = await c.call('redeemLink', { body: { token: 'demo-password-link' } });
      expect(seeded.body.next).to.equal('setPassword');
    });
  });

  describe('F8 BankID and F9 identity providers', () => {
    it('BankID QR order: pending -> complete signs the session in', async () => {
      const c = await client('minasidor');
      const none = await c.call('getCurrentBankIdOrder');
      expect([none.status, none.body], 'no order yet: 204 and no body').to.deep.equal([204, undefined]);
      const order = (await c.call('startBankIdOrder', { body: { device: 'other' } })).body;
      expect(order, 'the autostart token stays inside launchUrl').to.have.keys('orderId', 'device');
      const params = { orderId: order.orderId };
      expect((await c.call('getCurrentBankIdOrder')).body.orderId).to.equal(order.orderId);
      expect((await c.call('getBankIdQr', { params })).body.qrData).to.match(/^bankid\.[0-9a-f-]{36}\.\d+\.[0-9a-f]{64}$/);
      expect((await c.call('collectBankIdOrder', { params })).body).to.deep.equal({ status: 'pending', hintCode: 'outstandingTransaction' });
      await c.advance(8);
      expect((await c.call('collectBankIdOrder', { params })).body).to.deep.equal({ status: 'pending', hintCode: 'userSign' });
      await c.advance(6);
      const done = (await c.call('collectBankIdOrder', { params })).body;
      expect(done.status).to.equal('complete');
      expect(done.user.displayName).to.equal('Sven Svensson');
      expect((await c.call('getSession')).body.authenticated).to.equal(true);
      expect((await c.call('getCurrentBankIdOrder')).status, 'no order once its final status was collected').to.equal(204);
      expect((await c.call('getBankIdQr', { params })).status).to.equal(404);
    });

    it('BankID same device gets a launchUrl; failures, cancel, 409 and 503', async () => {
      const c = await client('demo');
      const same = (await c.call('startBankIdOrder', { body: { device: 'same', returnUrl: 'http://localhost:5173/mina-sidor' } })).body;
      expect(same.launchUrl).to.match(/^bankid:\/\/\/\?autostarttoken=[0-9a-f-]{36}&redirect=null$/);
      const { returnUrl } = await (await c.mock('/bankid/app')).json();
      const nonce = new URL(returnUrl).searchParams.get('nl-bankid') ?? '';
      expect(returnUrl.startsWith('http://localhost:5173/mina-sidor?nl-bankid=')).to.equal(true);
      expect((await c.call('confirmBankIdReturn', { body: { nonce } })).body).to.deep.equal(same);
      expect((await c.call('confirmBankIdReturn', { body: { nonce } })).body.code, 'a nonce works once').to.equal('bankid_return_invalid');
      expect((await c.call('cancelBankIdOrder', { params: { orderId: same.orderId } })).status).to.equal(204);
      expect((await c.call('getCurrentBankIdOrder')).status, 'no order once it is cancelled').to.equal(204);

      const failing = (await c.call('startBankIdOrder', { body: { device: 'other' }, headers: { 'X-Mock-BankId': 'userCancel' } })).body;
      await c.advance(14);
      expect((await c.call('collectBankIdOrder', { params: { orderId: failing.orderId } })).body).to.deep.equal({
        status: 'failed',
        hintCode: 'userCancel',
      });
      const busy = await c.call('startBankIdOrder', { body: { device: 'other' }, headers: { 'X-Mock-BankId': 'alreadyInProgress' } });
      expect([busy.status, busy.body.code]).to.deep.equal([409, 'bankid_already_in_progress']);
      const down = await c.call('startBankIdOrder', { body: { device: 'other' }, query: { 'mock-bankid': 'unavailable' } });
      expect([down.status, down.body.code]).to.deep.equal([503, 'bankid_unavailable']);
      expect((await c.call('startBankIdOrder', { body: { device: 'both' } })).body.code).to.equal('validation_failed');
      expect((await c.call('collectBankIdOrder', { params: { orderId: 'o-nope' } })).body.code).to.equal('not_found');
      expect((await c.call('cancelBankIdOrder', { params: { orderId: 'o-nope' } })).body.code).to.equal('not_found');
      const hk = await client('hk');
      expect((await hk.call('startBankIdOrder', { body: { device: 'other' } })).body.code).to.equal('not_found');
    });

    it('identity provider: start -> mock authorize page -> callback -> back at returnUrl with nl-idp=ok, signed in', async () => {
      const c = await client('nokas');
      const returnUrl = c.url('/config', { from: 'idp' });
      const start = (await c.call('startIdentityProvider', { params: { providerId: 'azure' }, body: { returnUrl } })).body;
      expect(start.redirectUrl).to.contain('/__mock/idp/azure/authorize?state=');
      const page = await (await fetch(start.redirectUrl, { credentials: 'include' })).text();
      const doc = new DOMParser().parseFromString(page, 'text/html');
      const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href') ?? '']);
      expect(links[0]?.[0]).to.equal('Continue as Mikkel Azure');
      expect(links[1]?.[0]).to.equal('Cancel');
      const back = await fetch(links[0]?.[1] ?? '', { credentials: 'include' });
      const landed = new URL(back.url);
      expect([landed.searchParams.get('nl-idp'), landed.searchParams.get('from')]).to.deep.equal(['ok', 'idp']);
      const session = (await c.call('getSession')).body;
      expect(session.user.displayName).to.equal('Mikkel Azure');
    });

    it('identity provider: cancel comes back with nl-idp=error&nl-idp-error=cancelled; unknown provider and bad returnUrl fail', async () => {
      const c = await client('nokas');
      const start = (await c.call('startIdentityProvider', { params: { providerId: 'azure' }, body: { returnUrl: c.url('/config') } })).body;
      const page = new DOMParser().parseFromString(await (await fetch(start.redirectUrl)).text(), 'text/html');
      const cancel = [...page.querySelectorAll('a')].find((a) => a.textContent === 'Cancel')?.getAttribute('href') ?? '';
      const back = new URL((await fetch(cancel, { credentials: 'include' })).url);
      expect([back.searchParams.get('nl-idp'), back.searchParams.get('nl-idp-error')]).to.deep.equal(['error', 'cancelled']);
      expect((await c.call('getSession')).body.authenticated).to.equal(false);
      const unknown = await c.call('startIdentityProvider', { params: { providerId: 'google' }, body: { returnUrl: c.url('/config') } });
      expect([unknown.status, unknown.body.code]).to.deep.equal([404, 'idp_unknown']);
      const bad = await c.call('startIdentityProvider', { params: { providerId: 'azure' }, body: { returnUrl: 'javascript:alert(1)' } });
      expect(bad.body.errors).to.deep.equal([{ field: 'returnUrl', code: 'invalid' }]);
      const foreign = await c.call('startIdentityProvider', { params: { providerId: 'azure' }, body: { returnUrl: 'https://evil.example/collect' } });
      expect([foreign.status, foreign.body.errors]).to.deep.equal([422, [{ field: 'returnUrl', code: 'invalid' }]]);
      const portal = await c.call('startIdentityProvider', { params: { providerId: 'azure' }, body: { returnUrl: 'https://portal.nokas.example/login' } });
      expect(portal.status, "the tenant's own portal is on the allow-list").to.equal(200);
    });
  });

  describe('problems only the knobs produce', () => {
    it('X-Mock-Fail / mock-fail answer any code with its status, as the contract declares', async () => {
      const c = await client();
      const cases: Array<[string, string, number]> = [
        ['getSession', 'unauthenticated', 401],
        ['getConfig', 'service_unavailable', 503],
        ['getConfig', 'internal_error', 500],
        ['startIdentityProvider', 'idp_failed', 502],
        ['collectBankIdOrder', 'bankid_unavailable', 503],
        ['signInWithPassword', 'rate_limited', 429],
      ];
      for (const [operationId, code, status] of cases) {
        const params: Record<string, string> = operationId === 'startIdentityProvider' ? { providerId: 'azure' } : { orderId: 'x' };
        const r = await c.call(operationId, { params, headers: { 'X-Mock-Fail': code }, body: operationId.startsWith('get') ? undefined : {} });
        expect([r.status, r.body.code], `${operationId} ${code}`).to.deep.equal([status, code]);
      }
      const q = await c.call('getConfig', { query: { 'mock-fail': 'account_locked' } });
      expect([q.status, q.headers.get('retry-after')]).to.deep.equal([423, '900']);
    });
  });

  // Mocha runs a suite's own tests before its nested suites: keep this in a suite of its own, last.
  describe('coverage', () => {
    it('covers every operation with a success and every problem code of the contract', () => {
      const succeeded = new Set(observed.filter((r) => r.status < 300).map((r) => r.operationId));
      const missingOps = [...contract.operations.keys()].filter((id) => !succeeded.has(id));
      expect(missingOps, 'operations never answered with 2xx').to.deep.equal([]);
      const codes = new Set(observed.filter((r) => r.status >= 400).map((r) => r.body?.code));
      const missingCodes = contract.problemCodes.filter((code) => !codes.has(code));
      expect(missingCodes, 'problem codes never seen').to.deep.equal([]);
      // Every problem had the code's own status.
      for (const r of observed.filter((o) => o.status >= 400)) {
        expect(r.contentType, `${r.operationId} ${r.body.code}`).to.match(/^application\/problem\+json/);
        expect(r.body.status).to.equal(r.status);
      }
    });
  });
});
