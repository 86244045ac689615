/**
 * The mock identity provider (F9): its authorize page, and the backend's callback that the
 * browser comes back to. Navigations, not calls of the element: no CSRF token.
 */
import { now, sessionCookie, type Ctx } from './context.js';
import type { MockEndpoint } from './mock-endpoint.js';
import { finish } from './responses.js';
import { IDP_USERS } from './seed.js';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function html(ctx: Ctx, status: number, title: string, body: string): Response {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
a{display:block;margin:.75rem 0;padding:.75rem 1rem;border:1px solid #555;border-radius:6px;text-decoration:none;color:inherit}
a.primary{background:#1f4e79;color:#fff;border-color:#1f4e79}</style></head><body>${body}</body></html>`;
  return finish(ctx, status, page, { 'Content-Type': 'text/html; charset=utf-8' });
}

function authorize(ctx: Ctx): Response {
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

function callback(ctx: Ctx): Response {
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
    const session = ctx.store.sessionByKey(record.sessionKey) ?? ctx.store.createSession();
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

export const identityProviderPages: MockEndpoint[] = [
  { method: 'GET', path: '/__mock/idp/:providerId/authorize', handle: authorize },
  { method: 'GET', path: '/idp/:providerId/callback', handle: callback },
];
