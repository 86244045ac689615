// npm run build: the package as npm and the CDN serve it.
//   dist/*.js, dist/*.d.ts   ES modules for bundlers (one per source file) and their types
//   custom-elements.json     the element's manifest, from the JSDoc on the class
//   dist/cdn/                one self-contained file for a <script type="module"> tag,
//                            with each language beside it, loaded on demand
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { build } from 'vite';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run('node', 'scripts/setup.mjs');
await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
run(bin('tsc'), '-p', 'tsconfig.build.json');
// The generated API types are a .d.ts of their own, which tsc does not copy.
copyFileSync('src/api/schema.d.ts', 'dist/api/schema.d.ts');
run('npm', 'run', '--silent', 'analyze');
await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
console.log('Built dist/ (npm), dist/cdn/ (CDN) and custom-elements.json.');
