/*
 * What the page's address says when the widget starts: a mailed link (`nl-link`) or the
 * return from an identity provider (`nl-idp`, `nl-idp-error`). The element removes these
 * parameters from the address bar; the machine only reads them once, at start.
 */
import { Secret } from './secret.js';

export interface Landing {
  /** The link token, sealed: it is a one-time credential. */
  link?: Secret;
  idp?: { result: 'ok' } | { result: 'error'; error: string };
}

export function parseLanding(search: string | undefined): Landing {
  const params = new URLSearchParams(search ?? '');
  const landing: Landing = {};
  const token = params.get('nl-link');
  if (token) landing.link = new Secret(token);
  const idp = params.get('nl-idp');
  if (idp === 'ok') landing.idp = { result: 'ok' };
  else if (idp !== null) landing.idp = { result: 'error', error: params.get('nl-idp-error') || 'idp_failed' };
  return landing;
}
