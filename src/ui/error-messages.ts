/*
 * What the user reads for each error the machine knows: one message per ErrorCode, in
 * our own words, saying what happened and what to do next. Problem titles from the
 * server are never shown (any language, and possibly too revealing).
 */
import { msg, str } from '../i18n/msg.js';
import { formatDuration, plural } from '../i18n/format.js';
import type { Locale } from '../i18n/locale-controller.js';
import type { ErrorCode } from '../api/errors.js';
import type { ErrorInfo } from '../shell/types.js';
import { secondsUntil } from './view.js';

/** The message for `error`; countdowns use the machine's clock `now`. */
export function errorText(error: ErrorInfo, now: number, locale: Locale): string {
  const wait = error.retryAt !== undefined && error.retryAt > now ? formatDuration(locale, secondsUntil(error.retryAt, now)) : undefined;
  const code: ErrorCode = error.code;
  switch (code) {
    case 'validation_failed':
      return msg('Some fields need your attention.');
    case 'invalid_credentials':
      return msg('Your sign-in details are not right. Check them and try again.');
    case 'account_locked': {
      // A lock lasts minutes: said in whole minutes ("15 minutter"), not to the second.
      const minutes = error.retryAt !== undefined && error.retryAt > now ? Math.ceil(secondsUntil(error.retryAt, now) / 60) * 60 : undefined;
      const lock = minutes === undefined ? undefined : formatDuration(locale, minutes);
      return lock
        ? msg(str`Your account is locked for now. Try again in ${lock}.`)
        : msg('Your account is locked. Please contact customer service.');
    }
    case 'code_invalid': {
      const left = error.attemptsLeft;
      if (left === undefined) return msg('The code is not right. Check it and try again.');
      return plural(locale, left, {
        one: () => msg(str`The code is not right. You can try ${left} more time.`),
        other: () => msg(str`The code is not right. You can try ${left} more times.`),
      });
    }
    case 'code_expired':
      return msg('The code has expired. Send a new code.');
    case 'code_attempts_exceeded':
      return msg('Too many wrong codes. Send a new code to try again.');
    case 'resend_too_soon':
      return wait ? msg(str`You can send a new code in ${wait}.`) : msg('Wait a moment before you send a new code.');
    case 'rate_limited':
      return wait ? msg(str`Too many attempts. Try again in ${wait}.`) : msg('Too many attempts. Wait a while and try again.');
    case 'flow_expired':
      return msg('This took too long and has expired. Please start again.');
    case 'link_invalid':
      return msg('This link has already been used or is not valid.');
    case 'link_expired':
      return msg('This link has expired. Ask for a new one.');
    case 'password_policy':
      return msg('The password does not meet the requirements.');
    case 'invalid_customer_credentials':
      return msg('The customer number or PIN is not right.');
    case 'csrf_invalid':
      return msg('Your session has expired. Please try again.');
    case 'unauthenticated':
      return msg('You are no longer signed in. Please start again.');
    case 'not_found':
      return msg('We could not find what you asked for. Please start again.');
    case 'idp_unknown':
      return msg('This way of signing in is not available.');
    case 'idp_failed':
      return error.reason === 'cancelled'
        ? msg('Signing in with your other account was cancelled.')
        : msg('Signing in with your other account did not work. Try again or choose another way.');
    // BankID's own words for these two, RFA4 and RFA5: the same messages as in
    // flows/bankid/bankid-texts.ts, written out so that BankID's other texts stay in its chunk.
    case 'bankid_already_in_progress':
      return msg('An identification or signing for this personal number is already started. Please try again.');
    case 'bankid_return_invalid':
      return msg('This BankID identification was started somewhere else, so it cannot sign you in here. Start again on this page.');
    case 'bankid_unavailable':
      return msg('Internal error. Please try again.');
    case 'service_unavailable':
      return wait
        ? msg(str`The service is unavailable right now. Try again in ${wait}.`)
        : msg('The service is unavailable right now. Try again in a little while.');
    case 'internal_error':
      return msg('Something went wrong on our side. Please try again.');
    case 'network':
      return msg('There is no connection. Check your internet connection and try again.');
    case 'timeout':
      return msg('The service took too long to answer. Please try again.');
    case 'unexpected_response':
      return msg('The service gave an answer we could not use. Please try again.');
    case 'unsafe_url':
      return msg('The service sent us to an address that is not safe, so we did not open it. Please try again or contact customer service.');
    case 'cookies_blocked':
      return msg('Sign-in is not available here. Please contact customer service.');
  }
}

/** What is wrong with one field, by the reason the check or the server gave. */
export function fieldText(field: string, reason: string): string {
  if (reason === 'required') {
    switch (field) {
      case 'password':
        return msg('Enter your password.');
      case 'confirm':
        return msg('Repeat the password.');
      case 'email':
        return msg('Enter your e-mail address.');
      case 'code':
        return msg('Enter the code.');
      case 'channel':
        return msg('Choose how we should send it.');
      default:
        return msg('Fill in this field.');
    }
  }
  switch (reason) {
    case 'format':
      return field === 'email' ? msg('Enter an e-mail address like name@example.com.') : msg('Check what you typed: the format is not right.');
    case 'length':
      return msg('Check the number of digits.');
    case 'checksum':
      return msg('Check the number: a digit seems to be wrong.');
    case 'date':
      return msg('Enter a real date.');
    case 'future':
      return msg('The date cannot be in the future.');
    case 'age':
      return msg('Check the birth date.');
    case 'country':
      return msg('Choose one of the country codes in the list.');
    case 'mismatch':
      return msg('The passwords are not the same.');
    case 'policy':
      return msg('The password does not meet the requirements.');
    case 'invalid':
      return field === 'code' ? msg('This code does not work.') : msg('Check what you typed.');
    default:
      return msg('Check what you typed.');
  }
}
