/*
 * Input clean-up shared by the digit-based fields. People paste from PDFs, SMS apps
 * and phones' autofill, which bring full-width digits, non-breaking and thin spaces
 * and typographic dashes; NFKC folds full-width digits to ASCII, the rest we strip.
 */

/** Every kind of white space, including NBSP (U+00A0), thin and narrow spaces. */
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;
/** Hyphen-minus and the typographic dashes a word processor substitutes for it. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu;

/** NFKC, typographic dashes to "-", no white space anywhere. */
export function compactDigits(input: string): string {
  return input.normalize('NFKC').replace(DASHES, '-').replace(WHITESPACE, '');
}

/**
 * True for null, undefined and strings that are only white space. Anything else that
 * is not a string (a number, an object from a careless caller) is not blank: the
 * validators then refuse it as 'format' through `isText`, and never throw.
 */
export function isBlank(input: unknown): input is null | undefined | '' {
  return input == null || (typeof input === 'string' && input.replace(WHITESPACE, '') === '');
}

/** False for anything but a string: what the validators refuse as 'format'. */
export function isText(input: unknown): input is string {
  return typeof input === 'string';
}
