/*
 * Validation of what users type into the widget: identifiers, phone numbers, birth
 * dates, one-time codes and passwords. Pure functions, no DOM, no texts: results carry
 * machine reason codes that the views translate.
 */
export { invalid, valid, type Validation, type ValidationReason } from './result.js';
export { ageOn, compareDates, isRealDate, isoDate, localDate, type CalendarDate } from './calendar.js';
export { hasValidLuhn, luhnCheckDigit } from './luhn.js';
export { normaliseEmail, validateEmail, type EmailReason } from './email.js';
export {
  COORDINATION_DAY_OFFSET,
  normaliseSwedishPersonalNumber,
  parseSwedishPersonalNumber,
  type SwedishPersonalNumber,
  type SwedishPersonalNumberOptions,
  type SwedishPersonalNumberReason,
} from './swedish-personal-number.js';
export {
  ORGANISATION_NUMBER_PREFIX,
  normaliseSwedishOrganisationNumber,
  parseSwedishOrganisationNumber,
  type SwedishOrganisationNumber,
  type SwedishOrganisationNumberReason,
} from './swedish-organisation-number.js';
export {
  D_NUMBER_DAY_OFFSET,
  H_NUMBER_MONTH_OFFSET,
  SYNTHETIC_MONTH_OFFSET,
  normaliseNorwegianNationalId,
  norwegianBirthYear,
  norwegianControlDigit,
  parseNorwegianNationalId,
  type NorwegianNationalId,
  type NorwegianNationalIdKind,
  type NorwegianNationalIdOptions,
  type NorwegianNationalIdReason,
} from './norwegian-national-id.js';
export {
  danishBirthYear,
  normaliseDanishCpr,
  parseDanishCpr,
  type DanishCpr,
  type DanishCprOptions,
  type DanishCprReason,
} from './danish-cpr.js';
export {
  FINNISH_CHECK_CHARACTERS,
  finnishCheckCharacter,
  normaliseFinnishPersonalIdentityCode,
  parseFinnishPersonalIdentityCode,
  type FinnishPersonalIdentityCode,
  type FinnishPersonalIdentityCodeOptions,
  type FinnishPersonalIdentityCodeReason,
} from './finnish-personal-identity-code.js';
export {
  finnishBusinessIdCheckDigit,
  norwegianOrganisationControlDigit,
  parseDanishCvr,
  parseFinnishBusinessId,
  parseNorwegianOrganisationNumber,
  type OrganisationNumberReason,
} from './organisation-numbers.js';
export {
  CUSTOMER_NUMBER_MAX_LENGTH,
  DEFAULT_CUSTOMER_NUMBER_PATTERN,
  customerNumberExpression,
  validateCustomerNumber,
  type CustomerNumberOptions,
  type CustomerNumberReason,
} from './customer-number.js';
export {
  MOBILE_RULES,
  NORDIC_COUNTRY_CODES,
  normaliseMobileNumber,
  parseMobileNumber,
  toNordicCountryCode,
  type MobileNumber,
  type MobileNumberOptions,
  type MobileNumberReason,
  type MobileRule,
  type NordicCountryCode,
} from './mobile-number.js';
export {
  PASSWORD_RULES,
  VIOLATION_OF_RULE,
  checkPasswordConfirmation,
  checkPasswordPolicy,
  passwordChecklist,
  passwordLength,
  passwordRulesFromViolations,
  type PasswordConfirmationReason,
  type PasswordPolicy,
  type PasswordRule,
  type PasswordRuleStatus,
  type PasswordViolation,
} from './password-policy.js';
export {
  DEFAULT_CODE_LENGTH,
  isCompleteOneTimeCode,
  normaliseOneTimeCode,
  validateOneTimeCode,
  type OneTimeCodeOptions,
  type OneTimeCodeReason,
} from './one-time-code.js';
export { DEFAULT_MAX_AGE, validateBirthDate, type BirthDateOptions, type BirthDateReason } from './birth-date.js';
export {
  IDENTIFIER_COUNTRIES,
  loadIdentifierChecks,
  validateIdentifier,
  type IdentifierCountry,
  type IdentifierKind,
  type IdentifierOptions,
  type IdentifierResult,
  type PersonalNumberCountry,
} from './identifier.js';
