/**
 * The mock's tenants, chosen with `?tenant=` on every call (absent: `demo`).
 * Each is modelled on one of the portal guides in ../shared/seeds (names are fictional).
 */
import type { components } from '../src/api/schema.js';

export type TenantConfig = components['schemas']['TenantConfig'];

export interface Tenant {
  config: TenantConfig;
  /** Every sign-in must pass an SMS second factor (Nokas, F3). */
  requireSecondFactor: boolean;
  /** The portal's page origins: on the CORS allow-list and allowed as identity-provider returnUrl. */
  origins: string[];
  /** The portal's usual language, for the texts of mails and SMS. */
  language: 'da' | 'nb' | 'sv' | 'en';
}

const otp: TenantConfig['otp'] = { channels: ['email', 'sms'], codeLength: 6, expiresInSeconds: 600, maxAttempts: 5 };

const noFlows: TenantConfig['flows'] = {
  activation: false,
  verifyAndCreate: false,
  mobileRegistration: false,
  customerNumberRegistration: false,
  forgotCustomerNumber: false,
  emailRegistration: false,
  passwordLink: false,
  forgotPassword: true,
};

export const TENANTS: Record<string, Tenant> = {
  nokas: {
    origins: ['https://portal.nokas.example'],
    language: 'da',
    requireSecondFactor: true,
    config: {
      tenant: { id: 'nokas', name: 'Nokas Cash Portal' },
      identifier: { kind: 'email', country: 'DK' },
      methods: {
        password: true,
        bankid: false,
        identityProviders: [
          { id: 'mitid', name: 'MitID', brand: 'mitid' },
          { id: 'azure', name: 'Azure AD' },
        ],
      },
      flows: { ...noFlows, verifyAndCreate: true },
      otp,
      passwordPolicy: {
        minLength: 8,
        maxLength: 64,
        requireLowercase: true,
        requireUppercase: true,
        requireDigit: true,
        requireSymbol: false,
      },
      phone: { defaultCountry: '+45' },
      rememberMe: false,
      links: { privacy: 'https://nokas.example/privacy' },
      support: { email: 'kundeservice@nokas.example' },
    },
  },
  hk: {
    origins: ['https://min.hk.example'],
    language: 'nb',
    requireSecondFactor: false,
    config: {
      tenant: { id: 'hk', name: 'HK bedriftsportal' },
      identifier: { kind: 'email', country: 'NO' },
      methods: { password: true, bankid: false, identityProviders: [{ id: 'bankid-no', name: 'BankID', brand: 'bankid-no' }] },
      flows: { ...noFlows, activation: true },
      otp,
      passwordPolicy: {
        minLength: 8,
        maxLength: 128,
        requireLowercase: false,
        requireUppercase: false,
        requireDigit: true,
        requireSymbol: false,
      },
      phone: { defaultCountry: '+47' },
      rememberMe: false,
      links: { privacy: 'https://hk.example/personvern' },
      support: { email: 'post@hk.example', phone: '+47 22 00 00 01' },
    },
  },
  polarkraft: {
    origins: ['https://minside.polarkraft.example'],
    language: 'nb',
    requireSecondFactor: false,
    config: {
      tenant: { id: 'polarkraft', name: 'Polar Kraft Min side' },
      identifier: { kind: 'email', country: 'NO' },
      methods: { password: true, bankid: false, identityProviders: [{ id: 'bankid-no', name: 'BankID', brand: 'bankid-no' }] },
      flows: {
        ...noFlows,
        mobileRegistration: true,
        customerNumberRegistration: true,
        forgotCustomerNumber: true,
      },
      otp,
      passwordPolicy: {
        minLength: 8,
        maxLength: 128,
        requireLowercase: false,
        requireUppercase: false,
        requireDigit: false,
        requireSymbol: false,
      },
      phone: { defaultCountry: '+47' },
      rememberMe: true,
      links: { newCustomer: 'https://polarkraft.example/bli-kunde', privacy: 'https://polarkraft.example/personvern' },
      support: { email: 'kunde@polarkraft.example', phone: '+47 22 00 00 02' },
    },
  },
  minasidor: {
    origins: ['https://minasidor.energi.example'],
    language: 'sv',
    requireSecondFactor: false,
    config: {
      tenant: { id: 'minasidor', name: 'Mina sidor' },
      identifier: { kind: 'customerNumber', country: 'SE', pattern: '^[0-9]{4,12}$' },
      // As its guide does: BankID first, customer number and password beside it.
      methods: { password: true, bankid: true, identityProviders: [], primary: 'bankid' },
      flows: { ...noFlows, emailRegistration: true, passwordLink: true },
      otp,
      passwordPolicy: {
        minLength: 8,
        maxLength: 128,
        requireLowercase: true,
        requireUppercase: true,
        requireDigit: true,
        requireSymbol: false,
      },
      phone: { defaultCountry: '+46' },
      rememberMe: false,
      links: { privacy: 'https://energi.example/integritet' },
      support: { email: 'kundservice@energi.example', phone: '+46 8 000 000 00' },
    },
  },
  demo: {
    origins: ['https://portal.demo.example'],
    language: 'en',
    requireSecondFactor: false,
    config: {
      tenant: { id: 'demo', name: 'Nordic Demo Portal' },
      identifier: { kind: 'email', country: 'SE' },
      methods: {
        password: true,
        bankid: true,
        identityProviders: [
          { id: 'azure', name: 'Azure AD' },
          { id: 'mitid', name: 'MitID', brand: 'mitid' },
        ],
      },
      flows: {
        activation: true,
        verifyAndCreate: true,
        mobileRegistration: true,
        customerNumberRegistration: true,
        forgotCustomerNumber: true,
        emailRegistration: true,
        passwordLink: true,
        forgotPassword: true,
      },
      otp,
      passwordPolicy: {
        minLength: 10,
        maxLength: 128,
        requireLowercase: true,
        requireUppercase: true,
        requireDigit: true,
        requireSymbol: true,
      },
      phone: { defaultCountry: '+45' },
      rememberMe: true,
      links: {
        newCustomer: 'https://demo.example/become-a-customer',
        terms: 'https://demo.example/terms',
        privacy: 'https://demo.example/privacy',
      },
      support: { email: 'support@demo.example', phone: '+45 70 00 00 00' },
    },
  },
};

export const DEFAULT_TENANT = 'demo';
