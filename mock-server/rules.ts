/** The mock's business rules that are not HTTP: addresses, masks, password policy. */
import type { components } from '../src/api/schema.js';

export type PasswordPolicy = components['schemas']['PasswordPolicy'];
export type PasswordViolation = components['schemas']['PasswordViolation'];
export type CountryCode = components['schemas']['CountryCode'];

export const CODE_LENGTH = 6;
export const CODE_TTL_SECONDS = 600;
export const CODE_ATTEMPTS = 5;
export const RESEND_COOLDOWN_SECONDS = 30;
export const MAX_SENDS_PER_CHALLENGE = 5;
export const FLOW_TTL_SECONDS = 30 * 60;
/** F5 registration links. */
export const LINK_TTL_SECONDS = 24 * 3600;
/** Links that lead to choosing a password (F7a confirmation, F7b). */
export const PASSWORD_LINK_TTL_SECONDS = 3600;
export const LOCK_AFTER_FAILED_PASSWORDS = 5;
export const LOCK_SECONDS = 15 * 60;
export const PIN_ATTEMPTS = 5;
export const RATE_WINDOW_SECONDS = 15 * 60;
export const MAX_SENDS_PER_WINDOW = 10;
export const MAX_SIGN_INS_PER_WINDOW = 30;
/** Wrong passwords for one identifier, across all clients, per day: then 429. */
export const MAX_WRONG_PASSWORDS_PER_DAY = 100;
/** Code or link sends per identifier or address (known or not) per hour. */
export const MAX_SENDS_PER_SUBJECT_PER_HOUR = 10;
/** Wrong codes per identifier or address per day, across flows and challenges. */
export const MAX_WRONG_CODES_PER_DAY = 20;
export const REMEMBER_ME_SECONDS = 30 * 24 * 3600;

export function newCode(): string {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return String((value ?? 0) % 10 ** CODE_LENGTH).padStart(CODE_LENGTH, '0');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (value: string): boolean => value.length <= 254 && EMAIL.test(value);
export const normaliseEmail = (value: string): string => value.trim().toLowerCase();
export const digitsOf = (value: string): string => value.replace(/\D/g, '');

const COUNTRY_CODES: CountryCode[] = ['+45', '+46', '+47', '+358', '+354'];

/** Allowed lengths of the national significant number (without trunk 0). */
const NATIONAL_LENGTH: Record<CountryCode, [number, number]> = {
  '+45': [8, 8],
  '+46': [7, 9],
  '+47': [8, 8],
  '+358': [6, 10],
  '+354': [7, 7],
};

/** E.164 from country code + national number, or null when the number cannot be valid. */
export function toE164(countryCode: string, nationalNumber: string): string | null {
  if (!COUNTRY_CODES.includes(countryCode as CountryCode)) return null;
  let national = digitsOf(nationalNumber);
  // The contract sends the number without the trunk prefix; one leading 0 is forgiven.
  if (national.startsWith('0')) national = national.slice(1);
  const [min, max] = NATIONAL_LENGTH[countryCode as CountryCode];
  if (national.length < min || national.length > max) return null;
  return countryCode + national;
}

/** "+4791234567" / "0047 912 34 567" -> "+4791234567"; null when it is no E.164-like number. */
export function normaliseMobile(value: string): string | null {
  let v = value.trim().replace(/[\s().-]/g, '');
  if (v.startsWith('00')) v = `+${v.slice(2)}`;
  if (!/^\+\d{6,15}$/.test(v)) return null;
  return v;
}

function splitE164(e164: string): [string, string] {
  const cc = COUNTRY_CODES.slice().sort((a, b) => b.length - a.length).find((c) => e164.startsWith(c));
  return cc ? [cc, e164.slice(cc.length)] : [e164.slice(0, 3), e164.slice(3)];
}

/** "+4522334478" -> "+45 •• •• •• 78". */
export function maskPhone(e164: string): string {
  const [cc, national] = splitE164(e164);
  const hidden = '•'.repeat(Math.max(0, national.length - 2));
  const groups = hidden.match(/.{1,2}/g) ?? [];
  return [cc, ...groups, national.slice(-2)].join(' ');
}

/** "kari@hk.example" -> "k***@hk.example". */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/**
 * The address on file, when the user typed something else (a customer number): only its
 * first letter, the domain hidden too, so that a real account's answer cannot be told from
 * a made-up one ("eva@example.se" -> "e***@***").
 */
export function maskEmailFully(email: string): string {
  return `${email.slice(0, 1).toLowerCase()}***@***`;
}

/** The same shape for an unknown account, made up deterministically from what was typed. */
export function fakeMaskedEmail(seed: string): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const letters = 'abcdefghijklmnoprstuv';
  return maskEmailFully(letters[hash % letters.length] ?? 'a');
}

/** An identifier as typed, normalised, for counting per identifier whether or not it exists. */
export function identifierKey(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.includes('@')) return `e:${v}`;
  if (v.startsWith('+') || v.startsWith('00')) return `m:${normaliseMobile(v) ?? v}`;
  return `n:${digitsOf(v) || v}`;
}

export function passwordViolations(password: string, policy: PasswordPolicy): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  const length = [...password].length;
  if (length < policy.minLength) violations.push('minLength');
  if (length > policy.maxLength) violations.push('maxLength');
  if (policy.requireLowercase && !/\p{Ll}/u.test(password)) violations.push('requireLowercase');
  if (policy.requireUppercase && !/\p{Lu}/u.test(password)) violations.push('requireUppercase');
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) violations.push('requireDigit');
  if (policy.requireSymbol && !/[^\p{L}\p{N}]/u.test(password)) violations.push('requireSymbol');
  return violations;
}

/** YYYY-MM-DD that is a real date (the contract's `format: date`). */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A real date in the past. */
export const isBirthDate = (value: string, now: number): boolean => isDate(value) && new Date(`${value}T00:00:00Z`).getTime() < now;

/** Swedish personnummer YYYYMMDD-XXXX (dash optional) -> 12 digits, or null. */
export function normalisePersonalNumber(value: string): string | null {
  const m = /^(\d{8})-?(\d{4})$/.exec(value.trim());
  return m ? `${m[1]}${m[2]}` : null;
}
