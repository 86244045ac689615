/**
 * msw v2 request handlers implementing the whole contract (contract/openapi.yaml) over an
 * in-memory store. Every route answers under `/api/...` and under `/sandbox/<id>/api/...`
 * (a freshly seeded store per sandbox id), on any origin.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../src/api/schema.js';
import { BANKID_OUTCOMES, launchUrlFor, orderPhase, qrData } from './bankid.js';
import { texts } from './messages.js';
import type { OutboxMessage } from './outbox.js';
import {
  CODE_ATTEMPTS,
  CODE_TTL_SECONDS,
  FLOW_TTL_SECONDS,
  LINK_TTL_SECONDS,
  PASSWORD_LINK_TTL_SECONDS,
  MAX_WRONG_PASSWORDS_PER_DAY,
  MAX_SENDS_PER_SUBJECT_PER_HOUR,
  MAX_WRONG_CODES_PER_DAY,
  identifierKey,
  maskEmailFully,
  LOCK_AFTER_FAILED_PASSWORDS,
  LOCK_SECONDS,
  MAX_SENDS_PER_CHALLENGE,
  MAX_SENDS_PER_WINDOW,
  MAX_SIGN_INS_PER_WINDOW,
  PIN_ATTEMPTS,
  RATE_WINDOW_SECONDS,
  REMEMBER_ME_SECONDS,
  RESEND_COOLDOWN_SECONDS,
  COUNTRY_CODES,
  digitsOf,
  fakeMaskedEmail,
  isBirthDate,
  isEmail,
  maskEmail,
  maskPhone,
  newCode,
  normaliseEmail,
  normaliseMobile,
  normalisePersonalNumber,
  passwordViolations,
  toE164,
} from './rules.js';
import { DEFAULT_BANKID_PERSONAL_NUMBER, IDP_USERS } from './seed.js';
import {
  randomId,
  randomToken,
  StoreRegistry,
  type BankIdOrderRecord,
  type ChallengePurpose,
  type FlowKind,
  type FlowRecord,
  type Knobs,
  type LinkRecord,
  type SessionRecord,
  type Store,
  type UserRecord,
} from './store.js';
import { DEFAULT_TENANT, TENANTS, type Tenant } from './tenants.js';

type Schemas = components['schemas'];
type Step = Schemas['Step'];
type ProblemCode = Schemas['ProblemCode'];
type Challenge = Schemas['Challenge'];
type User = Schemas['User'];

export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  validation_failed: 422,
  invalid_credentials: 401,
  account_locked: 423,
  code_invalid: 400,
  code_expired: 410,
  code_attempts_exceeded: 403,
  resend_too_soon: 429,
  rate_limited: 429,
  flow_expired: 410,
  link_invalid: 400,
  link_expired: 410,
  password_policy: 422,
  invalid_customer_credentials: 401,
  csrf_invalid: 403,
  unauthenticated: 401,
  not_found: 404,
  idp_unknown: 404,
  idp_failed: 502,
  bankid_already_in_progress: 409,
  bankid_return_invalid: 400,
  bankid_unavailable: 503,
  service_unavailable: 503,
  internal_error: 500,
};

const PROBLEM_TITLE: Record<ProblemCode, string> = {
  validation_failed: 'Some fields are not valid',
  invalid_credentials: 'Wrong identifier or password',
  account_locked: 'The account is locked',
  code_invalid: 'The code is not right',
  code_expired: 'The code has expired',
  code_attempts_exceeded: 'Too many wrong codes',
  resend_too_soon: 'Wait before asking for a new code',
  rate_limited: 'Too many requests',
  flow_expired: 'This flow has expired',
  link_invalid: 'The link is not valid',
  link_expired: 'The link has expired',
  password_policy: 'The password does not meet the policy',
  invalid_customer_credentials: 'Wrong customer number or PIN',
  csrf_invalid: 'Missing or invalid CSRF token',
  unauthenticated: 'Not signed in',
  not_found: 'Not found',
  idp_unknown: 'Unknown identity provider',
  idp_failed: 'The identity provider failed',
  bankid_already_in_progress: 'A BankID order is already in progress',
  bankid_return_invalid: 'This BankID return does not belong to this session',
  bankid_unavailable: 'BankID is not available',
  service_unavailable: 'The service is not available',
  internal_error: 'Something went wrong',
};

/** Default Retry-After (s) for problems forced with the fail knob. */
const KNOB_RETRY_AFTER: Partial<Record<string, number>> = {
  resend_too_soon: 30,
  rate_limited: 60,
  account_locked: 900,
  service_unavailable: 30,
};

/** A problem to answer; thrown inside operations. */
export class Problem extends Error {
  constructor(
    readonly code: string,
    readonly members: Record<string, unknown> = {},
    readonly retryAfter?: number,
  ) {
    super(code);
  }
}

type FieldError = Schemas['FieldError'];
const invalid = (errors: FieldError[]): Problem => new Problem('validation_failed', { errors });

/**
 * Deliberate contract violations, each switched on only by the conformance kit's own test
 * (MOCK_DEFECTS in node.ts), so that the test can prove the kit catches it.
 */
export const MOCK_DEFECTS = ['csrf-not-enforced', 'unknown-address-differs', 'qr-static', 'cookie-not-httponly', 'problem-without-code'] as const;
export type MockDefect = (typeof MOCK_DEFECTS)[number];

export interface CreateHandlersOptions {
  /** Share stores between handler sets (e.g. tests); a new registry by default. */
  registry?: StoreRegistry;
  /** Called for every message "sent" (the node server prints them). */
  onMessage?: (message: OutboxMessage, sandboxId: string | null) => void;
  /** Contract violations to commit on purpose (the conformance kit's test only). */
  defects?: readonly MockDefect[];
}

interface Ctx {
  request: Request;
  url: URL;
  store: Store;
  registry: StoreRegistry;
  sandboxId: string | null;
  /** '/api' or '/sandbox/<id>/api'. */
  basePath: string;
  /** origin + basePath. */
  base: string;
  params: Record<string, string>;
  tenantId: string | null;
  tenant: Tenant;
  cookies: Record<string, string>;
  setCookies: string[];
  session?: SessionRecord;
  body: Record<string, unknown>;
  operationId?: string;
  defects: ReadonlySet<MockDefect>;
}

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  operationId?: string;
  /** Requires the session cookie and a matching X-CSRF-Token. */
  csrf: boolean;
  /** Part of the mock's own API (no tenant, no knobs). */
  mock?: boolean;
  handle: (ctx: Ctx) => Promise<Response> | Response;
}

const isBrowser = typeof document !== 'undefined';
/** Marks a response that a Node host must turn into a dropped connection (mock-fail=network). */
export const NETWORK_ERROR_HEADER = 'x-mock-network-error';
const COOKIE = 'nl_session';
// `/sandbox/<id>/device/<name>/api` is the same sandbox seen from another device: its own
// cookie path, so one page can hold two sessions of one store (a relayed BankID link).
const PREFIX = String.raw`^https?://[^/]+(?:/sandbox/([^/]+(?:/device/[^/]+)?))?/api`;

function routeRegex(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`${PREFIX}${source}/?$`), names };
}

const ANY_API = new RegExp(`${PREFIX}(?:/.*)?$`);

// ---------------------------------------------------------------- responses

/** Pages on the developer's own machine: the demo, Storybook, the tests and the examples. */
const LOCAL_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/;

/**
 * The allow-list of page origins: CORS answers only these, and identity providers send the
 * browser back only to these. A real backend lists its portals; the mock allows pages on
 * localhost and the portals its tenants name.
 */
export function isAllowedOrigin(origin: string, extra: readonly string[] = []): boolean {
  if (LOCAL_ORIGIN.test(origin)) return true;
  return Object.values(TENANTS).some((t) => t.origins.includes(origin)) || extra.includes(origin);
}

