/** A flow's state across requests: its challenge, its account, and how it ends in a sign-in. */
import type { components } from '../src/api/schema.js';
import { now, requireSession, sessionCookie, type Ctx } from './context.js';
import { deliverCode } from './mail.js';
import { Problem, type FieldError } from './problems.js';
import {
  CODE_ATTEMPTS,
  CODE_TTL_SECONDS,
  FLOW_TTL_SECONDS,
  RESEND_COOLDOWN_SECONDS,
  maskPhone,
  newCode,
  passwordViolations,
  toE164,
} from './rules.js';
import { randomId, type ChallengePurpose, type FlowKind, type FlowRecord, type UserRecord } from './store.js';
import type { Tenant } from './tenants.js';
import { userJson } from './users.js';

type Step = components['schemas']['Step'];
type PhoneNumber = components['schemas']['PhoneNumber'];

export function requireFlowEnabled(ctx: Ctx, flag: keyof Tenant['config']['flows']): void {
  if (!ctx.tenant.config.flows[flag]) throw new Problem('not_found', { detail: `This tenant does not offer ${flag}.` });
}

export function challengeJson(ctx: Ctx, challenge: NonNullable<FlowRecord['challenge']>): components['schemas']['Challenge'] {
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

export function newFlow(ctx: Ctx, kind: FlowKind, userId: string | null, subject = `u:${userId ?? randomId()}`): FlowRecord {
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

export function issueChallenge(
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

export function signIn(ctx: Ctx, user: UserRecord): Step {
  const session = requireSession(ctx);
  session.userId = user.id;
  ctx.store.rotateSession(session);
  sessionCookie(ctx, session);
  return { next: 'signedIn', user: userJson(user) };
}

/** Signs in, unless an SMS second factor is still needed (then asks for it or for a phone). */
export function completeSignIn(ctx: Ctx, user: UserRecord, existing: FlowRecord | null): Step {
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

/** The flow the path names, if it is this session's and still alive. */
export function getFlow(ctx: Ctx): FlowRecord {
  const flow = ctx.store.flows.get(ctx.params.flowId ?? '');
  if (!flow || flow.sessionKey !== requireSession(ctx).key) throw new Problem('not_found', { detail: 'No such flow.' });
  if (now(ctx) >= flow.expiresAt) throw new Problem('flow_expired');
  return flow;
}

export function flowUser(ctx: Ctx, flow: FlowRecord): UserRecord {
  const user = flow.userId ? ctx.store.users.get(flow.userId) : undefined;
  if (!user) throw new Problem('not_found', { detail: 'No such flow.' });
  return user;
}

/** E.164 of a phone number, or '' with an error when its length does not fit its country. */
export function phoneE164(phone: PhoneNumber, errors: FieldError[]): string {
  const e164 = toE164(phone.countryCode, phone.nationalNumber);
  if (!e164) errors.push({ field: 'nationalNumber', code: 'invalid' });
  return e164 ?? '';
}

export function checkPolicy(ctx: Ctx, password: string): void {
  const violations = passwordViolations(password, ctx.tenant.config.passwordPolicy);
  if (violations.length > 0) throw new Problem('password_policy', { violations });
}
