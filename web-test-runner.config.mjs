// Every test runs in Debian's Chromium, against the real mock backend over HTTP.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_PATH, CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { ajvPlugin } from './test/mock/wtr-plugin.mjs';

// MOCK_PORT lets two runs share a machine without sharing a mock backend.
const MOCK_PORT = Number(process.env.MOCK_PORT ?? 8790);

const chromiumFlags = [
  ...CHROMIUM_FLAGS,
  // Several test pages at once: none of them is a background page with slowed timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: 'localhost' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`mock backend did not open port ${port} within ${timeoutMs} ms`);
}

/** Starts mock-server/node.ts for the run and stops it afterwards. */
function mockBackend() {
  let child;
  return {
    name: 'mock-backend',
    async serverStart() {
      if (await portOpen(MOCK_PORT)) return;
      child = spawn(
        process.execPath,
        [fileURLToPath(new URL('./node_modules/tsx/dist/cli.mjs', import.meta.url)), 'mock-server/node.ts'],
        { env: { ...process.env, PORT: String(MOCK_PORT), MOCK_QUIET: '1' }, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const exited = new Promise((_, reject) =>
        child.once('exit', (code) => reject(new Error(`mock backend exited with code ${code}`))),
      );
      await Promise.race([waitForPort(MOCK_PORT, 30_000), exited]);
    },
    serverStop() {
      child?.kill();
    },
  };
}

// TEST_GROUP=<folder of test/> runs that folder alone; TEST_EXCLUDE_GROUP=<folder> every other.
// TEST_RESULTS_PART names the part of the browser suite a run counts (browser.<part>.json).
const group = process.env.TEST_GROUP;
const excluded = process.env.TEST_EXCLUDE_GROUP;
const part = process.env.TEST_RESULTS_PART;

export default {
  files: group
    ? `test/${group}/**/*.test.ts`
    : ['test/**/*.test.ts', ...(excluded ? [`!test/${excluded}/**/*.test.ts`] : [])],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Most tests wait on the mock and on timers rather than on the CPU, so three pages run at
  // once (WTR_CONCURRENCY=1 for one at a time). The element tests check focus after every
  // step: every page emulates a focused page (createPage below), as one alone in front would be.
  // The fault matrix is the exception: it runs 36 widgets at once against a 1.5 s request
  // limit, so it gets the browser (and, in `npm test`, the machine) to itself: a run that
  // includes it (TEST_GROUP=faults, or every test) opens one page at a time.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? (group === 'faults' || (!group && !excluded) ? 1 : 3)),
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <body>
        <script>globalThis.__NL_MOCK_ORIGIN__ = 'http://localhost:${MOCK_PORT}';</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), countReporter(part ? `browser.${part}` : 'browser')],
  testsFinishTimeout: 4 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROME_PATH, args: chromiumFlags },
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), mockBackend(), ajvPlugin()],
};