function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || !isAllowedOrigin(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

/*
 * In the browser (Storybook) the page's cookies are kept here, in its memory, as a
 * browser keeps session cookies. msw would keep them in localStorage, which every tab of
 * the origin reads and rewrites whole: with stories open in several tabs at once, one
 * tab's write could undo another's new session cookie (a CSRF 403, or a signed-in
 * session lost). In Node the client's own cookie jar does the job.
 */
const pageCookies = new Map<string, { path: string; name: string; value: string }>();

function keepCookies(setCookies: string[]): void {
  for (const cookie of setCookies) {
    const [pair = '', ...attributes] = cookie.split(/;\s*/);
    const name = pair.slice(0, pair.indexOf('='));
    const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
    if (attributes.some((a) => /^max-age=0$/i.test(a))) pageCookies.delete(`${path} ${name}`);
    else pageCookies.set(`${path} ${name}`, { path, name, value: decodeURIComponent(pair.slice(name.length + 1)) });
  }
}

function pageCookiesFor(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, name, value } of pageCookies.values()) {
    if (url.pathname === path || url.pathname.startsWith(path.endsWith('/') ? path : `${path}/`)) out[name] = value;
  }
  return out;
}

function finish(ctx: Pick<Ctx, 'request' | 'setCookies'>, status: number, body: BodyInit | null, headers: Record<string, string>): Response {
  const all = new Headers({ 'Cache-Control': 'no-store', ...headers, ...corsHeaders(ctx.request) });
  if (isBrowser) {
    keepCookies(ctx.setCookies);
    return new HttpResponse(body, { status, headers: all });
  }
  // In Node a plain Response: msw keeps HttpResponse cookies in a process-wide jar and would
  // replay them on every later request from any client.
  for (const cookie of ctx.setCookies) all.append('Set-Cookie', cookie);
  return new Response(body, { status, headers: all });
}

function json(ctx: Ctx, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return finish(ctx, status, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });
}

function problemResponse(
  ctx: Pick<Ctx, 'request' | 'setCookies'> & { defects?: ReadonlySet<MockDefect> },
  code: string,
  members: Record<string, unknown> = {},
  retryAfter?: number,
): Response {
  const known = code in PROBLEM_STATUS;
  const status = known ? PROBLEM_STATUS[code as ProblemCode] : 500;
  const body = {
    type: `https://nordic-login.dev/problems/${encodeURIComponent(code)}`,
    title: known ? PROBLEM_TITLE[code as ProblemCode] : `Forced unknown problem ${code}`,
    status,
    code,
    ...members,
  } as Record<string, unknown>;
  if (ctx.defects?.has('problem-without-code')) delete body.code;
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (retryAfter !== undefined) headers['Retry-After'] = String(Math.max(0, Math.ceil(retryAfter)));
  return finish(ctx, status, JSON.stringify(body), headers);
}

// ---------------------------------------------------------------- helpers

const now = (ctx: Ctx): number => ctx.store.now();

function sessionCookie(ctx: Ctx, session: SessionRecord): void {
  const maxAge = session.rememberMe ? `; Max-Age=${REMEMBER_ME_SECONDS}` : '';
  const httpOnly = ctx.defects.has('cookie-not-httponly') ? '' : '; HttpOnly';
  ctx.setCookies.push(`${COOKIE}=${session.cookieId}; Path=${ctx.basePath}${httpOnly}; SameSite=Lax${maxAge}`);
}

function ensureSession(ctx: Ctx): SessionRecord {
  if (!ctx.session) {
    ctx.session = ctx.store.createSession();
    sessionCookie(ctx, ctx.session);
  }
  return ctx.session;
}

function requireSession(ctx: Ctx): SessionRecord {
  if (!ctx.session) throw new Problem('csrf_invalid');
  return ctx.session;
}

function primaryIdentifier(user: UserRecord): string | undefined {
  return user.email ?? user.customerNumber ?? user.phone ?? user.organisationNumber;
}

function userJson(user: UserRecord): User {
  const identifier = primaryIdentifier(user);
  return identifier ? { id: user.id, displayName: user.displayName, identifier } : { id: user.id, displayName: user.displayName };
}

function str(ctx: Ctx, field: string, errors: FieldError[], options: { optional?: boolean; max?: number } = {}): string {
  const value = ctx.body[field];
  if (value === undefined || value === null || value === '') {
    if (!options.optional) errors.push({ field, code: 'required' });
    return '';
  }
  if (typeof value !== 'string') {
    errors.push({ field, code: 'invalid' });
    return '';
  }
  if (value.length > (options.max ?? 254)) {
    errors.push({ field, code: 'tooLong' });
    return '';
  }
  return value.trim();
}

function emailField(ctx: Ctx, field: string, errors: FieldError[], optional = false): string {
  const value = str(ctx, field, errors, { optional });
  if (value && !isEmail(value)) errors.push({ field, code: 'invalid' });
  return normaliseEmail(value);
}

function patternField(ctx: Ctx, field: string, pattern: RegExp, errors: FieldError[], optional = false): string {
  const value = str(ctx, field, errors, { optional });
  if (value && !pattern.test(value)) errors.push({ field, code: 'invalid' });
  return value;
}

function throwIfErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw invalid(errors);
}

/** Sliding-window rate limit over a list of times. */
function rateLimit(ctx: Ctx, times: number[], max: number): void {
  const t = now(ctx);
  const windowMs = RATE_WINDOW_SECONDS * 1000;
  while (times.length > 0 && (times[0] ?? 0) <= t - windowMs) times.shift();
  if (times.length >= max) throw new Problem('rate_limited', {}, ((times[0] ?? t) + windowMs - t) / 1000);
  times.push(t);
}

const limitSends = (ctx: Ctx): void => rateLimit(ctx, requireSession(ctx).sends, MAX_SENDS_PER_WINDOW);

/** The times of a counted event within the last `windowSeconds` (pruned, oldest first). */
function counted(ctx: Ctx, key: string, windowSeconds: number): number[] {
  const t = now(ctx);
  const times = (ctx.store.counters.get(key) ?? []).filter((time) => time > t - windowSeconds * 1000);
  ctx.store.counters.set(key, times);
  return times;
}

/** 429 rate_limited once `max` events are in the window, with Retry-After until the oldest leaves it. */
function throwIfCounted(ctx: Ctx, times: number[], max: number, windowSeconds: number): void {
  if (times.length >= max) throw new Problem('rate_limited', {}, ((times[0] ?? 0) + windowSeconds * 1000 - now(ctx)) / 1000);
}

/** Code and link sends per identifier or address, known or not (contract: "Overall caps"). */
function limitSubject(ctx: Ctx, subject: string): void {
  const times = counted(ctx, `send:${subject}`, 3600);
  throwIfCounted(ctx, times, MAX_SENDS_PER_SUBJECT_PER_HOUR, 3600);
  times.push(now(ctx));
}

function requireFlowEnabled(ctx: Ctx, flag: keyof Tenant['config']['flows']): void {
  if (!ctx.tenant.config.flows[flag]) throw new Problem('not_found', { detail: `This tenant does not offer ${flag}.` });
}

function findUser(store: Store, predicate: (user: UserRecord) => boolean): UserRecord | undefined {
  for (const user of store.users.values()) if (predicate(user)) return user;
  return undefined;
}

/** Matches e-mail, mobile (E.164), customer number, personal number or organisation number. */
function findUserByIdentifier(store: Store, identifier: string): UserRecord | undefined {
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

function widgetPage(ctx: Ctx): URL {
  const candidates = [ctx.store.knobs.widgetUrl, ctx.request.headers.get('referer'), ctx.request.headers.get('origin')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      for (const param of ['nl-link', 'nl-idp', 'nl-idp-error', 'nl-bankid']) url.searchParams.delete(param);
      url.hash = '';
      return url;
    } catch {
      // not a URL: try the next one
    }
  }
  return new URL('http://localhost:5173/');
}

function send(ctx: Ctx, message: Omit<OutboxMessage, 'id' | 'sentAt'>): void {
  ctx.store.outbox.send(message, now(ctx));
}

function challengeJson(ctx: Ctx, challenge: NonNullable<FlowRecord['challenge']>): Challenge {
  const t = now(ctx);
  return {
    id: challenge.id,
    channel: challenge.channel,
    destination: challenge.destination,
    codeLength: 6,
    expiresInSeconds: Math.max(0, Math.ceil((challenge.expiresAt - t) / 1000)),
    resendAfterSeconds: Math.max(0, Math.ceil((challenge.resendAt - t) / 1000)),
    attemptsLeft: challenge.attemptsLeft,
  };
}

