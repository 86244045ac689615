/*
 * The shape every validator answers in. Reasons are machine codes: the views map
 * them to texts in the user's language, so nothing in this folder is user-facing.
 */

/** Why a value was refused. Each validator documents the subset it can return. */
export type ValidationReason =
  /** Empty after trimming. */
  | 'required'
  /** Wrong characters or shape (e.g. letters in a personal number, no "@" in an e-mail). */
  | 'format'
  /** Right characters, wrong number of them (phone numbers, one-time codes). */
  | 'length'
  /** The check digit(s) do not match: almost always a typo. */
  | 'checksum'
  /** The date inside the value is not a real calendar date, or cannot be born yet. */
  | 'date'
  /** A date (birth date field) lies in the future. */
  | 'future'
  /** A birth date outside the plausible or required age range. */
  | 'age'
  /** A phone number with a country code we do not support, or none and no default. */
  | 'country'
  /** Password confirmation differs from the password. */
  | 'mismatch';

export type Validation<T = string, R extends ValidationReason = ValidationReason> =
  | { ok: true; value: T }
  | { ok: false; reason: R };

export const valid = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const invalid = <R extends ValidationReason>(reason: R): { ok: false; reason: R } => ({ ok: false, reason });
