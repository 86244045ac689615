/*
 * The mock backend's own endpoints (mock-server/README.md), for tests that read what it
 * "sent", turn its knobs or move its clock. Each test works in a sandbox of its own.
 */
import { newSandbox } from '../support/mock.js';

export { newSandbox };

export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
  code?: string;
  link?: string;
  sentAt: string;
}

export interface Knobs {
  delayMs?: number;
  fail?: Record<string, string>;
  bankid?: string | null;
  bankidPersonalNumber?: string | null;
  widgetUrl?: string | null;
}

async function mockCall(base: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${base}/__mock/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`mock ${path}: HTTP ${response.status}`);
  return response;
}

export const mock = {
  async outbox(base: string): Promise<OutboxMessage[]> {
    return (await mockCall(base, 'outbox')).json() as Promise<OutboxMessage[]>;
  },
  async knobs(base: string, knobs: Knobs): Promise<void> {
    await mockCall(base, 'knobs', knobs);
  },
  async clock(base: string, advanceSeconds: number): Promise<void> {
    await mockCall(base, 'clock', { advanceSeconds });
  },
  /** The newest message sent to `to` (or to anyone). */
  async lastMessage(base: string, to?: string): Promise<OutboxMessage> {
    const messages = (await mock.outbox(base)).filter((m) => to === undefined || m.to === to);
    const last = messages.at(-1);
    if (!last) throw new Error(`the mock sent nothing${to ? ` to ${to}` : ''}`);
    return last;
  },
  async lastCode(base: string, to?: string): Promise<string> {
    const { code } = await mock.lastMessage(base, to);
    if (!code) throw new Error('the newest message carries no code');
    return code;
  },
  /** The `nl-link` token of the newest message with a link. */
  async lastLinkToken(base: string, to?: string): Promise<string> {
    const { link } = await mock.lastMessage(base, to);
    const token = link ? new URL(link).searchParams.get('nl-link') : null;
    if (!token) throw new Error('the newest message carries no nl-link');
    return token;
  },
};

/** A fetch that records each request and may change it first (per-request knobs, broken tokens). */
export function recordingFetch(change?: (request: Request) => Request | void): typeof fetch & { requests: Request[] } {
  const requests: Request[] = [];
  const wrapped = (input: RequestInfo | URL, init?: RequestInit) => {
    let request = input instanceof Request ? input : new Request(input, init);
    request = change?.(request) ?? request;
    // A copy is kept: the request's own body is used up by sending it.
    requests.push(request.clone());
    return fetch(request);
  };
  return Object.assign(wrapped, { requests });
}

/** A fetch that asks the mock to fail the matching requests with `code` (X-Mock-Fail). */
export function failingFetch(code: string, when: (request: Request) => boolean = () => true) {
  return recordingFetch((request) => {
    if (when(request)) request.headers.set('X-Mock-Fail', code);
  });
}
