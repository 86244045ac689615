/**
 * Test helpers: the OpenAPI contract loaded in the browser (yaml -> ajv 2020-12) and a tiny
 * client that calls the real mock over HTTP by operationId and checks every answer
 * (status declared, content type, body schema) against the contract.
 */
import { parse } from 'yaml';
import type Ajv2020Type from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import { newSandbox } from '../support/mock';

type Json = Record<string, any>;

/** Served by test/mock/wtr-plugin.mjs (ajv is CommonJS only). */
const AJV_MODULE: string = '/__vendor/ajv2020.js';

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  operation: Json;
}

export interface CallResult {
  operationId: string;
  status: number;
  headers: Headers;
  contentType: string;
  body: any;
}

export class Contract {
  readonly operations = new Map<string, Operation>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    readonly doc: Json,
    private readonly ajv: Ajv2020Type,
  ) {
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const operation = item[method];
        if (operation) this.operations.set(operation.operationId, { operationId: operation.operationId, method, path, operation });
      }
    }
  }

  get problemCodes(): string[] {
    return this.doc.components.schemas.ProblemCode.enum;
  }

  operation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`no operation ${operationId} in the contract`);
    return op;
  }

  /** The JSON pointer of a $ref chain's target, and the object there. */
  private deref(pointer: string): [string, Json] {
    let current = pointer;
    for (let i = 0; i < 10; i += 1) {
      const value = this.at(current);
      if (typeof value?.$ref !== 'string') return [current, value];
      current = value.$ref.slice(1);
    }
    throw new Error(`$ref loop at ${pointer}`);
  }

  private at(pointer: string): any {
    return pointer
      .split('/')
      .slice(1)
      .reduce((node: any, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
  }

  /** Checks one answer against the contract; returns the problems found (empty: conforms). */
  check(result: CallResult): string[] {
    const op = this.operation(result.operationId);
    const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
    const responses = op.operation.responses as Json;
    const key = String(result.status) in responses ? String(result.status) : 'default' in responses ? 'default' : undefined;
    if (!key) return [`status ${result.status} is not declared for ${result.operationId}`];
    const [pointer, response] = this.deref(`/paths/${esc(op.path)}/${op.method}/responses/${key}`);
    const errors: string[] = [];
    if (!response.content) {
      if (result.body !== undefined && result.body !== '') errors.push(`status ${result.status} has no body in the contract`);
      return errors;
    }
    const mediaType = Object.keys(response.content).find((m) => result.contentType.startsWith(m));
    if (!mediaType) {
      return [`content type "${result.contentType}" is not one of ${Object.keys(response.content).join(', ')} (${result.status})`];
    }
    const schemaPointer = `${pointer}/content/${esc(mediaType)}/schema`;
    let validate = this.validators.get(schemaPointer);
    if (!validate) {
      const fragment = schemaPointer.split('/').map(encodeURIComponent).join('/');
      validate = this.ajv.compile({ $ref: `openapi.json#${fragment}` });
      this.validators.set(schemaPointer, validate);
    }
    if (!validate(result.body)) {
      errors.push(
        `${result.operationId} ${result.status} body does not match ${schemaPointer}: ${this.ajv.errorsText(validate.errors)}\n${JSON.stringify(result.body)}`,
      );
    }
    const declaredHeaders = response.headers ?? {};
    if ('Retry-After' in declaredHeaders && (result.status === 429 || result.status === 503)) {
      // 429 always carries it (423 only for temporary locks; 503 may).
      if (result.status === 429 && !/^\d+$/.test(result.headers.get('retry-after') ?? '')) {
        errors.push(`${result.operationId} ${result.status} lacks a Retry-After header in whole seconds`);
      }
    }
    return errors;
  }
}

let loading: Promise<Contract> | undefined;

export function loadContract(): Promise<Contract> {
  loading ??= (async () => {
    const [text, ajvModule] = await Promise.all([
      fetch('/contract/openapi.yaml').then((r) => {
        if (!r.ok) throw new Error(`cannot load the contract: ${r.status}`);
        return r.text();
      }),
      import(/* @vite-ignore */ AJV_MODULE).catch((error: unknown) => {
        throw new Error(
          `cannot load ${AJV_MODULE}: register ajvPlugin() from test/mock/wtr-plugin.mjs in web-test-runner.config.mjs (${String(error)})`,
        );
      }),
    ]);
    const doc = parse(text) as Json;
    const { Ajv2020, addFormats } = ajvModule as { Ajv2020: typeof Ajv2020Type; addFormats: (ajv: Ajv2020Type) => void };
    // strict: false — the OpenAPI document around the schemas is not itself a JSON Schema.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'discriminator' }); // informative only; the `next` consts decide
    ajv.addSchema(doc, 'openapi.json');
    return new Contract(doc, ajv);
  })();
  return loading;
}

/** Every (operationId, status, code) the tests saw, for the coverage check. */
export const observed: CallResult[] = [];

export interface CallOptions {
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** false: send no X-CSRF-Token; a string: send that instead of the session's token. */
  csrf?: boolean | string;
  /** Send the body as this raw string instead of JSON. */
  rawBody?: string;
}

/** A browser-session against one sandbox of the mock, calling operations by operationId. */
export class MockClient {
  csrfToken?: string;

  constructor(
    readonly contract: Contract,
    readonly base: string = newSandbox(),
    readonly tenant?: string,
  ) {}

  url(path: string, query: Record<string, string> = {}): string {
    const url = new URL(this.base + path);
    if (this.tenant) url.searchParams.set('tenant', this.tenant);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url.toString();
  }

  /** Calls an operation, checks the answer against the contract (throws if it does not conform). */
  async call(operationId: string, options: CallOptions = {}): Promise<CallResult> {
    const op = this.contract.operation(operationId);
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`${operationId}: missing path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
    const hasBody = options.body !== undefined || options.rawBody !== undefined;
    if (hasBody) headers['Content-Type'] = 'application/json';
    if (op.method !== 'get') {
      if (options.csrf === undefined || options.csrf === true) {
        if (this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
      } else if (typeof options.csrf === 'string') headers['X-CSRF-Token'] = options.csrf;
    }
    const response = await fetch(this.url(path, options.query), {
      method: op.method.toUpperCase(),
      headers,
      credentials: 'include',
      body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    let body: any = text;
    if (/json/.test(contentType) && text) body = JSON.parse(text);
    if (!text) body = undefined;
    const result: CallResult = { operationId, status: response.status, headers: response.headers, contentType, body };
    if (operationId === 'getSession' && response.ok) this.csrfToken = body.csrfToken;
    observed.push(result);
    const problems = this.contract.check(result);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return result;
  }

  /** GET /session (keeps the CSRF token). */
  async start(): Promise<this> {
    await this.call('getSession');
    return this;
  }

  async mock(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.base}/__mock${path}`, { credentials: 'include', ...init });
  }

  async outbox(): Promise<Array<{ id: string; channel: string; to: string; subject: string; text: string; code?: string; link?: string }>> {
    return (await this.mock('/outbox')).json();
  }

  /** The newest code sent to an address. */
  async lastCode(to: string): Promise<string> {
    const messages = (await this.outbox()).filter((m) => m.to === to && m.code);
    const code = messages.at(-1)?.code;
    if (!code) throw new Error(`no code was sent to ${to}`);
    return code;
  }

  async lastLinkToken(to: string): Promise<string> {
    const link = (await this.outbox()).filter((m) => m.to === to && m.link).at(-1)?.link;
    if (!link) throw new Error(`no link was sent to ${to}`);
    const token = new URL(link).searchParams.get('nl-link');
    if (!token) throw new Error(`link without nl-link: ${link}`);
    return token;
  }

  async knobs(knobs: Record<string, unknown>): Promise<void> {
    const r = await this.mock('/knobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(knobs) });
    if (!r.ok) throw new Error(`knobs: ${r.status} ${await r.text()}`);
  }

  async advance(seconds: number): Promise<void> {
    const r = await this.mock('/clock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: seconds }),
    });
    if (!r.ok) throw new Error(`clock: ${r.status}`);
  }
}

export const DEMO_PASSWORD = 'Sommar-2026!';
