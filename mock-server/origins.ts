import { TENANTS } from './tenants.js';

/** Pages on the developer's own machine: the demo, Storybook, the tests and the examples. */
const LOCAL_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/;

/**
 * The allow-list of page origins: CORS answers only these, and identity providers send the
 * browser back only to these. A real backend lists its portals; the mock allows pages on
 * localhost and the portals its tenants name.
 */
export function isAllowedOrigin(origin: string, extra: readonly string[] = []): boolean {
  if (LOCAL_ORIGIN.test(origin)) return true;
  return Object.values(TENANTS).some((t) => t.origins.includes(origin)) || extra.includes(origin);
}