function newFlow(ctx: Ctx, kind: FlowKind, userId: string | null, subject = `u:${userId ?? randomId()}`): FlowRecord {
  const flow: FlowRecord = {
    id: randomId('f-'),
    kind,
    sessionKey: requireSession(ctx).key,
    userId,
    state: 'done',
    smsVerified: false,
    expiresAt: now(ctx) + FLOW_TTL_SECONDS * 1000,
    subject,
  };
  ctx.store.flows.set(flow.id, flow);
  return flow;
}

function deliverCode(ctx: Ctx, flow: FlowRecord): void {
  const c = flow.challenge;
  if (!c?.to) return;
  const t = texts(ctx.tenant.language);
  const portal = ctx.tenant.config.tenant.name;
  send(ctx, {
    channel: c.channel,
    to: c.to,
    subject: c.channel === 'email' ? t.codeSubject(portal) : '',
    text: t.code(portal, c.code),
    code: c.code,
  });
}

function issueChallenge(
  ctx: Ctx,
  flow: FlowRecord,
  channel: 'email' | 'sms',
  to: string | undefined,
  destination: string,
  purpose: ChallengePurpose,
): Step {
  const t = now(ctx);
  flow.challenge = {
    id: randomId('c-'),
    channel,
    to,
    destination,
    code: newCode(),
    purpose,
    expiresAt: t + CODE_TTL_SECONDS * 1000,
    resendAt: t + RESEND_COOLDOWN_SECONDS * 1000,
    attemptsLeft: CODE_ATTEMPTS,
    sends: 1,
  };
  flow.state = 'verifyCode';
  deliverCode(ctx, flow);
  return { next: 'verifyCode', flowId: flow.id, challenge: challengeJson(ctx, flow.challenge) };
}

function signIn(ctx: Ctx, user: UserRecord): Step {
  const session = requireSession(ctx);
  session.userId = user.id;
  ctx.store.rotateSession(session);
  sessionCookie(ctx, session);
  return { next: 'signedIn', user: userJson(user) };
}

/** Signs in, unless an SMS second factor is still needed (then asks for it or for a phone). */
function completeSignIn(ctx: Ctx, user: UserRecord, existing: FlowRecord | null): Step {
  const needsSecondFactor = ctx.tenant.requireSecondFactor || user.secondFactor === true;
  if (!needsSecondFactor || existing?.smsVerified) {
    if (existing) existing.state = 'done';
    return signIn(ctx, user);
  }
  const flow = existing ?? newFlow(ctx, 'signIn', user.id);
  if (user.phone) return issueChallenge(ctx, flow, 'sms', user.phone, maskPhone(user.phone), 'secondFactor');
  flow.state = 'enrolPhone';
  flow.challenge = undefined;
  return { next: 'enrolPhone', flowId: flow.id };
}

function getFlow(ctx: Ctx): FlowRecord {
  const flow = ctx.store.flows.get(ctx.params.flowId ?? '');
  if (!flow || flow.sessionKey !== requireSession(ctx).key) throw new Problem('not_found', { detail: 'No such flow.' });
  if (now(ctx) >= flow.expiresAt) throw new Problem('flow_expired');
  return flow;
}

function flowUser(ctx: Ctx, flow: FlowRecord): UserRecord {
  const user = flow.userId ? ctx.store.users.get(flow.userId) : undefined;
  if (!user) throw new Problem('not_found', { detail: 'No such flow.' });
  return user;
}

function phoneFields(ctx: Ctx, errors: FieldError[]): string {
  const countryCode = str(ctx, 'countryCode', errors);
  const nationalNumber = str(ctx, 'nationalNumber', errors, { max: 20 });
  if (countryCode && !COUNTRY_CODES.includes(countryCode as (typeof COUNTRY_CODES)[number])) {
    errors.push({ field: 'countryCode', code: 'invalid' });
    return '';
  }
  if (!countryCode || !nationalNumber) return '';
  const e164 = toE164(countryCode, nationalNumber);
  if (!e164 || !/^\d+$/.test(nationalNumber.replace(/\s/g, ''))) {
    errors.push({ field: 'nationalNumber', code: 'invalid' });
    return '';
  }
  return e164;
}

function checkPolicy(ctx: Ctx, password: string): void {
  const violations = passwordViolations(password, ctx.tenant.config.passwordPolicy);
  if (violations.length > 0) throw new Problem('password_policy', { violations });
}

function createLink(ctx: Ctx, kind: LinkRecord['kind'], user: UserRecord, to: string, extra: Partial<LinkRecord> = {}): void {
  const token = randomToken();
  ctx.store.links.set(token, {
    token,
    kind,
    userId: user.id,
    expiresAt: now(ctx) + (kind === 'registration' ? LINK_TTL_SECONDS : PASSWORD_LINK_TTL_SECONDS) * 1000,
    used: false,
    ...extra,
  });
  const page = widgetPage(ctx);
  page.searchParams.set('nl-link', token);
  const link = page.toString();
  const t = texts(ctx.tenant.language);
  const portal = ctx.tenant.config.tenant.name;
  const [subject, text] =
    kind === 'registration'
      ? [t.registrationSubject(portal), t.registration(portal)]
      : kind === 'emailConfirmation'
        ? [t.confirmSubject(portal), t.confirm(portal)]
        : [t.passwordLinkSubject(portal), t.passwordLink(portal)];
  send(ctx, { channel: 'email', to, subject, text: `${text}\n${link}`, link });
}

// ---------------------------------------------------------------- operations

function getConfig(ctx: Ctx): Response {
  return json(ctx, 200, ctx.tenant.config);
}

function getSession(ctx: Ctx): Response {
  const session = ensureSession(ctx);
  const user = session.userId ? ctx.store.users.get(session.userId) : undefined;
  const body: Schemas['Session'] = user
    ? { authenticated: true, user: userJson(user), csrfToken: session.csrfToken }
    : { authenticated: false, csrfToken: session.csrfToken };
  return json(ctx, 200, body);
}

function signOut(ctx: Ctx): Response {
  const session = requireSession(ctx);
  session.userId = undefined;
  session.rememberMe = false;
  const order = session.bankidOrderId ? ctx.store.orders.get(session.bankidOrderId) : undefined;
  if (order) order.cancelled = true;
  session.bankidOrderId = undefined;
  ctx.store.rotateSession(session);
  sessionCookie(ctx, session);
  return finish(ctx, 204, null, {});
}

function signInWithPassword(ctx: Ctx): Response {
  const errors: FieldError[] = [];
  const identifier = str(ctx, 'identifier', errors);
  const passwordValue = ctx.body.password;
  if (typeof passwordValue !== 'string' || passwordValue === '') errors.push({ field: 'password', code: 'required' });
  else if (passwordValue.length > 1024) errors.push({ field: 'password', code: 'tooLong' });
  if (ctx.body.rememberMe !== undefined && typeof ctx.body.rememberMe !== 'boolean') errors.push({ field: 'rememberMe', code: 'invalid' });
  throwIfErrors(errors);
  const password = passwordValue as string;
  const session = requireSession(ctx);
  rateLimit(ctx, session.signIns, MAX_SIGN_INS_PER_WINDOW);

  // Throttled per identifier (as typed, whether or not it exists) and client (the session
  // stands for the client here), so a lock tells nothing and locks out nobody else.
  const subject = identifierKey(identifier);
  const clientKey = `pw:${subject}|${session.key}`;
  const t = now(ctx);
  const lockedUntil = ctx.store.locks.get(clientKey) ?? 0;
  if (lockedUntil > t) throw new Problem('account_locked', {}, (lockedUntil - t) / 1000);
  const daily = counted(ctx, `pw-day:${subject}`, 24 * 3600);
  throwIfCounted(ctx, daily, MAX_WRONG_PASSWORDS_PER_DAY, 24 * 3600);
  const user = findUserByIdentifier(ctx.store, identifier);
  const right = user !== undefined && user.password !== null && user.password === password;
  if (!right) {
    daily.push(t);
    const recent = counted(ctx, clientKey, LOCK_SECONDS);
    recent.push(t);
    if (recent.length >= LOCK_AFTER_FAILED_PASSWORDS) {
      ctx.store.counters.delete(clientKey);
      ctx.store.locks.set(clientKey, t + LOCK_SECONDS * 1000);
      throw new Problem('account_locked', {}, LOCK_SECONDS);
    }
    throw new Problem('invalid_credentials');
  }
  // Locked by staff: said only to someone who knows the password.
  if (user.lockedPermanently) throw new Problem('account_locked');
  ctx.store.counters.delete(clientKey);
  session.rememberMe = ctx.tenant.config.rememberMe && ctx.body.rememberMe === true;
  return json(ctx, 200, completeSignIn(ctx, user, null));
}

