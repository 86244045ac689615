/** What the mock sends (codes, links, notices) into the store's outbox, in the tenant's language. */
import { now, type Ctx } from './context.js';
import { texts } from './messages.js';
import type { OutboxMessage } from './outbox.js';
import { LINK_TTL_SECONDS, PASSWORD_LINK_TTL_SECONDS } from './rules.js';
import { randomToken, type FlowRecord, type LinkRecord, type UserRecord } from './store.js';

export function send(ctx: Ctx, message: Omit<OutboxMessage, 'id' | 'sentAt'>): void {
  ctx.store.outbox.send(message, now(ctx));
}

/** The page a mailed link or a BankID return leads to: the widgetUrl knob, else the page that asked. */
export function widgetPage(ctx: Ctx): URL {
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

export function deliverCode(ctx: Ctx, flow: FlowRecord): void {
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

export function createLink(ctx: Ctx, kind: LinkRecord['kind'], user: UserRecord, to: string, extra: Partial<LinkRecord> = {}): void {
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
