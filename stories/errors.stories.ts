import { http, HttpResponse } from 'msw';
import preview from '../.storybook/preview';
import { mock } from '../test/support/mock';
import { bring, land, NEW_PASSWORD, PASSWORD } from '../test/support/steps';
import type { Widget } from '../test/support/widget';
import { failing, prepare, reach, widgetMeta } from './support';
import { contextOf } from '../test/support/state.js';

/**
 * One story per problem code of the contract (and the client's own `network`,
 * `timeout`, `unexpected_response`, `unsafe_url` and `cookies_blocked`, which is
 * `csrf_invalid` twice), each on the screen where it happens. The mock's fail knob makes the
 * operation answer with the code; everything the user typed stays.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Errors' });

const signIn = (code: string) => async (w: Widget) => {
  await bring(w, 'F1.form');
  w.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: false });
  await w.atError(code, 'signIn');
};

const wrongCode = (code: string) => async (w: Widget) => {
  await bring(w, 'F12.code');
  w.send({ type: 'code.submit', code: '000000' });
  await w.atError(code, 'code');
};

const newPassword = (code: string) => async (w: Widget) => {
  await bring(w, 'F12.setPassword');
  w.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
  await w.atError(code, 'setPassword');
};

const bankId = (code: string) => async (w: Widget) => {
  await bring(w, 'F1.form');
  w.send({ type: 'method.bankid' });
  await w.at('bankid');
  w.send({ type: 'bankid.start', device: 'other' });
  await w.atError(code, 'bankid');
};

export const ValidationFailed = meta.story({
  beforeEach: failing('signInWithPassword', 'validation_failed'),
  play: reach(signIn('validation_failed')),
});

export const InvalidCredentials = meta.story({
  beforeEach: failing('signInWithPassword', 'invalid_credentials'),
  play: reach(signIn('invalid_credentials')),
});

export const AccountLocked = meta.story({
  beforeEach: failing('signInWithPassword', 'account_locked'),
  play: reach(signIn('account_locked')),
});

export const CodeInvalid = meta.story({
  beforeEach: failing('verifyCode', 'code_invalid'),
  play: reach(wrongCode('code_invalid')),
});

export const CodeExpired = meta.story({
  beforeEach: failing('verifyCode', 'code_expired'),
  play: reach(wrongCode('code_expired')),
});

/** Too many attempts: the code input is disabled; a new code is the way on. */
export const CodeAttemptsExceeded = meta.story({
  beforeEach: failing('verifyCode', 'code_attempts_exceeded'),
  play: reach(wrongCode('code_attempts_exceeded')),
});

export const ResendTooSoon = meta.story({
  beforeEach: failing('resendCode', 'resend_too_soon'),
  play: reach(async (w) => {
    await bring(w, 'F12.code');
    w.send({ type: 'code.resend' });
    await w.atError('resend_too_soon', 'code');
  }),
});

export const RateLimited = meta.story({
  beforeEach: failing('startPasswordReset', 'rate_limited'),
  play: reach(async (w) => {
    await bring(w, 'F12.form');
    w.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    await w.atError('rate_limited', 'forgotPassword');
  }),
});

export const FlowExpired = meta.story({
  beforeEach: failing('setPassword', 'flow_expired'),
  play: reach(newPassword('flow_expired')),
});

export const PasswordPolicy = meta.story({
  beforeEach: failing('setPassword', 'password_policy'),
  play: reach(newPassword('password_policy')),
});

export const LinkInvalid = meta.story({
  beforeEach: [failing('redeemLink', 'link_invalid'), prepare(async () => land({ 'nl-link': 'a-link-already-used' }))],
  play: reach((w) => w.atError('link_invalid', 'linkFailed')),
});

export const LinkExpired = meta.story({
  beforeEach: [failing('redeemLink', 'link_expired'), prepare(async () => land({ 'nl-link': 'an-old-link' }))],
  play: reach((w) => w.atError('link_expired', 'linkFailed')),
});

