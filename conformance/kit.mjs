// Runs the conformance rules against a live backend and collects pass / fail / skipped.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Browser, Fail, Skip } from './client.mjs';
import { Contract } from './contract.mjs';
import { RULES } from './rules.mjs';

export { RULES, Fail, Skip };

const run = promisify(execFile);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const random = (n) => randomBytes(n).toString('hex');
const randomDigits = (n) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');

/** Appends the Luhn check digit (Swedish personal and organisation numbers). */
function withLuhn(digits) {
  let sum = 0;
  [...digits].reverse().forEach((d, i) => {
    let v = Number(d) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  });
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/**
 * An identifier of the tenant's kind that no real customer has (random each time), and
 * well-formed, so that a backend that validates strictly answers as for any unknown one.
 */
export function unknownIdentifier(kind) {
  switch (kind) {
    case 'customerNumber':
      return `9${randomDigits(7)}`;
    case 'personalNumber': {
      const month = String(1 + (randomBytes(1)[0] % 12)).padStart(2, '0');
      const day = String(1 + (randomBytes(1)[0] % 28)).padStart(2, '0');
      const ten = withLuhn(`${70 + (randomBytes(1)[0] % 20)}${month}${day}${randomDigits(3)}`);
      return `19${ten.slice(0, 6)}-${ten.slice(6)}`;
    }
    case 'organisationNumber': {
      const ten = withLuhn(`55${2 + (randomBytes(1)[0] % 7)}${randomDigits(6)}`);
      return `16${ten.slice(0, 6)}-${ten.slice(6)}`;
    }
    case 'mobile':
      return `+4670${randomDigits(7)}`;
    default:
      return unknownEmail();
  }
}

export const unknownEmail = () => `nl-conformance-${random(6)}@example.com`;

/**
 * What an observer can tell from an answer: its status, the members it has and their types,
 * and the values that would differ between a known and an unknown account (the step, the
 * channel, the challenge's numbers, the masked destination's shape). Ids and tokens are
 * left out; they differ on every call.
 */
export function observable(result) {
  const shape = (value, key) => {
    if (['flowId', 'id', 'instance', 'orderId'].includes(key)) return typeof value;
    if (key === 'destination' && typeof value === 'string') return `masked:${value.replace(/[\p{L}\p{N}]/gu, 'x').replace(/x+/g, 'x')}`;
    if (key === 'expiresInSeconds' && typeof value === 'number') return `~${Math.round(value / 10) * 10}`;
    if (Array.isArray(value)) return value.map((v) => shape(v, ''));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape(value[k], k)]));
    }
    return value;
  };
  return { status: result.status, body: shape(result.body, '') };
}

