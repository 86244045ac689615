// The examples in examples/, run as an integrator would run them, against the mock backend
// over HTTP, each page loaded in headless Chromium. Writes its counts to
// test-results/examples.json for .ci/run's closing line.
//
//   node scripts/examples-test.mjs [--no-build] [--keep]
//     --no-build  use dist/ as it is (else `npm run build` first)
//     --keep      leave the temporary directory (the packed tarball, the installed copies)
//   env: CHROME_PATH (default /usr/bin/chromium), EXAMPLES_PORT (first of nine ports, default 8821)
//
// The package goes in as npm would publish it: `npm pack`, then `npm install --no-save
// <tarball>` in a temporary copy of each npm example (the repository is never touched),
// `npm run build` there (tsc and vite build), and the built app served over HTTP.
//
//   cdn-html     the page as written; its jsDelivr URL is answered with the packed dist/cdn/:
//                the first screen fetches the first part of the Danish texts only, a step
//                loaded later the rest (offline once first: "try again"), a second widget
//                in Swedish its own; a flow whose chunk does not come the first time ("try again")
//   csp          the same page in English, self-hosted (dist/cdn/ copied as it is), under a strict
//                Content-Security-Policy with Trusted Types: password sign-in, sign-out,
//                BankID with its QR code, and not one policy violation
//   vite-app     `import 'nordic-login'` in a Vite app
//   react-app    `nordic-login/react` in a React app, on React 19 and on React 18
//   vue-app      the tag in a Vue 3 template, typed by `nordic-login/vue` (vue-tsc in its build),
//                an object as `.prop`, `event.detail` in the handler
//   next-app     `nordic-login/react` in a Next.js App Router page rendered on the server (static
//                export): the HTML names the API before any script runs, the page's own /api is
//                never called, hydration is clean
//   angular-app  the tag in an Angular 21 template with strictTemplates, typed by the directive
//                docs/integration.md gives, `$event.detail` in the handler
//
// Every page is driven with real mouse and keyboard input (no script in the page does the
// clicking), and fails on a console error, an uncaught exception or a failed request.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.mjs';

const argv = process.argv.slice(2);
const noBuild = argv.includes('--no-build');
const keep = argv.includes('--keep');
const firstPort = Number(process.env.EXAMPLES_PORT ?? 8821);
const STEP_TIMEOUT_MS = 15_000;
const started = Date.now();

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const results = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** One check: a line saying what was verified, and a count in examples.json. */
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${seconds(Date.now() - t0)})${typeof note === 'string' ? `\n      ${note}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name} (${seconds(Date.now() - t0)})\n      ${String(error?.message ?? error).replaceAll('\n', '\n      ')}`);
  }
}

function writeCounts() {
  const failed = results.filter((r) => !r.ok).length;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/examples.json', JSON.stringify({ passed: results.length - failed, failed, skipped: 0 }));
  return failed;
}

// ---------------------------------------------------------------------------------------
// Child processes

/** Runs a command, resolving with its output; rejects with the output's tail when it fails. */
function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = output.split('\n').filter((line) => !/Unknown user config/.test(line)).join('\n');
      if (code === 0) resolvePromise(text);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${text.trim().split('\n').slice(-25).join('\n')}`));
    });
  });
}

const npmQuiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

// ---------------------------------------------------------------------------------------
// Static files over HTTP

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `mounts` ({ '/url/prefix/': directory }, longest prefix first) on localhost.
 * `html` rewrites each HTML file on its way out; `headers` go on every answer.
 */
function serve(port, mounts, { html = (text) => text, headers = {} } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const prefix = prefixes.find((p) => path.startsWith(p));
    const dir = prefix && resolve(mounts[prefix]);
    let file = dir && normalize(join(dir, path.slice(prefix.length)));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir + sep) || !existsSync(file)) {
      return void response.writeHead(404, { 'Content-Type': 'text/plain', ...headers }).end('not found');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = type.startsWith('text/html') ? html(readFileSync(file, 'utf8')) : readFileSync(file);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers }).end(body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise({ server, origin: `http://localhost:${port}` }));
  });
}

// ---------------------------------------------------------------------------------------
// The mock backend: its own process on a port of this run, a sandbox (a store of its own)
// per example.

const mockPort = firstPort;
const mockOrigin = `http://localhost:${mockPort}`;
const sandbox = (name) => `${mockOrigin}/sandbox/examples-${name}-${Date.now().toString(36)}/api`;

