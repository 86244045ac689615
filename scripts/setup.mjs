// What a fresh clone lacks: the API types, answer schemas and the mock's operation table generated from
// the contract, msw's service worker and, for the tests (--browser), a Chromium to run them in.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npx', ['openapi-typescript', 'contract/openapi.yaml', '-o', 'src/api/schema.d.ts']);
run('node', ['scripts/gen-contract-checks.mjs']);
run('node', ['scripts/gen-mock-operations.mjs']);
if (!existsSync('public/mockServiceWorker.js')) {
  mkdirSync('public', { recursive: true });
  run('npx', ['msw', 'init', 'public', '--no-save']);
}

if (process.argv.includes('--browser')) {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    if (process.getuid?.() !== 0) {
      console.error(`No browser at ${chrome}: install Debian's chromium or set CHROME_PATH.`);
      process.exit(1);
    }
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  }
}
