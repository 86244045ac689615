// npm run build: the package as npm and the CDN serve it.
//   dist/*.js, dist/*.d.ts   ES modules for bundlers (one per source file) and their types
//   custom-elements.json     the element's manifest, from the JSDoc on the class
//   dist/cdn/                one self-contained file for a <script type="module"> tag,
//                            with each language beside it, loaded on demand
//   dist/bin/                the conformance kit (bin nordic-login-conformance): one file
//                            with the contract, ajv and ajv-formats inside, for plain Node
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { parse } from 'yaml';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run('node', 'scripts/setup.mjs');
await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
run(bin('tsc'), '-p', 'tsconfig.build.json');
// The generated API types are a .d.ts of their own, which tsc does not copy.
copyFileSync('src/api/schema.d.ts', 'dist/api/schema.d.ts');
run('npm', 'run', '--silent', 'analyze');
await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
// The kit bundles ajv rather than listing it as a dependency: every application that installs
// the element would otherwise install a validator that only a backend's CI ever runs.
const contract = parse(readFileSync('contract/openapi.yaml', 'utf8'));
await esbuild({
  entryPoints: ['conformance/cli.mjs'],
  outfile: 'dist/bin/nordic-login-conformance.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      name: 'contract-inline',
      setup(b) {
        b.onResolve({ filter: /contract-source\.mjs$/ }, () => ({ path: 'contract', namespace: 'contract' }));
        b.onLoad({ filter: /.*/, namespace: 'contract' }, () => ({ contents: `export default ${JSON.stringify(contract)};`, loader: 'js' }));
      },
    },
  ],
});
console.log('Built dist/ (npm), dist/cdn/ (CDN), dist/bin/ (conformance kit) and custom-elements.json.');
