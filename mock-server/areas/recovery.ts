/** Contract area `recovery`: F6 forgotten customer number, F7b password link, F12 forgotten password. */
import type { components } from '../../src/api/schema.js';
import { issueChallenge, newFlow, requireFlowEnabled } from '../flows.js';
import { limitSends, limitSubject } from '../limits.js';
import { createLink, send } from '../mail.js';
import { texts } from '../messages.js';
import type { AreaHandlers } from '../operation-types.js';
import { invalid } from '../problems.js';
import { json } from '../responses.js';
import { fakeMaskedEmail, identifierKey, maskEmail, maskEmailFully, maskPhone, normaliseEmail, normaliseMobile } from '../rules.js';
import { findUser, findUserByIdentifier } from '../users.js';

type Step = components['schemas']['Step'];

export const recoveryOperations = {
  /** F6: always the same answer. */
  recoverCustomerNumber(ctx) {
    requireFlowEnabled(ctx, 'forgotCustomerNumber');
    const { mobile, customerNumber, channel } = ctx.body;
    const email = ctx.body.email === undefined ? undefined : normaliseEmail(ctx.body.email);
    // The contract asks for at least one of them, which its schema cannot say.
    const address = email ?? mobile;
    if (address === undefined) {
      throw invalid([
        { field: 'email', code: 'required' },
        { field: 'mobile', code: 'required' },
      ]);
    }
    limitSends(ctx);
    limitSubject(ctx, identifierKey(address));
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
        channel,
        to,
        subject: channel === 'email' ? t.customerNumberSubject(portal) : '',
        text: t.customerNumber(portal, user.customerNumber, user.pin ?? '—'),
      });
    }
    return json(ctx, 200, { next: 'checkInbox', channel } satisfies Step);
  },

  /** F7b: always the same answer. */
  requestPasswordLink(ctx) {
    requireFlowEnabled(ctx, 'passwordLink');
    const { customerNumber } = ctx.body;
    limitSends(ctx);
    limitSubject(ctx, identifierKey(customerNumber));
    const user = findUser(ctx.store, (u) => u.customerNumber === customerNumber);
    if (user?.email && !user.lockedPermanently) createLink(ctx, 'passwordLink', user, user.email);
    return json(ctx, 200, { next: 'checkInbox', channel: 'email' } satisfies Step);
  },

  /** F12: always verifyCode, also for unknown accounts. */
  startPasswordReset(ctx) {
    requireFlowEnabled(ctx, 'forgotPassword');
    const identifier = ctx.body.identifier.trim();
    const looksMobile = identifier.startsWith('+') || identifier.startsWith('00');
    const mobile = looksMobile ? normaliseMobile(identifier) : null;
    if (looksMobile && !mobile) throw invalid([{ field: 'identifier', code: 'invalid' }]);
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
  },
} satisfies AreaHandlers<'recovery'>;
