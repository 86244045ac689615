/** Contract area `identity-providers`: F9, started here; the provider's pages are ../identity-provider-pages.ts. */
import { now, requireSession } from '../context.js';
import type { AreaHandlers } from '../operation-types.js';
import { isAllowedOrigin } from '../origins.js';
import { invalid, Problem } from '../problems.js';
import { json } from '../responses.js';
import { randomToken } from '../store.js';

export const identityProviderOperations = {
  startIdentityProvider(ctx) {
    const providerId = ctx.params.providerId ?? '';
    if (!ctx.tenant.config.methods.identityProviders.some((p) => p.id === providerId)) throw new Problem('idp_unknown');
    const returnUrl = ctx.body.returnUrl.trim();
    const url = new URL(returnUrl);
    const widget = ctx.store.knobs.widgetUrl ? [new URL(ctx.store.knobs.widgetUrl).origin] : [];
    if (!/^https?:$/.test(url.protocol) || !isAllowedOrigin(url.origin, widget)) throw invalid([{ field: 'returnUrl', code: 'invalid' }]);
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
  },
} satisfies AreaHandlers<'identity-providers'>;
