// The rules, each tied to the section of contract/openapi.yaml it comes from. A rule passes,
// fails (throws Fail) or is skipped (throws Skip: the tenant does not offer it, or it needs a
// fixture that was not given). `when(config)` returns a reason to skip, or nothing.
import { Fail, Skip } from './client.mjs';
import { differences, observable, sleep, unknownEmail, unknownIdentifier } from './kit.mjs';

const S = {
  config: 'GET /config (getConfig)',
  session: 'Session cookie and CSRF defence',
  cors: 'CORS with credentials',
  errors: 'Errors',
  unknown: 'Not revealing whether an account exists',
  codes: 'One-time codes',
  signin: 'POST /auth/password (signInWithPassword), GET and DELETE /session',
  links: 'Links in e-mails (?nl-link=)',
  bankid: 'Swedish BankID (F8)',
  idp: 'Identity providers (F9)',
};

const FOREIGN_ORIGIN = 'https://conformance-check.invalid';
const FOREIGN_RETURN_URL = 'https://conformance-check.invalid/steal?from=nordic-login';
const WRONG_PASSWORD = 'Not-the-password-0!';

/** Does the contract demand X-CSRF-Token on this operation (its own `security`, else the document's)? */
const needsCsrf = (contract, op) => {
  const security = op.operation.security ?? contract.doc.security ?? [];
  return security.length > 0 && security.every((alternative) => 'csrfToken' in alternative);
};
const DUMMY_PARAMS = { flowId: 'f-conformance', orderId: 'o-conformance' };

/** A random unknown identifier of the same kind as a fixture's, to compare the two answers. */
const unknownLike = (identifier, config) =>
  unknownIdentifier(identifier.includes('@') ? 'email' : /^(\+|00)/.test(identifier) ? 'mobile' : config.identifier.kind);

const isLocalhost = (base) => /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(`${base}/`);
const noStore = (result) => /\bno-store\b/i.test(result.headers.get('cache-control') ?? '');
const wrongCode = (right) => (right === '000000' ? '111111' : '000000');

function sessionCookieOf(t, result, what) {
  const cookie = result.setCookies.find((c) => c.name === 'nl_session');
  t.expect(cookie, `${what}: no Set-Cookie for nl_session`);
  return cookie;
}

