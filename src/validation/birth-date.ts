/*
 * Birth dates (F4: registering with a mobile number and a birth date). The field is an
 * <input type="date">, whose value is always YYYY-MM-DD, and the API takes that form,
 * so that is the only form accepted. It must be a real date, not in the future, and
 * give a plausible age: by default 0 to 130 years (the oldest people on record reached
 * 122), a tenant may ask for more (e.g. `minAge: 18` for a contract holder).
 */
import { ageOn, compareDates, isRealDate, localDate, type CalendarDate } from './calendar.js';
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
  const value = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return invalid('format');
  const birth: CalendarDate = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isRealDate(birth)) return invalid('date');
  const today = localDate(options.now);
  if (compareDates(birth, today) > 0) return invalid('future');
  const age = ageOn(birth, today);
  if (age < (options.minAge ?? 0) || age > (options.maxAge ?? DEFAULT_MAX_AGE)) return invalid('age');
  return valid(value);
}
