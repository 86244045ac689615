/**
 * The mock backend as msw v2 request handlers: every operation of the contract
 * (contract/openapi.yaml), implemented per contract area in areas/, on the method and path
 * the contract gives it (contract-operations.ts), plus the mock's own endpoints. Every route
 * answers on any origin under `/api`, under `/sandbox/<id>/api` (a freshly seeded store per
 * sandbox id) and under `/sandbox/<id>/device/<name>/api`.
 */
import { http, type HttpHandler, type PathParams } from 'msw';
import { operationHandlers } from './areas/index.js';
import { SESSION_COOKIE, type Ctx } from './context.js';
import { contractOperations } from './contract-operations.js';
import type { MockDefect } from './defects.js';
import { identityProviderPages } from './identity-provider-pages.js';
import type { MockEndpoint } from './mock-endpoint.js';
import type { OperationHandlers, OperationId, RequestBody, RequestSchema } from './operation-types.js';
import { isAllowedOrigin } from './origins.js';
import type { OutboxMessage } from './outbox.js';
import { ownEndpoints } from './own-endpoints.js';
import { pageCookiesFor } from './page-cookies.js';
import { invalid, Problem, throwIfErrors } from './problems.js';
import { bodyErrors } from './request-bodies.js';
import { forcedAnswer } from './request-knobs.js';
import { isBrowser, problemResponse } from './responses.js';
import { StoreRegistry } from './store.js';
import { DEFAULT_TENANT, TENANTS, type Tenant } from './tenants.js';

export interface CreateHandlersOptions {
  /** Share stores between handler sets (e.g. tests); a new registry by default. */
  registry?: StoreRegistry;
  /** Called for every message "sent" (the node server prints them). */
  onMessage?: (message: OutboxMessage, sandboxId: string | null) => void;
  /** Contract violations to commit on purpose (the conformance kit's test only). */
  defects?: readonly MockDefect[];
}

/** Every operationId of the contract, each implemented. */
export const OPERATION_IDS = Object.keys(contractOperations) as OperationId[];

/*
 * `*` is the origin. `/sandbox/<id>/device/<name>/api` is the same sandbox seen from another
 * device: its own cookie path, so one page can hold two sessions of one store (a relayed
 * BankID link).
 */
const BASES = ['*/api', '*/sandbox/:sandboxId/api', '*/sandbox/:sandboxId/device/:device/api'];

/** A route: a contract operation (with its id and body schema) or one of the mock's own. */
interface Endpoint extends MockEndpoint {
  operationId?: OperationId;
  /** Requires the session cookie and a matching X-CSRF-Token. */
  csrf: boolean;
  schema?: RequestSchema;
}

// As the mapped type, indexing by one operationId gives that operation's own handler type.
const implemented: OperationHandlers = operationHandlers;

function contractEndpoint<Op extends OperationId>(operationId: Op): Endpoint {
  const { method, path, csrf, body } = contractOperations[operationId];
  const handle = implemented[operationId];
  // The body reaches the operation only after it passed the operation's schema.
  return { method, path, operationId, csrf, schema: body, handle: (ctx) => handle(ctx as Ctx<RequestBody<Op>>) };
}

const ENDPOINTS: Endpoint[] = [
  ...OPERATION_IDS.map(contractEndpoint),
  ...[...ownEndpoints, ...identityProviderPages].map((endpoint) => ({ ...endpoint, csrf: false })),
];

