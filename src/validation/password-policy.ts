/*
 * The tenant's password policy, checked as the user types so the form can show a live
 * checklist ("at least 8 characters ✓, a digit ✗"). The server checks the same policy
 * and answers `password_policy` with its own names for the same rules (requireDigit
 * for digit …); passwordRulesFromViolations maps them onto the checklist.
 *
 * How each rule reads a password:
 * - Length counts characters as people see them: Unicode code points, so "æøå" is 3
 *   and "😀" is 1, not the 2 UTF-16 units String.length would say (the mock counts so).
 * - Lower and upper case are Unicode letter categories (Ll, Lu), so æ, ø, å, ä, ö, þ,
 *   ð and their capitals count: Nordic passwords are full of them.
 * - A digit is any decimal digit (Nd).
 * - A symbol is any character that is not a letter or a number (the contract's
 *   words, and the mock's expression): punctuation, currency signs, emoji, and also a
 *   space. Counting the same characters as the server matters more than any one
 *   opinion of what a symbol is: a checklist that says ✓ to a password the server
 *   then refuses is worse than none.
 * - Nothing is trimmed or normalised: the password is whatever the user typed.
 */
import { invalid, valid, type Validation } from './result.js';

/** The password policy of TenantConfig.passwordPolicy; absent fields do not apply. */
export interface PasswordPolicy {
  minLength?: number;
  maxLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireDigit?: boolean;
  requireSymbol?: boolean;
}

/** Rule names of the checklist. */
export type PasswordRule = 'minLength' | 'maxLength' | 'lowercase' | 'uppercase' | 'digit' | 'symbol';

/** The server's names for the same rules (the `violations` of a `password_policy` problem). */
export type PasswordViolation =
  | 'minLength'
  | 'maxLength'
  | 'requireLowercase'
  | 'requireUppercase'
  | 'requireDigit'
  | 'requireSymbol';

/** Each checklist rule by the server's name for it, which is also the policy's field that sets it. */
export const VIOLATION_OF_RULE: Readonly<Record<PasswordRule, PasswordViolation>> = {
  minLength: 'minLength',
  maxLength: 'maxLength',
  lowercase: 'requireLowercase',
  uppercase: 'requireUppercase',
  digit: 'requireDigit',
  symbol: 'requireSymbol',
};

/**
 * The checklist rules behind a server's `violations`, so a refusal can tick the same
 * boxes the live check does. Names this version does not know are left out.
 */
export function passwordRulesFromViolations(violations: readonly string[]): PasswordRule[] {
  return PASSWORD_RULES.filter((rule) => violations.includes(VIOLATION_OF_RULE[rule]));
}

/** The order the checklist shows the rules in. */
export const PASSWORD_RULES: readonly PasswordRule[] = ['minLength', 'maxLength', 'lowercase', 'uppercase', 'digit', 'symbol'];

export interface PasswordRuleStatus {
  rule: PasswordRule;
  met: boolean;
}

const LOWERCASE = /\p{Ll}/u;
const UPPERCASE = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const SYMBOL = /[^\p{L}\p{N}]/u;

/** Length in code points. */
export function passwordLength(password: string): number {
  let n = 0;
  for (const _ of password) n += 1;
  return n;
}

function applies(rule: PasswordRule, policy: PasswordPolicy): boolean {
  switch (rule) {
    case 'minLength':
      return typeof policy.minLength === 'number' && policy.minLength > 0;
    case 'maxLength':
      return typeof policy.maxLength === 'number' && Number.isFinite(policy.maxLength);
    default:
      return policy[VIOLATION_OF_RULE[rule]] === true;
  }
}

function meets(rule: PasswordRule, password: string, policy: PasswordPolicy): boolean {
  switch (rule) {
    case 'minLength':
      return passwordLength(password) >= (policy.minLength ?? 0);
    case 'maxLength':
      return passwordLength(password) <= (policy.maxLength ?? Infinity);
    case 'lowercase':
      return LOWERCASE.test(password);
    case 'uppercase':
      return UPPERCASE.test(password);
    case 'digit':
      return DIGIT.test(password);
    case 'symbol':
      return SYMBOL.test(password);
  }
}

/** Every rule the policy sets, with whether `password` meets it, in checklist order. */
export function passwordChecklist(password: string, policy: PasswordPolicy): PasswordRuleStatus[] {
  // A caller's number or null is checked as the empty password, not thrown on.
  if (typeof password !== 'string') password = '';
  return PASSWORD_RULES.filter((rule) => applies(rule, policy)).map((rule) => ({ rule, met: meets(rule, password, policy) }));
}

/** The rules `password` does not meet, in checklist order; empty when it is acceptable. */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy): PasswordRule[] {
  return passwordChecklist(password, policy)
    .filter((status) => !status.met)
    .map((status) => status.rule);
}

export type PasswordConfirmationReason = 'required' | 'mismatch';

/**
 * The "repeat password" field: it must equal the password exactly, character for
 * character (no trimming: a trailing space is part of a password).
 */
export function checkPasswordConfirmation(
  password: string,
  confirmation: string | null | undefined,
): Validation<string, PasswordConfirmationReason> {
  if (confirmation == null || confirmation === '') return invalid('required');
  return confirmation === password ? valid(confirmation) : invalid('mismatch');
}
