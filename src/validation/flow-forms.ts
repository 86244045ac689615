/*
 * The checks of the flows' forms and steps (src/flows, src/steps), built like sign-in's
 * (forms.ts): they load with the flows' machines, not with the first screen.
 */
import type {
  Channel,
  CountryCode,
  CustomerNumberRecoveryRequest,
  EmailRegistrationRequest,
  MobileRegistrationRequest,
  PasswordViolation,
  PhoneNumber,
  TenantConfig,
} from '../api/types.js';
import { validateBirthDate } from './birth-date.js';
import { validateCustomerNumber } from './customer-number.js';
import { validateEmail } from './email.js';
import { FieldErrors, identifierOf, passed, type Check } from './forms.js';
import { parseMobileNumber } from './mobile-number.js';
import { validateOneTimeCode } from './one-time-code.js';
import { checkPasswordConfirmation, checkPasswordPolicy, VIOLATION_OF_RULE } from './password-policy.js';
import { compactDigits } from './text.js';

/** The customer-number rule: the tenant's own pattern where customer numbers are its identifier. */
function customerNumberPattern(config: TenantConfig | undefined): string | undefined {
  return config?.identifier.kind === 'customerNumber' ? config.identifier.pattern : undefined;
}

/**
 * F12 takes the tenant's identifier, or the e-mail address or mobile number the account
 * has (the server sends the code to whichever was typed).
 */
export function checkResetIdentifier(config: TenantConfig | undefined, identifier: string): Check<{ identifier: string }> {
  const own = identifierOf(config, identifier);
  if (own.ok) return passed({ identifier: own.value });
  const email = validateEmail(identifier);
  if (email.ok) return passed({ identifier: email.value });
  const mobile = parseMobileNumber(identifier, config ? { defaultCountry: config.phone.defaultCountry } : {});
  if (mobile.ok && /^\s*(\+|00)/.test(identifier)) return passed({ identifier: mobile.value.e164 });
  return { value: { identifier }, error: { code: 'validation_failed', fields: { identifier: own.reason } } };
}

export function checkEmail(email: string): Check<{ email: string }> {
  const errors = new FieldErrors();
  const value = errors.take('email', validateEmail(email));
  return errors.result({ email: value ?? email });
}

function phoneOf(errors: FieldErrors, countryCode: string, nationalNumber: string): PhoneNumber {
  const parsed = errors.take('nationalNumber', parseMobileNumber(nationalNumber, { defaultCountry: countryCode }));
  return parsed
    ? { countryCode: parsed.countryCode as CountryCode, nationalNumber: parsed.nationalNumber }
    : { countryCode: countryCode as CountryCode, nationalNumber };
}

export function checkPhone(countryCode: string, nationalNumber: string): Check<PhoneNumber> {
  const errors = new FieldErrors();
  return errors.result(phoneOf(errors, countryCode, nationalNumber));
}

export function checkMobileRegistration(countryCode: string, nationalNumber: string, birthDate: string): Check<MobileRegistrationRequest> {
  const errors = new FieldErrors();
  const phone = phoneOf(errors, countryCode, nationalNumber);
  const date = errors.take('birthDate', validateBirthDate(birthDate));
  return errors.result({ ...phone, birthDate: date ?? birthDate });
}

/** Policy first, then the confirmation: both are reported at once so the user fixes both. */
function passwordProblems(config: TenantConfig | undefined, errors: FieldErrors, password: string, confirm: string): PasswordViolation[] {
  const violations = password === '' ? [] : checkPasswordPolicy(password, config?.passwordPolicy ?? {}).map((rule) => VIOLATION_OF_RULE[rule]);
  if (password === '') errors.add('password', 'required');
  else if (violations.length > 0) errors.add('password', 'policy');
  const confirmation = checkPasswordConfirmation(password, confirm);
  if (!confirmation.ok) errors.add('confirm', confirmation.reason);
  return violations;
}