export const InvalidCustomerCredentials = meta.story({
  args: { tenant: 'polarkraft' },
  beforeEach: failing('registerWithCustomerNumber', 'invalid_customer_credentials'),
  play: reach(async (w) => {
    await bring(w, 'F5.form');
    w.send({
      type: 'customerNumberRegistration.submit',
      customerNumber: '100200',
      pin: '9999',
      email: 'ny.kunde@example.com',
      password: 'Nordlys-2026!',
      confirm: 'Nordlys-2026!',
    });
    await w.atError('invalid_customer_credentials', 'customerNumberRegistration');
  }),
});

/**
 * The contract's `csrf_invalid`, once more after a fresh token: the session cookie does
 * not come back with the call (an API on another site than the page). The client names
 * it `cookies_blocked`; the user reads that sign-in is not available here, and the
 * console names both sites. (A single `csrf_invalid` is renewed unseen.)
 */
export const CookiesBlocked = meta.story({
  beforeEach: failing('signInWithPassword', 'csrf_invalid'),
  play: reach(signIn('cookies_blocked')),
});

export const Unauthenticated = meta.story({
  beforeEach: failing('setPassword', 'unauthenticated'),
  play: reach(newPassword('unauthenticated')),
});

export const NotFound = meta.story({
  beforeEach: failing('verifyCode', 'not_found'),
  play: reach(wrongCode('not_found')),
});

export const IdpUnknown = meta.story({
  args: { tenant: 'nokas' },
  beforeEach: failing('startIdentityProvider', 'idp_unknown'),
  play: reach(async (w) => {
    await bring(w, 'F1.form');
    w.send({ type: 'idp.start', providerId: 'azure' });
    await w.atError('idp_unknown', 'signIn');
  }),
});

export const IdpFailed = meta.story({
  args: { tenant: 'nokas' },
  beforeEach: failing('startIdentityProvider', 'idp_failed'),
  play: reach(async (w) => {
    await bring(w, 'F1.form');
    w.send({ type: 'idp.start', providerId: 'azure' });
    await w.atError('idp_failed', 'signIn');
  }),
});

/** RFA4: an identification for this person is already under way. */
export const BankIdAlreadyInProgress = meta.story({
  args: { tenant: 'minasidor' },
  beforeEach: failing('startBankIdOrder', 'bankid_already_in_progress'),
  play: reach(bankId('bankid_already_in_progress')),
});

/** RFA5: BankID cannot be reached (requestTimeout, maintenance, internalError). */
export const BankIdUnavailable = meta.story({
  args: { tenant: 'minasidor' },
  beforeEach: failing('startBankIdOrder', 'bankid_unavailable'),
  play: reach(bankId('bankid_unavailable')),
});

export const ServiceUnavailable = meta.story({
  beforeEach: failing('signInWithPassword', 'service_unavailable'),
  play: reach(signIn('service_unavailable')),
});

export const InternalError = meta.story({
  beforeEach: failing('signInWithPassword', 'internal_error'),
  play: reach(signIn('internal_error')),
});

/** The client's own: the request never got an answer. */
export const Network = meta.story({
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/auth/password', () => HttpResponse.error()));
  },
  play: reach(signIn('network')),
});

/** The client's own: no answer within its 15 s (this story takes that long). */
export const Timeout = meta.story({
  play: reach(async (w) => {
    await bring(w, 'F1.form');
    await mock.knobs(w.base, { delayMs: 60_000 });
    w.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: false });
    await w.at('signIn', { when: (s) => contextOf(s).error?.code === 'timeout', timeoutMs: 25_000 });
  }),
});

/** The client's own: an answer that breaks the contract (an unknown step); "Start over" asks afresh. */
export const UnexpectedResponse = meta.story({
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/auth/password', () => HttpResponse.json({ next: 'somethingNew' })));
  },
  play: reach(signIn('unexpected_response')),
});

/** The client's own: an identity provider's address that would run script is refused, never followed. */
export const UnsafeUrl = meta.story({
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/idp/:providerId/start', () => HttpResponse.json({ redirectUrl: 'javascript:alert(document.domain)' })));
  },
  play: reach(async (w) => {
    await bring(w, 'F1.form');
    w.send({ type: 'idp.start', providerId: 'azure' });
    await w.atError('unsafe_url', 'signIn');
  }),
});
