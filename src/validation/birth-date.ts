/*
 * Birth dates (F4: registering with a mobile number and a birth date). The field is a
 * text field (autocomplete="bday") that takes the date as the page's language writes
 * it, not the browser's date picker, whose format follows the browser's language
 * (04/12/1985 inside a Norwegian form). No language the widget speaks writes the month
 * before the day, so one reading serves them all:
 *
 *   24.12.1985                                          da, fi, nb (also 24-12-1985)
 *   24/12/1985                                          en-GB
 *   1985-12-24                                          sv, ISO 8601 (what the API takes)
 *   19851224, 24121985                                  digits only: year first when
 *                                                       that is a real date, else day first
 *
 * One- or two-digit day and month; dots, dashes, slashes or spaces between. Never month
 * first: 04/12/1985 is 4 December. The value is returned as YYYY-MM-DD.
 * It must be a real date, not in the future, and give a plausible age: by default 0 to
 * 130 years (the oldest people on record reached 122), a tenant may ask for more (e.g.
 * `minAge: 18` for a contract holder).
 */
import { ageOn, compareDates, isRealDate, isoDate, localDate, type CalendarDate } from './calendar.js';
import { isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type BirthDateReason = 'required' | 'format' | 'date' | 'future' | 'age';

export interface BirthDateOptions {
  /** Youngest accepted age in completed years (default 0). */
  minAge?: number;
  /** Oldest accepted age in completed years (default 130). */
  maxAge?: number;
  /** The moment "today" is taken from, in the user's local calendar (default: now). */
  now?: Date;
}

export const DEFAULT_MAX_AGE = 130;

export function validateBirthDate(
  input: string | null | undefined,
  options: BirthDateOptions = {},
): Validation<string, BirthDateReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const birth = readDate(input);
  if (!birth) return invalid('format');
  if (!isRealDate(birth)) return invalid('date');
  const today = localDate(options.now);
  if (compareDates(birth, today) > 0) return invalid('future');
  const age = ageOn(birth, today);
  if (age < (options.minAge ?? 0) || age > (options.maxAge ?? DEFAULT_MAX_AGE)) return invalid('age');
  return valid(isoDate(birth));
}

const YEAR_FIRST = /^(\d{4})[-./\s]+(\d{1,2})[-./\s]+(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[-./\s]+(\d{1,2})[-./\s]+(\d{4})$/;

/** The date a person wrote, day before month or ISO year first; undefined when it is not one. */
export function readDate(input: string): CalendarDate | undefined {
  const value = input.normalize('NFKC').trim().replace(/[\u2010-\u2015\u2212]/g, '-');
  const ymd = YEAR_FIRST.exec(value);
  if (ymd) return { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) };
  const dmy = DAY_FIRST.exec(value);
  if (dmy) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) };
  if (/^\d{8}$/.test(value)) {
    const yearFirst = { year: Number(value.slice(0, 4)), month: Number(value.slice(4, 6)), day: Number(value.slice(6)) };
    if (yearFirst.year >= 1800 && isRealDate(yearFirst)) return yearFirst;
    return { year: Number(value.slice(4)), month: Number(value.slice(2, 4)), day: Number(value.slice(0, 2)) };
  }
  return undefined;
}