async function startMock() {
  // Another server on the port would answer in the mock's place, with its own code.
  const taken = await fetch(mockOrigin).then(() => true, () => false);
  if (taken) throw new Error(`${mockOrigin} is taken by another server: stop it or set EXAMPLES_PORT`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/node.ts'], {
    env: { ...process.env, PORT: String(mockPort), HOST: 'localhost', MOCK_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const ready = (async () => {
    for (let i = 0; i < 150; i++) {
      if (child.exitCode !== null) throw new Error(`the mock backend exited: ${output}`);
      try {
        if ((await fetch(`${mockOrigin}/api/config`)).ok) return;
      } catch {
        /* not listening yet */
      }
      await sleep(100);
    }
    throw new Error(`the mock backend did not answer on ${mockOrigin}: ${output}`);
  })();
  return { child, ready };
}

async function mockPost(base, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status}`);
}

const tenantName = async (base, tenant) =>
  (await (await fetch(`${base}/config${tenant ? `?tenant=${tenant}` : ''}`)).json()).tenant.name;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------
// Chromium, and a page watched for everything that can go wrong in it

const CDN_PREFIX = /^https:\/\/cdn\.jsdelivr\.net\/npm\/nordic-login@[^/]+\//;

/**
 * Opens `url` in a new page that records console errors, uncaught exceptions, failed
 * requests, every request URL, the widget's events and any Content-Security-Policy
 * violation. `packageDir`: answer jsDelivr's nordic-login URLs from that directory (the
 * packed package), as the CDN would; any other request off localhost is an error.
 * `refuseOnce`: the first request whose URL it matches fails as offline (not an error).
 */
async function openPage(browser, url, { packageDir, refuseOnce } = {}) {
  const page = await browser.newPage();
  const watch = { page, errors: [], requests: [], events: [], violations: [], refused: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error' || watch.refused.includes(message.location()?.url)) return;
    watch.errors.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (watch.refused.includes(request.url())) return;
    // net::ERR_ABORTED: the widget cancelled a call it no longer needs (AbortSignal).
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') watch.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => watch.requests.push(request.url()));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const requestUrl = request.url();
    // A dropped connection, once, for the first request `refuseOnce` matches.
    if (refuseOnce?.test(requestUrl) && !watch.refused.length) {
      watch.refused.push(requestUrl);
      return void request.abort('internetdisconnected');
    }
    if (packageDir && CDN_PREFIX.test(requestUrl)) {
      const file = join(packageDir, new URL(requestUrl).pathname.replace(/^\/npm\/nordic-login@[^/]+\//, ''));
      if (!existsSync(file)) return void request.respond({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'not found' });
      return void request.respond({
        status: 200,
        contentType: types[extname(file)] ?? 'application/octet-stream',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: readFileSync(file),
      });
    }
    if (/^https?:\/\/localhost[:/]/.test(requestUrl) || requestUrl.startsWith('data:')) return void request.continue();
    watch.errors.push(`request off this machine: ${requestUrl}`);
    request.abort('blockedbyclient');
  });
  // Bindings and scripts injected through DevTools: no script of ours runs under the page's CSP.
  await page.exposeFunction('__examplesReport', (kind, detail) => watch[kind].push(detail));
  await page.evaluateOnNewDocument(() => {
    const report = (kind, detail) => window.__examplesReport(kind, detail);
    for (const type of ['nl-signed-in', 'nl-signed-out', 'nl-step-change', 'nl-error']) {
      document.addEventListener(type, (event) =>
        report('events', { type, step: event.step, code: event.code, user: event.user?.displayName }),
      );
    }
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report('violations', `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
      true,
    );
  });
  watch.response = await page.goto(url, { waitUntil: 'load' });
  return watch;
}

/** Polls `fn(arg)` in the page (through DevTools, so a page's CSP does not apply) until it is truthy. */
async function until(watch, what, fn, arg) {
  if (watch.broken) throw new Error(`not run: ${watch.broken}`);
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = await watch.page.evaluate(fn, arg);
    if (value) return value;
    if (watch.errors.length) {
      watch.broken = `an error while waiting for ${what}`;
      throw new Error(`waiting for ${what}:\n${watch.errors.join('\n')}`);
    }
    if (Date.now() > deadline) {
      const steps = watch.events.filter((e) => e.type === 'nl-step-change').map((e) => e.step);
      watch.broken = `timed out waiting for ${what}`;
      throw new Error(`timed out waiting for ${what} (steps seen: ${steps.join(' → ') || 'none'})`);
    }
    await sleep(100);
  }
}

