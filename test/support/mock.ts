/*
 * The mock backend's own endpoints (mock-server/README.md), for tests and stories that read
 * what it "sent", turn its knobs or move its clock. Each test and story works in a sandbox
 * of its own. No test runner code: Storybook bundles this too.
 */

/** The mock backend the test runner starts (see web-test-runner.config.mjs). */
export const MOCK_ORIGIN: string =
  (globalThis as { __NL_MOCK_ORIGIN__?: string }).__NL_MOCK_ORIGIN__ ?? 'http://localhost:8790';

/** A base URL with a freshly seeded store of its own, so tests never share state. */
export function newSandbox(): string {
  return `${MOCK_ORIGIN}/sandbox/${crypto.randomUUID()}/api`;
}

/** Resolves once `check` holds, asking every 20 ms; fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject?: string;
  text: string;
  code?: string;
  link?: string;
  sentAt: string;
}

/** The sandbox's sticky knobs; `null` clears one. */
export interface Knobs {
  /** Answer every request this much later. */
  delayMs?: number;
  /** Answer these operations (by operationId) this much later. */
  slow?: Record<string, number>;
  /** Make operations (by operationId) fail with a problem code. */
  fail?: Record<string, string>;
  /** The outcome of every BankID order (mock-server/README.md, BankID). */
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
  /** Moves the sandbox's clock forward; `frozen` stops or restarts its real time. */
  async clock(base: string, advanceSeconds: number, frozen?: boolean): Promise<void> {
    await mockCall(base, 'clock', { advanceSeconds, ...(frozen === undefined ? {} : { frozen }) });
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
    const token = link ? new URL(link, location.href).searchParams.get('nl-link') : null;
    if (!token) throw new Error('the newest message carries no nl-link');
    return token;
  },
};
