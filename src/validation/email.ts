/*
 * E-mail addresses, pragmatically: exactly what a browser's <input type="email">
 * accepts (the WHATWG "valid e-mail address" production), plus three rules the
 * browser leaves out because they make an address undeliverable in practice:
 *
 * - the domain must have a dot ("anna@localhost" is valid HTML but never a customer's),
 * - the top-level label is not all digits (that would be an IP address, which needs
 *   brackets and is not something our customers have),
 * - the lengths SMTP allows: 64 characters before the "@", 254 in all (RFC 5321).
 *
 * Like the browser, we do not accept quoted local parts or non-ASCII before the "@";
 * unlike the HTML production we do accept an internationalised domain
 * (anna@ålandsbanken.ax): the browser's field does too, converting it to punycode
 * before it checks, and Nordic domains with å, ä, ö, æ, ø exist. We check the
 * punycode form the same way, via the URL parser (a pure function, no DOM).
 */
import { isBlank, isText } from './text.js';
import { invalid, valid, type Validation } from './result.js';

export type EmailReason = 'required' | 'format' | 'length';

const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** The ASCII (punycode) form of a domain, or undefined if the URL parser refuses it. */
function asciiDomain(domain: string): string | undefined {
  if (/^[\x21-\x7e]*$/.test(domain)) return domain;
  // Only letters, digits, dots and hyphens may go in; anything the URL parser would
  // treat as syntax (/, ?, #, @, :, %) is refused before it gets the chance.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(domain)) return undefined;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Checks an e-mail address. The value is trimmed; the domain is lower-cased (domains
 * are case-insensitive, and one spelling avoids duplicate accounts), the part before
 * the "@" is kept as typed because its case belongs to the receiving server.
 */
export function validateEmail(input: string | null | undefined): Validation<string, EmailReason> {
  if (isBlank(input)) return invalid('required');
  if (!isText(input)) return invalid('format');
  const value = input.trim();
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return invalid('format');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).normalize('NFKC').toLowerCase();
  if (!LOCAL_PART.test(local)) return invalid('format');
  const ascii = asciiDomain(domain);
  if (ascii === undefined) return invalid('format');
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return invalid('format');
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return invalid('format');
  if (local.length > 64 || local.length + 1 + ascii.length > 254) return invalid('length');
  return valid(`${local}@${domain}`);
}

/** The canonical form of an e-mail address, or undefined when it is not valid. */
export function normaliseEmail(input: string | null | undefined): string | undefined {
  const result = validateEmail(input);
  return result.ok ? result.value : undefined;
}
