/*
 * From a failed call (or a check before sending) to what the views show: ErrorInfo in
 * the context. Anything that is not an ApiError (a bug in a provided actor, say) is shown
 * as internal_error rather than left unhandled, so the user always has a way on.
 */
import { isApiError, type ErrorCode } from '../api/errors.js';
import type { ErrorInfo } from './types.js';

/** An error before it gets its sequence number. */
export type ErrorDraft = Omit<ErrorInfo, 'seq'>;

export function draftFromError(error: unknown, now: number): ErrorDraft {
  if (!isApiError(error)) return { code: 'internal_error' };
  const draft: ErrorDraft = { code: error.code };
  if (error.fields && Object.keys(error.fields).length > 0) draft.fields = error.fields;
  if (error.attemptsLeft !== undefined) draft.attemptsLeft = error.attemptsLeft;
  if (error.violations && error.violations.length > 0) draft.violations = error.violations;
  if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0) draft.retryAt = now + error.retryAfterSeconds * 1000;
  return draft;
}

/** The flow the server knew is gone: sending again cannot help, only starting over. */
export const FLOW_GONE: readonly ErrorCode[] = ['flow_expired', 'not_found', 'unauthenticated'];

/**
 * What showing `draft` changes in a machine's context: each error gets the next sequence
 * number, so the same error twice is announced twice. The shell and every flow with a
 * machine of its own show errors this way.
 */
export function shownError(context: { errorSeq: number }, draft: ErrorDraft): { error: ErrorInfo; errorSeq: number; now: number } {
  const seq = context.errorSeq + 1;
  return { error: { ...draft, seq }, errorSeq: seq, now: Date.now() };
}
