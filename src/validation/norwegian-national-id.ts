/*
 * Norwegian fødselsnummer, D-number and H-number (Skatteetaten, Folkeregisteret).
 *
 *   DDMMYY III K1 K2     eleven digits, sometimes written "DDMMYY IIIKK"
 *
 * - DDMMYY is the birth date. A D-number (for people who are not registered as
 *   resident, e.g. seasonal workers) adds 40 to the day: 41–71.
 * - An H-number (an auxiliary number health services give to a patient whose identity
 *   is not known) adds 40 to the month: 41–52. It identifies a hospital stay, not a
 *   customer, so it is refused unless a tenant opts in (`allowHNumber`).
 * - Synthetic test numbers, which Skatteetaten hands out for test environments (the
 *   Tenor test data), add 80 to the month: 81–92 (a synthetic D-number adds 40 to the
 *   day as well). They satisfy both control digits. No real person has one, so they
 *   are accepted only in a test environment (`allowSyntheticNumber`).
 * - III, the individual number, also tells the century:
 *     000–499              1900–1999
 *     500–749, YY 54–99    1854–1899
 *     500–999, YY 00–39    2000–2039
 *     900–999, YY 40–99    1940–1999
 *   (750–899 with YY 40–99 is not issued, nor 500–749 with YY 40–53.)
 * - K1 and K2 are mod-11 control digits: K1 over the first nine digits with weights
 *   3 7 6 1 8 9 4 5 2, K2 over the first ten with 5 4 3 2 7 6 5 4 3 2; each is
 *   11 − (sum mod 11), where 11 means 0 and 10 means the individual number is never
 *   issued. Two mod-11 digits catch every single-digit typo.
 *
 * Skatteetaten has announced a revised number from 2032 (individual numbers no
 * longer tied to sex); these are the rules in force today: revisit them then.
 *
 * The canonical form is the eleven digits.
 */
import { compareDates, isRealDate, isoDate, localDate, type CalendarDate } from './calendar.js';
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type NorwegianNationalIdReason = 'required' | 'format' | 'date' | 'checksum';
export type NorwegianNationalIdKind = 'fodselsnummer' | 'dNumber' | 'hNumber';

export interface NorwegianNationalId {
  /** The eleven digits. */
  canonical: string;
  /** The birth date, YYYY-MM-DD (with the D/H offset taken off). */
  birthDate: string;
  kind: NorwegianNationalIdKind;
  /** True for one of Skatteetaten's synthetic test numbers (month + 80). */
  synthetic: boolean;
}

export interface NorwegianNationalIdOptions {
  /** Accept D-numbers (default true). */
  allowDNumber?: boolean;
  /** Accept H-numbers (default false: they are temporary patient numbers). */
  allowHNumber?: boolean;
  /** Accept Skatteetaten's synthetic test numbers, month + 80 (default false: test environments only). */
  allowSyntheticNumber?: boolean;
  /** The moment "today" is taken from, to refuse birth dates in the future (default: now). */
  now?: Date;
}

export const D_NUMBER_DAY_OFFSET = 40;
export const H_NUMBER_MONTH_OFFSET = 40;
export const SYNTHETIC_MONTH_OFFSET = 80;

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The mod-11 control digit for `digits` with `weights`, or undefined for remainder 1 (a "10"). */
export function norwegianControlDigit(digits: string, weights: readonly number[]): number | undefined {
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += weight * (digits.charCodeAt(i) - 48);
  });
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? undefined : k;
}

/** The full birth year from the two-digit year and the individual number; undefined when not issued. */
export function norwegianBirthYear(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

const SHAPE = /^(\d{6})-?(\d{5})$/;

export function parseNorwegianNationalId(
  input: string | null | undefined,
  options: NorwegianNationalIdOptions = {},
): Validation<NorwegianNationalId, NorwegianNationalIdReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const match = SHAPE.exec(compactDigits(input));
  if (!match) return invalid('format');
  const digits = (match[1] ?? '') + (match[2] ?? '');

  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  let kind: NorwegianNationalIdKind = 'fodselsnummer';
  if (day > D_NUMBER_DAY_OFFSET) {
    if (options.allowDNumber === false) return invalid('format');
    kind = 'dNumber';
    day -= D_NUMBER_DAY_OFFSET;
  }
  let synthetic = false;
  if (month > SYNTHETIC_MONTH_OFFSET) {
    if (options.allowSyntheticNumber !== true) return invalid('format');
    synthetic = true;
    month -= SYNTHETIC_MONTH_OFFSET;
  } else if (month > H_NUMBER_MONTH_OFFSET) {
    // A number is either a D- or an H-number, never both.
    if (options.allowHNumber !== true || kind === 'dNumber') return invalid('format');
    kind = 'hNumber';
    month -= H_NUMBER_MONTH_OFFSET;
  }
  const year = norwegianBirthYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 9)));
  if (year === undefined) return invalid('date');
  const birth: CalendarDate = { year, month, day };
  if (!isRealDate(birth) || compareDates(birth, localDate(options.now)) > 0) return invalid('date');

  const k1 = norwegianControlDigit(digits, K1_WEIGHTS);
  const k2 = norwegianControlDigit(digits, K2_WEIGHTS);
  if (k1 === undefined || k2 === undefined || `${k1}${k2}` !== digits.slice(9)) return invalid('checksum');
  return valid({ canonical: digits, birthDate: isoDate(birth), kind, synthetic });
}

/** The eleven digits, or undefined when the value is not a valid Norwegian identity number. */
export function normaliseNorwegianNationalId(
  input: string | null | undefined,
  options: NorwegianNationalIdOptions = {},
): string | undefined {
  const result = parseNorwegianNationalId(input, options);
  return result.ok ? result.value.canonical : undefined;
}