/** The store and cookie path a request's base names; null when `*` matched more than the origin (another base's request, or no API's). */
function baseOf(params: PathParams, url: URL): { sandboxId: string | null; basePath: string } | null {
  if (params[0] !== url.origin) return null;
  const { sandboxId, device } = params;
  if (typeof sandboxId !== 'string') return { sandboxId: null, basePath: '/api' };
  const deviceSegment = typeof device === 'string' ? `/device/${encodeURIComponent(device)}` : '';
  return { sandboxId, basePath: `/sandbox/${encodeURIComponent(sandboxId)}${deviceSegment}/api` };
}

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) out[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return out;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid([{ field: 'body', code: 'invalid' }]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid([{ field: 'body', code: 'invalid' }]);
  return parsed as Record<string, unknown>;
}

async function answer(
  endpoint: Endpoint,
  request: Request,
  params: PathParams,
  registry: StoreRegistry,
  defects: ReadonlySet<MockDefect>,
): Promise<Response | undefined> {
  const url = new URL(request.url);
  const base = baseOf(params, url);
  if (!base) return undefined;
  const store = registry.get(base.sandboxId);
  const tenantId = url.searchParams.get('tenant');
  const ctx: Ctx<Record<string, unknown>> = {
    request,
    url,
    store,
    registry,
    sandboxId: base.sandboxId,
    basePath: base.basePath,
    base: `${url.origin}${base.basePath}`,
    params: Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    tenantId,
    tenant: TENANTS[tenantId ?? DEFAULT_TENANT] ?? (TENANTS[DEFAULT_TENANT] as Tenant),
    setCookies: [],
    body: {},
    defects,
  };
  const cookieId = (isBrowser ? pageCookiesFor(url) : parseCookies(request.headers.get('cookie')))[SESSION_COOKIE];
  ctx.session = cookieId ? store.sessions.get(cookieId) : undefined;

  try {
    if (endpoint.operationId) {
      const forced = await forcedAnswer(ctx, endpoint.operationId);
      if (forced) return forced;
      if (tenantId !== null && !TENANTS[tenantId]) throw new Problem('not_found', { detail: `Unknown tenant ${tenantId}.` });
    }
    if (endpoint.csrf && !defects.has('csrf-not-enforced')) {
      const token = request.headers.get('x-csrf-token');
      if (!ctx.session || !token || token !== ctx.session.csrfToken) throw new Problem('csrf_invalid');
    }
    if (request.method === 'POST') ctx.body = await jsonBody(request);
    if (endpoint.schema) throwIfErrors(bodyErrors(ctx.body, endpoint.schema));
    return await endpoint.handle(ctx);
  } catch (error) {
    if (error instanceof Problem) return problemResponse(ctx, error.code, error.members, error.retryAfter);
    console.error('[mock] internal error', error);
    return problemResponse(ctx, 'internal_error');
  }
}

function preflight(request: Request): Response {
  const origin = request.headers.get('origin');
  const headers: Record<string, string> = { Allow: 'GET, POST, DELETE, OPTIONS' };
  if (origin && isAllowedOrigin(origin)) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, X-CSRF-Token, X-Mock-Delay, X-Mock-Fail, X-Mock-Retry-After, X-Mock-BankId',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  }
  return new Response(null, { status: 204, headers });
}

/** The mock backend as msw handlers (use with setupWorker, setupServer or @mswjs/http-middleware). */
export function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {
  const registry = options.registry ?? new StoreRegistry(options.onMessage);
  const defects: ReadonlySet<MockDefect> = new Set(options.defects ?? []);
  const methods = { GET: http.get, POST: http.post, DELETE: http.delete } as const;
  const routes = BASES.flatMap((base) =>
    ENDPOINTS.map((endpoint) =>
      methods[endpoint.method](base + endpoint.path, ({ request, params }) => answer(endpoint, request, params, registry, defects)),
    ),
  );
  // Everything under an API base, for the preflight and for a problem instead of the host server's own 404.
  const anywhere = BASES.flatMap((base) => [base, `${base}/*`]);
  const inBase = (request: Request, params: PathParams): boolean => baseOf(params, new URL(request.url)) !== null;
  const preflights = anywhere.map((path) => http.options(path, ({ request, params }) => (inBase(request, params) ? preflight(request) : undefined)));
  const notFound = anywhere.map((path) =>
    http.all(path, ({ request, params }) =>
      inBase(request, params)
        ? problemResponse({ request, setCookies: [], defects }, 'not_found', { detail: `No operation ${request.method} ${new URL(request.url).pathname}.` })
        : undefined,
    ),
  );
  return [...routes, ...preflights, ...notFound];
}
