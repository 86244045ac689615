/*
 * Organisation numbers of Norway, Denmark and Finland (Sweden's, with its "16"
 * prefix, is in swedish-organisation-number.ts).
 *
 * Norwegian organisasjonsnummer (Brønnøysundregistrene, Enhetsregisteret)
 *   NNN NNN NNN     nine digits, first digit 8 or 9; the last a mod-11 control digit
 *                   over the first eight with weights 3 2 7 6 5 4 3 2: 11 − (sum mod 11),
 *                   11 means 0, 10 means the number is never issued.
 *                   e.g. 974 760 673 (Brønnøysundregistrene itself).
 * Danish CVR-nummer (Erhvervsstyrelsen, Det Centrale Virksomhedsregister)
 *   NNNNNNNN        eight digits, first digit 1–9; with weights 2 7 6 5 4 3 2 1 the
 *                   weighted sum is divisible by 11. e.g. 10150817 (Erhvervsstyrelsen).
 * Finnish Y-tunnus (PRH and Verohallinto, Yritys- ja yhteisötietojärjestelmä)
 *   NNNNNNN-C       seven digits, a hyphen and a check digit over the seven with
 *                   weights 7 9 10 5 8 4 2: remainder 0 gives 0, remainder 1 is never
 *                   issued, else 11 − remainder. e.g. 0244037-6 (PRH). Old six-digit
 *                   numbers are written with a leading 0.
 *
 * Canonical forms: NO the nine digits, DK the eight digits, FI "NNNNNNN-C".
 */
import { compactDigits, isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type OrganisationNumberReason = 'required' | 'format' | 'checksum';

const weighted = (digits: string, weights: readonly number[]): number =>
  weights.reduce((sum, weight, i) => sum + weight * (digits.charCodeAt(i) - 48), 0);

/** The Norwegian control digit of the first eight digits, or undefined where none is issued. */
export function norwegianOrganisationControlDigit(eight: string): number | undefined {
  const k = 11 - (weighted(eight, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  if (k === 11) return 0;
  return k === 10 ? undefined : k;
}

export function parseNorwegianOrganisationNumber(
  input: string | null | undefined,
): Validation<string, OrganisationNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  // "974 760 673", "974760673"; Brønnøysund also prints "NO 974 760 673 MVA" on invoices.
  const digits = compactDigits(input).toUpperCase().replace(/^NO/, '').replace(/MVA$/, '');
  if (!/^[89]\d{8}$/.test(digits)) return invalid('format');
  const control = norwegianOrganisationControlDigit(digits);
  if (control === undefined || control !== digits.charCodeAt(8) - 48) return invalid('checksum');
  return valid(digits);
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

export function parseDanishCvr(input: string | null | undefined): Validation<string, OrganisationNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  // "10150817", "1015 0817", "DK10150817" (the VAT form) and "DK-10150817".
  const digits = compactDigits(input).toUpperCase().replace(/^DK-?/, '');
  if (!/^[1-9]\d{7}$/.test(digits)) return invalid('format');
  if (weighted(digits, CVR_WEIGHTS) % 11 !== 0) return invalid('checksum');
  return valid(digits);
}

/** The Y-tunnus check digit of seven digits, or undefined for remainder 1 (never issued). */
export function finnishBusinessIdCheckDigit(seven: string): number | undefined {
  const remainder = weighted(seven, [7, 9, 10, 5, 8, 4, 2]) % 11;
  if (remainder === 0) return 0;
  return remainder === 1 ? undefined : 11 - remainder;
}

export function parseFinnishBusinessId(input: string | null | undefined): Validation<string, OrganisationNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  // "0244037-6", "244037-6" (an old six-digit number), "FI02440376" (the VAT form).
  const compact = compactDigits(input).toUpperCase();
  const vat = /^FI(\d{8})$/.exec(compact);
  const match = vat ? [compact, vat[1]!.slice(0, 7), vat[1]!.slice(7)] : /^(\d{6,7})-(\d)$/.exec(compact);
  if (!match) return invalid('format');
  const seven = (match[1] ?? '').padStart(7, '0');
  const check = finnishBusinessIdCheckDigit(seven);
  if (check === undefined || String(check) !== match[2]) return invalid('checksum');
  return valid(`${seven}-${check}`);
}
