// Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`)
// in headless Chromium and fails a story that throws, logs a console error or has an axe
// violation. Writes its counts to test-results/storybook.json for .ci/run's closing line.
//
//   node scripts/storybook-smoke.mjs [--build] [--filter <substring of a story id>] [--verbose]
//     --build  build storybook-static/ first, unless it is newer than everything it is built from
//   env: CHROME_PATH (default /usr/bin/chromium), SMOKE_CONCURRENCY (default 3)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.mjs';
import { serveStorybook, STATIC_DIR } from './storybook-static.mjs';

const STORY_TIMEOUT_MS = 45_000;
// After the render: how long to wait at most for the widget's API requests still in flight
// (a story that holds one on purpose, e.g. a slow session, would otherwise never settle).
const SETTLE_MS = 300;
const argv = process.argv.slice(2);
const filter = argv.includes('--filter') ? argv[argv.indexOf('--filter') + 1] : undefined;
const verbose = argv.includes('--verbose');
const concurrency = Number(process.env.SMOKE_CONCURRENCY ?? 3);


// axe-core comes with @open-wc/testing (chai-a11y-axe); the same engine the a11y addon runs.
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function writeCounts(passed, failed) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/storybook.json', JSON.stringify({ passed, failed, skipped: 0 }));
}

/** Adds the path and contents of every file under `path` (a file or a folder) to `hash`. */
function hashTree(hash, path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  } else {
    hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
  }
}

if (argv.includes('--build')) {
  const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
  // What `npm run build-storybook` makes first, where `npm test` has not made it already.
  if (!existsSync('public/mockServiceWorker.js') || !existsSync('src/api/contract-schemas-later.ts')) run('node', 'scripts/setup.mjs');
  if (!existsSync('custom-elements.json')) run('npm', 'run', '--silent', 'analyze');
  // What the build reads: the stories and the test harness they share, Storybook's config,
  // the element's source and translations, the mock's handlers, the manifest, the worker,
  // the compiler's settings (decorators, class fields), the package's sideEffects and the
  // installed packages.
  // By contents, not dates: `npm test` writes the generated API modules again every time.
  const stamp = join(STATIC_DIR, '.sources-sha256');
  const hash = createHash('sha256');
  for (const input of ['stories', 'test/support', '.storybook', 'src', 'locales', 'mock-server', 'public', 'custom-elements.json', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    hashTree(hash, input);
  }
  const sources = hash.digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sources && existsSync(join(STATIC_DIR, 'index.json'))) {
    console.log('storybook-static/ is built from these sources already: not built again.');
  } else {
    try {
      run('node_modules/.bin/storybook', 'build', '--quiet', '-o', 'storybook-static');
    } catch {
      console.error('storybook build failed.');
      writeCounts(0, 1);
      process.exit(1);
    }
    writeFileSync(stamp, sources);
  }
}

if (!existsSync(join(STATIC_DIR, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  writeCounts(0, 1);
  process.exit(1);
}

const { server, origin } = await serveStorybook();

// ---------------------------------------------------------------------------------------
// Which entries to open.

const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => !filter || entry.id.includes(filter));

if (entries.length === 0) {
  console.error(filter ? `no story matches "${filter}"` : 'storybook-static/index.json lists no stories');
  writeCounts(0, 1);
  server.close();
  process.exit(1);
}

// ---------------------------------------------------------------------------------------
// In the page, before Storybook starts: listen on its channel for the outcome of the render.

function listenToStorybook() {
  const outcome = { done: false, errors: [], a11y: [], a11yReported: false, phase: 'not started' };
  window.__smoke = outcome;
  const attached = new WeakSet();
  const describe = (value) => {
    if (!value) return String(value);
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(describe).join('; ');
    return value.message ? `${value.name ?? 'Error'}: ${value.message}` : (value.description ?? JSON.stringify(value));
  };
  const attach = (channel) => {
    if (!channel || attached.has(channel)) return;
    attached.add(channel);
    const failOn = [
      'storyErrored',
      'storyThrewException',
      'playFunctionThrewException',
      'unhandledErrorsWhilePlaying',
      'storyMissing',
    ];
    for (const name of failOn) {
      channel.on(name, (payload) => {
        outcome.errors.push(`${name}: ${describe(payload)}`);
        if (name === 'storyMissing') outcome.done = true;
      });
    }
    channel.on('storyRenderPhaseChanged', ({ newPhase }) => {
      outcome.phase = newPhase;
    });
    channel.on('storyFinished', ({ status, reporters }) => {
      for (const report of reporters ?? []) {
        if (report.type !== 'a11y') continue;
        // The addon's axe run over the rendered story (a story marked `todo` reports a
        // warning): its violations fail the story here whatever the status says.
        outcome.a11yReported = true;
        outcome.a11y.push(...(report.result?.violations ?? []).map((v) => v.id));
        if (report.result?.error) outcome.errors.push(`a11y addon: ${describe(report.result.error)}`);
      }
      if (status === 'error' && outcome.errors.length === 0 && outcome.a11y.length === 0) {
        outcome.errors.push('Storybook reported the story as failed');
      }
      outcome.done = true;
    });
    channel.on('docsRendered', () => {
      outcome.done = true;
    });
  };
  let current;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel) => {
      current = channel;
      attach(channel);
    },
  });
}

