/*
 * Test-side knowledge of the numbers: check digits and century rules written again,
 * independently of src/validation (different loops, tables instead of branches), so a
 * mistake in the module cannot also be a mistake in the tests that judge it.
 */
import fc from 'fast-check';
import { IDENTIFIER_COUNTRIES, loadIdentifierChecks } from '../../src/validation/identifier.js';

/** Every property runs this many cases. */
export const RUNS = { numRuns: 1000 };

/** "Today" for the tests: a fixed local date, so centuries and ages do not move. */
export const NOW = new Date(2026, 0, 15, 12, 0, 0);
export const NOW_YEAR = 2026;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export const iso = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** Days of a month via the platform's own calendar (UTC, so no zone can shift it). */
export const monthLength = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Real calendar dates from `from` to `to` inclusive (through the platform's calendar). */
export function dateBetween(from: Ymd, to: Ymd): fc.Arbitrary<Ymd> {
  const dayMs = 86_400_000;
  const start = Math.round(Date.UTC(from.year, from.month - 1, from.day) / dayMs);
  const end = Math.round(Date.UTC(to.year, to.month - 1, to.day) / dayMs);
  return fc.integer({ min: start, max: end }).map((n) => {
    const d = new Date(n * dayMs);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  });
}

export const TODAY: Ymd = { year: 2026, month: 1, day: 15 };

/** Luhn, the textbook way: weights 2,1,2,1… from the left of a nine-digit payload, digit sums. */
export function luhn9(payload: string): number {
  if (payload.length !== 9) throw new Error('nine digits expected');
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    const product = Number(payload[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/** Norwegian control digits K1, K2 as "K1K2", or undefined when either would be 10. */
export function norwegianControls(nine: string): string | undefined {
  const mod11 = (digits: string, weights: number[]): number | undefined => {
    const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const r = sum % 11;
    return r === 0 ? 0 : r === 1 ? undefined : 11 - r;
  };
  const k1 = mod11(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === undefined) return undefined;
  const k2 = mod11(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k2 === undefined ? undefined : `${k1}${k2}`;
}

/** A different digit at position `index` of `digits` (`by` from 1 to 9 is the change). */
export function flipDigit(digits: string, index: number, by: number): string {
  const d = (Number(digits[index]) + by) % 10;
  return digits.slice(0, index) + d + digits.slice(index + 1);
}

/** Positions and amounts for flipping one digit of an n-digit string. */
export const flip = (length: number) =>
  fc.record({ index: fc.integer({ min: 0, max: length - 1 }), by: fc.integer({ min: 1, max: 9 }) });

/** White space people paste, including no-break and thin spaces. */
export const spacing = fc.constantFrom('', ' ', '  ', '\u00a0', '\u202f', '\t');

/** DVV's check characters of the henkilötunnus, by remainder mod 31, as a list. */
const FINNISH_CHECK = [...'0123456789ABCDEFHJKLMNPRSTUVWXY'];

/** The henkilötunnus check character of DDMMYYZZZ, by long division digit by digit. */
export function finnishCheck(nine: string): string {
  let remainder = 0;
  for (const c of nine) remainder = (remainder * 10 + Number(c)) % 31;
  return FINNISH_CHECK[remainder]!;
}

/** Weighted sum mod 11, the loop written out from the right. */
const mod11 = (digits: string, weights: number[]): number => {
  let sum = 0;
  for (let i = weights.length - 1; i >= 0; i -= 1) sum += weights[i]! * Number(digits[i]);
  return sum % 11;
};

/** The Norwegian organisasjonsnummer's control digit of eight digits, or undefined where none exists. */
export function norwegianOrgControl(eight: string): string | undefined {
  const r = mod11(eight, [3, 2, 7, 6, 5, 4, 3, 2]);
  return r === 0 ? '0' : r === 1 ? undefined : String(11 - r);
}

/** True when eight digits pass the CVR's modulus 11 (weights 2 7 6 5 4 3 2 1). */
export const cvrPasses = (eight: string): boolean => mod11(eight, [2, 7, 6, 5, 4, 3, 2, 1]) === 0;

/** The Y-tunnus check digit of seven digits, or undefined for remainder 1. */
export function yTunnusCheck(seven: string): string | undefined {
  const r = mod11(seven, [7, 9, 10, 5, 8, 4, 2]);
  return r === 0 ? '0' : r === 1 ? undefined : String(11 - r);
}

/** Personal and organisation numbers of every country: the widget loads them per tenant, the tests all at once. */
export async function loadEveryIdentifierCheck(): Promise<void> {
  await Promise.all(IDENTIFIER_COUNTRIES.flatMap((country) => [loadIdentifierChecks('personalNumber', country), loadIdentifierChecks('organisationNumber', country)]));
}
