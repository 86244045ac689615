/*
 * Swedish personnummer and samordningsnummer (Skatteverket, SKV 704).
 *
 *   YYMMDD-NNNC  or  YYYYMMDD-NNNC  (also without the separator, also with spaces)
 *
 * - The first six or eight digits are the birth date. A samordningsnummer
 *   (coordination number, for people who are not or not yet registered as living
 *   in Sweden) adds 60 to the day: 701063-2391 is someone born 3 October 1970.
 * - NNN is a serial number, C a Luhn check digit over the ten digits YYMMDDNNN,
 *   never over the century. Serial 000 is never issued (Skatteverket numbers from
 *   001), so a number with it is refused even when its check digit fits.
 * - Samordningsnummer are accepted unless the tenant turns them off
 *   (`allowCoordinationNumber: false`): customers without Swedish residence have them.
 * - In the ten-digit form the separator carries the century: "-" for people under
 *   100, "+" from the year a person turns 100. So "121212-1212" is born 2012 (in 2026)
 *   and "121212+1212" in 1912. Without a separator we read "-", as people write it.
 * - In the twelve-digit form the century is explicit; a "+" there is accepted only
 *   when it agrees (the person turns 100 this year or earlier), as old habit.
 *
 * The canonical form is the twelve digits YYYYMMDDNNNC without separator: it is
 * unambiguous for ever, where the ten-digit form changes when its owner turns 100.
 */
import { ageOn, compareDates, isRealDate, isoDate, localDate, type CalendarDate } from './calendar.js';
import { hasValidLuhn } from './luhn.js';
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type SwedishPersonalNumberReason = 'required' | 'format' | 'date' | 'checksum';

export interface SwedishPersonalNumber {
  /** YYYYMMDDNNNC; for a samordningsnummer the day as written (61–91). */
  canonical: string;
  /** The birth date, YYYY-MM-DD (the real day, also for a samordningsnummer). */
  birthDate: string;
  /** True for a samordningsnummer. */
  coordinationNumber: boolean;
}

export interface SwedishPersonalNumberOptions {
  /** Accept samordningsnummer (default true: customers without Swedish residence have them). */
  allowCoordinationNumber?: boolean;
  /** The moment "today" is taken from, for the century of the ten-digit form (default: now). */
  now?: Date;
}

/** Day numbers of a samordningsnummer are the real day plus this. */
export const COORDINATION_DAY_OFFSET = 60;

const SHAPE = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;

export function parseSwedishPersonalNumber(
  input: string | null | undefined,
  options: SwedishPersonalNumberOptions = {},
): Validation<SwedishPersonalNumber, SwedishPersonalNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const match = SHAPE.exec(compactDigits(input));
  if (!match) return invalid('format');
  const [, century, yymmdd = '', separator, serial = ''] = match;
  const today = localDate(options.now);

  const yy = Number(yymmdd.slice(0, 2));
  let year: number;
  if (century !== undefined) {
    year = Number(century) * 100 + yy;
  } else {
    // The latest year ending in yy that is not after this year; "+" goes back a century.
    year = today.year - ((((today.year - yy) % 100) + 100) % 100);
    if (separator === '+') year -= 100;
  }
  const writtenDay = Number(yymmdd.slice(4, 6));
  const coordinationNumber = writtenDay > COORDINATION_DAY_OFFSET;
  if (coordinationNumber && options.allowCoordinationNumber === false) return invalid('format');
  const birth: CalendarDate = {
    year,
    month: Number(yymmdd.slice(2, 4)),
    day: coordinationNumber ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay,
  };
  if (!isRealDate(birth) || compareDates(birth, today) > 0) return invalid('date');
  // "+" in the twelve-digit form must agree with the century it states.
  if (century !== undefined && separator === '+' && today.year - year < 100) return invalid('date');
  // Keep the impossible-looking out: nobody alive was born before this.
  if (ageOn(birth, today) > 150) return invalid('date');

  if (serial.startsWith('000')) return invalid('format');
  if (!hasValidLuhn(yymmdd + serial)) return invalid('checksum');
  return valid({
    canonical: `${String(year).padStart(4, '0')}${yymmdd.slice(2)}${serial}`,
    birthDate: isoDate(birth),
    coordinationNumber,
  });
}

/** YYYYMMDDNNNC, or undefined when the value is not a valid personnummer/samordningsnummer. */
export function normaliseSwedishPersonalNumber(
  input: string | null | undefined,
  options: SwedishPersonalNumberOptions = {},
): string | undefined {
  const result = parseSwedishPersonalNumber(input, options);
  return result.ok ? result.value.canonical : undefined;
}
