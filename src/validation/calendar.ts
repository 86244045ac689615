/*
 * Calendar arithmetic on plain year/month/day numbers. Identity numbers carry a
 * birth date without a time zone, so we never build a Date from them (a Date at
 * local midnight can shift a day in another zone); only "today" comes from a Date,
 * read in the user's local calendar, because that is the day the user lives in.
 */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real date of the (proleptic) Gregorian calendar: no 30 February, no month 13. */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Today's date in the local calendar of `now` (defaults to the clock). */
export function localDate(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Negative when a is before b, zero when equal, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Completed years from `birth` to `today` (a 29 February birthday counts from 1 March). */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 calendar date, YYYY-MM-DD, the form the API takes. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