/** The widget's shadow root: the element inside `selector`, waited for. Returns its centre. */
function widgetRect(watch, selector, index = 0) {
  return until(
    watch,
    `${selector} in the widget`,
    ([sel, i]) => {
      const el = document.querySelector('nordic-login')?.shadowRoot?.querySelectorAll(sel)[i];
      if (!el || el.closest('[aria-busy=true]')) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return r.width && r.height ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    [selector, index],
  );
}

/** A user's click on the widget's element matching `selector` (the `index`th one). */
async function click(watch, selector, index = 0) {
  const { x, y } = await widgetRect(watch, selector, index);
  await watch.page.mouse.click(x, y);
}

/** A user clicks into a field of the widget and types. */
async function type(watch, selector, text) {
  await click(watch, selector);
  await watch.page.keyboard.type(text);
}

/** Waits until the widget has announced `step` with nl-step-change. */
async function stepShown(watch, step) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (!watch.events.some((e) => e.type === 'nl-step-change' && e.step === step)) {
    if (watch.broken) throw new Error(`not run: ${watch.broken}`);
    if (Date.now() > deadline) {
      watch.broken = `the widget never showed the ${step} step`;
      throw new Error(watch.broken);
    }
    await sleep(50);
  }
}

const widgetText = (selector) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(selector)?.textContent?.trim();

function noErrors(watch) {
  if (watch.errors.length) throw new Error(watch.errors.join('\n'));
}

/**
 * The first step, drawn from the tenant configuration the mock answered: "Welcome" when
 * the tenant has a new-customer page, else the sign-in form. Either names the tenant.
 */
async function firstStep(watch, base, tenant) {
  const name = await tenantName(base, tenant);
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let step;
  while (!(step = watch.events.find((e) => e.type === 'nl-step-change' && e.step !== 'loading')?.step)) {
    if (watch.errors.length || Date.now() > deadline) {
      watch.broken = 'no first step';
      const defined = await watch.page.evaluate(() => Boolean(customElements.get('nordic-login')));
      const seen = watch.events.length ? 'the widget showed no step but loading' : 'the widget showed no step at all';
      throw new Error(`${defined ? seen : '<nordic-login> is not defined on the page'}\n${watch.errors.join('\n')}`.trim());
    }
    await sleep(50);
  }
  if (step !== 'welcome' && step !== 'signIn') throw new Error(`the first step is ${step}, not welcome or signIn`);
  await until(watch, `the ${step} step`, (form) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(form), step === 'signIn' ? 'form[name="sign-in"], [part~="password-button"]' : '[part~="primary-button"]');
  const text = await watch.page.evaluate(() => document.querySelector('nordic-login').shadowRoot.querySelector('[part="base"]')?.innerText ?? '');
  if (!text.includes(name)) throw new Error(`the ${step} step does not name the tenant "${name}": ${text}`);
  const config = watch.requests.filter((u) => u.startsWith(`${base}/config`));
  if (!config.length) throw new Error(`no request to ${base}/config`);
  return { step, text };
}

/** Password sign-in through the form, then the page's own reaction to nl-signed-in. */
async function signIn(watch, identifier, password, expectedName) {
  if (watch.events.some((e) => e.type === 'nl-step-change' && e.step === 'welcome')) {
    await click(watch, '[part~="primary-button"]'); // "I am a customer"
    await stepShown(watch, 'signIn');
  }
  // A tenant that leads with another method (Mina sidor: BankID) offers the password form behind a button.
  const leads = await watch.page.evaluate(() => Boolean(document.querySelector('nordic-login')?.shadowRoot?.querySelector('[part~="password-button"]')));
  if (leads) {
    await click(watch, '[part~="password-button"]');
    await until(watch, 'the password form', (form) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(form), 'form[name="sign-in"]');
  }
  await type(watch, 'form[name="sign-in"] input[name="identifier"]', identifier);
  await type(watch, 'form[name="sign-in"] input[name="password"]', password);
  await click(watch, 'form[name="sign-in"] button[type="submit"]');
  await until(watch, 'the widget to show the signed-in step', widgetText, '[part="user"]');
  const status = await until(watch, `the page to say ${expectedName} is signed in`, (name) => {
    const text = document.querySelector('#status')?.textContent ?? '';
    return text.includes(name) ? text : null;
  }, expectedName);
  const signedIn = watch.events.filter((e) => e.type === 'nl-signed-in');
  if (signedIn.length !== 1 || signedIn[0].user !== expectedName) {
    throw new Error(`expected one nl-signed-in for ${expectedName}, saw ${JSON.stringify(signedIn)}`);
  }
  return status;
}

const languageChunks = (watch) =>
  watch.requests.filter((u) => /\/(?:en|da|fi|nb|sv)-[\w-]+\.js(?:\?|$)/.test(u)).map((u) => u.split('/').pop());
/** The second part of a language's texts in the CDN bundle: those only views loaded later show. */
const restOfTexts = (file) => /^(?:en|da|fi|nb|sv)-rest-/.test(file);

// ---------------------------------------------------------------------------------------
// The run

const work = mkdtempSync(join(tmpdir(), 'nordic-login-examples-'));
const servers = [];
let mock;
let browser;

