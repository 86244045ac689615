/*
 * Mobile numbers in the five Nordic countries, normalised to E.164 (+4791234567),
 * the form SMS gateways take.
 *
 * The rule per country, on the national significant number (NSN: the digits after
 * the country code, without a trunk "0"):
 *
 * | country | code | trunk 0 | NSN digits | mobile when the NSN starts with | example           |
 * | ------- | ---- | ------- | ---------- | ------------------------------- | ----------------- |
 * | Denmark | +45  | no      | 8          | 2–9 (see below)                 | +45 20 12 34 56   |
 * | Sweden  | +46  | yes     | 9          | 70, 72, 73, 76, 79 (07x)        | 070-123 45 67     |
 * | Norway  | +47  | no      | 8          | 4 or 9                          | +47 912 34 567    |
 * | Finland | +358 | yes     | 7–10       | 4 (04x) or 50 (050)             | 040 123 4567      |
 * | Iceland | +354 | no      | 7          | 6, 7 or 8                       | +354 611 1234     |
 *
 * Denmark has no separate mobile prefix: mobile and fixed numbers share the eight-digit
 * plan and numbers move between them, so any eight digits not starting with 0 or 1
 * (those are reserved for service and short numbers) are accepted, and the SMS tells.
 *
 * What people type, and we accept: spaces (also non-breaking ones), dashes, dots,
 * brackets and slashes between digits; a number that already carries its country as
 * "+CC" or "00CC" (whatever country the picker shows: the typed one wins); a trunk "0"
 * in Sweden and Finland, also after the country code ("+46 (0)70…", "+46 070…"), a
 * common way of writing it. Denmark, Norway and Iceland have no trunk prefix, so a
 * leading 0 there is a mistake and is refused.
 */
import { isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type NordicCountryCode = '+45' | '+46' | '+47' | '+358' | '+354';
export type MobileNumberReason = 'required' | 'format' | 'length' | 'country';

export interface MobileNumber {
  /** +CCNSN, e.g. +4791234567 */
  e164: string;
  countryCode: NordicCountryCode;
  /** The national significant number: digits only, no trunk 0. */
  nationalNumber: string;
}

export interface MobileRule {
  country: 'DK' | 'SE' | 'NO' | 'FI' | 'IS';
  /** Whether a leading 0 is the national trunk prefix (dropped), or a mistake. */
  trunkPrefix: boolean;
  minLength: number;
  maxLength: number;
  /** Mobile ranges, tested on the NSN once its length is right. */
  mobile: RegExp;
}

export const MOBILE_RULES: Readonly<Record<NordicCountryCode, MobileRule>> = {
  '+45': { country: 'DK', trunkPrefix: false, minLength: 8, maxLength: 8, mobile: /^[2-9]/ },
  '+46': { country: 'SE', trunkPrefix: true, minLength: 9, maxLength: 9, mobile: /^7[02369]/ },
  '+47': { country: 'NO', trunkPrefix: false, minLength: 8, maxLength: 8, mobile: /^[49]/ },
  '+358': { country: 'FI', trunkPrefix: true, minLength: 7, maxLength: 10, mobile: /^(?:4|50)/ },
  '+354': { country: 'IS', trunkPrefix: false, minLength: 7, maxLength: 7, mobile: /^[678]/ },
};

export const NORDIC_COUNTRY_CODES = Object.keys(MOBILE_RULES) as NordicCountryCode[];

export interface MobileNumberOptions {
  /** The country of a number typed without +CC/00CC (the tenant's `phone.defaultCountry` or the picker). */
  defaultCountry?: NordicCountryCode | string;
}

/** Separators people put between digits: every white space, dashes, dots, brackets, slashes. */
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\-\u2010-\u2015\u2212.()/]/gu;

function isNordicCountryCode(code: string): code is NordicCountryCode {
  return Object.prototype.hasOwnProperty.call(MOBILE_RULES, code);
}

/** "+46", "46", "0046" and " +46 " all name Sweden; anything else is undefined. */
export function toNordicCountryCode(code: string | undefined): NordicCountryCode | undefined {
  if (code === undefined) return undefined;
  const digits = code.trim().replace(/^(?:\+|00)/, '');
  const candidate = `+${digits}`;
  return isNordicCountryCode(candidate) ? candidate : undefined;
}

export function parseMobileNumber(
  input: string | null | undefined,
  options: MobileNumberOptions = {},
): Validation<MobileNumber, MobileNumberReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  // "(0)" after a country code is the trunk prefix in brackets: "+46 (0)70 …".
  const compact = input.normalize('NFKC').replace(/\(\s*0\s*\)/g, '0').replace(SEPARATORS, '');
  if (!/^(?:\+|00)?\d+$/.test(compact)) return invalid('format');

  let countryCode: NordicCountryCode | undefined;
  let rest: string;
  const international = /^(?:\+|00)(\d+)$/.exec(compact);
  if (international) {
    const digits = international[1] ?? '';
    // Country codes are prefix-free, so at most one of +45…+47, +354, +358 fits.
    countryCode = NORDIC_COUNTRY_CODES.find((code) => digits.startsWith(code.slice(1)));
    if (countryCode === undefined) return invalid('country');
    rest = digits.slice(countryCode.length - 1);
  } else {
    countryCode = toNordicCountryCode(options.defaultCountry);
    if (countryCode === undefined) return invalid('country');
    rest = compact;
  }

  const rule = MOBILE_RULES[countryCode];
  if (rule.trunkPrefix && rest.startsWith('0')) rest = rest.slice(1);
  if (rest.startsWith('0')) return invalid('format');
  if (rest.length < rule.minLength || rest.length > rule.maxLength) return invalid('length');
  if (!rule.mobile.test(rest)) return invalid('format');
  return valid({ e164: countryCode + rest, countryCode, nationalNumber: rest });
}

/** E.164 (+CCNSN), or undefined when the value is not a Nordic mobile number. */
export function normaliseMobileNumber(
  input: string | null | undefined,
  options: MobileNumberOptions = {},
): string | undefined {
  const result = parseMobileNumber(input, options);
  return result.ok ? result.value.e164 : undefined;
}
