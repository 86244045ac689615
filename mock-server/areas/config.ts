/** Contract area `config`: what the tenant offers. */
import type { AreaHandlers } from '../operation-types.js';
import { json } from '../responses.js';

export const configOperations = {
  getConfig: (ctx) => json(ctx, 200, ctx.tenant.config),
} satisfies AreaHandlers<'config'>;
