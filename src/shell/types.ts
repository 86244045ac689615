import type { BankIdOrder, PasswordViolation, TenantConfig, User } from '../api/types.js';
import type { NextStep } from '../steps/steps.setup.js';
import type { ErrorCode } from '../api/errors.js';
import type { Landing } from './landing.js';
import type { ConfigOverrides } from './overrides.js';

/** Flows started from a form of their own (FLOWS.md numbers in brackets). */
export type FlowName =
  | 'signIn' // F1, with the F3 second factor
  | 'activation' // F2
  | 'verifyAndCreate' // F3
  | 'mobileRegistration' // F4
  | 'customerNumberRegistration' // F5
  | 'forgotCustomerNumber' // F6
  | 'emailRegistration' // F7a
  | 'passwordLink' // F7b
  | 'forgotPassword'; // F12

/**
 * Where a visit begins when nothing is pending (no link, no provider return, not signed
 * in): a flow's form or BankID, instead of the tenant's usual start; F11's "existing or
 * new customer" question is skipped. A step the tenant does not offer is ignored.
 */
export type StartStep = FlowName | 'bankid';

/** What went wrong, as the views need it to say so and offer a way on. */
export interface ErrorInfo {
  code: ErrorCode;
  /** Problem detail per field, e.g. { identifier: 'format' } or { password: 'minLength' }. */
  fields?: Record<string, string>;
  attemptsLeft?: number;
  /** Epoch ms when a rate limit, lock or cool-down ends; views count down to it with `context.now`. */
  retryAt?: number;
  /** With password_policy: the rules the password breaks (from the server, or checked before sending). */
  violations?: PasswordViolation[];
  /** A finer reason where the code alone is too coarse: the identity provider's `nl-idp-error` (cancelled, state_invalid, ...). */
  reason?: string;
  /** Bumped on every error so that the same error twice is announced twice. */
  seq: number;
}

/** Non-secret values the user typed, kept across errors, steps and language switches. */
export interface Fields {
  identifier?: string;
  rememberMe?: boolean;
  email?: string;
  customerNumber?: string;
  personalNumber?: string;
  countryCode?: string;
  nationalNumber?: string;
  birthDate?: string;
  mobile?: string;
  channel?: 'email' | 'sms';
}

export type BankIdDevice = 'same' | 'other';

export interface LoginContext {
  config?: TenantConfig;
  user?: User;
  fields: Fields;
  flow?: FlowName;
  /** What the server asked for after a form, until the steps (src/steps) take it over. */
  next?: NextStep;
  /** The flow was opened from the registration chooser: Back from its form returns there. */
  chosen?: boolean;
  /** A BankID order found running at boot (the page was reloaded mid-order): handed to F8 as it starts. */
  resume?: BankIdOrder;
  error?: ErrorInfo;
  /** Updated every second while a countdown is shown. */
  now: number;
  errorSeq: number;
  /** The integrator's overrides, merged over every configuration loaded (also after `retry`). */
  overrides?: ConfigOverrides;
  /** Where identity providers and the BankID app send the browser back to. */
  returnUrl?: string;
  /** The integrator's first step, taken whenever the widget chooses where to begin. */
  start?: StartStep;
  /** What the integrator filled in for the user (the identifier): the fields a reset goes back to. */
  prefill: Fields;
  /** A phone or tablet: BankID opens on this device first; on a computer, the QR code does. */
  mobile: boolean;
  /** What the address brought (a mailed link, an identity provider's return), kept until it is used. */
  landing: Landing;
}

export interface LoginInput {
  /**
   * The page's query string when the element first started: link tokens (nl-link) and
   * identity-provider returns (nl-idp). The element passes it to every new login until the
   * machine emits `landingUsed`, so a failed first load or a new tenant does not lose it.
   */
  search?: string;
  /** Overrides of the tenant configuration set by the integrator (attributes). */
  configOverrides?: ConfigOverrides;
  /** The user holds a phone or tablet (the element reads the user agent); a computer when absent. */
  mobile?: boolean;
  /**
   * The page's address without the `nl-*` parameters, for identity-provider and BankID
   * returns. Defaults to `location.href` where there is one.
   */
  returnUrl?: string;
  /** The first step instead of the tenant's usual start (see StartStep). */
  start?: StartStep;
  /** The identifier filled in for the user (sign-in, forgotten password). */
  identifier?: string;
}

/**
 * Events the views send. Secrets (password, code, pin) ride only on the submit
 * event that sends them and never enter the context.
 */
export type LoginEvent =
  | { type: 'retry' }
  /** After an answer that broke the contract: load configuration and session afresh (what was typed stays). */
  | { type: 'restart' }
  | { type: 'back' }
  | { type: 'customer.existing' }
  | { type: 'customer.new' }
  | { type: 'flow.start'; flow: FlowName }
  /** "New customer? Register": the chooser of the tenant's registration flows. */
  | { type: 'register.open' }
  | { type: 'method.password' }
  | { type: 'method.bankid' }
  | { type: 'idp.start'; providerId: string }
  | { type: 'signIn.submit'; identifier: string; password: string; rememberMe: boolean }
  | { type: 'activation.submit'; email: string }
  | { type: 'verifyAndCreate.submit'; email: string }
  | { type: 'mobileRegistration.submit'; countryCode: string; nationalNumber: string; birthDate: string }
  | {
      type: 'customerNumberRegistration.submit';
      customerNumber: string;
      pin: string;
      email: string;
      password: string;
      confirm: string;
    }
  | {
      type: 'forgotCustomerNumber.submit';
      email: string;
      mobile: string;
      customerNumber: string;
      channel: 'email' | 'sms';
    }
  | { type: 'emailRegistration.submit'; customerNumber: string; personalNumber: string; email: string }
  | { type: 'passwordLink.submit'; customerNumber: string }
  | { type: 'forgotPassword.submit'; identifier: string }
  | { type: 'code.submit'; code: string }
  | { type: 'code.resend' }
  | { type: 'phone.submit'; countryCode: string; nationalNumber: string }
  | { type: 'password.submit'; password: string; confirm: string }
  | { type: 'bankid.start'; device: BankIdDevice }
  | { type: 'bankid.autostartTried' }
  | { type: 'bankid.cancel' }
  | { type: 'bankid.retry' }
  | { type: 'signOut' }
  /** The page's own: back to the first step with nothing typed (a running BankID order is cancelled). */
  | { type: 'reset' }
  /**
   * The page signed the user out: shown at once. `endSession` ends the session on the
   * server too (DELETE /session, in the background); false when the page already did.
   */
  | { type: 'host.signOut'; endSession: boolean }
  | { type: 'tick' }
  /** The page came back to the foreground (visibilitychange, pageshow, focus). */
  | { type: 'page.visible' };

/** Events the machine emits for the element to pass on to the page. */
export type LoginEmitted =
  | { type: 'signedIn'; user: User }
  | { type: 'signedOut' }
  | { type: 'error'; code: ErrorCode }
  | { type: 'navigate'; url: string }
  | { type: 'landingUsed' };
