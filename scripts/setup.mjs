// Generated files a fresh clone lacks: the API types from the contract and msw's
// service worker. Run before the demo, the tests and the build so they never drift.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npx', ['openapi-typescript', 'contract/openapi.yaml', '-o', 'src/api/schema.d.ts']);
if (!existsSync('public/mockServiceWorker.js')) {
  mkdirSync('public', { recursive: true });
  run('npx', ['msw', 'init', 'public', '--no-save']);
}
