/** Contract area `session`: the browser session, its CSRF token, signing out. */
import type { components } from '../../src/api/schema.js';
import { ensureSession, requireSession, sessionCookie } from '../context.js';
import type { AreaHandlers } from '../operation-types.js';
import { json, noContent } from '../responses.js';
import { userJson } from '../users.js';

export const sessionOperations = {
  getSession(ctx) {
    const session = ensureSession(ctx);
    const user = session.userId ? ctx.store.users.get(session.userId) : undefined;
    const body: components['schemas']['Session'] = user
      ? { authenticated: true, user: userJson(user), csrfToken: session.csrfToken }
      : { authenticated: false, csrfToken: session.csrfToken };
    return json(ctx, 200, body);
  },

  signOut(ctx) {
    const session = requireSession(ctx);
    session.userId = undefined;
    session.rememberMe = false;
    const order = session.bankidOrderId ? ctx.store.orders.get(session.bankidOrderId) : undefined;
    if (order) order.cancelled = true;
    session.bankidOrderId = undefined;
    ctx.store.rotateSession(session);
    sessionCookie(ctx, session);
    return noContent(ctx);
  },
} satisfies AreaHandlers<'session'>;
