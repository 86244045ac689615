/*
 * The sign-in identifier field. The tenant chooses what its customers sign in with
 * (TenantConfig.identifier.kind); this is the one entry the form calls, whatever it is.
 * Each kind is checked by its own module; this only picks the module and passes on the
 * options that kind needs.
 *
 * `personalNumber` and `organisationNumber` need a country (TenantConfig.identifier.
 * country): Swedish, Norwegian, Danish and Finnish numbers look alike (a ten-digit
 * Swedish number is also a well-formed CPR number), so it cannot be guessed from the
 * value. Sweden is the default, for configurations written before the country was.
 *   personalNumber      SE personnummer (samordningsnummer unless turned off),
 *                       NO fødselsnummer (D-number unless turned off; H-numbers and
 *                       synthetic test numbers only when turned on), DK CPR-nummer,
 *                       FI henkilötunnus (temporary numbers only when turned on)
 *   organisationNumber  SE organisationsnummer (also as 16XXXXXX-XXXX), NO
 *                       organisasjonsnummer, DK CVR-nummer, FI Y-tunnus
 */
import { validateCustomerNumber } from './customer-number.js';
import { validateEmail } from './email.js';
import { parseMobileNumber, type NordicCountryCode } from './mobile-number.js';
import { invalid, valid, type Validation, type ValidationReason } from './result.js';

export type IdentifierKind = 'email' | 'customerNumber' | 'personalNumber' | 'organisationNumber' | 'mobile';
/** The countries whose personal and organisation numbers the widget knows. */
export type IdentifierCountry = 'SE' | 'NO' | 'DK' | 'FI';
/** @deprecated the same as IdentifierCountry. */
export type PersonalNumberCountry = IdentifierCountry;
export const IDENTIFIER_COUNTRIES: readonly IdentifierCountry[] = ['SE', 'NO', 'DK', 'FI'];

export interface IdentifierOptions {
  /** customerNumber: the tenant's pattern (TenantConfig.identifier.pattern). */
  pattern?: string;
  /** personalNumber, organisationNumber: whose numbers (default 'SE'). */
  country?: IdentifierCountry | string;
  /** personalNumber, SE: accept samordningsnummer (default true). */
  allowCoordinationNumber?: boolean;
  /** personalNumber, NO: accept D-numbers (default true). */
  allowDNumber?: boolean;
  /** personalNumber, NO: accept H-numbers (default false). */
  allowHNumber?: boolean;
  /** personalNumber, NO: accept Skatteetaten's synthetic test numbers (default false). */
  allowSyntheticNumber?: boolean;
  /** personalNumber, FI: accept temporary numbers, 900–999 (default false). */
  allowTemporary?: boolean;
  /** mobile: country of a number typed without +CC (TenantConfig.phone.defaultCountry). */
  defaultCountry?: NordicCountryCode | string;
  /** The moment "today" is taken from (default: now); dates in personal numbers depend on it. */
  now?: Date;
}

/** `value` is the canonical form to send to the server (see each kind's module). */
export type IdentifierResult = Validation<string, ValidationReason>;

const canonical = <T extends { canonical: string }, R extends ValidationReason>(
  result: Validation<T, R>,
): Validation<string, R> => (result.ok ? valid(result.value.canonical) : result);

type NationalKind = 'personalNumber' | 'organisationNumber';
type Parse = (value: string | null | undefined, options: IdentifierOptions) => IdentifierResult;

/*
 * Personal and organisation numbers have a module per country, and a tenant needs one
 * or two of them: they load with the tenant's configuration (loadIdentifierChecks), not
 * with the widget.
 */
const NATIONAL: Record<NationalKind, Record<IdentifierCountry, () => Promise<Parse>>> = {
  personalNumber: {
    SE: () => import('./swedish-personal-number.js').then((m) => (v, o) => canonical(m.parseSwedishPersonalNumber(v, o))),
    NO: () => import('./norwegian-national-id.js').then((m) => (v, o) => canonical(m.parseNorwegianNationalId(v, o))),
    DK: () => import('./danish-cpr.js').then((m) => (v, o) => canonical(m.parseDanishCpr(v, o))),
    FI: () => import('./finnish-personal-identity-code.js').then((m) => (v, o) => canonical(m.parseFinnishPersonalIdentityCode(v, o))),
  },
  organisationNumber: {
    SE: () => import('./swedish-organisation-number.js').then((m) => (v) => canonical(m.parseSwedishOrganisationNumber(v))),
    NO: () => import('./organisation-numbers.js').then((m) => m.parseNorwegianOrganisationNumber),
    DK: () => import('./organisation-numbers.js').then((m) => m.parseDanishCvr),
    FI: () => import('./organisation-numbers.js').then((m) => m.parseFinnishBusinessId),
  },
};

const loaded = new Map<string, Parse>();
const keyOf = (kind: NationalKind, country: string) => `${kind}:${country}`;

/**
 * Loads the checks of the personal or organisation numbers of `country` (default SE):
 * validateIdentifier needs them before it checks such a number. A country this code does
 * not know needs nothing (its numbers are refused).
 */
export async function loadIdentifierChecks(kind: IdentifierKind | undefined, country: string = 'SE'): Promise<void> {
  if (kind !== 'personalNumber' && kind !== 'organisationNumber') return;
  const load = (NATIONAL[kind] as Partial<Record<string, () => Promise<Parse>>>)[country];
  if (load && !loaded.has(keyOf(kind, country))) loaded.set(keyOf(kind, country), await load());
}

function validateNationalNumber(kind: NationalKind, value: string | null | undefined, options: IdentifierOptions): IdentifierResult {
  const country = options.country ?? 'SE';
  // A country from a newer configuration than this code: refuse rather than guess.
  if (!(country in NATIONAL[kind])) return invalid('format');
  const parse = loaded.get(keyOf(kind, country));
  if (!parse) throw new Error(`${kind} checks for ${country} are not loaded: call loadIdentifierChecks first`);
  return parse(value, options);
}

/**
 * Checks and normalises a sign-in identifier of the tenant's kind (personal and
 * organisation numbers once loadIdentifierChecks has loaded their country's checks):
 *   email               trimmed, domain lower-cased
 *   customerNumber      as typed (trimmed; white space removed if that makes it match)
 *   personalNumber      SE: YYYYMMDDNNNC, NO: 11 digits, DK: DDMMYYSSSS, FI: DDMMYYCZZZQ
 *   organisationNumber  SE: 16NNNNNNNNNC, NO: 9 digits, DK: 8 digits, FI: NNNNNNN-C
 *   mobile              E.164, +CCNSN
 */
export function validateIdentifier(
  kind: IdentifierKind,
  value: string | null | undefined,
  options: IdentifierOptions = {},
): IdentifierResult {
  switch (kind) {
    case 'email':
      return validateEmail(value);
    case 'customerNumber':
      return validateCustomerNumber(value, options);
    case 'personalNumber':
    case 'organisationNumber':
      return validateNationalNumber(kind, value, options);
    case 'mobile': {
      const result = parseMobileNumber(value, options);
      return result.ok ? valid(result.value.e164) : result;
    }
    default:
      // A kind from a newer configuration than this code: say so rather than pass anything.
      return invalid('format');
  }
}