async function main() {
  if (!noBuild) {
    console.log('npm run build');
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync('dist/cdn/nordic-login.js')) throw new Error('dist/ is missing: run `npm run build`');

  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tarball = join(work, packed.filename);
  const unpacked = join(work, 'package');
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  console.log(`${packed.filename}: ${packed.files.length} files, in ${work}`);

  mock = await startMock();

  // The npm examples install and build in temporary copies while the CDN page is tested.
  const apps = [
    { name: 'vite-app', dir: 'examples/vite-app', port: firstPort + 3 },
    { name: 'react-app (React 19)', dir: 'examples/react-app', port: firstPort + 4, react: 19 },
    { name: 'react-app (React 18)', dir: 'examples/react-app', port: firstPort + 5, react: 18 },
    { name: 'vue-app', dir: 'examples/vue-app', port: firstPort + 6, vue: true },
    { name: 'next-app', dir: 'examples/next-app', port: firstPort + 7, react: 19, next: true },
    { name: 'angular-app', dir: 'examples/angular-app', port: firstPort + 8, angular: true },
  ];
  for (const app of apps) {
    app.copy = join(work, app.name.replace(/\W+/g, '-'));
    app.base = sandbox(app.name.replace(/\W+/g, '-'));
    app.ready = prepareApp(app, tarball);
    app.ready.catch(() => {}); // reported by its check
  }

  await mock.ready;
  browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    args: CHROMIUM_FLAGS,
  });

  await cdnExample(unpacked);
  await cspExample(join(unpacked, 'dist/cdn'));
  for (const app of apps) await npmExample(app);
}

