// Every test runs in Debian's Chromium, against the real mock backend over HTTP.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { ajvPlugin } from './test/mock/wtr-plugin.mjs';

// MOCK_PORT lets two runs share a machine without sharing a mock backend.
const MOCK_PORT = Number(process.env.MOCK_PORT ?? 8790);

const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
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

const group = process.env.TEST_GROUP;

export default {
  files: group ? `test/${group}/**/*.test.ts` : 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: a page in a background tab gets no focus events, and the
  // element tests check focus after every step.
  concurrency: 1,
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <body>
        <script>globalThis.__NL_MOCK_ORIGIN__ = 'http://localhost:${MOCK_PORT}';</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), countReporter('browser')],
  testsFinishTimeout: 4 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumFlags },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), mockBackend(), ajvPlugin()],
};
