/**
 * The same handlers run inside the browser (Storybook's service worker uses them): no Node
 * APIs in the module graph, WebCrypto for the BankID QR.
 */
import { expect } from '@open-wc/testing';
import { handleRequest } from 'msw';
import { createHandlers, OPERATION_IDS } from '../../mock-server/handlers.js';

describe('mock handlers in the browser', () => {
  const handlers = createHandlers();
  const base = 'http://storybook.test/sandbox/in-browser/api';
  // The path a request takes under setupWorker: msw's handleRequest.
  const emitter = { emit: () => true } as unknown as Parameters<typeof handleRequest>[4];
  const callAt = async (apiBase: string, path: string, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(apiBase + path, { credentials: 'include', ...init });
    const response = await handleRequest(request, crypto.randomUUID(), handlers, { onUnhandledRequest: 'error' }, emitter);
    if (!response) throw new Error(`no handler answered ${path}`);
    return response;
  };
  const call = (path: string, init?: RequestInit) => callAt(base, path, init);

  it('implements every operation of the design', () => {
    expect(OPERATION_IDS).to.have.length(24);
  });

  it('answers config, session, CSRF, a BankID QR and a body check without a server', async () => {
    const config = await call('/config?tenant=minasidor');
    expect((await config.json()).tenant.id).to.equal('minasidor');
    const session = await call('/session');
    const { csrfToken } = await session.json();
    expect(csrfToken).to.be.a('string');
    const denied = await call('/bankid/orders?tenant=minasidor', { method: 'POST', body: '{"device":"other"}' });
    expect(denied.status).to.equal(403);
    // The page keeps the session cookie and sends it with the next requests.
    const again = await (await call('/session')).json();
    expect(again.csrfToken).to.equal(csrfToken);
    const headers = { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' };
    const order = await (await call('/bankid/orders?tenant=minasidor', { method: 'POST', headers, body: '{"device":"other"}' })).json();
    const qr = await (await call(`/bankid/orders/${order.orderId}/qr?tenant=minasidor`, { headers })).json();
    expect(qr.qrData).to.match(/^bankid\.[0-9a-f-]+\.0\.[0-9a-f]{64}$/);
    // Bodies are checked against the contract here too.
    const both = await call('/bankid/orders?tenant=minasidor', { method: 'POST', headers, body: '{"device":"both"}' });
    expect([both.status, (await both.json()).errors]).to.deep.equal([422, [{ field: 'device', code: 'invalid' }]]);
  });

  it("keeps this page's session when another tab rewrites msw's cookie store", async () => {
    const { csrfToken } = await (await call('/session')).json();
    // What another tab does to msw's cookie jar: localStorage, shared and rewritten whole.
    localStorage.setItem('__msw-cookie-store__', '[]');
    expect((await (await call('/session')).json()).csrfToken).to.equal(csrfToken);
    // ...and the cookie stays with its sandbox: another sandbox has a session of its own.
    const other = await callAt('http://storybook.test/sandbox/elsewhere/api', '/session');
    expect((await other.json()).csrfToken).not.to.equal(csrfToken);
  });
});