function verifyCode(ctx: Ctx): Response {
  const flow = getFlow(ctx);
  const challenge = flow.challenge;
  if (flow.state !== 'verifyCode' || !challenge) throw new Problem('not_found', { detail: 'This flow has no open code.' });
  const errors: FieldError[] = [];
  const code = patternField(ctx, 'code', /^\d{6}$/, errors);
  throwIfErrors(errors);
  if (challenge.attemptsLeft <= 0) throw new Problem('code_attempts_exceeded');
  if (now(ctx) >= challenge.expiresAt) throw new Problem('code_expired');
  const wrongCodes = counted(ctx, `code:${flow.subject}`, 24 * 3600);
  throwIfCounted(ctx, wrongCodes, MAX_WRONG_CODES_PER_DAY, 24 * 3600);
  if (!challenge.to || code !== challenge.code) {
    wrongCodes.push(now(ctx));
    challenge.attemptsLeft -= 1;
    if (challenge.attemptsLeft <= 0) throw new Problem('code_attempts_exceeded');
    throw new Problem('code_invalid', { attemptsLeft: challenge.attemptsLeft });
  }
  flow.challenge = undefined;
  if (challenge.channel === 'sms') flow.smsVerified = true;
  if (flow.newEmail && !flow.userId) {
    // F3 with a new address: the verified address becomes a user, named by its address.
    const created: UserRecord = { id: randomId('u-'), displayName: flow.newEmail, email: flow.newEmail, password: null, failedPins: 0, pinLockedUntil: 0 };
    ctx.store.users.set(created.id, created);
    flow.userId = created.id;
  }
  const user = flowUser(ctx, flow);
  switch (challenge.purpose) {
    case 'secondFactor':
      return json(ctx, 200, completeSignIn(ctx, user, flow));
    case 'enrolPhone':
      user.phone = flow.pendingPhone;
      return json(ctx, 200, completeSignIn(ctx, user, flow));
    case 'identity':
      flow.state = 'setPassword';
      return json(ctx, 200, { next: 'setPassword', flowId: flow.id } satisfies Step);
  }
}

function resendCode(ctx: Ctx): Response {
  const flow = getFlow(ctx);
  const challenge = flow.challenge;
  if (flow.state !== 'verifyCode' || !challenge) throw new Problem('not_found', { detail: 'This flow has no open code.' });
  const t = now(ctx);
  if (t < challenge.resendAt) throw new Problem('resend_too_soon', {}, (challenge.resendAt - t) / 1000);
  if (challenge.sends >= MAX_SENDS_PER_CHALLENGE) throw new Problem('rate_limited', {}, (flow.expiresAt - t) / 1000);
  limitSubject(ctx, flow.subject);
  challenge.id = randomId('c-');
  challenge.code = newCode();
  challenge.expiresAt = t + CODE_TTL_SECONDS * 1000;
  challenge.resendAt = t + RESEND_COOLDOWN_SECONDS * 1000;
  challenge.attemptsLeft = CODE_ATTEMPTS;
  challenge.sends += 1;
  deliverCode(ctx, flow);
  return json(ctx, 200, challengeJson(ctx, challenge));
}

function enrolPhone(ctx: Ctx): Response {
  const flow = getFlow(ctx);
  if (flow.state !== 'enrolPhone') throw new Problem('not_found', { detail: 'This flow does not expect a phone number.' });
  const errors: FieldError[] = [];
  const e164 = phoneFields(ctx, errors);
  throwIfErrors(errors);
  limitSends(ctx);
  flow.pendingPhone = e164;
  return json(ctx, 200, issueChallenge(ctx, flow, 'sms', e164, maskPhone(e164), 'enrolPhone'));
}

function setPassword(ctx: Ctx): Response {
  const flow = getFlow(ctx);
  if (flow.state !== 'setPassword') throw new Problem('not_found', { detail: 'This flow does not expect a password.' });
  const value = ctx.body.password;
  if (typeof value !== 'string' || value === '') throw invalid([{ field: 'password', code: 'required' }]);
  if (value.length > 1024) throw invalid([{ field: 'password', code: 'tooLong' }]);
  checkPolicy(ctx, value);
  const user = flowUser(ctx, flow);
  if (user.lockedPermanently) throw new Problem('account_locked');
  user.password = value;
  if (flow.kind === 'verification' && !user.phone) {
    flow.state = 'enrolPhone';
    return json(ctx, 200, { next: 'enrolPhone', flowId: flow.id } satisfies Step);
  }
  return json(ctx, 200, completeSignIn(ctx, user, flow));
}

/** F2 and F3: the same answer whether or not the address is known. */
function startEmailFlow(ctx: Ctx, kind: 'activation' | 'verification'): Response {
  requireFlowEnabled(ctx, kind === 'activation' ? 'activation' : 'verifyAndCreate');
  const errors: FieldError[] = [];
  const email = emailField(ctx, 'email', errors);
  throwIfErrors(errors);
  limitSends(ctx);
  const subject = identifierKey(email);
  limitSubject(ctx, subject);
  const user = findUser(ctx.store, (u) => u.email === email);
  const usable = user && !user.lockedPermanently ? user : undefined;
  const waiting = usable?.password === null;
  // Who gets a code (contract: "Not revealing whether an account exists"): an account waiting
  // for activation, and in F3 also a new address; an active account gets a mail that points
  // at sign-in instead. The answer is the same in every case.
  const sendCode = waiting || (kind === 'verification' && !user);
  const flow = newFlow(ctx, kind, waiting ? (usable?.id ?? null) : null, subject);
  if (kind === 'verification' && !user) flow.newEmail = email;
  if (usable && !waiting) {
    const t = texts(ctx.tenant.language);
    const portal = ctx.tenant.config.tenant.name;
    const [subjectLine, text] =
      kind === 'activation' ? [t.alreadyActiveSubject(portal), t.alreadyActive(portal)] : [t.accountExistsSubject(portal), t.accountExists(portal)];
    send(ctx, { channel: 'email', to: email, subject: subjectLine, text });
  }
  const step = issueChallenge(ctx, flow, 'email', sendCode ? email : undefined, maskEmail(email), 'identity');
  // The defect: nothing was sent to an unknown address, so no cool-down is announced.
  if (!user && ctx.defects.has('unknown-address-differs') && step.next === 'verifyCode') step.challenge.resendAfterSeconds = 0;
  return json(ctx, 200, step);
}

function registerWithMobile(ctx: Ctx): Response {
  requireFlowEnabled(ctx, 'mobileRegistration');
  const errors: FieldError[] = [];
  const e164 = phoneFields(ctx, errors);
  const birthDate = str(ctx, 'birthDate', errors, { max: 10 });
  if (birthDate && !isBirthDate(birthDate, now(ctx))) errors.push({ field: 'birthDate', code: 'invalid' });
  throwIfErrors(errors);
  limitSends(ctx);
  limitSubject(ctx, identifierKey(e164));
  const user = findUser(ctx.store, (u) => u.phone === e164 && u.birthDate === birthDate);
  if (!user) return json(ctx, 200, { next: 'contactSupport', reason: 'phoneUnknown' } satisfies Step);
  const flow = newFlow(ctx, 'mobileRegistration', user.id, identifierKey(e164));
  return json(ctx, 200, issueChallenge(ctx, flow, 'sms', e164, maskPhone(e164), 'identity'));
}

const CUSTOMER_NUMBER = /^\d{4,12}$/;

