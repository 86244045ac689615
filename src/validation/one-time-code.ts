/*
 * One-time codes from e-mail and SMS. The length comes from the configuration
 * (otp.codeLength, and each Challenge's codeLength). Mails and SMS apps often show a
 * code grouped ("123 456", "123-456"), and phones' autofill and copy-paste bring
 * non-breaking spaces or full-width digits along; all of that folds to plain digits.
 */
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type OneTimeCodeReason = 'required' | 'format' | 'length';

export const DEFAULT_CODE_LENGTH = 6;

/** The code without spaces or dashes, digits folded to ASCII; other characters are kept (so they can be refused). */
export function normaliseOneTimeCode(input: string | null | undefined): string {
  return isText(input) ? compactDigits(input).replace(/-/g, '') : '';
}

export interface OneTimeCodeOptions {
  /** Number of digits (default 6). */
  codeLength?: number;
}

export function validateOneTimeCode(
  input: string | null | undefined,
  options: OneTimeCodeOptions = {},
): Validation<string, OneTimeCodeReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const code = normaliseOneTimeCode(input);
  if (!/^\d+$/.test(code)) return invalid('format');
  if (code.length !== (options.codeLength ?? DEFAULT_CODE_LENGTH)) return invalid('length');
  return valid(code);
}

/** True when the field holds a whole, well-formed code: the moment the view may submit by itself. */
export function isCompleteOneTimeCode(input: string | null | undefined, options: OneTimeCodeOptions = {}): boolean {
  return validateOneTimeCode(input, options).ok;
}
