/*
 * Finnish henkilötunnus (personal identity code, Digi- ja väestötietovirasto DVV).
 *
 *   DDMMYYCZZZQ       e.g. 131052-308T (DVV's example)
 *
 * - DDMMYY is the birth date; C, the century sign, gives the century. Since 1 January
 *   2023 each century has several signs (DVV ran out of individual numbers for some
 *   dates of the 2000s); the new ones are issued only to people born from 2000, but
 *   every sign is equal in meaning:
 *     +                       1800–1899
 *     -  Y  X  W  V  U        1900–1999
 *     A  B  C  D  E  F        2000–2099
 * - ZZZ is the individual number: 002–899 for people; 900–999 are temporary numbers
 *   (given e.g. by hospitals and never to a customer), refused unless a tenant opts in
 *   (`allowTemporary`); 000 and 001 are not used.
 * - Q is the check character: the nine digits DDMMYYZZZ as one number, modulo 31,
 *   indexing "0123456789ABCDEFHJKLMNPRSTUVWXY" (no G, I, O, Q, Z: they look like digits).
 *
 * Letters are accepted in either case; the canonical form is the eleven characters as
 * issued, upper case, with the century sign as written (it is part of the number).
 */
import { compareDates, isRealDate, isoDate, localDate, type CalendarDate } from './calendar.js';
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type FinnishPersonalIdentityCodeReason = 'required' | 'format' | 'date' | 'checksum';

export interface FinnishPersonalIdentityCode {
  /** DDMMYYCZZZQ, upper case. */
  canonical: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** True for a temporary number (individual number 900–999). */
  temporary: boolean;
}

export interface FinnishPersonalIdentityCodeOptions {
  /** Accept temporary numbers, individual number 900–999 (default false). */
  allowTemporary?: boolean;
  /** The moment "today" is taken from, to refuse birth dates in the future (default: now). */
  now?: Date;
}

/** The check characters, by remainder modulo 31. */
export const FINNISH_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The first year of the century each sign stands for. */
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/** The check character of the nine digits DDMMYYZZZ. */
export function finnishCheckCharacter(nineDigits: string): string {
  return FINNISH_CHECK_CHARACTERS.charAt(Number(nineDigits) % 31);
}

const SHAPE = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

export function parseFinnishPersonalIdentityCode(
  input: string | null | undefined,
  options: FinnishPersonalIdentityCodeOptions = {},
): Validation<FinnishPersonalIdentityCode, FinnishPersonalIdentityCodeReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const match = SHAPE.exec(compactDigits(input).toUpperCase());
  if (!match) return invalid('format');
  const [, ddmmyy = '', sign = '', individual = '', check = ''] = match;
  const number = Number(individual);
  if (number < 2) return invalid('format');
  const temporary = number >= 900;
  if (temporary && options.allowTemporary !== true) return invalid('format');
  const birth: CalendarDate = {
    year: (CENTURY[sign] ?? 1900) + Number(ddmmyy.slice(4, 6)),
    month: Number(ddmmyy.slice(2, 4)),
    day: Number(ddmmyy.slice(0, 2)),
  };
  if (!isRealDate(birth) || compareDates(birth, localDate(options.now)) > 0) return invalid('date');
  if (finnishCheckCharacter(ddmmyy + individual) !== check) return invalid('checksum');
  return valid({ canonical: ddmmyy + sign + individual + check, birthDate: isoDate(birth), temporary });
}

/** DDMMYYCZZZQ, or undefined when the value is not a valid henkilötunnus. */
export function normaliseFinnishPersonalIdentityCode(
  input: string | null | undefined,
  options: FinnishPersonalIdentityCodeOptions = {},
): string | undefined {
  const result = parseFinnishPersonalIdentityCode(input, options);
  return result.ok ? result.value.canonical : undefined;
}
