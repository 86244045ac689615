/** How the mock answers: CORS, no-store, cookies, JSON and problem documents. */
import { HttpResponse } from 'msw';
import type { MockDefect } from './defects.js';
import { isAllowedOrigin } from './origins.js';
import { keepCookies } from './page-cookies.js';
import { PROBLEM_STATUS, PROBLEM_TITLE, type ProblemCode } from './problems.js';

export const isBrowser = typeof document !== 'undefined';

/** What an answer needs of the request it answers. */
export interface Answering {
  request: Request;
  /** Set-Cookie values to send with the answer. */
  setCookies: string[];
  defects: ReadonlySet<MockDefect>;
}

function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || !isAllowedOrigin(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

export function finish(ctx: Answering, status: number, body: BodyInit | null, headers: Record<string, string>): Response {
  const all = new Headers({ 'Cache-Control': 'no-store', ...headers, ...corsHeaders(ctx.request) });
  if (isBrowser) {
    keepCookies(ctx.setCookies);
    return new HttpResponse(body, { status, headers: all });
  }
  // In Node a plain Response: msw keeps HttpResponse cookies in a process-wide jar and would
  // replay them on every later request from any client.
  for (const cookie of ctx.setCookies) all.append('Set-Cookie', cookie);
  return new Response(body, { status, headers: all });
}

export const noContent = (ctx: Answering): Response => finish(ctx, 204, null, {});

export function json(ctx: Answering, status: number, body: unknown): Response {
  return finish(ctx, status, JSON.stringify(body), { 'Content-Type': 'application/json' });
}

export function problemResponse(ctx: Answering, code: string, members: Record<string, unknown> = {}, retryAfter?: number): Response {
  const known = code in PROBLEM_STATUS;
  const status = known ? PROBLEM_STATUS[code as ProblemCode] : 500;
  const body: Record<string, unknown> = {
    type: `https://nordic-login.dev/problems/${encodeURIComponent(code)}`,
    title: known ? PROBLEM_TITLE[code as ProblemCode] : `Forced unknown problem ${code}`,
    status,
    code,
    ...members,
  };
  if (ctx.defects.has('problem-without-code')) delete body.code;
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (retryAfter !== undefined) headers['Retry-After'] = String(Math.max(0, Math.ceil(retryAfter)));
  return finish(ctx, status, JSON.stringify(body), headers);
}
