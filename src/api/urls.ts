/*
 * Addresses that come from the network (a tenant's links, an identity provider's
 * redirect, BankID's launch link, support contacts) are checked here before the element
 * follows or links them: nothing the server says can run script in the portal's page.
 */

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

const parse = (raw: unknown, base?: string): URL | undefined => {
  if (typeof raw !== 'string') return undefined;
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
};

/**
 * The absolute address for `raw` (relative to the page) if the page may go there: https,
 * or http on this machine only (development). Anything else — javascript:, data:,
 * vbscript:, blob:, file: — is undefined.
 */
export function navigableUrl(raw: unknown): string | undefined {
  const url = parse(raw, globalThis.location?.href);
  if (!url) return undefined;
  const local = LOCAL_HOSTS.includes(url.hostname) || url.hostname.endsWith('.localhost');
  return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url.href : undefined;
}

/** BankID's own ways to open its app (BANKID.md): the bankid:/// scheme and its universal link. */
export function isBankIdLaunchUrl(raw: unknown): boolean {
  const url = parse(raw);
  if (!url || typeof raw !== 'string') return false;
  if (url.protocol === 'bankid:') return raw.startsWith('bankid:///');
  return url.protocol === 'https:' && url.host === 'app.bankid.com' && url.pathname === '/' && !url.username && !url.password;
}

/** A mailto: for an address alone: no query, no second recipient, nothing else a server could slip in. */
export function mailtoHref(email: string): string | undefined {
  return /^[^\s@?&#:/,;<>"]+@[^\s@?&#:/,;<>"]+$/u.test(email) ? `mailto:${email}` : undefined;
}

/** A tel: for a number alone: a leading + and its digits. */
export function telHref(phone: string): string | undefined {
  const number = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(number) ? `tel:${number}` : undefined;
}
