/*
 * Failures of API calls as one error type with a stable code. The views choose their
 * message by `code` only; `title` and `detail` of a problem are for developers and are
 * never shown (they may be in any language, or reveal more than they should).
 */
import type { PasswordViolation, Problem, ProblemCode } from './types.js';

/**
 * Every problem code of the contract, plus the client's own: no answer, none in time, an
 * answer that breaks the contract, an address from the network that is not safe to
 * follow, and a session cookie the browser does not send back (`cookies_blocked`: the
 * API is on another site than the page, and the browser keeps its cookies from it).
 */
export type ErrorCode = ProblemCode | ClientCode;
type ClientCode = 'network' | 'timeout' | 'unexpected_response' | 'unsafe_url' | 'cookies_blocked';

/** Kept in the order of the contract's ProblemCode enum; `satisfies` catches a code the contract adds. */
export const PROBLEM_CODES = [
  'validation_failed',
  'invalid_credentials',
  'account_locked',
  'code_invalid',
  'code_expired',
  'code_attempts_exceeded',
  'resend_too_soon',
  'rate_limited',
  'flow_expired',
  'link_invalid',
  'link_expired',
  'password_policy',
  'invalid_customer_credentials',
  'csrf_invalid',
  'unauthenticated',
  'not_found',
  'idp_unknown',
  'idp_failed',
  'bankid_already_in_progress',
  'bankid_unavailable',
  'bankid_return_invalid',
  'service_unavailable',
  'internal_error',
] as const satisfies readonly ProblemCode[];

type MissingCodes = Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]>;
// A compile error here means the contract gained a code this list does not name.
const everyCodeListed: [MissingCodes] extends [never] ? true : MissingCodes = true;
void everyCodeListed;

const CLIENT_CODES = ['network', 'timeout', 'unexpected_response', 'unsafe_url', 'cookies_blocked'] as const satisfies readonly ClientCode[];
type MissingClientCodes = Exclude<ClientCode, (typeof CLIENT_CODES)[number]>;
const everyClientCodeListed: [MissingClientCodes] extends [never] ? true : MissingClientCodes = true;
void everyClientCodeListed;

export const ERROR_CODES: readonly ErrorCode[] = [...PROBLEM_CODES, ...CLIENT_CODES];

const KNOWN = new Set<string>(PROBLEM_CODES);

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * A code this client does not know (a newer backend, a proxy's own error page) is read
 * from the status instead, so the user still gets a meaningful message and a way on.
 */
export function codeForStatus(status: number): ProblemCode {
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status === 404) return 'not_found';
  return 'internal_error';
}

/**
 * Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Answers whole seconds from `now`, never negative; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export interface ApiErrorInit {
  status?: number;
  problem?: Problem;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  /** HTTP status; 0 when no answer came (network, timeout). */
  readonly status: number;
  readonly problem?: Problem;
  readonly retryAfterSeconds?: number;
  /** With code_invalid: wrong codes still allowed. */
  readonly attemptsLeft?: number;
  /** With validation_failed: field -> reason ('required', 'invalid', ...). */
  readonly fields?: Record<string, string>;
  /** With password_policy: the rules the password broke. */
  readonly violations?: PasswordViolation[];

  constructor(code: ErrorCode, init: ApiErrorInit = {}) {
    // The message names the code only: problem texts and request bodies stay out of logs.
    super(`API error ${code}${init.status ? ` (HTTP ${init.status})` : ''}`, { cause: init.cause });
    this.code = code;
    this.status = init.status ?? 0;
    if (init.problem) this.problem = init.problem;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    const problem = init.problem;
    if (problem && typeof problem.attemptsLeft === 'number') this.attemptsLeft = problem.attemptsLeft;
    if (problem && Array.isArray(problem.errors)) {
      const fields: Record<string, string> = {};
      for (const error of problem.errors) {
        if (error && typeof error.field === 'string' && typeof error.code === 'string') fields[error.field] ??= error.code;
      }
      this.fields = fields;
    }
    if (problem && Array.isArray(problem.violations)) {
      this.violations = problem.violations.filter((v): v is PasswordViolation => typeof v === 'string');
    }
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function asProblem(body: unknown): Problem | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return body as Problem;
}

/**
 * Reads an error response (RFC 9457 problem details). The body is parsed defensively:
 * anything that is not a problem document still gives an ApiError with a code.
 */
export async function apiErrorFromResponse(response: Response, now: number = Date.now()): Promise<ApiError> {
  let problem: Problem | undefined;
  try {
    const text = await response.text();
    problem = text ? asProblem(JSON.parse(text)) : undefined;
  } catch {
    problem = undefined;
  }
  const code = isProblemCode(problem?.code) ? problem.code : codeForStatus(response.status);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'), now);
  return new ApiError(code, {
    status: response.status,
    ...(problem ? { problem } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}
