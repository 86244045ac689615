/** Finding the store's users by what customers type, and how a user is shown. */
import type { components } from '../src/api/schema.js';
import { digitsOf, normaliseEmail, normaliseMobile } from './rules.js';
import type { Store, UserRecord } from './store.js';

export function findUser(store: Store, predicate: (user: UserRecord) => boolean): UserRecord | undefined {
  for (const user of store.users.values()) if (predicate(user)) return user;
  return undefined;
}

/** Matches e-mail, mobile (E.164), customer number, personal number or organisation number. */
export function findUserByIdentifier(store: Store, identifier: string): UserRecord | undefined {
  const value = identifier.trim();
  if (value.includes('@')) {
    const email = normaliseEmail(value);
    return findUser(store, (u) => u.email === email);
  }
  if (value.startsWith('+') || value.startsWith('00')) {
    const mobile = normaliseMobile(value);
    return mobile ? findUser(store, (u) => u.phone === mobile) : undefined;
  }
  const digits = digitsOf(value);
  if (!digits) return undefined;
  return findUser(
    store,
    (u) =>
      u.customerNumber === digits ||
      u.personalNumber === digits ||
      u.organisationNumber === digits ||
      (digits.length === 10 && (u.organisationNumber === `16${digits}` || u.personalNumber?.slice(2) === digits)),
  );
}

function primaryIdentifier(user: UserRecord): string | undefined {
  return user.email ?? user.customerNumber ?? user.phone ?? user.organisationNumber;
}

export function userJson(user: UserRecord): components['schemas']['User'] {
  const identifier = primaryIdentifier(user);
  return identifier ? { id: user.id, displayName: user.displayName, identifier } : { id: user.id, displayName: user.displayName };
}
