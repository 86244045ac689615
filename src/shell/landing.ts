/*
 * What the page's address says when the widget starts: a mailed link (`nl-link`), the
 * return from an identity provider (`nl-idp`, `nl-idp-error`) or from the BankID app
 * (`nl-bankid`, the nonce of a same-device order). The element removes these
 * parameters from the address bar; the machine only reads them once, at start.
 */
import { Secret } from './secret.js';

export interface Landing {
  /** The link token, sealed: it is a one-time credential. */
  link?: Secret;
  idp?: { result: 'ok' } | { result: 'error'; error: string };
  /** The BankID app's return nonce, sealed: whoever holds it may finish the order. */
  bankid?: Secret;
}

export function parseLanding(search: string | undefined): Landing {
  const params = new URLSearchParams(search ?? '');
  const landing: Landing = {};
  const token = params.get('nl-link');
  if (token) landing.link = new Secret(token);
  const nonce = params.get('nl-bankid');
  if (nonce) landing.bankid = new Secret(nonce);
  const idp = params.get('nl-idp');
  if (idp === 'ok') landing.idp = { result: 'ok' };
  else if (idp !== null) landing.idp = { result: 'error', error: params.get('nl-idp-error') || 'idp_failed' };
  return landing;
}
