import { expect } from '@open-wc/testing';
import { ApiError, apiErrorFromResponse, parseRetryAfter } from '../../src/api/errors.js';

const problem = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

describe('Problem details -> ApiError', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:30 GMT', now)).to.equal(90);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('keeps the extras of a problem: attempts, fields, violations', async () => {
    const invalid = await apiErrorFromResponse(problem({ type: 'x', title: 't', status: 400, code: 'code_invalid', attemptsLeft: 2 }, 400));
    expect(invalid).to.include({ code: 'code_invalid', status: 400, attemptsLeft: 2 });
    const fields = await apiErrorFromResponse(
      problem({ code: 'validation_failed', errors: [{ field: 'email', code: 'invalid' }, { field: 'email', code: 'tooLong' }] }, 422),
    );
    expect(fields.fields).to.deep.equal({ email: 'invalid' });
    const policy = await apiErrorFromResponse(problem({ code: 'password_policy', violations: ['minLength', 'requireDigit'] }, 422));
    expect(policy.violations).to.deep.equal(['minLength', 'requireDigit']);
    const locked = await apiErrorFromResponse(problem({ code: 'account_locked' }, 423, { 'Retry-After': '900' }));
    expect(locked.retryAfterSeconds).to.equal(900);
  });

  it('falls back on the status for unknown codes and for bodies that are no JSON', async () => {
    expect((await apiErrorFromResponse(problem({ code: 'from_the_future' }, 429))).code).to.equal('rate_limited');
    expect((await apiErrorFromResponse(problem({ code: 42 }, 503))).code).to.equal('service_unavailable');
    expect((await apiErrorFromResponse(new Response('not json', { status: 404 }))).code).to.equal('not_found');
    expect((await apiErrorFromResponse(new Response('', { status: 418 }))).code).to.equal('internal_error');
    expect((await apiErrorFromResponse(problem([1, 2], 400))).code).to.equal('internal_error');
  });

  it('names only the code in its message', () => {
    const error = new ApiError('invalid_credentials', { status: 401, problem: { type: 't', title: 'secret detail', status: 401, code: 'invalid_credentials' } });
    expect(error.message).to.equal('API error invalid_credentials (HTTP 401)');
  });
});
