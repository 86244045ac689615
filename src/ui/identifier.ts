/*
 * The identifier field of a tenant: e-mail, customer number, personal or organisation
 * number, or mobile, each with its own label, hint, keyboard and error texts, chosen by
 * the kind and the country of the tenant's identifier (TenantConfig.identifier): a Dane
 * signs in with a "CPR-nummer" (10 digits, DDMMÅÅ-XXXX), a Norwegian with a
 * "Fødselsnummer" (11 digits), a Swede with a "Personnummer" (ÅÅÅÅMMDD-XXXX). An error
 * names the field the user sees, never a "user name" under another label. Password
 * managers store the value as the username (name="identifier", autocomplete="username").
 */
import type { TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';
import type { IdentifierCountry, IdentifierKind, TenantConfig } from '../api/types.js';
import type { ErrorInfo } from '../shell/types.js';
import { identifierCountry } from '../validation/forms.js';
import { toNordicCountryCode, MOBILE_RULES } from '../validation/mobile-number.js';
import { textField, type FieldOptions } from './form.js';

/** What a field says about itself: label, hint, and the text for each reason it can be refused. */
export interface FieldTexts {
  label: string;
  hint?: string;
  /** The field's own message for a reason, or undefined for the generic one. */
  describe: (reason: string) => string | undefined;
}

/** The rule a mobile number of a country follows, said in full ("A Danish mobile number has 8 digits."). */
export function mobileRuleText(countryCode: string | undefined): string {
  switch (toNordicCountryCode(countryCode) ? MOBILE_RULES[toNordicCountryCode(countryCode)!].country : undefined) {
    case 'DK':
      return msg('A Danish mobile number has 8 digits.');
    case 'SE':
      return msg('A Swedish mobile number has 10 digits and starts with 07.');
    case 'NO':
      return msg('A Norwegian mobile number has 8 digits and starts with 4 or 9.');
    case 'FI':
      return msg('A Finnish mobile number starts with 04 or 050.');
    case 'IS':
      return msg('An Icelandic mobile number has 7 digits.');
    default:
      return msg('Check the number of digits.');
  }
}

/** A mobile-number field's messages: its rule for a wrong length or shape. */
export const mobileDescribe =
  (countryCode: string | undefined, required = msg('Enter your mobile number.')) =>
  (reason: string): string | undefined => {
    if (reason === 'required') return required;
    if (reason === 'format' || reason === 'length' || reason === 'invalid') return mobileRuleText(countryCode);
    return undefined;
  };

/** A personal identity number of the country: label, hint and messages. */
export function personalNumberTexts(country: IdentifierCountry): FieldTexts {
  const dateInNumber = (reason: string) =>
    reason === 'date' ? msg('The birth date in the number is not a real date. Check the number.') : undefined;
  switch (country) {
    case 'NO':
      return {
        label: msg('Norwegian national identity number'),
        hint: msg('11 digits'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter your national identity number.')
            : reason === 'format' || reason === 'length'
              ? msg('A national identity number has 11 digits.')
              : dateInNumber(reason),
      };
    case 'DK':
      return {
        label: msg('CPR number'),
        hint: msg('10 digits: DDMMYY-XXXX'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter your CPR number.')
            : reason === 'format' || reason === 'length'
              ? msg('A CPR number has 10 digits: DDMMYY-XXXX.')
              : dateInNumber(reason),
      };
    case 'FI':
      return {
        label: msg('Finnish personal identity code'),
        hint: msg('11 characters, such as 131052-308T'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter your personal identity code.')
            : reason === 'format' || reason === 'length'
              ? msg('A personal identity code has 11 characters, such as 131052-308T.')
              : reason === 'checksum'
                ? msg('Check the personal identity code: a character seems to be wrong.')
                : dateInNumber(reason),
      };
    default:
      return {
        label: msg('Swedish personal identity number'),
        hint: msg('12 digits: YYYYMMDD-XXXX'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter your personal identity number.')
            : reason === 'format' || reason === 'length'
              ? msg('Write the personal identity number with 12 digits: YYYYMMDD-XXXX.')
              : dateInNumber(reason),
      };
  }
}

/** An organisation number of the country: label, hint and messages. */
export function organisationNumberTexts(country: IdentifierCountry): FieldTexts {
  switch (country) {
    case 'NO':
      return {
        label: msg('Organisation number'),
        hint: msg('9 digits'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter the organisation number.')
            : reason === 'format' || reason === 'length'
              ? msg('A Norwegian organisation number has 9 digits and starts with 8 or 9.')
              : undefined,
      };
    case 'DK':
      return {
        label: msg('CVR number'),
        hint: msg('8 digits'),
        describe: (reason) =>
          reason === 'required' ? msg('Enter the CVR number.') : reason === 'format' || reason === 'length' ? msg('A CVR number has 8 digits.') : undefined,
      };
    case 'FI':
      return {
        label: msg('Business ID'),
        hint: msg('Written as 7 digits, a hyphen and 1 digit: XXXXXXX-X'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter the business ID.')
            : reason === 'format' || reason === 'length'
              ? msg('A business ID is written as 7 digits, a hyphen and 1 digit: XXXXXXX-X.')
              : undefined,
      };
    default:
      return {
        label: msg('Swedish organisation number'),
        hint: msg('Companies write 16 before the number: 16XXXXXX-XXXX.'),
        describe: (reason) =>
          reason === 'required'
            ? msg('Enter the organisation number.')
            : reason === 'format' || reason === 'length'
              ? msg('An organisation number has 10 digits, or 12 with 16 before them: 16XXXXXX-XXXX.')
              : undefined,
      };
  }
}

/** Label, hint and messages of the tenant's identifier field. */
export function identifierTexts(kind: IdentifierKind | undefined, country: IdentifierCountry): FieldTexts {
  switch (kind) {
    case 'customerNumber':
      return {
        label: msg('Customer number'),
        describe: (reason) =>
          reason === 'required' ? msg('Enter your customer number.') : reason === 'format' ? msg('Check the customer number you typed.') : undefined,
      };
    case 'personalNumber':
      return personalNumberTexts(country);
    case 'organisationNumber':
      return organisationNumberTexts(country);
    case 'mobile': {
      const callingCode = { SE: '+46', NO: '+47', DK: '+45', FI: '+358' }[country];
      return { label: msg('Mobile number'), describe: mobileDescribe(callingCode) };
    }
    default:
      return {
        label: msg('E-mail address'),
        describe: (reason) =>
          reason === 'required' ? msg('Enter your e-mail address.') : reason === 'format' ? msg('Enter an e-mail address like name@example.com.') : undefined,
      };
  }
}

/** The label of the tenant's identifier, as the sign-in form shows it. */
export function identifierLabel(config: TenantConfig | undefined): string {
  return identifierTexts(config?.identifier.kind, identifierCountry(config)).label;
}

function keyboard(kind: IdentifierKind | undefined, country: IdentifierCountry): Pick<FieldOptions, 'type' | 'inputmode'> {
  switch (kind) {
    case 'email':
    case undefined:
      return { type: 'email', inputmode: 'email' };
    case 'mobile':
      return { type: 'tel', inputmode: 'tel' };
    case 'personalNumber':
      // A Finnish identity code has a letter (century sign, check character): a full keyboard.
      return country === 'FI' ? { inputmode: 'text' } : { inputmode: 'numeric' };
    case 'organisationNumber':
    case 'customerNumber':
      return { inputmode: country === 'FI' && kind === 'organisationNumber' ? 'text' : 'numeric' };
    default:
      return { inputmode: 'text' };
  }
}

export function identifierField(
  config: TenantConfig | undefined,
  o: { name: string; value: string | undefined; error: ErrorInfo | undefined; busy: boolean },
): TemplateResult {
  const kind = config?.identifier.kind;
  const country = identifierCountry(config);
  const texts = identifierTexts(kind, country);
  return textField({
    ...o,
    label: texts.label,
    ...(texts.hint ? { hint: texts.hint } : {}),
    describe: texts.describe,
    autocomplete: 'username',
    ...keyboard(kind, country),
  });
}
