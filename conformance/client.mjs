// One browser session against the backend under test: a cookie jar, the CSRF token from
// GET /session, calls by operationId, and every answer checked against the contract.
export class Fail extends Error {}
export class Skip extends Error {}

/** Parses one Set-Cookie header into {name, value, attributes (lower-case names)}. */
export function parseSetCookie(header) {
  const [pair = '', ...rest] = header.split(/;\s*/);
  const index = pair.indexOf('=');
  const attributes = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name) attributes[name] = eq < 0 ? true : part.slice(eq + 1).trim();
  }
  return { name: pair.slice(0, index).trim(), value: pair.slice(index + 1).trim(), attributes };
}

export class Browser {
  /**
   * @param {object} kit  base, tenant, contract, log (every answer is pushed there)
   * @param {object} [options]  origin: the Origin header to send (a page on another origin)
   */
  constructor(kit, options = {}) {
    this.kit = kit;
    this.origin = options.origin;
    this.cookies = new Map();
    this.csrfToken = undefined;
  }

  get sessionCookie() {
    return this.cookies.get('nl_session');
  }

  url(path, query = {}) {
    const url = new URL(this.kit.base.replace(/\/$/, '') + path);
    if (this.kit.tenant) url.searchParams.set('tenant', this.kit.tenant);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url.toString();
  }

  /**
   * Calls an operation. options: params (path), body, query, headers, csrf (false: no
   * header; a string: that token), cookies (false: send none), validate (false: do not
   * check the answer against the contract).
   */
  async call(operationId, options = {}) {
    const op = this.kit.contract.operation(operationId);
    const path = op.path.replace(/\{(\w+)\}/g, (_, name) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`${operationId}: missing path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const headers = { Accept: 'application/json, application/problem+json', ...options.headers };
    if (this.origin) headers.Origin = this.origin;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (op.method !== 'get') {
      if (options.csrf === undefined || options.csrf === true) {
        if (this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
      } else if (typeof options.csrf === 'string') headers['X-CSRF-Token'] = options.csrf;
    }
    if (options.cookies !== false && this.cookies.size > 0) {
      headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const url = this.url(path, options.query);
    let response;
    try {
      response = await fetch(url, {
        method: op.method.toUpperCase(),
        headers,
        redirect: 'manual',
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal: AbortSignal.timeout(this.kit.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new Fail(`${op.method.toUpperCase()} ${url}: no answer (${error.cause?.code ?? error.message})`);
    }
    const setCookies = response.headers.getSetCookie().map(parseSetCookie);
    for (const cookie of setCookies) {
      const expired = cookie.attributes['max-age'] !== undefined && Number(cookie.attributes['max-age']) <= 0;
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    let body = text === '' ? undefined : text;
    if (text && /json/i.test(contentType)) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new Fail(`${operationId} ${response.status}: the body is not JSON: ${text.slice(0, 200)}`);
      }
    }
    const result = { operationId, method: op.method, url, status: response.status, headers: response.headers, contentType, body, setCookies };
    if (operationId === 'getSession' && response.status === 200 && typeof body?.csrfToken === 'string') this.csrfToken = body.csrfToken;
    result.problems = options.validate === false ? [] : this.kit.contract.check(result);
    this.kit.log.push(result);
    if (result.problems.length > 0) throw new Fail(result.problems.join('\n'));
    return result;
  }

  /** GET /session (keeps the cookie and the CSRF token). */
  async start() {
    const result = await this.call('getSession');
    if (result.status !== 200) throw new Fail(`GET /session answered ${result.status}`);
    return result;
  }

  /** A raw request outside the contract's operations (CORS preflights). */
  async raw(method, path, headers = {}) {
    const url = this.url(path);
    try {
      return await fetch(url, { method, headers, redirect: 'manual', signal: AbortSignal.timeout(this.kit.timeoutMs ?? 15_000) });
    } catch (error) {
      throw new Fail(`${method} ${url}: no answer (${error.cause?.code ?? error.message})`);
    }
  }
}
