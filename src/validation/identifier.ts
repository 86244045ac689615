/*
 * The sign-in identifier field. The tenant chooses what its customers sign in with
 * (TenantConfig.identifier.kind); this is the one entry the form calls, whatever it is.
 * Each kind is checked by its own module; this only picks the module and passes on the
 * options that kind needs.
 *
 * `personalNumber` needs a country: Swedish, Norwegian and Danish numbers look alike
 * (a ten-digit Swedish number is also a well-formed CPR number), so it cannot be
 * guessed from the value. Sweden is the default: the tenant that signs in with
 * personal numbers is a Swedish one, and Mobile BankID beside it is Swedish too.
 * `organisationNumber` is the Swedish organisationsnummer (also as 16XXXXXX-XXXX).
 */
import { validateCustomerNumber } from './customer-number.js';
import { parseDanishCpr } from './danish-cpr.js';
import { validateEmail } from './email.js';
import { parseMobileNumber, type NordicCountryCode } from './mobile-number.js';
import { parseNorwegianNationalId } from './norwegian-national-id.js';
import { invalid, valid, type Validation, type ValidationReason } from './result.js';
import { parseSwedishOrganisationNumber } from './swedish-organisation-number.js';
import { parseSwedishPersonalNumber } from './swedish-personal-number.js';

export type IdentifierKind = 'email' | 'customerNumber' | 'personalNumber' | 'organisationNumber' | 'mobile';
export type PersonalNumberCountry = 'SE' | 'NO' | 'DK';

export interface IdentifierOptions {
  /** customerNumber: the tenant's pattern (TenantConfig.identifier.pattern). */
  pattern?: string;
  /** personalNumber: whose numbers (default 'SE'). */
  country?: PersonalNumberCountry;
  /** personalNumber, SE: accept samordningsnummer (default true). */
  allowCoordinationNumber?: boolean;
  /** personalNumber, NO: accept D-numbers (default true). */
  allowDNumber?: boolean;
  /** personalNumber, NO: accept H-numbers (default false). */
  allowHNumber?: boolean;
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
  }
}

/**
 * Checks and normalises a sign-in identifier of the tenant's kind:
 *   email               trimmed, domain lower-cased
 *   customerNumber      as typed (trimmed; white space removed if that makes it match)
 *   personalNumber      SE: YYYYMMDDNNNC, NO: 11 digits, DK: DDMMYYSSSS
 *   organisationNumber  16NNNNNNNNNC
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
      return canonical(parseSwedishOrganisationNumber(value));
    case 'mobile': {
      const result = parseMobileNumber(value, options);
      return result.ok ? valid(result.value.e164) : result;
    }
    default:
      // A kind from a newer configuration than this code: say so rather than pass anything.
      return invalid('format');
  }
}