/** A challenge for an address or identifier nobody has, in the first code flow the tenant offers. */
async function unknownChallenge(t, b) {
  const c = t.config.flows;
  let result;
  if (c.forgotPassword) {
    result = await b.call('startPasswordReset', { body: { identifier: unknownIdentifier(t.config.identifier.kind) } });
  } else if (c.activation) result = await b.call('startActivation', { body: { email: unknownEmail() } });
  else if (c.verifyAndCreate) result = await b.call('startVerification', { body: { email: unknownEmail() } });
  else throw new Skip('the tenant offers no flow that sends a code without an account (F2, F3, F12)');
  t.expect(result.status === 200 && result.body.next === 'verifyCode', `a code flow for an unknown account answered ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

const codeFlowOffered = (config) =>
  config.flows.forgotPassword || config.flows.activation || config.flows.verifyAndCreate ? undefined : 'the tenant offers no code flow (F2, F3, F12)';

/** Signs a browser in with a fixture account, passing the SMS second factor if asked. */
async function signIn(t, b, account) {
  const result = await b.call('signInWithPassword', { body: { identifier: account.identifier, password: account.password } });
  t.expect(result.status === 200, `sign-in with fixtures' account answered ${result.status} ${JSON.stringify(result.body)}`);
  let step = result.body;
  if (step.next === 'enrolPhone') throw new Skip('the fixture account has no phone and the tenant requires an SMS second factor: give one that has a phone');
  if (step.next === 'verifyCode') {
    t.expect(step.challenge.channel === 'sms', `a second factor must be an SMS code, not ${step.challenge.channel}`);
    const to = t.need(account === t.fixtures.secondFactorAccount ? 'secondFactorAccount.phone' : 'account.phone');
    const verified = await b.call('verifyCode', { params: { flowId: step.flowId }, body: { code: await t.code(to) } });
    step = verified.body;
    return { first: result, last: verified, step };
  }
  return { first: result, last: result, step };
}

async function expectSignedIn(t, b, what) {
  const session = await b.call('getSession');
  t.expect(session.body.authenticated === true && session.body.user?.displayName, `${what}: GET /session is not signed in: ${JSON.stringify(session.body)}`);
  t.expect(noStore(session), `${what}: GET /session carries a user and the CSRF token, so it must be Cache-Control: no-store`);
  return session.body;
}

export const RULES = [
  // ---------------------------------------------------------------- configuration
  {
    id: 'config.schema',
    section: S.config,
    title: 'the tenant configuration is public and matches TenantConfig',
    async run(t) {
      const r = await t.browser().call('getConfig', { csrf: false });
      t.expect(r.status === 200, `GET /config answered ${r.status}`);
      t.expect(r.body.otp.codeLength === 6, 'otp.codeLength must be 6');
    },
  },

  // ---------------------------------------------------------------- session and CSRF
  {
    id: 'session.anonymous',
    section: S.session,
    title: 'GET /session without a cookie creates an anonymous session with a fresh CSRF token',
    async run(t) {
      const a = t.browser();
      const b = t.browser();
      const ra = await a.start();
      await b.start();
      t.expect(ra.body.authenticated === false, 'a new session must not be signed in');
      sessionCookieOf(t, ra, 'GET /session without a cookie');
      t.expect(a.csrfToken !== b.csrfToken, 'two sessions got the same CSRF token');
      t.expect(a.sessionCookie !== b.sessionCookie, 'two sessions got the same nl_session value');
      t.expect(a.csrfToken.length >= 22, `the CSRF token must carry at least 128 bits (${a.csrfToken.length} characters)`);
      const again = await a.call('getSession');
      t.expect(again.body.csrfToken === a.csrfToken, 'the same session must keep its CSRF token');
    },
  },
  {
    id: 'cookie.httponly',
    section: S.session,
    title: 'nl_session is HttpOnly',
    async run(t) {
      const cookie = sessionCookieOf(t, await t.browser().start(), 'GET /session');
      t.expect(cookie.attributes.httponly === true, `nl_session must be HttpOnly: ${JSON.stringify(cookie.attributes)}`);
    },
  },
  {
    id: 'cookie.samesite',
    section: S.session,
    title: 'nl_session is SameSite=Lax (same site) or SameSite=None with Secure (third party)',
    async run(t) {
      const cookie = sessionCookieOf(t, await t.browser().start(), 'GET /session');
      const sameSite = String(cookie.attributes.samesite ?? '').toLowerCase();
      t.expect(['lax', 'strict', 'none'].includes(sameSite), `nl_session must say SameSite=Lax or None, not ${cookie.attributes.samesite ?? '(nothing)'}`);
      if (sameSite === 'none') t.expect(cookie.attributes.secure === true, 'SameSite=None needs Secure');
    },
  },
  {
    id: 'cookie.secure',
    section: S.session,
    title: 'nl_session is Secure (except on http://localhost)',
    async run(t) {
      if (isLocalhost(t.kit.base)) t.skip('Secure is not required on http://localhost (development)');
      t.expect(t.kit.base.startsWith('https://'), 'the API must be served over HTTPS');
      const cookie = sessionCookieOf(t, await t.browser().start(), 'GET /session');
      t.expect(cookie.attributes.secure === true, 'nl_session must be Secure');
    },
  },
  {
    id: 'cookie.path',
    section: S.session,
    title: 'nl_session is scoped to the API base path',
    async run(t) {
      const cookie = sessionCookieOf(t, await t.browser().start(), 'GET /session');
      const basePath = new URL(t.kit.base).pathname.replace(/\/$/, '') || '/';
      const path = cookie.attributes.path;
      t.expect(typeof path === 'string', 'nl_session has no Path');
      t.expect(basePath === path || basePath.startsWith(path.endsWith('/') ? path : `${path}/`), `Path=${path} does not cover the API base ${basePath}`);
      if (path !== basePath) t.note(`Path=${path} is wider than the API base path ${basePath}`);
    },
  },
  {
    id: 'csrf.missing-header',
    section: S.session,
    title: 'a state-changing request without X-CSRF-Token is 403 csrf_invalid, before the body is looked at',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('signInWithPassword', { body: {}, csrf: false });
      t.expectProblem(r, 'csrf_invalid', 'POST /auth/password with an empty body and no token');
    },
  },
  {
    id: 'csrf.wrong-token',
    section: S.session,
    title: 'a wrong X-CSRF-Token is 403 csrf_invalid',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('signInWithPassword', {
        body: { identifier: unknownIdentifier(t.config.identifier.kind), password: WRONG_PASSWORD },
        csrf: `${b.csrfToken.slice(0, -2)}xy`,
      });
      t.expectProblem(r, 'csrf_invalid', 'POST /auth/password with a wrong token');
    },
  },
  {
    id: 'csrf.other-session',
    section: S.session,
    title: "another session's token is 403 csrf_invalid (the token is bound to its session)",
    async run(t) {
      const a = t.browser();
      const b = t.browser();
      await a.start();
      await b.start();
      const r = await b.call('signInWithPassword', {
        body: { identifier: unknownIdentifier(t.config.identifier.kind), password: WRONG_PASSWORD },
        csrf: a.csrfToken,
      });
      t.expectProblem(r, 'csrf_invalid', "POST /auth/password with another session's token");
    },
  },
  {
    id: 'csrf.no-session',
    section: S.session,
    title: 'a token without the session cookie is 403 csrf_invalid',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('signInWithPassword', {
        body: { identifier: unknownIdentifier(t.config.identifier.kind), password: WRONG_PASSWORD },
        cookies: false,
      });
      t.expectProblem(r, 'csrf_invalid', 'POST /auth/password without the cookie');
    },
  },
  {
    id: 'csrf.every-state-changing-operation',
    section: S.session,
    title: 'every operation whose security names csrfToken (every POST and DELETE) refuses a request without it',
    async run(t) {
      const b = t.browser();
      await b.start();
      const wrong = [];
      for (const op of t.contract.operations.values()) {
        if (!needsCsrf(t.contract, op)) continue;
        const params = { ...DUMMY_PARAMS, providerId: t.config.methods.identityProviders[0]?.id ?? 'azure' };
        const r = await b.call(op.operationId, { params, body: op.operation.requestBody ? {} : undefined, csrf: false, validate: false });
        if (r.status !== 403 || r.body?.code !== 'csrf_invalid') wrong.push(`${op.method.toUpperCase()} ${op.path}: ${r.status} ${r.body?.code ?? ''}`);
      }
      t.expect(wrong.length === 0, `answered without the CSRF check: ${wrong.join('; ')}`);
    },
  },
  {
    id: 'csrf.reads-need-none',
    section: S.session,
    title: 'every operation whose security does not name csrfToken (the reads) is not refused without it',
    async run(t) {
      const b = t.browser();
      await b.start();
      const refused = [];
      for (const op of t.contract.operations.values()) {
        if (needsCsrf(t.contract, op)) continue;
        t.expect(op.method === 'get', `the contract lets ${op.method.toUpperCase()} ${op.path} go without the token`);
        if (op.path.startsWith('/bankid') && !t.config.methods.bankid) continue;
        const r = await b.call(op.operationId, { params: DUMMY_PARAMS, validate: false });
        if (r.status === 403) refused.push(`GET ${op.path}: 403 ${r.body?.code ?? ''}`);
      }
      t.expect(refused.length === 0, `refused without a token: ${refused.join('; ')}`);
    },
  },

  // ---------------------------------------------------------------- CORS
  {
    id: 'cors.foreign-origin',
    section: S.cors,
    title: 'an origin not on the allow-list gets no Access-Control-* headers (preflight and answer)',
    async run(t) {
      const b = t.browser({ origin: FOREIGN_ORIGIN });
      const preflight = await b.raw('OPTIONS', '/auth/password', {
        Origin: FOREIGN_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-csrf-token',
      });
      const leaked = (headers) => [...headers.keys()].filter((h) => h.startsWith('access-control-'));
      t.expect(leaked(preflight.headers).length === 0, `the preflight from ${FOREIGN_ORIGIN} got ${leaked(preflight.headers).join(', ')}`);
      const answer = await b.call('getSession');
      t.expect(leaked(answer.headers).length === 0, `GET /session from ${FOREIGN_ORIGIN} got ${leaked(answer.headers).join(', ')}`);
    },
  },
  {
    id: 'cors.preflight',
    section: S.cors,
    title: 'the preflight from an allowed origin allows credentials, X-CSRF-Token and the methods',
    async run(t) {
      const origin = t.need('origin');
      const r = await t.browser().raw('OPTIONS', '/auth/password', {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-csrf-token',
      });
      const h = (name) => r.headers.get(name) ?? '';
      t.expect(r.status >= 200 && r.status < 300, `the preflight answered ${r.status}`);
      t.expect(h('access-control-allow-origin') === origin, `Access-Control-Allow-Origin must be ${origin}, not "${h('access-control-allow-origin')}"`);
      t.expect(h('access-control-allow-credentials') === 'true', 'Access-Control-Allow-Credentials must be true');
      for (const method of ['GET', 'POST', 'DELETE']) t.expect(new RegExp(`\\b${method}\\b`, 'i').test(h('access-control-allow-methods')), `Access-Control-Allow-Methods lacks ${method}`);
      for (const header of ['content-type', 'x-csrf-token']) t.expect(h('access-control-allow-headers').toLowerCase().includes(header), `Access-Control-Allow-Headers lacks ${header}`);
      t.expect(/\borigin\b/i.test(h('vary')), 'the preflight must say Vary: Origin');
    },
  },
  {
    id: 'cors.answers',
    section: S.cors,
    title: 'answers and problems to an allowed origin carry its CORS headers and expose Retry-After',
    async run(t) {
      const origin = t.need('origin');
      const b = t.browser({ origin });
      const ok = await b.start();
      const problem = await b.call('signInWithPassword', { body: {}, csrf: false });
      for (const r of [ok, problem]) {
        const h = (name) => r.headers.get(name) ?? '';
        const what = `${r.operationId} ${r.status}`;
        t.expect(h('access-control-allow-origin') === origin, `${what}: Access-Control-Allow-Origin must be ${origin}, not "${h('access-control-allow-origin')}"`);
        t.expect(h('access-control-allow-credentials') === 'true', `${what}: Access-Control-Allow-Credentials must be true`);
        t.expect(/\bretry-after\b/i.test(h('access-control-expose-headers')), `${what}: Access-Control-Expose-Headers must list Retry-After`);
        t.expect(/\borigin\b/i.test(h('vary')), `${what}: must say Vary: Origin`);
      }
    },
  },

  // ---------------------------------------------------------------- problems
  {
    id: 'problem.document',
    section: S.errors,
    title: 'errors are application/problem+json with type, title, status and a stable code',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('signInWithPassword', { body: {}, csrf: false });
      t.expect(/^application\/problem\+json/i.test(r.contentType), `media type ${r.contentType}`);
      t.expect(r.body.status === r.status, `the document's status ${r.body.status} is not the HTTP status ${r.status}`);
    },
  },
  {
    id: 'problem.validation',
    section: S.errors,
    title: 'a body that breaks the schema is 422 validation_failed with errors per field',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('signInWithPassword', { body: { identifier: '' } });
      t.expectProblem(r, 'validation_failed', 'POST /auth/password without a password');
      t.expect(r.body.errors.some((e) => e.field === 'password'), `errors must name the field password: ${JSON.stringify(r.body.errors)}`);
    },
  },
  {
    id: 'problem.unknown-flow',
    section: S.errors,
    title: 'an unknown flowId is 404 not_found',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('verifyCode', { params: { flowId: `f-unknown-${Date.now()}` }, body: { code: '123456' } });
      t.expectProblem(r, 'not_found', 'verifyCode on an unknown flow');
    },
  },
  {
    id: 'problem.unknown-link',
    section: S.links,
    title: 'an unknown link token is 400 link_invalid',
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('redeemLink', { body: { token: `conformance-${Date.now()}-unknown` } });
      t.expectProblem(r, 'link_invalid', 'redeeming an unknown token');
    },
  },

  // ---------------------------------------------------------------- the same answer for unknown accounts
  {
    id: 'unknown.sign-in',
    section: S.unknown,
    title: 'sign-in with an unknown identifier is 401 invalid_credentials, like a wrong password',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const unknown = await b.call('signInWithPassword', { body: { identifier: unknownIdentifier(t.config.identifier.kind), password: WRONG_PASSWORD } });
      t.expectProblem(unknown, 'invalid_credentials', 'an unknown identifier');
      const account = t.fixtures.account;
      if (!account) return t.note('without fixtures.account the wrong-password answer was not compared');
      const alike = await b.call('signInWithPassword', { body: { identifier: unknownLike(account.identifier, t.config), password: WRONG_PASSWORD } });
      const known = await b.call('signInWithPassword', { body: { identifier: account.identifier, password: WRONG_PASSWORD } });
      const diff = differences(observable(known), observable(alike));
      t.expect(diff.length === 0, `a wrong password and an unknown identifier are told apart: ${diff.join('; ')}`);
    },
  },
  ...[
    ['activation', 'startActivation', 'F2 activation', (c) => c.flows.activation],
    ['verification', 'startVerification', 'F3 verify and create', (c) => c.flows.verifyAndCreate],
  ].map(([name, operationId, label, offered]) => ({
    id: `unknown.${name}`,
    section: S.unknown,
    title: `${label}: an unknown address gets the same verifyCode answer as a known one`,
    when: (c) => (offered(c) ? undefined : `the tenant does not offer ${label}`),
    async run(t) {
      const b = t.browser();
      await b.start();
      const typed = unknownEmail();
      const unknown = await b.call(operationId, { body: { email: typed } });
      t.expect(unknown.status === 200 && unknown.body.next === 'verifyCode', `an unknown address answered ${unknown.status} ${JSON.stringify(unknown.body)}`);
      t.expect(unknown.body.challenge.channel === 'email', 'the code goes by e-mail');
      const known = t.fixtures.knownEmail ?? t.fixtures.account?.email;
      if (!known) return t.note('without fixtures.knownEmail the answer was not compared with a known address');
      const kb = t.browser();
      await kb.start();
      const k = await kb.call(operationId, { body: { email: known } });
      const diff = differences(observable(k), observable(unknown));
      t.expect(diff.length === 0, `a known and an unknown address are told apart: ${diff.join('; ')}`);
    },
  })),
  {
    id: 'unknown.password-reset',
    section: S.unknown,
    title: 'F12 forgotten password: an unknown identifier gets the same verifyCode answer as a known one',
    when: (c) => (c.flows.forgotPassword ? undefined : 'the tenant does not offer F12'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const unknown = await b.call('startPasswordReset', { body: { identifier: unknownIdentifier(t.config.identifier.kind) } });
      t.expect(unknown.status === 200 && unknown.body.next === 'verifyCode', `an unknown identifier answered ${unknown.status} ${JSON.stringify(unknown.body)}`);
      if (!['email', 'mobile'].includes(t.config.identifier.kind)) {
        const { destination } = unknown.body.challenge;
        t.expect(/^[^@]*@[^\p{L}\p{N}]*$/u.test(destination), `when the identifier is not an address, destination must hide the domain (e***@***), not "${destination}"`);
      }
      const account = t.fixtures.account;
      if (!account) return t.note('without fixtures.account the answer was not compared with a known identifier');
      const kb = t.browser();
      await kb.start();
      const known = await kb.call('startPasswordReset', { body: { identifier: account.identifier } });
      const alike = await kb.call('startPasswordReset', { body: { identifier: unknownLike(account.identifier, t.config) } });
      const diff = differences(observable(known), observable(alike));
      t.expect(diff.length === 0, `a known and an unknown identifier are told apart: ${diff.join('; ')}`);
    },
  },
  {
    id: 'unknown.inbox-flows',
    section: S.unknown,
    title: 'F6 and F7b answer checkInbox for unknown customers',
    when: (c) => (c.flows.passwordLink || c.flows.forgotCustomerNumber ? undefined : 'the tenant offers neither F6 nor F7b'),
    async run(t) {
      const b = t.browser();
      await b.start();
      if (t.config.flows.passwordLink) {
        const r = await b.call('requestPasswordLink', { body: { customerNumber: `9${Date.now() % 1e9}` } });
        t.expect(r.status === 200 && r.body.next === 'checkInbox', `F7b for an unknown customer number: ${r.status} ${JSON.stringify(r.body)}`);
      }
      if (t.config.flows.forgotCustomerNumber) {
        const r = await b.call('recoverCustomerNumber', { body: { email: unknownEmail(), channel: 'email' } });
        t.expect(r.status === 200 && r.body.next === 'checkInbox', `F6 for an unknown address: ${r.status} ${JSON.stringify(r.body)}`);
      }
    },
  },

  // ---------------------------------------------------------------- one-time codes
  {
    id: 'codes.challenge',
    section: S.codes,
    title: 'a challenge has six digits, the tenant\'s attempts, an expiry and a resend cool-down',
    when: codeFlowOffered,
    async run(t) {
      const b = t.browser();
      await b.start();
      const { challenge } = await unknownChallenge(t, b);
      t.expect(challenge.codeLength === 6, `codeLength ${challenge.codeLength}`);
      t.expect(challenge.attemptsLeft === t.config.otp.maxAttempts, `attemptsLeft ${challenge.attemptsLeft}, the configuration says ${t.config.otp.maxAttempts}`);
      t.expect(challenge.expiresInSeconds > 0 && challenge.expiresInSeconds <= t.config.otp.expiresInSeconds, `expiresInSeconds ${challenge.expiresInSeconds}`);
      t.expect(challenge.resendAfterSeconds > 0, 'resendAfterSeconds must announce the cool-down');
    },
  },
  {
    id: 'codes.attempts',
    section: S.codes,
    title: 'wrong codes count down with 400 code_invalid; the last one is 403 code_attempts_exceeded, and so is any later try',
    when: codeFlowOffered,
    async run(t) {
      const b = t.browser();
      await b.start();
      const { flowId, challenge } = await unknownChallenge(t, b);
      for (let left = challenge.attemptsLeft - 1; left >= 1; left -= 1) {
        const r = await b.call('verifyCode', { params: { flowId }, body: { code: '000000' } });
        t.expectProblem(r, 'code_invalid', `a wrong code with ${left + 1} tries left`);
        t.expect(r.body.attemptsLeft === left, `attemptsLeft ${r.body.attemptsLeft}, expected ${left}`);
      }
      const last = await b.call('verifyCode', { params: { flowId }, body: { code: '000000' } });
      t.expectProblem(last, 'code_attempts_exceeded', 'the last wrong code');
      const after = await b.call('verifyCode', { params: { flowId }, body: { code: '000000' } });
      t.expectProblem(after, 'code_attempts_exceeded', 'a try after the attempts ran out');
    },
  },
  {
    id: 'codes.format',
    section: S.codes,
    title: 'a code that is not six digits is 422 validation_failed and costs no attempt',
    when: codeFlowOffered,
    async run(t) {
      const b = t.browser();
      await b.start();
      const { flowId, challenge } = await unknownChallenge(t, b);
      const r = await b.call('verifyCode', { params: { flowId }, body: { code: '12345' } });
      t.expectProblem(r, 'validation_failed', 'a five-digit code');
      const next = await b.call('verifyCode', { params: { flowId }, body: { code: '000000' } });
      t.expect(next.body.attemptsLeft === challenge.attemptsLeft - 1, `attemptsLeft after one wrong code: ${next.body.attemptsLeft}`);
    },
  },
  {
    id: 'codes.resend-cool-down',
    section: S.codes,
    title: 'a resend during the cool-down is 429 resend_too_soon with Retry-After',
    when: codeFlowOffered,
    async run(t) {
      const b = t.browser();
      await b.start();
      const { flowId, challenge } = await unknownChallenge(t, b);
      const r = await b.call('resendCode', { params: { flowId } });
      t.expectProblem(r, 'resend_too_soon', 'a resend at once');
      const retryAfter = r.headers.get('retry-after') ?? '';
      t.expect(/^\d+$/.test(retryAfter), `Retry-After must be whole seconds, not "${retryAfter}"`);
      t.expect(Number(retryAfter) >= 1 && Number(retryAfter) <= challenge.resendAfterSeconds + 1, `Retry-After ${retryAfter} does not match resendAfterSeconds ${challenge.resendAfterSeconds}`);
    },
  },
  {
    id: 'codes.resend-replaces',
    section: S.codes,
    title: 'after the cool-down a resend issues a new code; the old one stops working',
    when: (c) => (c.flows.forgotPassword ? undefined : 'the tenant does not offer F12'),
    async run(t) {
      const account = t.need('account');
      const to = t.need('account.email');
      const b = t.browser();
      await b.start();
      const start = await b.call('startPasswordReset', { body: { identifier: account.identifier } });
      const { flowId, challenge } = start.body;
      const old = await t.code(to);
      await t.advanceClock(challenge.resendAfterSeconds + 1);
      const resent = await b.call('resendCode', { params: { flowId } });
      t.expect(resent.status === 200, `resend after the cool-down answered ${resent.status}`);
      t.expect(resent.body.attemptsLeft === t.config.otp.maxAttempts, 'a resend restores the attempts');
      const fresh = await t.code(to);
      t.expect(fresh !== old, 'the resend sent the same code again');
      const r = await b.call('verifyCode', { params: { flowId }, body: { code: old } });
      t.expectProblem(r, 'code_invalid', 'the replaced code');
      const ok = await b.call('verifyCode', { params: { flowId }, body: { code: fresh } });
      t.expect(ok.status === 200, `the new code answered ${ok.status}`);
    },
  },

  {
    id: 'codes.cap-per-identifier',
    section: S.codes,
    title: 'wrong codes are capped per identifier across flows: the 21st in a day is 429 rate_limited',
    when: (c) => (c.flows.forgotPassword ? undefined : 'the tenant does not offer F12'),
    async run(t) {
      const identifier = unknownIdentifier(t.config.identifier.kind);
      let wrong = 0;
      let last;
      for (let flow = 0; flow < 6 && last?.status !== 429; flow += 1) {
        const b = t.browser();
        await b.start();
        const start = await b.call('startPasswordReset', { body: { identifier } });
        if (start.status === 429) t.fail(`a new flow for the identifier was refused before the wrong-code cap (${start.body.code})`);
        for (let i = 0; i < 4 && last?.status !== 429; i += 1) {
          last = await b.call('verifyCode', { params: { flowId: start.body.flowId }, body: { code: '000000' } });
          if (last.status !== 429) wrong += 1;
        }
      }
      t.expect(last?.status === 429, `${wrong} wrong codes for one identifier across 6 flows and none was refused`);
      t.expectProblem(last, 'rate_limited', `wrong code ${wrong + 1} for one identifier`);
      t.expect(wrong === 20, `the cap came after ${wrong} wrong codes, the contract says 20`);
      t.expect(/^\d+$/.test(last.headers.get('retry-after') ?? ''), 'the cap carries Retry-After');
    },
  },
  {
    id: 'ratelimit.sends-per-session',
    section: S.codes,
    title: 'the 11th code or link request of a session in 15 minutes is 429 rate_limited with Retry-After',
    when: codeFlowOffered,
    async run(t) {
      const b = t.browser();
      await b.start();
      for (let i = 1; i <= 10; i += 1) await unknownChallenge(t, b);
      const c = t.config.flows;
      const [operationId, body] = c.forgotPassword
        ? ['startPasswordReset', { identifier: unknownIdentifier(t.config.identifier.kind) }]
        : [c.activation ? 'startActivation' : 'startVerification', { email: unknownEmail() }];
      const r = await b.call(operationId, { body });
      t.expectProblem(r, 'rate_limited', 'the 11th request');
      t.expect(/^\d+$/.test(r.headers.get('retry-after') ?? ''), 'rate_limited carries Retry-After');
    },
  },
  {
    id: 'ratelimit.sends-per-identifier',
    section: S.codes,
    title: 'the 11th code for one identifier in an hour is 429 rate_limited, whichever sessions ask',
    when: (c) => (c.flows.forgotPassword ? undefined : 'the tenant does not offer F12'),
    async run(t) {
      const identifier = unknownIdentifier(t.config.identifier.kind);
      let r;
      for (let i = 1; i <= 11; i += 1) {
        const b = t.browser();
        await b.start();
        r = await b.call('startPasswordReset', { body: { identifier } });
        if (i <= 10) t.expect(r.status === 200, `request ${i} for one identifier answered ${r.status} ${r.body?.code ?? ''}`);
      }
      t.expectProblem(r, 'rate_limited', 'the 11th code for one identifier');
    },
  },
  {
    id: 'ratelimit.sign-ins-per-session',
    section: 'Wrong passwords, throttling and lockout',
    title: 'the 31st sign-in attempt of a session in 15 minutes is 429 rate_limited with Retry-After',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const b = t.browser();
      await b.start();
      for (let i = 1; i <= 30; i += 1) {
        const r = await b.call('signInWithPassword', { body: { identifier: unknownIdentifier(t.config.identifier.kind), password: WRONG_PASSWORD } });
        t.expect(r.status === 401, `attempt ${i} answered ${r.status} ${r.body?.code ?? ''}`);
      }
      const r = await b.call('signInWithPassword', { body: { identifier: unknownIdentifier(t.config.identifier.kind), password: WRONG_PASSWORD } });
      t.expectProblem(r, 'rate_limited', 'the 31st attempt');
      t.expect(/^\d+$/.test(r.headers.get('retry-after') ?? ''), 'rate_limited carries Retry-After');
    },
  },

  // ---------------------------------------------------------------- sign-in, session, sign-out
  {
    id: 'signin.password',
    section: S.signin,
    title: 'sign-in answers signedIn with the user, rotates nl_session and is not cached',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const account = t.need('account');
      const b = t.browser();
      await b.start();
      const before = b.sessionCookie;
      const { last, step } = await signIn(t, b, account);
      t.expect(step.next === 'signedIn', `sign-in ended at ${step.next}`);
      t.expect(step.user?.displayName, 'signedIn must carry user.displayName');
      t.expect(last.setCookies.some((c) => c.name === 'nl_session' && c.value !== before), 'the answer that signs in must set a new nl_session (session rotation)');
      t.expect(noStore(last), 'the answer that signs in must be Cache-Control: no-store');
      await expectSignedIn(t, b, 'after sign-in');
      // The identifier from before the sign-in must not name the signed-in session.
      const old = t.browser();
      old.cookies.set('nl_session', before);
      const stale = await old.call('getSession');
      t.expect(stale.body.authenticated === false, 'the session id from before the sign-in still names a signed-in session (session fixation)');
    },
  },
  {
    id: 'signin.second-factor',
    section: S.signin,
    title: 'an account with an SMS second factor is signed in only after the code',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const account = t.need('secondFactorAccount');
      const phone = t.need('secondFactorAccount.phone');
      const b = t.browser();
      await b.start();
      const first = await b.call('signInWithPassword', { body: { identifier: account.identifier, password: account.password } });
      t.expect(first.body.next === 'verifyCode' && first.body.challenge.channel === 'sms', `expected an SMS code, got ${JSON.stringify(first.body)}`);
      const between = await b.call('getSession');
      t.expect(between.body.authenticated === false, 'the session is signed in before the second factor');
      const code = await t.code(phone);
      t.expect(/^\d{6}$/.test(code), `the code sent is not six digits: ${code}`);
      const wrong = await b.call('verifyCode', { params: { flowId: first.body.flowId }, body: { code: wrongCode(code) } });
      t.expectProblem(wrong, 'code_invalid', 'a wrong SMS code');
      const before = b.sessionCookie;
      const ok = await b.call('verifyCode', { params: { flowId: first.body.flowId }, body: { code } });
      t.expect(ok.body.next === 'signedIn', `the right code answered ${JSON.stringify(ok.body)}`);
      t.expect(ok.setCookies.some((c) => c.name === 'nl_session' && c.value !== before), 'the answer that signs in must rotate nl_session');
      await expectSignedIn(t, b, 'after the second factor');
    },
  },
  {
    id: 'signout',
    section: S.signin,
    title: 'DELETE /session signs out (204) and the CSRF token stays valid',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const account = t.need('account');
      const b = t.browser();
      await b.start();
      await signIn(t, b, account);
      const token = b.csrfToken;
      const out = await b.call('signOut');
      t.expect(out.status === 204, `DELETE /session answered ${out.status}`);
      const session = await b.call('getSession');
      t.expect(session.body.authenticated === false, 'still signed in after DELETE /session');
      t.expect(session.body.csrfToken === token, 'the CSRF token must stay valid across sign-out');
      const again = await b.call('signOut');
      t.expect(again.status === 204, `a second DELETE /session (idempotent) answered ${again.status}`);
    },
  },
  {
    id: 'lockout.same-for-unknown',
    section: 'Wrong passwords, throttling and lockout',
    title: 'the fifth wrong password is 423 with Retry-After for an unknown identifier as for a known one',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const fifth = async (identifier) => {
        const b = t.browser();
        await b.start();
        let r;
        for (let i = 1; i <= 5; i += 1) {
          r = await b.call('signInWithPassword', { body: { identifier, password: `${WRONG_PASSWORD}${i}` } });
          if (i < 5) t.expectProblem(r, 'invalid_credentials', `wrong password ${i} for ${identifier}`);
        }
        return r;
      };
      const unknown = await fifth(unknownIdentifier(t.config.identifier.kind));
      t.expectProblem(unknown, 'account_locked', 'the fifth wrong password for an unknown identifier');
      t.expect(/^\d+$/.test(unknown.headers.get('retry-after') ?? ''), 'a temporary lock carries Retry-After');
      const account = t.fixtures.account;
      if (!account) return t.note('without fixtures.account a known identifier was not compared');
      const known = await fifth(account.identifier);
      const alike = await fifth(unknownLike(account.identifier, t.config));
      const diff = differences(observable(known), observable(alike));
      t.expect(diff.length === 0, `the lock tells a known identifier from an unknown one: ${diff.join('; ')}`);
      t.expect(known.headers.get('retry-after') === alike.headers.get('retry-after'), 'Retry-After differs between a known and an unknown identifier');
    },
  },
  {
    id: 'lockout.per-client',
    section: 'Wrong passwords, throttling and lockout',
    title: "a stranger's wrong passwords do not lock the customer out of their own browser",
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const account = t.need('account');
      const stranger = t.browser();
      await stranger.start();
      let r;
      for (let i = 1; i <= 5; i += 1) r = await stranger.call('signInWithPassword', { body: { identifier: account.identifier, password: `${WRONG_PASSWORD}${i}` } });
      t.expectProblem(r, 'account_locked', "the stranger's fifth wrong password");
      const owner = t.browser();
      await owner.start();
      const { step } = await signIn(t, owner, account);
      t.expect(step.next === 'signedIn', `the customer could not sign in after a stranger's guesses: ${JSON.stringify(step)}`);
    },
  },
  {
    id: 'signin.remember-me',
    section: S.session,
    title: 'rememberMe makes nl_session last at most 30 days; without it the cookie ends with the browser',
    when: (c) => (c.methods.password ? undefined : 'the tenant offers no password sign-in'),
    async run(t) {
      const account = t.need('account');
      const plain = t.browser();
      await plain.start();
      const { last } = await signIn(t, plain, account);
      const session = sessionCookieOf(t, last, 'sign-in without rememberMe');
      t.expect(session.attributes['max-age'] === undefined && session.attributes.expires === undefined, `without rememberMe nl_session must be a session cookie: ${JSON.stringify(session.attributes)}`);
      if (!t.config.rememberMe) return t.note('the tenant does not offer remember me');
      const remembered = t.browser();
      await remembered.start();
      const r = await remembered.call('signInWithPassword', { body: { identifier: account.identifier, password: account.password, rememberMe: true } });
      if (r.body.next !== 'signedIn') return t.note('the account has a second factor: Max-Age was not read');
      const cookie = sessionCookieOf(t, r, 'sign-in with rememberMe');
      const maxAge = Number(cookie.attributes['max-age']);
      t.expect(maxAge > 0 && maxAge <= 2592000, `with rememberMe Max-Age must be 1..2592000 s, not ${cookie.attributes['max-age'] ?? '(none)'}`);
    },
  },
  {
    id: 'reset.second-factor',
    section: 'Second factor after a new password',
    title: 'a password reset by e-mail for an account with an SMS second factor asks for that SMS before signing in',
    when: (c) => (c.flows.forgotPassword ? undefined : 'the tenant does not offer F12'),
    async run(t) {
      const account = t.need('secondFactorAccount');
      const email = t.need('secondFactorAccount.email');
      const phone = t.need('secondFactorAccount.phone');
      const b = t.browser();
      await b.start();
      const start = await b.call('startPasswordReset', { body: { identifier: email } });
      const verified = await b.call('verifyCode', { params: { flowId: start.body.flowId }, body: { code: await t.code(email) } });
      t.expect(verified.body.next === 'setPassword', `the code answered ${JSON.stringify(verified.body)}`);
      const set = await b.call('setPassword', { params: { flowId: start.body.flowId }, body: { password: account.password } });
      t.expect(set.body.next === 'verifyCode' && set.body.challenge.channel === 'sms', `a mailbox alone signed in: setPassword answered ${JSON.stringify(set.body)}`);
      t.expect((await b.call('getSession')).body.authenticated === false, 'signed in before the second factor');
      const done = await b.call('verifyCode', { params: { flowId: start.body.flowId }, body: { code: await t.code(phone) } });
      t.expect(done.body.next === 'signedIn', `the SMS code answered ${JSON.stringify(done.body)}`);
    },
  },
  {
    id: 'reset.set-password',
    section: 'POST /password-reset (startPasswordReset), POST /flows/{flowId}/password (setPassword)',
    title: 'F12: the mailed code leads to setPassword, the policy is enforced, the new password signs in',
    when: (c) => (c.flows.forgotPassword ? undefined : 'the tenant does not offer F12'),
    async run(t) {
      const account = t.need('account');
      const to = t.need('account.email');
      const b = t.browser();
      await b.start();
      const start = await b.call('startPasswordReset', { body: { identifier: account.identifier } });
      const code = await t.code(to);
      t.expect(/^\d{6}$/.test(code), `the code sent is not six digits: ${code}`);
      const verified = await b.call('verifyCode', { params: { flowId: start.body.flowId }, body: { code } });
      t.expect(verified.body.next === 'setPassword', `the code answered ${JSON.stringify(verified.body)}`);
      const weak = await b.call('setPassword', { params: { flowId: verified.body.flowId }, body: { password: 'a' } });
      t.expectProblem(weak, 'password_policy', 'a one-letter password');
      const set = await b.call('setPassword', { params: { flowId: verified.body.flowId }, body: { password: account.password } });
      t.expect(['signedIn', 'verifyCode', 'enrolPhone'].includes(set.body.next), `setPassword answered ${JSON.stringify(set.body)}`);
      if (set.body.next === 'enrolPhone') return t.note('the tenant requires an SMS second factor and the account has no phone: setPassword asks to enrol one');
      if (set.body.next === 'verifyCode') {
        t.expect(set.body.challenge.channel === 'sms', 'the second factor after a reset is the enrolled SMS');
        return t.note('the account has a second factor: the reset asks for it before signing in');
      }
      t.expect(noStore(set), 'the answer that signs in must be Cache-Control: no-store');
      await expectSignedIn(t, b, 'after setting the password');
    },
  },
  {
    id: 'links.single-use',
    section: S.links,
    title: 'F7b: a mailed link carries nl-link, redeems once to setPassword, and not a second time',
    when: (c) => (c.flows.passwordLink ? undefined : 'the tenant does not offer F7b'),
    async run(t) {
      const customerNumber = t.need('passwordLinkAccount.customerNumber');
      const to = t.need('passwordLinkAccount.email');
      const b = t.browser();
      await b.start();
      await b.call('requestPasswordLink', { body: { customerNumber } });
      const link = new URL(await t.link(to));
      const token = link.searchParams.get('nl-link');
      t.expect(token, `the link has no nl-link parameter: ${link}`);
      t.expect(token.length >= 22, 'link tokens must carry at least 128 bits');
      const first = await b.call('redeemLink', { body: { token } });
      t.expect(first.body.next === 'setPassword', `the link answered ${JSON.stringify(first.body)}`);
      const again = await b.call('redeemLink', { body: { token } });
      t.expectProblem(again, 'link_invalid', 'a used link');
    },
  },

  // ---------------------------------------------------------------- BankID
  {
    id: 'bankid.current-none',
    section: S.bankid,
    title: 'GET /bankid/orders/current is 204 without a body when no order runs',
    when: (c) => (c.methods.bankid ? undefined : 'the tenant does not offer BankID'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const r = await b.call('getCurrentBankIdOrder');
      t.expect(r.status === 204, `answered ${r.status}`);
    },
  },
  {
    id: 'bankid.qr',
    section: S.bankid,
    title: 'the QR string is bankid.<token>.<t>.<hmac>, changes every second, and is not cached',
    when: (c) => (c.methods.bankid ? undefined : 'the tenant does not offer BankID'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const order = await b.call('startBankIdOrder', { body: { device: 'other' } });
      t.expect(order.status === 201, `POST /bankid/orders answered ${order.status}`);
      const { orderId } = order.body;
      const current = await b.call('getCurrentBankIdOrder');
      t.expect(current.status === 200 && current.body.orderId === orderId, `/current does not resume the order: ${current.status}`);
      const first = await b.call('getBankIdQr', { params: { orderId } });
      t.expect(first.status === 200, `the QR answered ${first.status}`);
      t.expect(noStore(first), 'the QR answer must be Cache-Control: no-store');
      await sleep(1100);
      const second = await b.call('getBankIdQr', { params: { orderId } });
      const [a, bb] = [first.body.qrData.split('.'), second.body.qrData.split('.')];
      t.expect(a[1] === bb[1], 'the qrStartToken changed within one order');
      t.expect(Number(bb[2]) > Number(a[2]), `the time did not move on after a second (${a[2]} then ${bb[2]})`);
      t.expect(a[3] !== bb[3], 'the HMAC did not change with the time');
      await b.call('cancelBankIdOrder', { params: { orderId } });
    },
  },
  {
    id: 'bankid.collect-cancel',
    section: S.bankid,
    title: 'collect answers pending with a hint code; DELETE cancels (204) and /current is 204 again',
    when: (c) => (c.methods.bankid ? undefined : 'the tenant does not offer BankID'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const { orderId } = (await b.call('startBankIdOrder', { body: { device: 'other' } })).body;
      const pending = await b.call('collectBankIdOrder', { params: { orderId } });
      t.expect(pending.body.status === 'pending' && pending.body.hintCode === 'outstandingTransaction', `before the scan collect answered ${JSON.stringify(pending.body)}`);
      const other = t.browser();
      await other.start();
      const foreign = await other.call('getBankIdQr', { params: { orderId } });
      t.expectProblem(foreign, 'not_found', "another session's order");
      const cancelled = await b.call('cancelBankIdOrder', { params: { orderId } });
      t.expect(cancelled.status === 204, `DELETE answered ${cancelled.status}`);
      const current = await b.call('getCurrentBankIdOrder');
      t.expect(current.status === 204, `/current after cancel answered ${current.status}`);
    },
  },
  {
    id: 'bankid.complete',
    section: S.bankid,
    title: 'a completed order answers complete with the user and signs the session in',
    when: (c) => (c.methods.bankid ? undefined : 'the tenant does not offer BankID'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const { orderId } = (await b.call('startBankIdOrder', { body: { device: 'other' } })).body;
      await t.advanceClock(t.fixtures.bankidCompleteAfterSeconds ?? 15);
      const before = b.sessionCookie;
      const done = await b.call('collectBankIdOrder', { params: { orderId } });
      t.expect(done.body.status === 'complete', `collect answered ${JSON.stringify(done.body)}`);
      t.expect(done.body.user?.displayName, 'complete must carry the user');
      t.expect(done.setCookies.some((c) => c.name === 'nl_session' && c.value !== before), 'the answer that signs in must rotate nl_session');
      await expectSignedIn(t, b, 'after BankID');
    },
  },

  // ---------------------------------------------------------------- identity providers
  {
    id: 'idp.foreign-return-url',
    section: S.idp,
    title: 'a returnUrl that is not on the allow-list is refused (422 validation_failed)',
    when: (c) => (c.methods.identityProviders.length ? undefined : 'the tenant lists no identity provider'),
    async run(t) {
      const b = t.browser();
      await b.start();
      const providerId = t.config.methods.identityProviders[0].id;
      const r = await b.call('startIdentityProvider', { params: { providerId }, body: { returnUrl: FOREIGN_RETURN_URL } });
      t.expectProblem(r, 'validation_failed', `${FOREIGN_RETURN_URL} as returnUrl`);
    },
  },
  {
    id: 'idp.start',
    section: S.idp,
    title: 'every listed provider starts with an allowed returnUrl; an unknown one is 404 idp_unknown',
    when: (c) => (c.methods.identityProviders.length ? undefined : 'the tenant lists no identity provider'),
    async run(t) {
      const returnUrl = t.fixtures.returnUrl ?? (t.fixtures.origin ? `${t.fixtures.origin}/` : undefined);
      if (!returnUrl) t.skip('needs fixtures.returnUrl (or fixtures.origin)');
      const b = t.browser();
      await b.start();
      for (const { id } of t.config.methods.identityProviders) {
        const a = await b.call('startIdentityProvider', { params: { providerId: id }, body: { returnUrl } });
        t.expect(a.status === 200, `${id}: answered ${a.status} ${JSON.stringify(a.body)}`);
        const again = await b.call('startIdentityProvider', { params: { providerId: id }, body: { returnUrl } });
        t.expect(a.body.redirectUrl !== again.body.redirectUrl, `${id}: two starts got the same redirectUrl (no fresh state)`);
      }
      const unknown = await b.call('startIdentityProvider', { params: { providerId: 'no-such-provider' }, body: { returnUrl } });
      t.expectProblem(unknown, 'idp_unknown', 'an unknown provider');
    },
  },

  // ---------------------------------------------------------------- over every answer seen
  {
    id: 'answers.problem-status',
    section: S.errors,
    title: 'every problem seen had the status its code belongs to',
    async run(t) {
      const wrong = t.kit.log.filter((r) => r.status >= 400 && r.body?.code && t.contract.problemStatus[r.body.code] !== undefined && t.contract.problemStatus[r.body.code] !== r.status);
      t.expect(wrong.length === 0, wrong.map((r) => `${r.operationId}: ${r.body.code} with ${r.status}`).join('; '));
    },
  },
  {
    id: 'answers.retry-after',
    section: S.errors,
    title: 'every 429 seen carried Retry-After in whole seconds (and every 423 or 503 that had one)',
    async run(t) {
      const bad = t.kit.log.filter((r) => {
        const value = r.headers.get('retry-after');
        if (r.status === 429) return !/^\d+$/.test(value ?? '');
        return (r.status === 423 || r.status === 503) && value !== null && !/^\d+$/.test(value);
      });
      t.expect(bad.length === 0, bad.map((r) => `${r.operationId} ${r.status}: Retry-After "${r.headers.get('retry-after') ?? ''}"`).join('; '));
    },
  },
  {
    id: 'answers.no-store',
    section: 'Session cookie and CSRF defence',
    title: 'every answer seen that carried a token, a user or a flow was Cache-Control: no-store',
    async run(t) {
      const bad = t.kit.log.filter((r) => r.status < 300 && r.body && typeof r.body === 'object' && ('csrfToken' in r.body || 'user' in r.body || 'flowId' in r.body || 'qrData' in r.body) && !noStore(r));
      t.expect(bad.length === 0, bad.map((r) => `${r.operationId} ${r.status}`).join('; '));
    },
  },
];

export { Fail, Skip };