function registerWithCustomerNumber(ctx: Ctx): Response {
  requireFlowEnabled(ctx, 'customerNumberRegistration');
  const errors: FieldError[] = [];
  const customerNumber = patternField(ctx, 'customerNumber', CUSTOMER_NUMBER, errors);
  const pin = patternField(ctx, 'pin', /^\d{4,8}$/, errors);
  const email = emailField(ctx, 'email', errors);
  const password = ctx.body.password;
  if (typeof password !== 'string' || password === '') errors.push({ field: 'password', code: 'required' });
  throwIfErrors(errors);
  checkPolicy(ctx, password as string);
  limitSends(ctx);
  const user = findUser(ctx.store, (u) => u.customerNumber === customerNumber);
  const t = now(ctx);
  if (user && user.pinLockedUntil > t) throw new Problem('rate_limited', {}, (user.pinLockedUntil - t) / 1000);
  if (!user || user.pin !== pin) {
    if (user) {
      user.failedPins += 1;
      if (user.failedPins >= PIN_ATTEMPTS) {
        user.failedPins = 0;
        user.pinLockedUntil = t + LOCK_SECONDS * 1000;
      }
    }
    throw new Problem('invalid_customer_credentials');
  }
  user.failedPins = 0;
  createLink(ctx, 'registration', user, email, { email, password: password as string });
  return json(ctx, 200, { next: 'checkInbox', channel: 'email' } satisfies Step);
}

/** F6: always the same answer. */
function recoverCustomerNumber(ctx: Ctx): Response {
  requireFlowEnabled(ctx, 'forgotCustomerNumber');
  const errors: FieldError[] = [];
  const email = emailField(ctx, 'email', errors, true);
  const mobileRaw = str(ctx, 'mobile', errors, { optional: true, max: 20 });
  const mobile = mobileRaw ? normaliseMobile(mobileRaw) : null;
  if (mobileRaw && !mobile) errors.push({ field: 'mobile', code: 'invalid' });
  const customerNumber = patternField(ctx, 'customerNumber', CUSTOMER_NUMBER, errors, true);
  const channel = str(ctx, 'channel', errors);
  if (channel && channel !== 'email' && channel !== 'sms') errors.push({ field: 'channel', code: 'invalid' });
  if (!email && !mobileRaw && !errors.some((e) => e.field === 'email' || e.field === 'mobile')) {
    errors.push({ field: 'email', code: 'required' }, { field: 'mobile', code: 'required' });
  }
  throwIfErrors(errors);
  limitSends(ctx);
  limitSubject(ctx, identifierKey(email || mobile || mobileRaw));
  const user = findUser(
    ctx.store,
    (u) =>
      (!email || u.email === email) &&
      (!mobile || u.phone === mobile) &&
      (!customerNumber || u.customerNumber === customerNumber) &&
      u.customerNumber !== undefined,
  );
  const to = user && (channel === 'email' ? user.email : user.phone);
  if (user?.customerNumber && to) {
    const t = texts(ctx.tenant.language);
    const portal = ctx.tenant.config.tenant.name;
    send(ctx, {
      channel: channel as 'email' | 'sms',
      to,
      subject: channel === 'email' ? t.customerNumberSubject(portal) : '',
      text: t.customerNumber(portal, user.customerNumber, user.pin ?? '—'),
    });
  }
  return json(ctx, 200, { next: 'checkInbox', channel: channel as 'email' | 'sms' } satisfies Step);
}

function registerEmail(ctx: Ctx): Response {
  requireFlowEnabled(ctx, 'emailRegistration');
  const errors: FieldError[] = [];
  const customerNumber = patternField(ctx, 'customerNumber', CUSTOMER_NUMBER, errors);
  const personalRaw = str(ctx, 'personalNumber', errors, { max: 20 });
  const personalNumber = personalRaw ? normalisePersonalNumber(personalRaw) : null;
  if (personalRaw && !personalNumber) errors.push({ field: 'personalNumber', code: 'invalid' });
  const email = emailField(ctx, 'email', errors);
  throwIfErrors(errors);
  limitSends(ctx);
  const user = findUser(ctx.store, (u) => u.customerNumber === customerNumber);
  if (!user || user.personalNumber !== personalNumber) {
    return json(ctx, 200, { next: 'contactSupport', reason: 'accountNotFound' } satisfies Step);
  }
  if (user.email) return json(ctx, 200, { next: 'contactSupport', reason: 'emailAlreadyRegistered' } satisfies Step);
  createLink(ctx, 'emailConfirmation', user, email, { email });
  return json(ctx, 200, { next: 'checkInbox', channel: 'email' } satisfies Step);
}

/** F7b: always the same answer. */
function requestPasswordLink(ctx: Ctx): Response {
  requireFlowEnabled(ctx, 'passwordLink');
  const errors: FieldError[] = [];
  const customerNumber = patternField(ctx, 'customerNumber', CUSTOMER_NUMBER, errors);
  throwIfErrors(errors);
  limitSends(ctx);
  limitSubject(ctx, identifierKey(customerNumber));
  const user = findUser(ctx.store, (u) => u.customerNumber === customerNumber);
  if (user?.email && !user.lockedPermanently) createLink(ctx, 'passwordLink', user, user.email);
  return json(ctx, 200, { next: 'checkInbox', channel: 'email' } satisfies Step);
}

/** F12: always verifyCode, also for unknown accounts. */
function startPasswordReset(ctx: Ctx): Response {
  requireFlowEnabled(ctx, 'forgotPassword');
  const errors: FieldError[] = [];
  const identifier = str(ctx, 'identifier', errors);
  const looksMobile = identifier.startsWith('+') || identifier.startsWith('00');
  const mobile = looksMobile ? normaliseMobile(identifier) : null;
  if (looksMobile && !mobile) errors.push({ field: 'identifier', code: 'invalid' });
  throwIfErrors(errors);
  limitSends(ctx);
  const subject = identifierKey(identifier);
  limitSubject(ctx, subject);
  const user = findUserByIdentifier(ctx.store, identifier);
  let channel: 'email' | 'sms';
  let to: string | undefined;
  let destination: string;
  if (mobile) {
    channel = 'sms';
    to = user?.phone;
    destination = maskPhone(mobile);
  } else if (identifier.includes('@')) {
    channel = 'email';
    to = user?.email;
    destination = maskEmail(normaliseEmail(identifier));
  } else {
    channel = 'email';
    to = user?.email;
    destination = to ? maskEmailFully(to) : fakeMaskedEmail(identifier);
  }
  const flow = newFlow(ctx, 'passwordReset', to && user ? user.id : null, subject);
  return json(ctx, 200, issueChallenge(ctx, flow, channel, to, destination, 'identity'));
}

function redeemLink(ctx: Ctx): Response {
  const errors: FieldError[] = [];
  const token = str(ctx, 'token', errors, { max: 200 });
  throwIfErrors(errors);
  const link = ctx.store.links.get(token);
  if (!link || link.used) throw new Problem('link_invalid');
  if (now(ctx) >= link.expiresAt) throw new Problem('link_expired');
  const user = ctx.store.users.get(link.userId);
  if (!user) throw new Problem('link_invalid');
  link.used = true;
  switch (link.kind) {
    case 'registration':
      user.email = link.email;
      if (link.password !== undefined) user.password = link.password;
      return json(ctx, 200, completeSignIn(ctx, user, null));
    case 'emailConfirmation': {
      user.email = link.email;
      const flow = newFlow(ctx, 'emailConfirmation', user.id);
      flow.state = 'setPassword';
      return json(ctx, 200, { next: 'setPassword', flowId: flow.id } satisfies Step);
    }
    case 'passwordLink': {
      const flow = newFlow(ctx, 'passwordLink', user.id);
      flow.state = 'setPassword';
      return json(ctx, 200, { next: 'setPassword', flowId: flow.id } satisfies Step);
    }
  }
}

// ---------------------------------------------------------------- BankID

/** What BankID's /auth gets as returnUrl for a same-device order: the page plus the order's nonce. */
function returnAddress(page: string | URL, nonce: string): string {
  const url = new URL(page);
  url.searchParams.set('nl-bankid', nonce);
  return url.href;
}

function orderJson(order: BankIdOrderRecord): Schemas['BankIdOrder'] {
  return {
    orderId: order.id,
    device: order.device,
    ...(order.launchUrl ? { launchUrl: order.launchUrl } : {}),
  };
}

