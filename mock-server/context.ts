/** What an operation knows of the request it answers, and the browser session it belongs to. */
import type { Answering } from './responses.js';
import { Problem } from './problems.js';
import { REMEMBER_ME_SECONDS } from './rules.js';
import type { SessionRecord, Store, StoreRegistry } from './store.js';
import type { Tenant } from './tenants.js';

export const SESSION_COOKIE = 'nl_session';

export interface Ctx<Body = unknown> extends Answering {
  url: URL;
  store: Store;
  registry: StoreRegistry;
  sandboxId: string | null;
  /** '/api', '/sandbox/<id>/api' or '/sandbox/<id>/device/<name>/api'. */
  basePath: string;
  /** origin + basePath. */
  base: string;
  /** The msw path parameters of the route (`flowId`, `orderId`, `providerId`). */
  params: Record<string, string>;
  tenantId: string | null;
  tenant: Tenant;
  session?: SessionRecord;
  /** The JSON body; for a contract operation, one that passed its request schema. */
  body: Body;
}

export const now = (ctx: Ctx): number => ctx.store.now();

export function sessionCookie(ctx: Ctx, session: SessionRecord): void {
  const maxAge = session.rememberMe ? `; Max-Age=${REMEMBER_ME_SECONDS}` : '';
  const httpOnly = ctx.defects.has('cookie-not-httponly') ? '' : '; HttpOnly';
  ctx.setCookies.push(`${SESSION_COOKIE}=${session.cookieId}; Path=${ctx.basePath}${httpOnly}; SameSite=Lax${maxAge}`);
}

export function ensureSession(ctx: Ctx): SessionRecord {
  if (!ctx.session) {
    ctx.session = ctx.store.createSession();
    sessionCookie(ctx, ctx.session);
  }
  return ctx.session;
}

export function requireSession(ctx: Ctx): SessionRecord {
  if (!ctx.session) throw new Problem('csrf_invalid');
  return ctx.session;
}
