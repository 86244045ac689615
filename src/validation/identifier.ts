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
import { parseDanishCpr } from './danish-cpr.js';
import { validateEmail } from './email.js';
import { parseFinnishPersonalIdentityCode } from './finnish-personal-identity-code.js';
import { parseMobileNumber, type NordicCountryCode } from './mobile-number.js';
import { parseNorwegianNationalId } from './norwegian-national-id.js';
import { parseDanishCvr, parseFinnishBusinessId, parseNorwegianOrganisationNumber } from './organisation-numbers.js';
import { invalid, valid, type Validation, type ValidationReason } from './result.js';
import { parseSwedishOrganisationNumber } from './swedish-organisation-number.js';
import { parseSwedishPersonalNumber } from './swedish-personal-number.js';

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

function validatePersonalNumber(value: string | null | undefined, options: IdentifierOptions): IdentifierResult {
  switch (options.country ?? 'SE') {
    case 'SE':
      return canonical(parseSwedishPersonalNumber(value, options));
    case 'NO':
      return canonical(parseNorwegianNationalId(value, options));
    case 'DK':
      return canonical(parseDanishCpr(value, options));
    case 'FI':
      return canonical(parseFinnishPersonalIdentityCode(value, options));
    default:
      // A country from a newer configuration than this code: refuse rather than guess.
      return invalid('format');
  }
}

function validateOrganisationNumber(value: string | null | undefined, options: IdentifierOptions): IdentifierResult {
  switch (options.country ?? 'SE') {
    case 'SE':
      return canonical(parseSwedishOrganisationNumber(value));
    case 'NO':
      return parseNorwegianOrganisationNumber(value);
    case 'DK':
      return parseDanishCvr(value);
    case 'FI':
      return parseFinnishBusinessId(value);
    default:
      return invalid('format');
  }
}

/**
 * Checks and normalises a sign-in identifier of the tenant's kind:
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
      return validatePersonalNumber(value, options);
    case 'organisationNumber':
      return validateOrganisationNumber(value, options);
    case 'mobile': {
      const result = parseMobileNumber(value, options);
      return result.ok ? valid(result.value.e164) : result;
    }
    default:
      // A kind from a newer configuration than this code: say so rather than pass anything.
      return invalid('format');
  }
}
