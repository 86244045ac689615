/*
 * The demo customers each portal of the mock knows, with what to try as each: the names
 * and identifiers come from the mock's seed (mock-server/seed.ts), so they cannot drift.
 */
import { SEED_USERS, type SeedUser } from '../mock-server/seed.js';
import { TENANTS } from '../mock-server/tenants.js';

export interface DemoCustomer {
  name: string;
  /** What the portal's sign-in asks for (its identifier kind), else what the flow asks. */
  identifier: string;
  /** What to try as this customer. */
  tryThis: string;
}

type Entry = [id: string, tryThis: string, identifier?: (user: SeedUser) => string | undefined];

const byCustomerNumber = (user: SeedUser) => user.customerNumber;
const byMobile = (user: SeedUser) => user.phone;
const none = () => '—';

const ENTRIES: Record<string, Entry[]> = {
  minasidor: [
    ['u-karin', 'Sign in with customer number and password.'],
    ['u-sven', 'Mobile BankID (QR code or this device): signs in as Sven. Or "Register your e-mail address" with personnummer 19800101-1231: the link arrives below.'],
    ['u-eva', '"Create or reset your password" with her customer number: open the link below, choose a password.'],
  ],
  nokas: [
    ['u-mette', 'Sign in: password, then the SMS code shown below.'],
    ['u-anna', 'Sign in: password, then she adds a mobile number and confirms it with a code.'],
    ['u-ny', '"Create your user": a code by e-mail, a password, a mobile number, an SMS code.'],
    ['u-azure', 'Continue with Azure AD, then "Continue as Mikkel Azure".', none],
  ],
  hk: [
    ['u-anna', 'Sign in with e-mail and password.'],
    ['u-nils', 'Sign in: password, then the SMS code shown below.'],
    ['u-kari', '"Activate your account": a code by e-mail, then a password.'],
    ['u-locked', 'Sign in: the account is locked by customer service.'],
  ],
  polarkraft: [
    ['u-ingrid', 'Sign in with e-mail and password ("remember me" on offer).'],
    ['u-ola', '"Register with your mobile number", born 1985-04-12: an SMS code, then a password.', byMobile],
    ['u-per', '"Register with customer number and PIN": 100200 and 4321: the link arrives below.', byCustomerNumber],
  ],
  demo: [
    ['u-anna', 'Sign in with e-mail and password.'],
    ['u-nils', 'Sign in: password, then the SMS code shown below.'],
    ['u-kari', '"Activate your account": a code by e-mail, then a password.'],
    ['u-sven', 'Mobile BankID: signs in as Sven.', none],
  ],
};

/** The demo customers of a portal, as the demo's panel lists them. */
export function customersOf(tenant: string): DemoCustomer[] {
  const kind = TENANTS[tenant]?.config.identifier.kind ?? 'email';
  return (ENTRIES[tenant] ?? []).flatMap(([id, tryThis, identifier]) => {
    const user = SEED_USERS.find((u) => u.id === id);
    if (!user) return [];
    const usual = kind === 'customerNumber' ? user.customerNumber : user.email;
    return [{ name: user.displayName, identifier: (identifier ?? (() => usual))(user) ?? usual ?? '—', tryThis }];
  });
}

/** The portals in the picker: the realistic ones first, "everything on" last. */
export const PORTALS = ['minasidor', 'nokas', 'hk', 'polarkraft', 'demo'].map((id) => ({
  id,
  name: TENANTS[id]?.config.tenant.name ?? id,
}));
