/** Contract area `password`: F1 password sign-in and the steps of code-verified flows. */
import type { components } from '../../src/api/schema.js';
import { now, requireSession } from '../context.js';
import { challengeJson, checkPolicy, completeSignIn, flowUser, getFlow, issueChallenge, phoneE164 } from '../flows.js';
import { counted, limitSends, limitSubject, rateLimit, throwIfCounted } from '../limits.js';
import { deliverCode } from '../mail.js';
import type { AreaHandlers } from '../operation-types.js';
import { Problem, throwIfErrors, type FieldError } from '../problems.js';
import { json } from '../responses.js';
import {
  CODE_ATTEMPTS,
  CODE_TTL_SECONDS,
  LOCK_AFTER_FAILED_PASSWORDS,
  LOCK_SECONDS,
  MAX_SENDS_PER_CHALLENGE,
  MAX_SIGN_INS_PER_WINDOW,
  MAX_WRONG_CODES_PER_DAY,
  MAX_WRONG_PASSWORDS_PER_DAY,
  RESEND_COOLDOWN_SECONDS,
  identifierKey,
  maskPhone,
  newCode,
} from '../rules.js';
import { randomId, type UserRecord } from '../store.js';
import { findUserByIdentifier } from '../users.js';

type Step = components['schemas']['Step'];

export const passwordOperations = {
  signInWithPassword(ctx) {
    const identifier = ctx.body.identifier.trim();
    const { password } = ctx.body;
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
  },

  verifyCode(ctx) {
    const flow = getFlow(ctx);
    const challenge = flow.challenge;
    if (flow.state !== 'verifyCode' || !challenge) throw new Problem('not_found', { detail: 'This flow has no open code.' });
    if (challenge.attemptsLeft <= 0) throw new Problem('code_attempts_exceeded');
    if (now(ctx) >= challenge.expiresAt) throw new Problem('code_expired');
    const wrongCodes = counted(ctx, `code:${flow.subject}`, 24 * 3600);
    throwIfCounted(ctx, wrongCodes, MAX_WRONG_CODES_PER_DAY, 24 * 3600);
    if (!challenge.to || ctx.body.code !== challenge.code) {
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
  },

  resendCode(ctx) {
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
  },

  enrolPhone(ctx) {
    const flow = getFlow(ctx);
    if (flow.state !== 'enrolPhone') throw new Problem('not_found', { detail: 'This flow does not expect a phone number.' });
    const errors: FieldError[] = [];
    const e164 = phoneE164(ctx.body, errors);
    throwIfErrors(errors);
    limitSends(ctx);
    flow.pendingPhone = e164;
    return json(ctx, 200, issueChallenge(ctx, flow, 'sms', e164, maskPhone(e164), 'enrolPhone'));
  },

  setPassword(ctx) {
    const flow = getFlow(ctx);
    if (flow.state !== 'setPassword') throw new Problem('not_found', { detail: 'This flow does not expect a password.' });
    checkPolicy(ctx, ctx.body.password);
    const user = flowUser(ctx, flow);
    if (user.lockedPermanently) throw new Problem('account_locked');
    user.password = ctx.body.password;
    if (flow.kind === 'verification' && !user.phone) {
      flow.state = 'enrolPhone';
      return json(ctx, 200, { next: 'enrolPhone', flowId: flow.id } satisfies Step);
    }
    return json(ctx, 200, completeSignIn(ctx, user, flow));
  },
} satisfies AreaHandlers<'password'>;
