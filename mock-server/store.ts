/**
 * The mock's in-memory state. One Store per sandbox (and one shared store for /api), each
 * freshly seeded, with its own clock, outbox and knobs.
 */
import { MockClock } from './clock.js';
import { Outbox, type OutboxListener } from './outbox.js';
import { SEED_LINKS, SEED_USERS, type SeedUser } from './seed.js';

export interface UserRecord extends SeedUser {
  /** Failed F5 customer-number/PIN attempts. */
  failedPins: number;
  pinLockedUntil: number;
}

export interface SessionRecord {
  /** Stable for the life of the browser session (flows and orders refer to it). */
  key: string;
  /** The value of the nl_session cookie; rotated on sign-in and sign-out. */
  cookieId: string;
  csrfToken: string;
  userId?: string;
  rememberMe: boolean;
  bankidOrderId?: string;
  /** Mock-clock times of code/link-sending requests (rate limit). */
  sends: number[];
  /** Mock-clock times of password sign-in attempts (rate limit). */
  signIns: number[];
}

export type ChallengePurpose = 'identity' | 'secondFactor' | 'enrolPhone';

export interface ChallengeRecord {
  id: string;
  channel: 'email' | 'sms';
  /** Real address; undefined when the account is unknown (nothing is sent, no code matches). */
  to?: string;
  destination: string;
  code: string;
  purpose: ChallengePurpose;
  expiresAt: number;
  resendAt: number;
  attemptsLeft: number;
  sends: number;
}

export type FlowKind =
  | 'signIn'
  | 'activation'
  | 'verification'
  | 'mobileRegistration'
  | 'passwordReset'
  | 'emailConfirmation'
  | 'passwordLink'
  | 'registration';

export interface FlowRecord {
  id: string;
  kind: FlowKind;
  sessionKey: string;
  /** null: unknown account ("ghost" flow that answers like a real one but never succeeds). */
  userId: string | null;
  state: 'verifyCode' | 'setPassword' | 'enrolPhone' | 'done';
  challenge?: ChallengeRecord;
  pendingPhone?: string;
  /** An SMS code was verified in this flow (counts as the second factor). */
  smsVerified: boolean;
  expiresAt: number;
  /** What the flow counts against (identifierKey of what was typed, or the user). */
  subject: string;
  /** F3 with a new address: the user is created when its code is verified. */
  newEmail?: string;
}

export interface LinkRecord {
  token: string;
  kind: 'registration' | 'emailConfirmation' | 'passwordLink';
  userId: string;
  email?: string;
  password?: string;
  expiresAt: number;
  used: boolean;
}

export interface BankIdOrderRecord {
  id: string;
  sessionKey: string;
  device: 'same' | 'other';
  autoStartToken: string;
  qrStartToken: string;
  qrStartSecret: string;
  createdAt: number;
  outcome: string;
  personalNumber: string;
  launchUrl?: string;
  /** Same device: the single-use value BankID's /auth returnUrl carries, and that address. */
  returnNonce?: string;
  returnUrl?: string;
  /** The nonce came back to the session that started the order. */
  returned?: boolean;
  /** Set when cancelled by the client. */
  cancelled: boolean;
  /** The session was signed in by this order's completion. */
  signedIn: boolean;
}

export interface IdpStateRecord {
  state: string;
  providerId: string;
  returnUrl: string;
  sessionKey: string;
  createdAt: number;
  tenant: string | null;
}

export interface Knobs {
  /** Delay every answer of this store by this many ms. */
  delayMs: number;
  /** operationId -> ms: delay only these operations (a screen held busy while the rest answers). */
  slow: Record<string, number>;
  /** operationId -> problem code (or "network") answered instead of the real thing. */
  fail: Record<string, string>;
  /** BankID outcome for new orders (see bankid.ts BANKID_OUTCOMES). */
  bankid?: string;
  /** Who identifies with BankID (12 digits). */
  bankidPersonalNumber?: string;
  /** Use these instead of random values for the next orders (e.g. BankID's test vector). */
  bankidQrStart?: { qrStartToken: string; qrStartSecret: string };
  /** The widget page that mailed links point at, when the request gives no Referer/Origin. */
  widgetUrl?: string;
}

export function randomId(prefix = ''): string {
  return prefix + crypto.randomUUID();
}

export function randomToken(bytes = 24): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...data)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class Store {
  readonly clock = new MockClock();
  readonly outbox: Outbox;
  readonly users = new Map<string, UserRecord>();
  readonly sessions = new Map<string, SessionRecord>(); // by cookieId
  readonly flows = new Map<string, FlowRecord>();
  readonly links = new Map<string, LinkRecord>();
  readonly orders = new Map<string, BankIdOrderRecord>();
  readonly idpStates = new Map<string, IdpStateRecord>();
  /** Mock-clock times of counted events (wrong passwords, sends, wrong codes), by key. */
  readonly counters = new Map<string, number[]>();
  /** Mock-clock ms until which a key (identifier + client) is locked. */
  readonly locks = new Map<string, number>();
  knobs: Knobs = { delayMs: 0, slow: {}, fail: {} };

  constructor(
    readonly sandboxId: string | null,
    listener?: OutboxListener,
  ) {
    this.outbox = new Outbox(listener);
    this.seed();
  }

  private seed(): void {
    for (const user of SEED_USERS) {
      this.users.set(user.id, {
        ...structuredClone(user),
        failedPins: 0,
        pinLockedUntil: 0,
      });
    }
    const now = this.clock.now();
    for (const link of SEED_LINKS) {
      this.links.set(link.token, {
        token: link.token,
        kind: link.kind,
        userId: link.userId,
        expiresAt: now + link.expiresInSeconds * 1000,
        used: link.used ?? false,
      });
    }
  }

  now(): number {
    return this.clock.now();
  }

  createSession(): SessionRecord {
    const session: SessionRecord = {
      key: randomId('s-'),
      cookieId: randomToken(),
      csrfToken: randomToken(),
      rememberMe: false,
      sends: [],
      signIns: [],
    };
    this.sessions.set(session.cookieId, session);
    return session;
  }

  /** A new cookie value for the same session (session-fixation defence). */
  rotateSession(session: SessionRecord): void {
    this.sessions.delete(session.cookieId);
    session.cookieId = randomToken();
    this.sessions.set(session.cookieId, session);
  }

  sessionByKey(key: string): SessionRecord | undefined {
    for (const session of this.sessions.values()) if (session.key === key) return session;
    return undefined;
  }
}

/** Stores by sandbox id ('' is the shared /api store). */
export class StoreRegistry {
  private readonly stores = new Map<string, Store>();

  constructor(
    private readonly listener?: (message: Parameters<OutboxListener>[0], sandboxId: string | null) => void,
    private readonly maxSandboxes = 2000,
  ) {}

  get(sandboxId: string | null): Store {
    const key = sandboxId ?? '';
    let store = this.stores.get(key);
    if (!store) {
      store = new Store(sandboxId, (message) => this.listener?.(message, sandboxId));
      this.stores.set(key, store);
      if (this.stores.size > this.maxSandboxes) {
        const oldest = [...this.stores.keys()].find((k) => k !== '');
        if (oldest !== undefined) this.stores.delete(oldest);
      }
    }
    return store;
  }

  reset(sandboxId: string | null): Store {
    this.stores.delete(sandboxId ?? '');
    return this.get(sandboxId);
  }
}