/** Differences between two observable answers, as "path: a ≠ b" lines. */
export function differences(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return [`${path || 'answer'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

/** Reads the newest code or link sent to an address, through the fixtures' `messages`. */
async function readMessage(kit, to, what) {
  const source = kit.fixtures?.messages;
  if (!source) throw new Skip('needs fixtures.messages (an outbox URL or a command) to read codes and links');
  const deadline = Date.now() + 5000;
  for (;;) {
    let value;
    if (source.command) {
      const { stdout } = await run('/bin/sh', ['-c', source.command], {
        env: { ...process.env, NL_TO: to, NL_WANT: what, NL_API_BASE: kit.base },
        timeout: 15_000,
      });
      value = stdout.trim() || undefined;
    } else if (source.outboxUrl) {
      const url = source.outboxUrl.replace('{base}', kit.base.replace(/\/$/, ''));
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Fail(`the outbox ${url} answered ${response.status}`);
      const messages = await response.json();
      value = messages.filter((m) => m.to === to && m[what]).at(-1)?.[what];
    } else {
      throw new Skip('fixtures.messages needs `outboxUrl` or `command`');
    }
    if (value) return value;
    if (Date.now() > deadline) throw new Fail(`no ${what} was sent to ${to}`);
    await sleep(250);
  }
}

/** The context a rule runs with. */
class RuleContext {
  constructor(kit, rule) {
    this.kit = kit;
    this.rule = rule;
    this.notes = [];
  }
  get config() {
    return this.kit.config;
  }
  get fixtures() {
    return this.kit.fixtures ?? {};
  }
  get contract() {
    return this.kit.contract;
  }
  browser(options = {}) {
    return new Browser(this.kit, { origin: this.fixtures.origin, ...options });
  }
  expect(condition, message) {
    if (!condition) throw new Fail(message);
  }
  fail(message) {
    throw new Fail(message);
  }
  skip(message) {
    throw new Skip(message);
  }
  note(message) {
    this.notes.push(message);
  }
  /** A fixture by dotted name, or a skip saying it is needed. */
  need(name) {
    const value = name.split('.').reduce((node, part) => node?.[part], this.fixtures);
    if (value === undefined || value === null || value === '') throw new Skip(`needs fixtures.${name}`);
    return value;
  }
  code(to) {
    return readMessage(this.kit, to, 'code');
  }
  link(to) {
    return readMessage(this.kit, to, 'link');
  }
  /** Expects a problem document with this code (and the status the contract gives it). */
  expectProblem(result, code, what) {
    const got = result.body && typeof result.body === 'object' ? result.body.code : undefined;
    this.expect(
      got === code,
      `${what}: expected the problem ${code} (${this.contract.problemStatus[code]}), got ${result.status} ${got ?? JSON.stringify(result.body)?.slice(0, 200) ?? '(no body)'}`,
    );
    this.expect(result.status === this.contract.problemStatus[code], `${what}: ${code} must be ${this.contract.problemStatus[code]}, not ${result.status}`);
  }
  /** Moves the backend's clock, when the fixtures give a way (a test backend); else skips. */
  async advanceClock(seconds) {
    const url = this.fixtures.clockUrl;
    if (!url) throw new Skip('needs fixtures.clockUrl (a test backend whose clock can be moved)');
    const response = await fetch(url.replace('{base}', this.kit.base.replace(/\/$/, '')), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: seconds }),
    });
    if (!response.ok) throw new Fail(`moving the clock at ${url} answered ${response.status}`);
  }
}

/** Does the rule id match one of the --only selectors (an id, or a prefix ending at a dot)? */
export function selected(id, only) {
  if (!only || only.length === 0) return true;
  return only.some((sel) => id === sel || id.startsWith(sel.endsWith('.') ? sel : `${sel}.`));
}

/**
 * Runs every rule (or those selected) and returns
 * {base, tenant, contractVersion, results: [{id, section, title, status, message}], summary}.
 */
export async function runConformance({ base, tenant, fixtures, only, rules = RULES, onResult, timeoutMs } = {}) {
  const kit = {
    base: base.replace(/\/$/, ''),
    tenant: tenant ?? fixtures?.tenant,
    fixtures: fixtures ?? null,
    contract: new Contract(),
    log: [],
    config: undefined,
    timeoutMs,
  };
  // The tenant's configuration decides which rules apply.
  try {
    const result = await new Browser(kit).call('getConfig');
    if (result.status === 200) kit.config = result.body;
  } catch {
    // the config rule reports it
  }
  const results = [];
  for (const rule of rules) {
    if (!selected(rule.id, only)) continue;
    const ctx = new RuleContext(kit, rule);
    const started = Date.now();
    let status = 'pass';
    let message = '';
    try {
      if (!kit.config && rule.id !== 'config.schema') throw new Skip('the tenant configuration could not be read (see config.schema)');
      const reason = rule.when?.(kit.config, ctx);
      if (typeof reason === 'string') throw new Skip(reason);
      await rule.run(ctx);
    } catch (error) {
      if (error instanceof Skip) {
        status = 'skip';
        message = error.message;
      } else {
        status = 'fail';
        message = error instanceof Fail ? error.message : `the rule crashed: ${error.stack ?? error}`;
      }
    }
    if (status === 'pass' && ctx.notes.length) message = ctx.notes.join('; ');
    const entry = { id: rule.id, section: rule.section, title: rule.title, status, message, ms: Date.now() - started };
    results.push(entry);
    onResult?.(entry);
  }
  const summary = { pass: 0, fail: 0, skip: 0 };
  for (const r of results) summary[r.status] += 1;
  return { base: kit.base, tenant: kit.tenant ?? null, contractVersion: kit.contract.version, results, summary };
}