async function runAxe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window;
    axe.configure({ rules: [{ id: 'region', enabled: false }] });
    // The same context as @storybook/addon-a11y: the story, not Storybook's own chrome.
    const result = await axe.run({
      include: document.body,
      exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
}

const isApiUrl = (url) => {
  try {
    return /^\/(sandbox\/[^/]+\/)?api\//.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

/** Resolves when no API request of the page is in flight, or after `maxMs`. */
function apiRequestsTracker(page) {
  const inFlight = new Set();
  let idle = () => {};
  const finished = (request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) idle();
  };
  page.on('request', (request) => {
    if (isApiUrl(request.url())) inFlight.add(request);
  });
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return {
    settled: (maxMs) =>
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise((done) => {
            const timer = setTimeout(done, maxMs);
            idle = () => {
              clearTimeout(timer);
              done();
            };
          }),
  };
}

async function check(browser, entry) {
  const page = await browser.newPage();
  const problems = [];
  const api = apiRequestsTracker(page);
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const url = message.location()?.url ?? '';
      // Chromium's network log of an API answer with an error status: the error stories
      // provoke those on purpose (the mock's fail knob), and the widget handles them.
      if (message.text().startsWith('Failed to load resource') && isApiUrl(url)) return;
      const where = url ? ` (${url})` : '';
      problems.push(`console.error: ${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const started = Date.now();
  try {
    await page.evaluateOnNewDocument(listenToStorybook);
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, {
      waitUntil: 'load',
    });
    try {
      await page.waitForFunction(() => window.__smoke?.done === true, {
        timeout: STORY_TIMEOUT_MS,
        polling: 50,
      });
    } catch {
      // Where it stopped: Storybook's render phase and, for a story, the widget's state.
      const where = await page
        .evaluate(() => {
          const widget = document.querySelector('nordic-login');
          const value = widget?.actor?.getSnapshot().value;
          return `phase ${window.__smoke?.phase}, widget ${widget ? (value ? JSON.stringify(value) : 'without actor') : 'absent'}`;
        })
        .catch((error) => error.message);
      problems.push(`did not finish rendering within ${STORY_TIMEOUT_MS / 1000} s (${where})`);
    }
    // Whatever the widget still does after the render (an answer in flight, the render of
    // that answer) happens before the outcome is read: its errors are the story's.
    await api.settled(SETTLE_MS);
    await page
      .evaluate(async () => {
        await document.querySelector('nordic-login')?.updateComplete;
      })
      .catch(() => {});
    const outcome = await page.evaluate(() => window.__smoke);
    problems.push(...outcome.errors);
    if (outcome.a11y.length) problems.push(`a11y addon: ${[...new Set(outcome.a11y)].join(', ')}`);
    // axe once per story: the addon's run above, or this one where a story turned it off.
    if (entry.type === 'story' && !outcome.a11yReported) {
      for (const v of await runAxe(page)) {
        problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
      }
    }
  } catch (error) {
    problems.push(`smoke: ${error.message}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { entry, problems: [...new Set(problems)], ms: Date.now() - started };
}

// ---------------------------------------------------------------------------------------

const startedAt = Date.now();
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });

const results = [];
let next = 0;
async function worker() {
  while (next < entries.length) {
    const entry = entries[next++];
    const result = await check(browser, entry);
    results.push(result);
    const label = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name}`;
    if (result.problems.length) {
      console.log(`✗ ${label} [${entry.id}] (${result.ms} ms)`);
      for (const problem of result.problems) console.log(`    ${problem}`);
    } else if (verbose) {
      console.log(`✓ ${label} (${result.ms} ms)`);
    }
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((r) => r.problems.length).length;
const passed = results.length - failed;
writeCounts(passed, failed);
const stories = entries.filter((e) => e.type === 'story').length;
console.log(
  `storybook smoke: ${passed} passed, ${failed} failed (${stories} stories, ${entries.length - stories} docs pages) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
