import type { Locale } from './locale-controller.js';

/*
 * Plurals, numbers, times and lists in the widget's language, through Intl.
 *
 * @lit/localize has no plural syntax, so a text that depends on a count is written
 * as one msg() per plural category and the right one is chosen by the language's
 * plural rules:
 *
 *   plural(locale, seconds, {
 *     one: () => msg(str`Send a new code in ${seconds} second`),
 *     other: () => msg(str`Send a new code in ${seconds} seconds`),
 *   })
 *
 * Danish, Finnish, Norwegian, Swedish and English all use the categories `one` and `other`;
 * `other` is required and used for any category a text does not give.
 */

/** The Intl locale of each language: Nordic conventions, and a 24-hour clock in English. */
const intlLocales: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', fi: 'fi-FI', nb: 'nb-NO', sv: 'sv-SE' };

export function intlLocale(locale: Locale): string {
  return intlLocales[locale] ?? 'en-GB';
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const pluralRules = (locale: Locale) =>
  cached(`plural:${locale}`, () => new Intl.PluralRules(intlLocale(locale)));

export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, () => T>> & { other: () => T };

/** The plural category of `count` in the language: 'one', 'other', … */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}

/** Calls the form for the plural category of `count` (falls back to `other`). */
export function plural<T>(locale: Locale, count: number, forms: PluralForms<T>): T {
  return (forms[pluralCategory(locale, count)] ?? forms.other)();
}

/** A number as the language writes it: 1 234,5 (da, fi, nb, sv) or 1,234.5 (en). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

type DurationUnit = 'hour' | 'minute' | 'second';

const unitFormat = (locale: Locale, unit: DurationUnit) =>
  cached(`unit:${locale}:${unit}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'long' }));

const listFormat = (locale: Locale, type: 'conjunction' | 'disjunction') =>
  cached(`list:${locale}:${type}`, () => new Intl.ListFormat(intlLocale(locale), { type }));

/**
 * A length of time in words, largest units first, zero parts left out:
 * 600 -> "10 minutes" / "10 minutter" / "10 minuter"; 90 -> "1 minute and 30 seconds".
 * Negative or fractional seconds are rounded up to whole seconds (a countdown never
 * shows 0 while time is left).
 */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const parts: [DurationUnit, number][] = [
    ['hour', Math.floor(seconds / 3600)],
    ['minute', Math.floor((seconds % 3600) / 60)],
    ['second', seconds % 60],
  ];
  const shown = parts.filter(([, n]) => n > 0);
  if (shown.length === 0) shown.push(['second', 0]);
  return listFormat(locale, 'conjunction').format(shown.map(([unit, n]) => unitFormat(locale, unit).format(n)));
}

/** A time of day in the language's way: "14:30" (en-GB, sv), "14.30" (da), "14:30" (nb). */
export function formatTime(locale: Locale, date: Date | number): string {
  return cached(`time:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short' })).format(date);
}

/** The letters each language writes a date pattern with: DD.MM.ÅÅÅÅ, PP.KK.VVVV, DD/MM/YYYY. */
const DATE_LETTERS: Record<Locale, Record<'day' | 'month' | 'year', string>> = {
  en: { day: 'DD', month: 'MM', year: 'YYYY' },
  da: { day: 'DD', month: 'MM', year: 'ÅÅÅÅ' },
  fi: { day: 'PP', month: 'KK', year: 'VVVV' },
  nb: { day: 'DD', month: 'MM', year: 'ÅÅÅÅ' },
  sv: { day: 'DD', month: 'MM', year: 'ÅÅÅÅ' },
};

const numericDate = (locale: Locale) =>
  cached(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }));

/**
 * How the language writes a date, as a pattern for a hint: "DD.MM.ÅÅÅÅ" (da, nb),
 * "PP.KK.VVVV" (fi), "ÅÅÅÅ-MM-DD" (sv), "DD/MM/YYYY" (en): the order and separators of
 * Intl's numeric date, the letters of the language.
 */
export function datePattern(locale: Locale): string {
  const letters = DATE_LETTERS[locale] ?? DATE_LETTERS.en;
  return numericDate(locale)
    .formatToParts(Date.UTC(2000, 0, 1))
    .map((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? letters[part.type] : part.value))
    .join('');
}

/** A calendar date (YYYY-MM-DD) as the language writes it in numbers: 24.12.1985, 1985-12-24. */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return numericDate(locale).format(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** A list: "a, b and c" / "a, b og c" / "a, b och c" (or "… or …" with 'disjunction'). */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return listFormat(locale, type).format(items);
}
