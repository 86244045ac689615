/** The contract's problem codes, their statuses and titles, and the error operations throw to answer one. */
import type { components } from '../src/api/schema.js';

export type ProblemCode = components['schemas']['ProblemCode'];
export type FieldError = components['schemas']['FieldError'];

export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  validation_failed: 422,
  invalid_credentials: 401,
  account_locked: 423,
  code_invalid: 400,
  code_expired: 410,
  code_attempts_exceeded: 403,
  resend_too_soon: 429,
  rate_limited: 429,
  flow_expired: 410,
  link_invalid: 400,
  link_expired: 410,
  password_policy: 422,
  invalid_customer_credentials: 401,
  csrf_invalid: 403,
  unauthenticated: 401,
  not_found: 404,
  idp_unknown: 404,
  idp_failed: 502,
  bankid_already_in_progress: 409,
  bankid_return_invalid: 400,
  bankid_unavailable: 503,
  service_unavailable: 503,
  internal_error: 500,
};

export const PROBLEM_TITLE: Record<ProblemCode, string> = {
  validation_failed: 'Some fields are not valid',
  invalid_credentials: 'Wrong identifier or password',
  account_locked: 'The account is locked',
  code_invalid: 'The code is not right',
  code_expired: 'The code has expired',
  code_attempts_exceeded: 'Too many wrong codes',
  resend_too_soon: 'Wait before asking for a new code',
  rate_limited: 'Too many requests',
  flow_expired: 'This flow has expired',
  link_invalid: 'The link is not valid',
  link_expired: 'The link has expired',
  password_policy: 'The password does not meet the policy',
  invalid_customer_credentials: 'Wrong customer number or PIN',
  csrf_invalid: 'Missing or invalid CSRF token',
  unauthenticated: 'Not signed in',
  not_found: 'Not found',
  idp_unknown: 'Unknown identity provider',
  idp_failed: 'The identity provider failed',
  bankid_already_in_progress: 'A BankID order is already in progress',
  bankid_return_invalid: 'This BankID return does not belong to this session',
  bankid_unavailable: 'BankID is not available',
  service_unavailable: 'The service is not available',
  internal_error: 'Something went wrong',
};

/** A problem to answer; thrown inside operations. */
export class Problem extends Error {
  constructor(
    readonly code: string,
    readonly members: Record<string, unknown> = {},
    readonly retryAfter?: number,
  ) {
    super(code);
  }
}

export const invalid = (errors: FieldError[]): Problem => new Problem('validation_failed', { errors });

export function throwIfErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw invalid(errors);
}
