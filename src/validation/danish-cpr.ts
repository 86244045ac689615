/*
 * Danish CPR number (personnummer, Det Centrale Personregister).
 *
 *   DDMMYY-SSSS
 *
 * - DDMMYY is the birth date; the century comes from the 7th digit (the first of SSSS)
 *   together with YY, by the CPR office's table:
 *     7th digit 0–3         1900–1999
 *     7th digit 4 or 9      YY 00–36: 2000–2036, YY 37–99: 1937–1999
 *     7th digit 5–8         YY 00–57: 2000–2057, YY 58–99: 1858–1899
 * - There is no check digit to test. Numbers used to satisfy modulus 11, but the CPR
 *   office ran out of such numbers for some dates and since 1 October 2007 issues
 *   numbers that do not; refusing them would lock real people out.
 *
 * So the only thing to check is that the number is ten digits holding a real date
 * that is not in the future. The canonical form is the ten digits without the dash.
 */
import { compareDates, isRealDate, isoDate, localDate, type CalendarDate } from './calendar.js';
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type DanishCprReason = 'required' | 'format' | 'date';

export interface DanishCpr {
  /** DDMMYYSSSS */
  canonical: string;
  /** YYYY-MM-DD */
  birthDate: string;
}

export interface DanishCprOptions {
  /** The moment "today" is taken from, to refuse birth dates in the future (default: now). */
  now?: Date;
}

/** The full birth year from the two-digit year and the 7th digit of the number. */
export function danishBirthYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

const SHAPE = /^(\d{6})-?(\d{4})$/;

export function parseDanishCpr(
  input: string | null | undefined,
  options: DanishCprOptions = {},
): Validation<DanishCpr, DanishCprReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const match = SHAPE.exec(compactDigits(input));
  if (!match) return invalid('format');
  const digits = (match[1] ?? '') + (match[2] ?? '');
  const birth: CalendarDate = {
    year: danishBirthYear(Number(digits.slice(4, 6)), digits.charCodeAt(6) - 48),
    month: Number(digits.slice(2, 4)),
    day: Number(digits.slice(0, 2)),
  };
  if (!isRealDate(birth) || compareDates(birth, localDate(options.now)) > 0) return invalid('date');
  return valid({ canonical: digits, birthDate: isoDate(birth) });
}

/** DDMMYYSSSS, or undefined when the value is not a valid CPR number. */
export function normaliseDanishCpr(input: string | null | undefined, options: DanishCprOptions = {}): string | undefined {
  const result = parseDanishCpr(input, options);
  return result.ok ? result.value.canonical : undefined;
}
