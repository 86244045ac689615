/*
 * Faults at the network layer, as a bank's QA review injects them: the page's fetch,
 * which the widget's client calls for every request, answers the matching requests of
 * one sandbox with a fault instead of (or on top of) the mock's real answer, until the
 * fault is lifted. Everything else goes to the real mock over HTTP.
 */
import type { OperationId } from '../../src/api/types.js';

export const FAULTS = ['500', '503', '429', 'hang', 'refused', 'malformed', 'missing', 'extra', '502-html'] as const;
export type Fault = (typeof FAULTS)[number];

/** Where each operation the widget calls goes, relative to the API base. */
const ROUTES: Partial<Record<OperationId, [method: string, path: RegExp]>> = {
  getConfig: ['GET', /^\/config$/],
  getSession: ['GET', /^\/session$/],
  signOut: ['DELETE', /^\/session$/],
  signInWithPassword: ['POST', /^\/auth\/password$/],
  verifyCode: ['POST', /^\/flows\/[^/]+\/challenge\/verify$/],
  resendCode: ['POST', /^\/flows\/[^/]+\/challenge\/resend$/],
  setPassword: ['POST', /^\/flows\/[^/]+\/password$/],
  startActivation: ['POST', /^\/activation$/],
  startPasswordReset: ['POST', /^\/password-reset$/],
  startBankIdOrder: ['POST', /^\/bankid\/orders$/],
  getCurrentBankIdOrder: ['GET', /^\/bankid\/orders\/current$/],
  getBankIdQr: ['GET', /^\/bankid\/orders\/[^/]+\/qr$/],
  collectBankIdOrder: ['POST', /^\/bankid\/orders\/[^/]+\/collect$/],
  cancelBankIdOrder: ['DELETE', /^\/bankid\/orders\/(?!current$)[^/]+$/],
  startIdentityProvider: ['POST', /^\/idp\/[^/]+\/start$/],
};

export type FaultyOperation = keyof typeof ROUTES;

interface Rule {
  base: string;
  method: string;
  path: RegExp;
  answer: (input: RequestInfo | URL, init: RequestInit | undefined) => Promise<Response>;
  hits: number;
}

const realFetch = globalThis.fetch.bind(globalThis);
const rules = new Set<Rule>();

const problem = (status: number, code: string, retryAfter?: number) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...(retryAfter ? { 'Retry-After': String(retryAfter) } : {}) },
  });

/** The mock's real answer with its body changed (answers without a JSON body pass as they are). */
async function edited(input: RequestInfo | URL, init: RequestInit | undefined, change: (body: Record<string, unknown>) => void) {
  const response = await realFetch(input, init);
  if (!response.headers.get('Content-Type')?.includes('json') || response.status === 204) return response;
  const body = (await response.json()) as Record<string, unknown>;
  change(body);
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

/** Drops a field the contract requires: beside a step's `next` (its flowId, challenge or user), else the first. */
function dropRequired(body: Record<string, unknown>): void {
  const keys = Object.keys(body);
  const key = 'next' in body ? (keys.find((k) => k !== 'next') ?? 'next') : keys[0];
  if (key !== undefined) delete body[key];
}

const signalOf = (input: RequestInfo | URL, init: RequestInit | undefined) => (input instanceof Request ? input.signal : init?.signal);

const ANSWERS: Record<Fault, Rule['answer']> = {
  '500': async () => problem(500, 'internal_error'),
  '503': async () => problem(503, 'service_unavailable', 1),
  '429': async () => problem(429, 'rate_limited', 1),
  // No answer at all: only the client's own time limit (its abort) ends the wait.
  hang: (input, init) =>
    new Promise((_, reject) => {
      const signal = signalOf(input, init);
      signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('aborted', 'AbortError')));
    }),
  refused: async () => {
    throw new TypeError('Failed to fetch');
  },
  malformed: async () => new Response('{"next": "signedIn", "user": {"displayName": "An', { status: 200, headers: { 'Content-Type': 'application/json' } }),
  missing: (input, init) => edited(input, init, dropRequired),
  extra: (input, init) =>
    edited(input, init, (body) => {
      body.debugTrace = { node: 'api-7', ms: 12 };
      body.experimentalFlag = true;
    }),
  '502-html': async () =>
    new Response('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>', {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
    }),
};

function match(input: RequestInfo | URL, init: RequestInit | undefined): Rule | undefined {
  const url = input instanceof Request ? input.url : String(input);
  const method = (input instanceof Request ? input.method : (init?.method ?? 'GET')).toUpperCase();
  for (const rule of rules) {
    if (!url.startsWith(`${rule.base}/`) || method !== rule.method) continue;
    if (rule.path.test(new URL(url).pathname.slice(new URL(rule.base).pathname.length))) return rule;
  }
  return undefined;
}

const faultyFetch: typeof fetch = (input, init) => {
  const rule = match(input, init);
  if (!rule) return realFetch(input, init);
  rule.hits += 1;
  return rule.answer(input, init);
};

/** From now on the page's fetch can inject faults; `restore` puts the real one back. */
export function installFaultyNetwork(): { restore(): void } {
  globalThis.fetch = faultyFetch;
  return {
    restore() {
      globalThis.fetch = realFetch;
      rules.clear();
    },
  };
}

export interface Injected {
  /** Requests answered with the fault so far. */
  readonly hits: number;
  /** From now on the requests reach the mock unchanged. */
  lift(): void;
}

/** Every request of `operation` to the sandbox `base` gets `fault` until lifted. */
export function inject(base: string, operation: FaultyOperation, fault: Fault): Injected {
  const [method, path] = ROUTES[operation]!;
  const rule: Rule = { base, method, path, answer: ANSWERS[fault], hits: 0 };
  rules.add(rule);
  return {
    get hits() {
      return rule.hits;
    },
    lift: () => rules.delete(rule),
  };
}

/** Every request of `operation` to `base` answered by the mock, then changed by `change` (hostile answers). */
export function rewrite(base: string, operation: FaultyOperation, change: (body: Record<string, unknown>) => void): Injected {
  const [method, path] = ROUTES[operation]!;
  const rule: Rule = { base, method, path, answer: (input, init) => edited(input, init, change), hits: 0 };
  rules.add(rule);
  return {
    get hits() {
      return rule.hits;
    },
    lift: () => rules.delete(rule),
  };
}
