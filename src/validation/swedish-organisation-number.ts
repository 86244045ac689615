/*
 * Swedish organisationsnummer (Bolagsverket / Skatteverket, SKV 709).
 *
 *   NNNNNN-NNNC          e.g. 202100-5448 (Skatteverket itself)
 *   16NNNNNN-NNNC        the same, with the prefix 16 portals use for company sign-in
 *
 * - Ten digits; the last is a Luhn check digit over the first nine.
 * - The third digit is 2 or more. Read as a month that would be 20–99, so an
 *   organisationsnummer is never also a valid personnummer, and the two can share one
 *   field and one database column.
 * - "16" is a pseudo-century: it makes the number twelve digits long like a
 *   personnummer (YYYYMMDDNNNC) without colliding with a real century (18, 19, 20).
 *
 * A sole trader (enskild firma) uses the owner's personnummer as organisationsnummer;
 * that fails the third-digit rule on purpose and belongs in a personalNumber field.
 *
 * The canonical form is the twelve digits "16NNNNNNNNNC", for the same reason the
 * personnummer's is twelve digits: one width, no ambiguity with personal numbers.
 */
import { hasValidLuhn } from './luhn.js';
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type SwedishOrganisationNumberReason = 'required' | 'format' | 'checksum';

export interface SwedishOrganisationNumber {
  /** 16NNNNNNNNNC */
  canonical: string;
  /** NNNNNNNNNC, the ten digits without prefix. */
  number: string;
  /** NNNNNN-NNNC, the way it is printed. */
  formatted: string;
}

/** The pseudo-century prefix of the twelve-digit form. */
export const ORGANISATION_NUMBER_PREFIX = '16';

const SHAPE = /^(?:16)?(\d{6})-?(\d{4})$/;

export function parseSwedishOrganisationNumber(
  input: string | null | undefined,
): Validation<SwedishOrganisationNumber, SwedishOrganisationNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const match = SHAPE.exec(compactDigits(input));
  if (!match) return invalid('format');
  const [, head = '', tail = ''] = match;
  const number = head + tail;
  if (number.charCodeAt(2) - 48 < 2) return invalid('format');
  if (!hasValidLuhn(number)) return invalid('checksum');
  return valid({ canonical: ORGANISATION_NUMBER_PREFIX + number, number, formatted: `${head}-${tail}` });
}

/** 16NNNNNNNNNC, or undefined when the value is not a valid organisationsnummer. */
export function normaliseSwedishOrganisationNumber(input: string | null | undefined): string | undefined {
  const result = parseSwedishOrganisationNumber(input);
  return result.ok ? result.value.canonical : undefined;
}