function requireBankId(ctx: Ctx): void {
  if (!ctx.tenant.config.methods.bankid) throw new Problem('not_found', { detail: 'This tenant does not offer BankID.' });
}

function phaseOf(ctx: Ctx, order: BankIdOrderRecord): ReturnType<typeof orderPhase> {
  if (order.cancelled) return { status: 'failed', hintCode: 'cancelled' };
  const phase = orderPhase(order.device, order.outcome, Math.floor((now(ctx) - order.createdAt) / 1000));
  // Same device: complete only once the app's return, with the nonce, reached the session that started the order.
  if (phase.status === 'complete' && order.returnNonce && !order.returned) return { status: 'pending', hintCode: 'userSign' };
  return phase;
}

function getOrder(ctx: Ctx): BankIdOrderRecord {
  const order = ctx.store.orders.get(ctx.params.orderId ?? '');
  if (!order || !ctx.session || order.sessionKey !== ctx.session.key) throw new Problem('not_found', { detail: 'No such order.' });
  return order;
}

function startBankIdOrder(ctx: Ctx): Response {
  requireBankId(ctx);
  const errors: FieldError[] = [];
  const device = str(ctx, 'device', errors);
  if (device && device !== 'same' && device !== 'other') errors.push({ field: 'device', code: 'invalid' });
  const returnUrl = str(ctx, 'returnUrl', errors, { optional: true, max: 2000 });
  if (returnUrl && !/^https?:\/\//.test(returnUrl)) errors.push({ field: 'returnUrl', code: 'invalid' });
  throwIfErrors(errors);
  const session = requireSession(ctx);
  const outcome =
    ctx.request.headers.get('x-mock-bankid') ?? ctx.url.searchParams.get('mock-bankid') ?? ctx.store.knobs.bankid ?? 'complete';
  if (outcome === 'alreadyInProgress') throw new Problem('bankid_already_in_progress');
  if (outcome === 'unavailable') throw new Problem('bankid_unavailable');
  const previous = session.bankidOrderId ? ctx.store.orders.get(session.bankidOrderId) : undefined;
  if (previous) previous.cancelled = true;
  const qrStart = ctx.store.knobs.bankidQrStart ?? { qrStartToken: crypto.randomUUID(), qrStartSecret: crypto.randomUUID() };
  const autoStartToken = crypto.randomUUID();
  const order: BankIdOrderRecord = {
    id: randomId('o-'),
    sessionKey: session.key,
    device: device as 'same' | 'other',
    autoStartToken,
    ...qrStart,
    createdAt: now(ctx),
    outcome,
    personalNumber: ctx.store.knobs.bankidPersonalNumber ?? DEFAULT_BANKID_PERSONAL_NUMBER,
    cancelled: false,
    signedIn: false,
    ...(device === 'same'
      ? {
          launchUrl: launchUrlFor(ctx.request.headers.get('user-agent') ?? '', autoStartToken),
          returnNonce: randomToken(),
          returned: false,
        }
      : {}),
  };
  if (order.returnNonce) order.returnUrl = returnAddress(returnUrl || widgetPage(ctx), order.returnNonce);
  ctx.store.orders.set(order.id, order);
  session.bankidOrderId = order.id;
  return json(ctx, 201, orderJson(order));
}

/** The session's last order until collect has delivered its final status (the page may have been reloaded meanwhile). */
function getCurrentBankIdOrder(ctx: Ctx): Response {
  requireBankId(ctx);
  const id = ctx.session?.bankidOrderId;
  const order = id ? ctx.store.orders.get(id) : undefined;
  if (!order) return finish(ctx, 204, null, {});
  return json(ctx, 200, orderJson(order));
}

/** The BankID app opened the return address: its nonce must be this session's, once. */
function confirmBankIdReturn(ctx: Ctx): Response {
  requireBankId(ctx);
  const errors: FieldError[] = [];
  const nonce = str(ctx, 'nonce', errors, { max: 200 });
  throwIfErrors(errors);
  const session = requireSession(ctx);
  const order = [...ctx.store.orders.values()].find((o) => o.returnNonce !== undefined && o.returnNonce === nonce);
  if (!order || order.returned || order.sessionKey !== session.key) throw new Problem('bankid_return_invalid');
  order.returned = true;
  return json(ctx, 200, orderJson(order));
}

async function getBankIdQr(ctx: Ctx): Promise<Response> {
  requireBankId(ctx);
  const order = getOrder(ctx);
  if (phaseOf(ctx, order).status !== 'pending') throw new Problem('not_found', { detail: 'The order is no longer pending.' });
  const time = ctx.defects.has('qr-static') ? 0 : Math.max(0, Math.floor((now(ctx) - order.createdAt) / 1000));
  return json(ctx, 200, { qrData: await qrData(order.qrStartToken, order.qrStartSecret, time) });
}

function collectBankIdOrder(ctx: Ctx): Response {
  requireBankId(ctx);
  const order = getOrder(ctx);
  const session = requireSession(ctx);
  const phase = phaseOf(ctx, order);
  if (phase.status === 'complete') {
    const user = findUser(ctx.store, (u) => u.personalNumber === order.personalNumber);
    if (!user) {
      if (session.bankidOrderId === order.id) session.bankidOrderId = undefined;
      return json(ctx, 200, { status: 'failed', hintCode: 'mockNoCustomerForPersonalNumber' });
    }
    if (!order.signedIn) {
      order.signedIn = true;
      session.bankidOrderId = undefined;
      signIn(ctx, user);
    }
    return json(ctx, 200, { status: 'complete', user: userJson(user) });
  }
  if (phase.status === 'failed' && session.bankidOrderId === order.id) session.bankidOrderId = undefined;
  return json(ctx, 200, phase);
}

function cancelBankIdOrder(ctx: Ctx): Response {
  requireBankId(ctx);
  const order = getOrder(ctx);
  const session = requireSession(ctx);
  if (phaseOf(ctx, order).status === 'pending') order.cancelled = true;
  if (session.bankidOrderId === order.id) session.bankidOrderId = undefined;
  return finish(ctx, 204, null, {});
}

// ---------------------------------------------------------------- identity providers

function startIdentityProvider(ctx: Ctx): Response {
  const providerId = ctx.params.providerId ?? '';
  if (!ctx.tenant.config.methods.identityProviders.some((p) => p.id === providerId)) throw new Problem('idp_unknown');
  const errors: FieldError[] = [];
  const returnUrl = str(ctx, 'returnUrl', errors, { max: 2000 });
  if (returnUrl) {
    try {
      const url = new URL(returnUrl);
      const widget = ctx.store.knobs.widgetUrl ? [new URL(ctx.store.knobs.widgetUrl).origin] : [];
      if (!/^https?:$/.test(url.protocol) || !isAllowedOrigin(url.origin, widget)) errors.push({ field: 'returnUrl', code: 'invalid' });
    } catch {
      errors.push({ field: 'returnUrl', code: 'invalid' });
    }
  }
  throwIfErrors(errors);
  const state = randomToken();
  ctx.store.idpStates.set(state, {
    state,
    providerId,
    returnUrl,
    sessionKey: requireSession(ctx).key,
    createdAt: now(ctx),
    tenant: ctx.tenantId,
  });
  const redirectUrl = `${ctx.base}/__mock/idp/${encodeURIComponent(providerId)}/authorize?state=${encodeURIComponent(state)}`;
  return json(ctx, 200, { redirectUrl });
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function html(ctx: Ctx, status: number, title: string, body: string): Response {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
a{display:block;margin:.75rem 0;padding:.75rem 1rem;border:1px solid #555;border-radius:6px;text-decoration:none;color:inherit}
a.primary{background:#1f4e79;color:#fff;border-color:#1f4e79}</style></head><body>${body}</body></html>`;
  return finish(ctx, status, page, { 'Content-Type': 'text/html; charset=utf-8' });
}

function idpAuthorize(ctx: Ctx): Response {
  const providerId = ctx.params.providerId ?? '';
  const state = ctx.url.searchParams.get('state') ?? '';
  const record = ctx.store.idpStates.get(state);
  if (!record || record.providerId !== providerId) {
    return html(ctx, 400, 'Mock identity provider', '<h1>Mock identity provider</h1><p>Unknown or used sign-in request (state).</p>');
  }
  const user = ctx.store.users.get(IDP_USERS[providerId] ?? '');
  const callback = (result: string): string =>
    `${ctx.base}/idp/${encodeURIComponent(providerId)}/callback?state=${encodeURIComponent(state)}&result=${result}`;
  return html(
    ctx,
    200,
    `Mock ${providerId}`,
    `<h1>Mock identity provider: ${escapeHtml(providerId)}</h1>
<p>This page stands in for the real provider's sign-in.</p>
<a class="primary" href="${escapeHtml(callback('ok'))}">Continue as ${escapeHtml(user?.displayName ?? 'demo user')}</a>
<a href="${escapeHtml(callback('cancel'))}">Cancel</a>
<a href="${escapeHtml(callback('error'))}">Simulate a provider failure</a>`,
  );
}

function idpCallback(ctx: Ctx): Response {
  const providerId = ctx.params.providerId ?? '';
  const state = ctx.url.searchParams.get('state') ?? '';
  const record = ctx.store.idpStates.get(state);
  if (!record || record.providerId !== providerId) {
    return html(ctx, 400, 'Mock identity provider', '<h1>Sign-in failed</h1><p>Unknown or used sign-in request (state_invalid).</p>');
  }
  ctx.store.idpStates.delete(state);
  const target = new URL(record.returnUrl);
  for (const p of ['nl-idp', 'nl-idp-error']) target.searchParams.delete(p);
  const result = ctx.url.searchParams.get('result');
  const expired = now(ctx) - record.createdAt > 10 * 60 * 1000;
  const user = ctx.store.users.get(IDP_USERS[providerId] ?? '');
  if (expired) {
    target.searchParams.set('nl-idp', 'error');
    target.searchParams.set('nl-idp-error', 'state_invalid');
  } else if (result === 'ok' && user) {
    let session = ctx.store.sessionByKey(record.sessionKey);
    if (!session) {
      session = ctx.store.createSession();
    }
    ctx.session = session;
    session.userId = user.id;
    ctx.store.rotateSession(session);
    sessionCookie(ctx, session);
    target.searchParams.set('nl-idp', 'ok');
  } else {
    target.searchParams.set('nl-idp', 'error');
    target.searchParams.set('nl-idp-error', result === 'cancel' ? 'cancelled' : 'idp_failed');
  }
  return finish(ctx, 302, null, { Location: target.toString() });
}

// ---------------------------------------------------------------- the mock's own endpoints

/** What the BankID app knows of the newest same-device order: the link that opened it and where it returns to. */
function getBankIdApp(ctx: Ctx): Response {
  const order = [...ctx.store.orders.values()].reverse().find((o) => o.returnUrl);
  if (!order) throw new Problem('not_found', { detail: 'No same-device order.' });
  return json(ctx, 200, { launchUrl: order.launchUrl, returnUrl: order.returnUrl });
}

function getOutbox(ctx: Ctx): Response {
  const to = ctx.url.searchParams.get('to');
  const messages = ctx.store.outbox.messages.filter((m) => !to || m.to === to);
  return json(ctx, 200, messages);
}

function clearOutbox(ctx: Ctx): Response {
  ctx.store.outbox.clear();
  return finish(ctx, 204, null, {});
}

function getKnobs(ctx: Ctx): Response {
  return json(ctx, 200, ctx.store.knobs);
}

const isMs = (value: unknown): value is number => typeof value === 'number' && value >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';

/** A copy of an object whose every value passes `test` ({operationId: ...}), or undefined. */
function recordOf<T>(value: unknown, test: (v: unknown) => v is T): Record<string, T> | undefined {
  return value && typeof value === 'object' && Object.values(value).every(test) ? { ...(value as Record<string, T>) } : undefined;
}

function setKnobs(ctx: Ctx): Response {
  const b = ctx.body;
  const knobs: Knobs = { ...ctx.store.knobs };
  const errors: string[] = [];
  if ('delayMs' in b) {
    if (isMs(b.delayMs)) knobs.delayMs = b.delayMs;
    else errors.push('delayMs must be a non-negative number');
  }
  if ('slow' in b) {
    const slow = recordOf(b.slow, isMs);
    if (slow) knobs.slow = slow;
    else errors.push('slow must be an object {operationId: non-negative ms}');
  }
  if ('fail' in b) {
    const fail = recordOf(b.fail, isString);
    if (fail) knobs.fail = fail;
    else errors.push('fail must be an object {operationId: problemCode}');
  }
  for (const key of ['bankid', 'bankidPersonalNumber', 'widgetUrl'] as const) {
    if (key in b) {
      if (b[key] === null) delete knobs[key];
      else if (typeof b[key] === 'string') knobs[key] = b[key] as string;
      else errors.push(`${key} must be a string or null`);
    }
  }
  if ('bankidQrStart' in b) {
    const q = b.bankidQrStart as Record<string, unknown> | null;
    if (q === null) delete knobs.bankidQrStart;
    else if (q && typeof q.qrStartToken === 'string' && typeof q.qrStartSecret === 'string') {
      knobs.bankidQrStart = { qrStartToken: q.qrStartToken, qrStartSecret: q.qrStartSecret };
    } else errors.push('bankidQrStart must be {qrStartToken, qrStartSecret} or null');
  }
  if (errors.length > 0) return json(ctx, 400, { errors, bankidOutcomes: BANKID_OUTCOMES });
  ctx.store.knobs = knobs;
  return json(ctx, 200, knobs);
}

function advanceClock(ctx: Ctx): Response {
  const { advanceSeconds = 0, frozen } = ctx.body;
  const errors: string[] = [];
  if (typeof advanceSeconds !== 'number' || !Number.isFinite(advanceSeconds) || advanceSeconds < 0) {
    errors.push('advanceSeconds must be a non-negative number');
  }
  if (frozen !== undefined && typeof frozen !== 'boolean') errors.push('frozen must be true or false');
  if (errors.length > 0) return json(ctx, 400, { errors });
  if (typeof frozen === 'boolean') ctx.store.clock.frozen = frozen;
  ctx.store.clock.advance(advanceSeconds as number);
  return json(ctx, 200, {
    now: new Date(now(ctx)).toISOString(),
    offsetSeconds: ctx.store.clock.offsetSeconds,
    frozen: ctx.store.clock.frozen,
  });
}

function resetStore(ctx: Ctx): Response {
  ctx.registry.reset(ctx.sandboxId);
  return finish(ctx, 204, null, {});
}

// ---------------------------------------------------------------- routing

const ROUTES: Route[] = [
  { method: 'GET', path: '/config', operationId: 'getConfig', csrf: false, handle: getConfig },
  { method: 'GET', path: '/session', operationId: 'getSession', csrf: false, handle: getSession },
  { method: 'DELETE', path: '/session', operationId: 'signOut', csrf: true, handle: signOut },
  { method: 'POST', path: '/auth/password', operationId: 'signInWithPassword', csrf: true, handle: signInWithPassword },
  { method: 'POST', path: '/flows/:flowId/challenge/verify', operationId: 'verifyCode', csrf: true, handle: verifyCode },
  { method: 'POST', path: '/flows/:flowId/challenge/resend', operationId: 'resendCode', csrf: true, handle: resendCode },
  { method: 'POST', path: '/flows/:flowId/phone', operationId: 'enrolPhone', csrf: true, handle: enrolPhone },
  { method: 'POST', path: '/flows/:flowId/password', operationId: 'setPassword', csrf: true, handle: setPassword },
  { method: 'POST', path: '/activation', operationId: 'startActivation', csrf: true, handle: (c) => startEmailFlow(c, 'activation') },
  {
    method: 'POST',
    path: '/verification',
    operationId: 'startVerification',
    csrf: true,
    handle: (c) => startEmailFlow(c, 'verification'),
  },
  { method: 'POST', path: '/registrations/mobile', operationId: 'registerWithMobile', csrf: true, handle: registerWithMobile },
  {
    method: 'POST',
    path: '/registrations/customer-number',
    operationId: 'registerWithCustomerNumber',
    csrf: true,
    handle: registerWithCustomerNumber,
  },
  {
    method: 'POST',
    path: '/recovery/customer-number',
    operationId: 'recoverCustomerNumber',
    csrf: true,
    handle: recoverCustomerNumber,
  },
  { method: 'POST', path: '/registrations/email', operationId: 'registerEmail', csrf: true, handle: registerEmail },
  { method: 'POST', path: '/password-links', operationId: 'requestPasswordLink', csrf: true, handle: requestPasswordLink },
  { method: 'POST', path: '/password-reset', operationId: 'startPasswordReset', csrf: true, handle: startPasswordReset },
  { method: 'POST', path: '/links/redeem', operationId: 'redeemLink', csrf: true, handle: redeemLink },
  { method: 'POST', path: '/bankid/orders', operationId: 'startBankIdOrder', csrf: true, handle: startBankIdOrder },
  { method: 'GET', path: '/bankid/orders/current', operationId: 'getCurrentBankIdOrder', csrf: false, handle: getCurrentBankIdOrder },
  { method: 'GET', path: '/bankid/orders/:orderId/qr', operationId: 'getBankIdQr', csrf: false, handle: getBankIdQr },
  { method: 'POST', path: '/bankid/orders/:orderId/collect', operationId: 'collectBankIdOrder', csrf: true, handle: collectBankIdOrder },
  { method: 'DELETE', path: '/bankid/orders/:orderId', operationId: 'cancelBankIdOrder', csrf: true, handle: cancelBankIdOrder },
  { method: 'POST', path: '/bankid/return', operationId: 'confirmBankIdReturn', csrf: true, handle: confirmBankIdReturn },
  { method: 'POST', path: '/idp/:providerId/start', operationId: 'startIdentityProvider', csrf: true, handle: startIdentityProvider },
  // The browser comes back here from the (mock) identity provider: a navigation, no CSRF header.
  { method: 'GET', path: '/idp/:providerId/callback', csrf: false, mock: true, handle: idpCallback },
  { method: 'GET', path: '/__mock/idp/:providerId/authorize', csrf: false, mock: true, handle: idpAuthorize },
  { method: 'GET', path: '/__mock/outbox', csrf: false, mock: true, handle: getOutbox },
  { method: 'GET', path: '/__mock/bankid/app', csrf: false, mock: true, handle: getBankIdApp },
  { method: 'DELETE', path: '/__mock/outbox', csrf: false, mock: true, handle: clearOutbox },
  { method: 'GET', path: '/__mock/knobs', csrf: false, mock: true, handle: getKnobs },
  { method: 'POST', path: '/__mock/knobs', csrf: false, mock: true, handle: setKnobs },
  { method: 'POST', path: '/__mock/clock', csrf: false, mock: true, handle: advanceClock },
  { method: 'POST', path: '/__mock/reset', csrf: false, mock: true, handle: resetStore },
];

/** Every operationId of the contract the mock implements. */
export const OPERATION_IDS = ROUTES.flatMap((r) => (r.operationId ? [r.operationId] : []));

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) out[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return out;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function dispatch(
  route: Route,
  names: string[],
  match: RegExpExecArray,
  request: Request,
  registry: StoreRegistry,
  defects: ReadonlySet<MockDefect>,
): Promise<Response> {
  const url = new URL(request.url);
  const [sandboxPart, device] = match[1]?.split('/device/') ?? [];
  const sandboxId = sandboxPart ? decodeURIComponent(sandboxPart) : null;
  const basePath = sandboxId ? `/sandbox/${encodeURIComponent(sandboxId)}${device ? `/device/${device}` : ''}/api` : '/api';
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    params[name] = decodeURIComponent(match[i + 2] ?? '');
  });
  const store = registry.get(sandboxId);
  const tenantId = url.searchParams.get('tenant');
  const allCookies = isBrowser ? pageCookiesFor(url) : parseCookies(request.headers.get('cookie'));
  const ctx: Ctx = {
    request,
    url,
    store,
    registry,
    sandboxId,
    basePath,
    base: `${url.origin}${basePath}`,
    params,
    tenantId,
    tenant: TENANTS[tenantId ?? DEFAULT_TENANT] ?? (TENANTS[DEFAULT_TENANT] as Tenant),
    cookies: allCookies,
    setCookies: [],
    body: {},
    operationId: route.operationId,
    defects,
  };
  const cookieId = allCookies[COOKIE];
  ctx.session = cookieId ? store.sessions.get(cookieId) : undefined;

  try {
    if (!route.mock) {
      const delayKnob = request.headers.get('x-mock-delay') ?? url.searchParams.get('mock-delay');
      const delayMs =
        delayKnob !== null ? Number(delayKnob) : ((route.operationId ? store.knobs.slow[route.operationId] : undefined) ?? store.knobs.delayMs);
      if (Number.isFinite(delayMs) && delayMs > 0) await wait(Math.min(delayMs, 120_000));
      const fail =
        request.headers.get('x-mock-fail') ??
        url.searchParams.get('mock-fail') ??
        (route.operationId ? store.knobs.fail[route.operationId] : undefined);
      if (fail === 'network') {
        // msw turns Response.error() into a network error in the browser; a Node server cannot
        // send it, so there the marker header tells node.ts / node-adapter.ts to drop the socket.
        return isBrowser ? HttpResponse.error() : new Response(null, { status: 200, headers: { [NETWORK_ERROR_HEADER]: '1' } });
      }
      if (fail) {
        const retryAfter = request.headers.get('x-mock-retry-after') ?? url.searchParams.get('mock-retry-after');
        return problemResponse(ctx, fail, {}, retryAfter !== null ? Number(retryAfter) : KNOB_RETRY_AFTER[fail]);
      }
      if (tenantId !== null && !TENANTS[tenantId]) throw new Problem('not_found', { detail: `Unknown tenant ${tenantId}.` });
    }
    if (route.csrf && !ctx.defects.has('csrf-not-enforced')) {
      const token = request.headers.get('x-csrf-token');
      if (!ctx.session || !token || token !== ctx.session.csrfToken) throw new Problem('csrf_invalid');
    }
    if (request.method === 'POST') {
      const text = await request.text();
      if (text.trim() !== '') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw invalid([{ field: 'body', code: 'invalid' }]);
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid([{ field: 'body', code: 'invalid' }]);
        ctx.body = parsed as Record<string, unknown>;
      }
    }
    return await route.handle(ctx);
  } catch (error) {
    if (error instanceof Problem) return problemResponse(ctx, error.code, error.members, error.retryAfter);
    console.error('[mock] internal error', error);
    return problemResponse(ctx, 'internal_error');
  }
}

/** The mock backend as msw handlers (use with setupWorker, setupServer or @mswjs/http-middleware). */
export function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {
  const registry = options.registry ?? new StoreRegistry(options.onMessage);
  const defects: ReadonlySet<MockDefect> = new Set(options.defects ?? []);
  const handlers: HttpHandler[] = [];
  const methods = { GET: http.get, POST: http.post, DELETE: http.delete } as const;

  for (const route of ROUTES) {
    const { regex, names } = routeRegex(route.path);
    handlers.push(
      methods[route.method](regex, ({ request }) => {
        const match = regex.exec(new URL(request.url).origin + new URL(request.url).pathname);
        if (!match) return undefined;
        return dispatch(route, names, match, request, registry, defects);
      }),
    );
  }

  // CORS preflight for every API path.
  handlers.push(
    http.options(ANY_API, ({ request }) => {
      const origin = request.headers.get('origin');
      const headers: Record<string, string> = { Allow: 'GET, POST, DELETE, OPTIONS' };
      if (origin && isAllowedOrigin(origin)) {
        Object.assign(headers, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Credentials': 'true',
          'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type, X-CSRF-Token, X-Mock-Delay, X-Mock-Fail, X-Mock-Retry-After, X-Mock-BankId',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        });
      }
      return new Response(null, { status: 204, headers });
    }),
  );

  // Anything else under an API base: a problem, not the host server's own 404.
  handlers.push(
    http.all(ANY_API, ({ request }) =>
      problemResponse({ request, setCookies: [], defects }, 'not_found', { detail: `No operation ${request.method} ${new URL(request.url).pathname}.` }),
    ),
  );
  return handlers;
}
