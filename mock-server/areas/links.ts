/** Contract area `links`: redeeming one-time links that were mailed to the user. */
import type { components } from '../../src/api/schema.js';
import { now } from '../context.js';
import { completeSignIn, newFlow } from '../flows.js';
import type { AreaHandlers } from '../operation-types.js';
import { Problem } from '../problems.js';
import { json } from '../responses.js';

type Step = components['schemas']['Step'];

export const linkOperations = {
  redeemLink(ctx) {
    const link = ctx.store.links.get(ctx.body.token.trim());
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
  },
} satisfies AreaHandlers<'links'>;
