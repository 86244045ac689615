import type { Ctx } from './context.js';

/** A route of the mock's own, outside the contract: no tenant, no knobs, no CSRF token. */
export interface MockEndpoint {
  method: 'GET' | 'POST' | 'DELETE';
  /** msw's form, under the API base. */
  path: string;
  handle: (ctx: Ctx<Record<string, unknown>>) => Response | Promise<Response>;
}