/** A temporary copy of an example, the packed package installed as README says, built. */
async function prepareApp(app, tarball) {
  cpSync(app.dir, app.copy, {
    recursive: true,
    filter: (source) => !/[\\/](?:node_modules|dist|out|\.next|next-env\.d\.ts|package-lock\.json)$/.test(source),
  });
  const extra = [];
  if (app.react === 18) {
    // The same app on React 18: what an application still on 18 has installed.
    extra.push('react@^18.3.1', 'react-dom@^18.3.1', '@types/react@^18.3.0', '@types/react-dom@^18.3.0');
  }
  await run('npm', ['install', '--no-save', ...npmQuiet, tarball, ...extra], { cwd: app.copy });
  if (app.react) {
    const version = JSON.parse(readFileSync(join(app.copy, 'node_modules/react/package.json'), 'utf8')).version;
    if (!version.startsWith(`${app.react}.`)) throw new Error(`expected React ${app.react}, installed ${version}`);
    app.installed = `react@${version}`;
  }
  const installed = JSON.parse(readFileSync(join(app.copy, 'node_modules/nordic-login/package.json'), 'utf8')).version;
  if (installed !== pkg.version) throw new Error(`installed nordic-login ${installed}, expected ${pkg.version}`);
  // Angular takes the API's address as a build-time constant.
  const defines = app.angular ? ['--', '--define', `API_BASE='${app.base}'`] : [];
  await run('npm', ['run', 'build', ...defines], {
    cwd: app.copy,
    env: { ...process.env, VITE_API_BASE: app.base, NEXT_PUBLIC_API_BASE: app.base, NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' },
  });
}

/** examples/cdn-html as written, the jsDelivr URL answered with the packed package. */
async function cdnExample(packageDir) {
  console.log('\nexamples/cdn-html: the CDN tag, lang="da"');
  const base = sandbox('cdn');
  const { server, origin } = await serve(firstPort + 1, { '/': 'examples/cdn-html' }, {
    html: (text) => text.replaceAll('http://localhost:8787/api', base),
  });
  servers.push(server);
  const watch = await openPage(browser, `${origin}/`, { packageDir });
  await check('cdn-html: the widget shows its first step, from the mock', async () => {
    const { text } = await firstStep(watch, base);
    const lang = await watch.page.evaluate(() => document.querySelector('nordic-login').shadowRoot.querySelector('[part="base"]')?.lang);
    if (lang !== 'da' || /Welcome|Sign in/.test(text)) throw new Error(`not in Danish: lang=${lang}, "${text}"`);
  });
  await check('cdn-html: lang="da" fetches one language chunk, the first screen\'s part of da, from beside the bundle', () => {
    const chunks = languageChunks(watch);
    if (chunks.length !== 1 || !/^da-/.test(chunks[0]) || restOfTexts(chunks[0])) throw new Error(`language chunks fetched: ${chunks.join(', ') || 'none'}`);
    const main = watch.requests.filter((u) => /\/nordic-login\.js$/.test(u));
    if (main.length !== 1) throw new Error(`nordic-login.js fetched ${main.length} times`);
    const chunk = watch.requests.find((u) => /\/da-[\w-]+\.js$/.test(u));
    if (!CDN_PREFIX.test(chunk)) throw new Error(`the chunk came from ${chunk}, not from beside the bundle`);
  });
  await check('cdn-html: anna@example.com signs in, the page hears nl-signed-in', () =>
    signIn(watch, 'anna@example.com', 'Sommar-2026!', 'Anna Andersen'),
  );
  await check('cdn-html: a text override by message id replaces that message alone, for every id', () => overrideEveryId(watch));
  await check('cdn-html: no console errors, page errors or failed requests', () => noErrors(watch));
  await watch.page.close();
  await lazyStepTexts(packageDir, origin);
  await flowOffline(packageDir, origin);
}

/*
 * The first screen has only its own texts: a step whose view loads later brings the rest
 * of its language (da-rest-*.js) with it. The first try fails as offline: the step says
 * so in Danish and offers to try again; the second shows the step in Danish, in words
 * only the second part holds.
 */
async function lazyStepTexts(packageDir, origin) {
  const watch = await openPage(browser, `${origin}/`, { packageDir, refuseOnce: /\/da-rest-[\w-]+\.js$/ });
  const root = "document.querySelector('nordic-login').shadowRoot";
  const textOf = (selector) => watch.page.evaluate(`${root}.querySelector(${JSON.stringify(selector)})?.innerText?.trim() ?? ''`);
  const chunk = (file) => readFileSync(join(packageDir, 'dist/cdn', file), 'utf8');
  const english = readFileSync('src/i18n/generated/en.ts', 'utf8');
  let danishHeading;
  await check('cdn-html: a step loaded later brings the rest of the Danish texts; offline first, then "try again"', async () => {
    // Anna is still signed in from the page before: she signs out first.
    await stepShown(watch, 'signedIn');
    await click(watch, '[part~="sign-out-button"]');
    const step = await until(watch, 'the first step after signing out', () => {
      const shadow = document.querySelector('nordic-login')?.shadowRoot;
      if (shadow?.querySelector('[part~="sign-out-button"]')) return null;
      return shadow?.querySelector('form[name="sign-in"]') ? 'signIn' : shadow?.querySelector('[part~="primary-button"]') ? 'welcome' : null;
    });
    if (step === 'welcome') await click(watch, '[part~="primary-button"]');
    await until(watch, 'the sign-in form', (form) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(form), 'form[name="sign-in"]');
    const before = languageChunks(watch);
    if (before.length !== 1 || restOfTexts(before[0])) throw new Error(`the first screen fetched ${before.join(', ')}`);
    // The link to the password flow (forgotten password, or a link by e-mail).
    await click(watch, '[part="links"] [part~="link-button"]');
    await until(watch, 'the network error of a view that could not load', (selector) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(selector), '[role="alert"] [part~="error"]');
    if (watch.refused.length !== 1) throw new Error(`refused: ${watch.refused.join(', ') || 'nothing'}`);
    const failure = await textOf('[part="base"]');
    const firstPart = chunk(before[0]);
    if (!/Prøv igen/.test(failure) || !failure.split('\n').some((line) => line.length > 10 && firstPart.includes(line))) throw new Error(`not the network error in Danish: "${failure}"`);
    await click(watch, '[part~="primary-button"]'); // "Prøv igen"
    await until(watch, 'the step, loaded', () => document.querySelector('nordic-login')?.shadowRoot?.querySelector('form:not([name="sign-in"]) input'));
    const rest = languageChunks(watch).filter(restOfTexts);
    if (rest.length !== 2 || !rest.every((file) => /^da-rest-/.test(file))) throw new Error(`language chunks fetched: ${languageChunks(watch).join(', ')}`);
    const heading = (danishHeading = await textOf('#nl-heading'));
    if (!chunk(rest[1]).includes(heading) || firstPart.includes(heading) || english.includes(heading)) {
      throw new Error(`the heading "${heading}" is not a Danish text of the second part`);
    }
    return `${before[0]} with the first screen, ${rest[1]} with the step: "${heading}"`;
  });
  await check('cdn-html: a second widget, in Swedish, starting at that step, loads its own texts; the first stays Danish', async () => {
    await watch.page.evaluate(() => {
      const first = document.querySelector('nordic-login');
      const second = document.createElement('nordic-login');
      for (const name of ['api-base', 'tenant']) if (first.hasAttribute(name)) second.setAttribute(name, first.getAttribute(name));
      second.setAttribute('lang', 'sv');
      second.setAttribute('start', 'forgotPassword');
      first.after(second);
    });
    const heading = await until(watch, 'the second widget\'s step', () => {
      const shadow = document.querySelectorAll('nordic-login')[1]?.shadowRoot;
      return shadow?.querySelector('form input') ? shadow.querySelector('#nl-heading')?.innerText.trim() : null;
    });
    const swedish = languageChunks(watch).filter((file) => file.startsWith('sv-'));
    const rest = swedish.find(restOfTexts);
    if (swedish.length !== 2 || !rest) throw new Error(`Swedish chunks fetched: ${swedish.join(', ') || 'none'}`);
    if (!chunk(rest).includes(heading) || english.includes(heading)) throw new Error(`the heading "${heading}" is not a Swedish text of the second part`);
    const first = await textOf('#nl-heading');
    if (first !== danishHeading) throw new Error(`the first widget said "${danishHeading}", now "${first}"`);
    return `${swedish.join(', ')}: "${heading}"`;
  });
  await check('cdn-html: the step loaded later: no console errors, page errors or failed requests', () => noErrors(watch));
  await watch.page.close();
}

/*
 * A flow's machine and its view come in one chunk when the flow is chosen. Offline then,
 * the widget says so in the page's language with "try again", which brings the flow.
 */
async function flowOffline(packageDir, origin) {
  const watch = await openPage(browser, `${origin}/`, { packageDir, refuseOnce: /\/start-forms-[\w-]+\.js$/ });
  const shadow = "document.querySelector('nordic-login').shadowRoot";
  await check('cdn-html: a flow whose code does not come says so; "try again" opens it', async () => {
    const step = await until(watch, 'the first step', () => {
      const root = document.querySelector('nordic-login')?.shadowRoot;
      return root?.querySelector('form[name="sign-in"]') ? 'signIn' : root?.querySelector('[part~="primary-button"]') ? 'welcome' : null;
    });
    if (step === 'welcome') await click(watch, '[part~="primary-button"]');
    await until(watch, 'the sign-in form', (form) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(form), 'form[name="sign-in"]');
    await click(watch, '[part="links"] [part~="link-button"]');
    await until(watch, 'the network error', (selector) => document.querySelector('nordic-login')?.shadowRoot?.querySelector(selector), '[role="alert"] [part~="error"]');
    if (watch.refused.length !== 1) throw new Error(`refused: ${watch.refused.join(', ') || 'nothing'}`);
    const failure = await watch.page.evaluate(`${shadow}.querySelector('[part="base"]').innerText`);
    if (!/Prøv igen/.test(failure)) throw new Error(`not the network error in Danish: "${failure}"`);
    await click(watch, '[part~="primary-button"]'); // "Prøv igen"
    await until(watch, 'the flow\'s form', () => document.querySelector('nordic-login')?.shadowRoot?.querySelector('form:not([name="sign-in"]) input'));
    const fetched = watch.requests.filter((url) => /\/start-forms-[\w-]+\.js$/.test(url));
    if (fetched.length !== 2) throw new Error(`the flow's chunk was asked for ${fetched.length} times`);
    return `${watch.refused[0].split('/').pop()} refused once, then the form`;
  });
  await check('cdn-html: the flow offline first: no console errors, page errors or failed requests', () => noErrors(watch));
  await watch.page.close();
}

/*
 * The bundle keys its catalogues by short ids, which many full ids share: an override
 * must land on its own message or nowhere. Each of our ids is overridden once; exactly
 * its message changes, and an id that is not ours changes nothing.
 */
async function overrideEveryId(watch) {
  const ids = [...readFileSync('src/i18n/generated/en.ts', 'utf8').matchAll(/['"](s[0-9a-f]{16})['"](?=\s*:)/g)].map((m) => m[1]);
  const result = await watch.page.evaluate(async (ids) => {
    const el = document.querySelector('nordic-login');
    const catalogue = () => el.localeController.templates;
    // Texts on a Danish page bring the English catalogue, which names every message: both its parts.
    el.texts = { da: { sffffffffffffffff: 'unknown' } };
    const english = () => performance.getEntriesByType('resource').filter((entry) => /\/en-[\w-]+\.js$/.test(entry.name)).length === 2;
    for (let tries = 0; !english() && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const base = { ...catalogue() };
    const wrong = [];
    const keys = new Set();
    const changedBy = (texts) => {
      el.texts = texts;
      el.localeController.refresh(false);
      return Object.keys(catalogue()).filter((key) => catalogue()[key] !== base[key]);
    };
    for (const [i, id] of [['-', 'sffffffffffffffff'], ...ids.entries()]) {
      const changed = changedBy({ da: { [id]: `override ${i}` } });
      const expected = i === '-' ? 0 : 1;
      if (changed.length !== expected || (expected && catalogue()[changed[0]] !== `override ${i}`)) wrong.push(`${id}: ${changed.join(', ') || 'nothing'}`);
      for (const key of changed) keys.add(key);
    }
    el.texts = undefined;
    return { wrong, keys: keys.size };
  }, ids);
  if (result.wrong.length) throw new Error(`overrides that changed the wrong messages:\n${result.wrong.join('\n')}`);
  if (result.keys !== ids.length) throw new Error(`${ids.length} ids changed ${result.keys} different messages`);
}

/**
 * The CDN page self-hosted (dist/cdn/ copied to /nordic-login/ as it is) under a strict
 * policy with Trusted Types required. Mina sidor: customer number and password, sign
 * out, then BankID on another device with its QR code, signed in once the order completes.
 */
async function cspExample(cdnDir) {
  console.log('\nexamples/cdn-html self-hosted, in English, under a strict Content-Security-Policy with Trusted Types');
  const base = sandbox('csp');
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${mockOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const { server, origin } = await serve(
    firstPort + 2,
    { '/': 'examples/cdn-html', '/nordic-login/': cdnDir },
    {
      headers: { 'Content-Security-Policy': policy },
      html: (text) =>
        text
          .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/nordic-login@[^/]+\/dist\/cdn\//g, '/nordic-login/')
          .replaceAll('http://localhost:8787/api', base)
          .replace('<nordic-login ', '<nordic-login tenant="minasidor" ')
          // English, whose texts the bundle also loads as a chunk of their own.
          .replaceAll('lang="da"', 'lang="en"'),
    },
  );
  servers.push(server);
  const watch = await openPage(browser, `${origin}/`);
  const noViolations = () => {
    if (watch.violations.length) throw new Error(`policy violations:\n${watch.violations.join('\n')}`);
  };
  await check('csp: the page is served with the policy and the widget loads from the page\'s own origin', async () => {
    const header = watch.response.headers()['content-security-policy'];
    if (header !== policy) throw new Error(`Content-Security-Policy: ${header}`);
    const { text } = await firstStep(watch, base, 'minasidor');
    if (!/Sign in/.test(text)) throw new Error(`not in English: "${text}"`);
    const chunks = languageChunks(watch);
    if (chunks.length !== 1 || !/^en-/.test(chunks[0])) throw new Error(`language chunks fetched: ${chunks.join(', ') || 'none'}`);
    if (watch.requests.some((u) => CDN_PREFIX.test(u))) throw new Error('the page still asks the CDN');
    noViolations();
  });
  await check('csp: customer number 334455 signs in, the page hears nl-signed-in', async () => {
    await signIn(watch, '334455', 'Sommar-2026!', 'Karin Berg');
    noViolations();
  });
  await check('csp: sign out, then Mobile BankID: on a computer the QR code at once, signed in', async () => {
    await click(watch, '[part~="sign-out-button"]');
    await until(watch, 'the page to hear nl-signed-out', (text) => document.querySelector('#status')?.textContent === text, 'Logget ud');
    if (!watch.events.some((e) => e.type === 'nl-signed-out')) throw new Error('no nl-signed-out');
    await click(watch, '[part~="bankid-button"]');
    // On a computer the QR code comes at once.
    await stepShown(watch, 'bankid');
    const qr = await until(watch, 'the QR code', () => {
      const path = document.querySelector('nordic-login')?.shadowRoot?.querySelector('[part="qr"] svg path');
      const d = path?.getAttribute('d') ?? '';
      return d.length > 100 ? { d: d.length, size: path.closest('svg').getBoundingClientRect().width } : null;
    });
    if (qr.size < 100) throw new Error(`the QR code is ${qr.size}px wide`);
    // The phone scans the code (the mock's orders age on its clock: userSign from 8 s)...
    await mockPost(base, '/__mock/clock', { advanceSeconds: 9 });
    await until(watch, 'the QR code to go once scanned', () => !document.querySelector('nordic-login')?.shadowRoot?.querySelector('[part="qr"]'));
    // ...and the user signs in the app (complete from 14 s).
    await mockPost(base, '/__mock/clock', { advanceSeconds: 6 });
    await until(watch, 'the page to hear Sven Svensson signed in', (name) => document.querySelector('#status')?.textContent.includes(name), 'Sven Svensson');
    noViolations();
  });
  await check('csp: no policy violation, console error, page error or failed request', async () => {
    noViolations();
    noErrors(watch);
    // And the policy is in force: a raw HTML sink is refused (not counted above).
    const refused = await watch.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    if (!refused) throw new Error('Trusted Types are not enforced: innerHTML took a string');
  });
  await watch.page.close();
}

/** An npm example: installed, built, served, signed in through. */
async function npmExample(app) {
  console.log(`\nexamples/${app.dir.split('/').pop()}${app.react ? ` on React ${app.react}` : ''}: from the packed tarball`);
  let ready = false;
  await check(`${app.name}: npm install of the packed tarball, ${app.next ? 'next build' : app.angular ? 'ng build with strictTemplates' : app.vue ? 'vue-tsc and vite build' : 'tsc and vite build'}`, async () => {
    await app.ready;
    ready = true;
    if (app.installed) console.log(`      (${app.installed})`);
  });
  if (!ready) {
    for (const what of ['the widget shows its first step', 'signs in', 'no errors']) {
      results.push({ name: `${app.name}: ${what}`, ok: false });
      console.log(`  ✗ ${app.name}: ${what} (not run: no build)`);
    }
    return;
  }
  const { server, origin } = await serve(app.port, { '/': join(app.copy, app.next ? 'out' : 'dist') });
  servers.push(server);
  if (app.next) {
    await check(`${app.name}: the server-rendered HTML names the API on <nordic-login>, before any script runs`, async () => {
      const html = readFileSync(join(app.copy, 'out/index.html'), 'utf8');
      const tag = html.match(/<nordic-login\b[^>]*>/)?.[0] ?? '';
      if (!tag.includes(`api-base="${app.base}"`) || !tag.includes('lang="nb"') || !tag.includes('config-overrides=')) {
        throw new Error(`the server rendered ${tag || 'no <nordic-login>'}`);
      }
      return tag;
    });
  }
  const watch = await openPage(browser, `${origin}/`);
  const react = Boolean(app.react);
  await check(`${app.name}: the widget shows its first step, from the mock`, async () => {
    await firstStep(watch, app.base);
    // Next and Angular name their chunks their own way: only Vite's chunk names say the language.
    const chunks = languageChunks(watch);
    const lang = react ? 'nb' : app.vue ? 'da' : 'sv';
    if (!app.next && !app.angular && (chunks.length !== 1 || !chunks[0].startsWith(`${lang}-`))) {
      throw new Error(`language chunks fetched: ${chunks.join(', ') || 'none'}, expected one ${lang}-*.js`);
    }
    if (app.vue || app.angular) {
      // Vue: `.prop` sets the object as a property, `:api-base` is an attribute. Angular: the directive's inputs set properties.
      const element = await watch.page.evaluate(() => {
        const el = document.querySelector('nordic-login');
        return { apiBase: el.apiBase, newCustomer: el.configOverrides?.links?.newCustomer };
      });
      if (element.apiBase !== app.base || element.newCustomer !== (app.vue ? '/bliv-kunde' : '/bli-kund')) throw new Error(`the element's properties were not set: ${JSON.stringify(element)}`);
    }
    if (react) {
      // The wrapper sets the element's properties (objects too), not attributes.
      const element = await watch.page.evaluate(() => {
        const el = document.querySelector('nordic-login');
        return { apiBase: el.apiBase, newCustomer: el.configOverrides?.links?.newCustomer, attributes: el.getAttributeNames() };
      });
      if (element.apiBase !== app.base || element.newCustomer !== '/bli-kunde' || element.attributes.some((a) => /^(?:apibase|configoverrides)$/.test(a))) {
        throw new Error(`the element's properties were not set: ${JSON.stringify(element)}`);
      }
    }
  });
  await check(
    react
      ? `${app.name}: anna@example.com signs in, the typed onSignedIn prop sets React state`
      : app.vue
        ? `${app.name}: anna@example.com signs in, @nl-signed-in reads event.detail into a ref`
        : app.angular
          ? `${app.name}: anna@example.com signs in, (nl-signed-in) reads $event.detail into a signal`
          : `${app.name}: anna@example.com signs in, the page hears nl-signed-in`,
    async () => {
      const status = await signIn(watch, 'anna@example.com', 'Sommar-2026!', 'Anna Andersen');
      if (app.next) {
        const own = watch.requests.filter((u) => u.startsWith(`${origin}/api`));
        if (own.length) throw new Error(`the page's own /api was called: ${own.join(', ')}`);
      }
      const expected = react ? 'Logget inn som Anna Andersen' : app.vue ? 'Logget ind som Anna Andersen' : 'Inloggad som Anna Andersen';
      if (status.trim() !== expected) throw new Error(`the page says "${status}"`);
      return status;
    },
  );
  await check(`${app.name}: no console errors, page errors or failed requests`, () => noErrors(watch));
  await watch.page.close();
}

let fatal;
try {
  await main();
} catch (error) {
  fatal = error;
  results.push({ name: 'the run itself', ok: false });
  console.log(`\n✗ ${error?.stack ?? error}`);
} finally {
  await browser?.close().catch(() => {});
  for (const server of servers) server.close();
  mock?.child.kill();
  if (keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const failed = writeCounts();
console.log(`\nexamples: ${results.length - failed} passed, ${failed} failed (${seconds(Date.now() - started)})`);
process.exit(failed || fatal ? 1 : 0);
