/**
 * Demo customers, one or more per flow (F1–F12). Every store (the shared one at /api and each
 * /sandbox/<id>/api) starts from a fresh copy of this data. The password of every account that
 * has one is `Sommar-2026!`. See README.md for what each customer does in each flow.
 */
export const DEMO_PASSWORD = 'Sommar-2026!';

export interface SeedUser {
  id: string;
  displayName: string;
  email?: string;
  /** E.164, e.g. +4791234567. */
  phone?: string;
  customerNumber?: string;
  pin?: string;
  /** Swedish personnummer as 12 digits (YYYYMMDDXXXX). */
  personalNumber?: string;
  /** Swedish organisation number with the 16 prefix, 12 digits. */
  organisationNumber?: string;
  /** YYYY-MM-DD (F4). */
  birthDate?: string;
  /** null: no password yet (not activated / not registered). */
  password: string | null;
  /** Asks for an SMS code after the password (F1 second factor). */
  secondFactor?: boolean;
  /** Locked by staff: every sign-in answers 423 account_locked without Retry-After. */
  lockedPermanently?: boolean;
}

export const SEED_USERS: SeedUser[] = [
  // F1 plain sign-in; F12 forgotten password by e-mail; F10 signed in / sign out.
  { id: 'u-anna', displayName: 'Anna Andersen', email: 'anna@example.com', password: DEMO_PASSWORD },
  // F1 with SMS second factor; F12 by mobile number (SMS).
  {
    id: 'u-nils',
    displayName: 'Nils Nilsen',
    email: 'nils@example.com',
    phone: '+4791234567',
    password: DEMO_PASSWORD,
    secondFactor: true,
  },
  // F3 Nokas: e-mail known, not activated, no phone.
  { id: 'u-ny', displayName: 'Niels Yde', email: 'ny@nokas.example', password: null },
  // F3 Nokas sign-in afterwards: activated, phone on file, SMS second factor (Nokas requires it).
  { id: 'u-mette', displayName: 'Mette Dahl', email: 'mette@nokas.example', phone: '+4522334478', password: DEMO_PASSWORD },
  // F2 HK: not activated.
  { id: 'u-kari', displayName: 'Kari Nordmann', email: 'kari@hk.example', password: null },
  // Locked by staff.
  { id: 'u-locked', displayName: 'Lars Låst', email: 'locked@example.com', password: DEMO_PASSWORD, lockedPermanently: true },
  // F4 Polar Kraft app: known mobile + birth date, no user yet.
  {
    id: 'u-ola',
    displayName: 'Ola Nordmann',
    phone: '+4798765432',
    birthDate: '1985-04-12',
    customerNumber: '100300',
    password: null,
  },
  // F5 register with customer number + PIN; F6 forgotten customer number (by e-mail or SMS).
  {
    id: 'u-per',
    displayName: 'Per Hansen',
    customerNumber: '100200',
    pin: '4321',
    phone: '+4741234567',
    password: null,
  },
  // F6: e-mail on file too (so recovery by e-mail works).
  {
    id: 'u-ingrid',
    displayName: 'Ingrid Berg',
    customerNumber: '100400',
    pin: '8765',
    email: 'ingrid@polarkraft.example',
    phone: '+4745678901',
    password: DEMO_PASSWORD,
  },
  // F7a Mina sidor: register e-mail (no e-mail on file yet). F8 BankID default person.
  // The shared design named 19800101-1236, whose Luhn check digit is wrong (the widget rejects
  // it); 19800101-1231 is the same birth date with a valid check digit.
  { id: 'u-sven', displayName: 'Sven Svensson', customerNumber: '556677', personalNumber: '198001011231', password: null },
  // F7a "already registered" answer; F7b password link (e-mail on file, no password).
  {
    id: 'u-eva',
    displayName: 'Eva Lund',
    customerNumber: '445566',
    personalNumber: '197505055553',
    email: 'eva@example.se',
    password: null,
  },
  // F1 with customer number (Mina sidor).
  {
    id: 'u-karin',
    displayName: 'Karin Berg',
    customerNumber: '334455',
    personalNumber: '199002022383',
    email: 'karin@example.se',
    password: DEMO_PASSWORD,
  },
  // F1 with organisation number (16XXXXXX-XXXX).
  { id: 'u-exempel', displayName: 'Exempel AB', organisationNumber: '165566778899', password: DEMO_PASSWORD },
  // F9 external accounts (no password): who "Continue as" signs in at each mock identity provider.
  { id: 'u-azure', displayName: 'Mikkel Azure', email: 'mikkel@nokas.example', password: null },
  { id: 'u-mitid', displayName: 'Mads MitID', email: 'mads@example.dk', password: null },
  { id: 'u-bankid-no', displayName: 'Nora BankID', email: 'nora@example.no', password: null },
];

/** F9: the demo user each mock identity provider signs in. */
export const IDP_USERS: Record<string, string> = { azure: 'u-azure', mitid: 'u-mitid', 'bankid-no': 'u-bankid-no' };

/** F8: the person who identifies with BankID unless the `bankidPersonalNumber` knob says otherwise. */
export const DEFAULT_BANKID_PERSONAL_NUMBER = '198001011231';

export interface SeedLink {
  token: string;
  kind: 'registration' | 'emailConfirmation' | 'passwordLink';
  userId: string;
  /** Seconds from store creation; negative: already expired. */
  expiresInSeconds: number;
  used?: boolean;
}

/** Fixed link tokens, for stories and tests of the ?nl-link= landing. */
export const SEED_LINKS: SeedLink[] = [
  { token: 'demo-password-link', kind: 'passwordLink', userId: 'u-eva', expiresInSeconds: 3600 },
  { token: 'demo-expired-link', kind: 'passwordLink', userId: 'u-eva', expiresInSeconds: -60 },
  { token: 'demo-used-link', kind: 'passwordLink', userId: 'u-eva', expiresInSeconds: 3600, used: true },
];
