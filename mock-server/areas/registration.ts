/** Contract area `registration`: F2 activation, F3 verify-and-create, F4, F5 and F7a registration. */
import type { components } from '../../src/api/schema.js';
import { now, type Ctx } from '../context.js';
import { checkPolicy, issueChallenge, newFlow, phoneE164, requireFlowEnabled } from '../flows.js';
import { limitSends, limitSubject } from '../limits.js';
import { texts } from '../messages.js';
import { createLink, send } from '../mail.js';
import type { AreaHandlers } from '../operation-types.js';
import { Problem, throwIfErrors, type FieldError } from '../problems.js';
import { json } from '../responses.js';
import { identifierKey, isBirthDate, LOCK_SECONDS, maskEmail, maskPhone, normaliseEmail, normalisePersonalNumber, PIN_ATTEMPTS } from '../rules.js';
import { findUser } from '../users.js';

type Schemas = components['schemas'];
type Step = Schemas['Step'];

/** F2 and F3: the same answer whether or not the address is known. */
function startEmailFlow(ctx: Ctx<Schemas['EmailRequest']>, kind: 'activation' | 'verification'): Response {
  requireFlowEnabled(ctx, kind === 'activation' ? 'activation' : 'verifyAndCreate');
  const email = normaliseEmail(ctx.body.email);
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

export const registrationOperations = {
  startActivation: (ctx) => startEmailFlow(ctx, 'activation'),

  startVerification: (ctx) => startEmailFlow(ctx, 'verification'),

  registerWithMobile(ctx) {
    requireFlowEnabled(ctx, 'mobileRegistration');
    const errors: FieldError[] = [];
    const e164 = phoneE164(ctx.body, errors);
    const { birthDate } = ctx.body;
    if (!isBirthDate(birthDate, now(ctx))) errors.push({ field: 'birthDate', code: 'invalid' });
    throwIfErrors(errors);
    limitSends(ctx);
    limitSubject(ctx, identifierKey(e164));
    const user = findUser(ctx.store, (u) => u.phone === e164 && u.birthDate === birthDate);
    if (!user) return json(ctx, 200, { next: 'contactSupport', reason: 'phoneUnknown' } satisfies Step);
    const flow = newFlow(ctx, 'mobileRegistration', user.id, identifierKey(e164));
    return json(ctx, 200, issueChallenge(ctx, flow, 'sms', e164, maskPhone(e164), 'identity'));
  },

  registerWithCustomerNumber(ctx) {
    requireFlowEnabled(ctx, 'customerNumberRegistration');
    const { customerNumber, pin, password } = ctx.body;
    const email = normaliseEmail(ctx.body.email);
    checkPolicy(ctx, password);
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
    createLink(ctx, 'registration', user, email, { email, password });
    return json(ctx, 200, { next: 'checkInbox', channel: 'email' } satisfies Step);
  },

  registerEmail(ctx) {
    requireFlowEnabled(ctx, 'emailRegistration');
    const { customerNumber } = ctx.body;
    // The contract's pattern admits the personnummer with or without its dash.
    const personalNumber = normalisePersonalNumber(ctx.body.personalNumber);
    const email = normaliseEmail(ctx.body.email);
    limitSends(ctx);
    const user = findUser(ctx.store, (u) => u.customerNumber === customerNumber);
    if (!user || user.personalNumber !== personalNumber) {
      return json(ctx, 200, { next: 'contactSupport', reason: 'accountNotFound' } satisfies Step);
    }
    if (user.email) return json(ctx, 200, { next: 'contactSupport', reason: 'emailAlreadyRegistered' } satisfies Step);
    createLink(ctx, 'emailConfirmation', user, email, { email });
    return json(ctx, 200, { next: 'checkInbox', channel: 'email' } satisfies Step);
  },
} satisfies AreaHandlers<'registration'>;