function withPassword<T>(errors: FieldErrors, violations: PasswordViolation[], value: T): Check<T> {
  if (violations.length > 0) return { value, error: { code: 'password_policy', fields: errors.fields, violations } };
  return errors.result(value);
}

export function checkNewPassword(config: TenantConfig | undefined, password: string, confirm: string): Check<null> {
  const errors = new FieldErrors();
  const violations = passwordProblems(config, errors, password, confirm);
  return withPassword(errors, violations, null);
}

/** A PIN as digits: full-width digits and spaces from autofill or a paste fold away, like every numeric field. */
export const pinDigits = (pin: string): string => compactDigits(pin);

export function checkCustomerNumberRegistration(
  config: TenantConfig | undefined,
  input: { customerNumber: string; pin: string; email: string; password: string; confirm: string },
): Check<{ customerNumber: string; email: string }> {
  const errors = new FieldErrors();
  const customerNumber = errors.take('customerNumber', validateCustomerNumber(input.customerNumber));
  const pin = pinDigits(input.pin);
  if (!/^\d{4,8}$/.test(pin)) errors.add('pin', pin === '' ? 'required' : 'format');
  const email = errors.take('email', validateEmail(input.email));
  const violations = passwordProblems(config, errors, input.password, input.confirm);
  return withPassword(errors, violations, { customerNumber: customerNumber ?? input.customerNumber, email: email ?? input.email });
}

export function checkCustomerNumberRecovery(
  config: TenantConfig | undefined,
  input: { email: string; mobile: string; customerNumber: string; channel: Channel },
): Check<CustomerNumberRecoveryRequest> {
  const errors = new FieldErrors();
  const email = input.email.trim() === '' ? undefined : errors.take('email', validateEmail(input.email));
  const mobile =
    input.mobile.trim() === ''
      ? undefined
      : errors.take('mobile', parseMobileNumber(input.mobile, config ? { defaultCountry: config.phone.defaultCountry } : {}))?.e164;
  const customerNumber =
    input.customerNumber.trim() === '' ? undefined : errors.take('customerNumber', validateCustomerNumber(input.customerNumber));
  if (input.email.trim() === '' && input.mobile.trim() === '') {
    errors.add('email', 'required');
    errors.add('mobile', 'required');
  }
  if (input.channel !== 'email' && input.channel !== 'sms') errors.add('channel', 'required');
  return errors.result({
    channel: input.channel,
    ...(email ? { email } : {}),
    ...(mobile ? { mobile } : {}),
    ...(customerNumber ? { customerNumber } : {}),
  });
}

/** F7a: the personal number is of the tenant's country (a Swedish personnummer for Mina sidor). */
export function checkEmailRegistration(
  config: TenantConfig | undefined,
  customerNumber: string,
  personalNumber: string,
  email: string,
): Check<EmailRegistrationRequest> {
  const errors = new FieldErrors();
  const number = errors.take('customerNumber', validateCustomerNumber(customerNumber));
  const person = errors.take('personalNumber', identifierOf(config, personalNumber, 'personalNumber'));
  const address = errors.take('email', validateEmail(email));
  return errors.result({ customerNumber: number ?? customerNumber, personalNumber: person ?? personalNumber, email: address ?? email });
}

export function checkCustomerNumber(config: TenantConfig | undefined, customerNumber: string): Check<{ customerNumber: string }> {
  const errors = new FieldErrors();
  const pattern = customerNumberPattern(config);
  const value = errors.take('customerNumber', validateCustomerNumber(customerNumber, pattern ? { pattern } : {}));
  return errors.result({ customerNumber: value ?? customerNumber });
}

export function checkCode(code: string, codeLength: number | undefined): Check<{ code: string }> {
  const errors = new FieldErrors();
  const value = errors.take('code', validateOneTimeCode(code, codeLength ? { codeLength } : {}));
  return errors.result({ code: value ?? code });
}
