/*
 * Customer numbers, by the tenant's own rule. Each company numbers its customers
 * differently, so the rule comes from the tenant configuration as the source of a
 * regular expression (`identifier.pattern`), e.g. "\\d{6}" or "[A-Z]{2}\\d{6}".
 *
 * Safety of a pattern that arrives as data:
 * - It is anchored as ^(?:pattern)$, so "a|b" cannot match "xb…" by its second branch
 *   and a pattern the author forgot to anchor does not accept anything containing a
 *   match. Patterns that carry their own ^…$ still work.
 * - It must compile on its own before it is wrapped: "a)|(b" would otherwise close our
 *   group early and turn ^(?:a)|(b)$ into two half-anchored branches.
 * - The value is capped at 64 characters before the expression runs, which bounds
 *   the cost of a pattern that backtracks polynomially on a long paste. It cannot
 *   tame an exponential one such as (a+)+: tenant patterns are reviewed configuration,
 *   not user input, and should stay simple (a character class and a length).
 * - A pattern that does not compile is a tenant configuration error. We do not lock
 *   every customer out over it: the field then only checks that something was typed
 *   and leaves the number to the server, which decides anyway.
 *
 * Without a pattern the rule is 4 to 12 digits. People copy numbers from invoices
 * where they are grouped ("100 200"): if the value as typed does not match, the same
 * value without white space is tried.
 */
import { isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type CustomerNumberReason = 'required' | 'format' | 'length';

/** Digits only, 4 to 12 of them: the rule when the tenant gives none. */
export const DEFAULT_CUSTOMER_NUMBER_PATTERN = '\\d{4,12}';
export const CUSTOMER_NUMBER_MAX_LENGTH = 64;

/**
 * The anchored expression for a tenant pattern (or the default), or undefined when
 * the pattern does not compile. Unicode mode first (so \p{…} works), then legacy
 * mode for patterns written with escapes that only the legacy syntax allows.
 */
export function customerNumberExpression(pattern: string = DEFAULT_CUSTOMER_NUMBER_PATTERN): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // try the next mode
    }
  }
  return undefined;
}

export interface CustomerNumberOptions {
  /** The tenant's pattern (regular-expression source, unanchored or anchored). */
  pattern?: string;
}

export function validateCustomerNumber(
  input: string | null | undefined,
  options: CustomerNumberOptions = {},
): Validation<string, CustomerNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const value = input.normalize('NFKC').trim();
  if (value.length > CUSTOMER_NUMBER_MAX_LENGTH) return invalid('length');
  const expression = customerNumberExpression(options.pattern || undefined);
  if (expression === undefined) return valid(value);
  if (expression.test(value)) return valid(value);
  const compact = value.replace(/\s+/gu, '');
  if (compact !== value && expression.test(compact)) return valid(compact);
  return invalid('format');
}
