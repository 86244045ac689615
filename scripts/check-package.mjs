// Checks the package as npm would publish it (run `npm run build` first): the tarball
// that `npm pack` makes, not the working tree. Writes its counts to
// test-results/package.json for .ci/run's closing line.
//
//   publint        package.json fields and files agree (strict: warnings fail)
//   attw           types resolve for every entry point, under node16 and bundler
//   contents       the files an integrator needs are in the tarball, nothing of ours is not
//   manifest       custom-elements.json describes the element and points at packed files
//   side effects   a bundler keeps a bare `import 'nordic-login'` (it defines the tag)
//   version        the version the element reports is the package's
//   node           every entry point imports in Node (server-side rendering) without throwing;
//                  only `nordic-login` (and /cdn, /react) define the tag, `/element` does not
//   bin            nordic-login-conformance is packed, imports only Node built-ins, and runs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Inside the project, so the unpacked package finds lit, xstate and ky in its node_modules.
const work = resolve('.package-check');
const installed = join(work, 'node_modules', pkg.name);
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${String(error.stdout ?? '') + String(error.message ?? error)}`.trimEnd());
  }
}

const bin = (name) => resolve('node_modules/.bin', name);
const quiet = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], quiet));
const tarball = join(work, packed.filename);
execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
const files = new Set(packed.files.map((f) => f.path));

console.log(`${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);

await check('publint reports nothing', () => {
  const out = execFileSync(bin('publint'), ['run', tarball, '--strict'], quiet);
  if (!/All good!/.test(out)) throw new Error(out);
});

await check('attw: types resolve for every entry point (esm-only)', () => {
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], quiet);
});

await check('tarball holds the entry points, their types, the CDN bundle and the manifest', () => {
  const targets = [pkg.types, pkg.customElements, pkg.jsdelivr, pkg.unpkg];
  for (const entry of Object.values(pkg.exports)) {
    if (typeof entry === 'string') targets.push(entry);
    else targets.push(...Object.values(entry));
  }
  const missing = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.has(t));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  const languages = [...files].filter((f) => /^dist\/cdn\/(?:da|fi|nb|sv)-[\w-]+\.js$/.test(f));
  // Each in two parts: the first screen's texts and the rest (vite.cdn.config.ts).
  const rest = languages.filter((f) => /^dist\/cdn\/[a-z]{2}-rest-/.test(f));
  if (languages.length !== 8 || rest.length !== 4) throw new Error(`expected 4 Nordic languages in dist/cdn, each in two chunks, found ${languages.join(', ')}`);
  if (!files.has('LICENSE')) throw new Error('no LICENSE file');
  if (!/^MIT License/.test(readFileSync(join(installed, 'LICENSE'), 'utf8')) || pkg.license !== 'MIT') throw new Error('LICENSE is not the MIT licence package.json names');
  const strays = [...files].filter((f) => !/^(?:dist\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE)/.test(f));
  if (strays.length) throw new Error(`not meant for the package: ${strays.join(', ')}`);
});

await check('custom-elements.json describes <nordic-login> and points at packed modules', () => {
  const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })));
  const element = declarations.find((d) => d.customElement && d.tagName === 'nordic-login');
  if (!element) throw new Error('no declaration with tagName nordic-login');
  const names = (list) => new Set((list ?? []).map((x) => x.name));
  const expect = (what, list, wanted) => {
    const have = names(list);
    const absent = wanted.filter((w) => !have.has(w));
    if (absent.length) throw new Error(`${what} missing: ${absent.join(', ')}`);
  };
  expect('attributes', element.attributes, ['api-base', 'tenant', 'lang', 'theme']);
  expect('events', element.events, ['nl-signed-in', 'nl-signed-out', 'nl-step-change', 'nl-error', 'nl-navigate']);
  expect('members', element.members, ['apiBase', 'tenant', 'configOverrides', 'texts', 'theme', 'actor']);
  expect('css parts', element.cssParts, partsInSource());
  expect('attributes', element.attributes, ['config-overrides', 'request-timeout', 'start', 'identifier', 'return-url']);
  expect('members', element.members, ['signOut', 'reset', 'start', 'identifier', 'returnUrl', 'detachedLifetime']);
  const privates = (element.members ?? []).filter((m) => m.privacy === 'private' || m.name.startsWith('#'));
  if (privates.length) throw new Error(`private members in the manifest: ${privates.map((m) => m.name).join(', ')}`);
  const undefaulted = (element.cssProperties ?? []).filter((p) => p.default === undefined);
  if (undefaulted.length) throw new Error(`CSS properties without a default: ${undefaulted.map((p) => p.name).join(', ')}`);
  expect('css properties', element.cssProperties, ['--nl-color-primary', '--nl-font-family']);
  const paths = manifest.modules.map((m) => m.path).filter((p) => !files.has(p));
  if (paths.length) throw new Error(`modules not in the package: ${paths.join(', ')}`);
});

await check('every entry point imports in Node; only the defining ones define the tag', () => {
  // A fresh Node per entry: defining is once per process.
  const probe = (specifier) =>
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)}); console.log(globalThis.customElements?.get('nordic-login') ? 'defined' : 'undefined');`],
      { ...quiet, cwd: work },
    ).trim();
  const expected = { [pkg.name]: 'defined', [`${pkg.name}/element`]: 'undefined', [`${pkg.name}/cdn`]: 'defined', [`${pkg.name}/react`]: 'defined' };
  for (const [specifier, wanted] of Object.entries(expected)) {
    const got = probe(specifier);
    if (got !== wanted) throw new Error(`import '${specifier}' in Node: the tag is ${got}, expected ${wanted}`);
  }
});

await check('the React wrapper renders the attributes on the server (SSR)', () => {
  const script = `
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { NordicLogin } = await import('${pkg.name}/react');
    console.log(renderToString(React.createElement(NordicLogin, {
      apiBase: '/portal/api', tenant: 'hk', lang: 'sv', start: 'activation', returnUrl: '/back',
      configOverrides: { methods: { bankid: false } }, onSignedIn: () => {},
    })));`;
  const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { ...quiet, cwd: work });
  const wanted = ['api-base="/portal/api"', 'tenant="hk"', 'lang="sv"', 'start="activation"', 'return-url="/back"', 'config-overrides="{&quot;methods&quot;:{&quot;bankid&quot;:false}}"'];
  const absent = wanted.filter((w) => !html.includes(w));
  if (!html.startsWith('<nordic-login') || absent.length) throw new Error(`server HTML ${html.trim()} lacks ${absent.join(', ')}`);
});

await check('Lit SSR renders <nordic-login lang="nb"> with lang="nb" on its content', () => {
  const script = `
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    await import('${pkg.name}');
    console.log(await collectResult(render(html\`<nordic-login api-base="/api" lang="nb"></nordic-login>\`)));`;
  const markup = execFileSync(process.execPath, ['--input-type=module', '-e', script], { ...quiet, cwd: work });
  if (!/shadowrootmode="open"/.test(markup)) throw new Error('no declarative shadow root in the server markup');
  const lang = /part="base" lang="([^"]*)"/.exec(markup)?.[1];
  if (lang !== 'nb') throw new Error(`the server markup's content has lang="${lang}", not "nb"`);
});

await check("a bundler keeps `import 'nordic-login'` (sideEffects)", async () => {
  const entry = join(work, 'entry.js');
  writeFileSync(entry, `import '${pkg.name}';\n`);
  const output = await build({
    root: work,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'app' } },
  });
  const code = [output].flat().flatMap((o) => o.output).map((chunk) => chunk.code ?? '').join('\n');
  if (!/customElements\.define\(/.test(code)) throw new Error('the bundle no longer defines the element: tree-shaken away');
});

await check('NordicLogin.version is the package version', async () => {
  const source = readFileSync(join(installed, 'dist/nordic-login.js'), 'utf8');
  const version = source.match(/\bversion = ['"]([^'"]+)['"]/)?.[1];
  if (version !== pkg.version) throw new Error(`the element says ${version}, package.json says ${pkg.version}`);
});

/** Every CSS part name the views and the element put on the page (part="..." and { part: '...' }). */
function partsInSource() {
  const names = new Set();
  const sources = execFileSync('git', ['ls-files', 'src/*.ts', 'src/**/*.ts'], quiet).split('\n').filter(Boolean);
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const [, list] of text.matchAll(/\bpart="([^"$]*)/g)) for (const name of list.split(/\s+/)) if (name) names.add(name);
    for (const [, name] of text.matchAll(/\bpart: '([a-z-]+)'/g)) names.add(name);
  }
  return [...names];
}

await check('bin nordic-login-conformance: packed, only Node built-ins, runs with plain Node', () => {
  const entries = Object.entries(pkg.bin ?? {});
  const entry = entries.find(([name]) => name === 'nordic-login-conformance');
  if (!entry) throw new Error('package.json has no bin nordic-login-conformance');
  const file = entry[1].replace(/^\.\//, '');
  if (!files.has(file)) throw new Error(`${file} is not in the tarball`);
  const source = readFileSync(join(installed, file), 'utf8');
  if (!source.startsWith('#!/usr/bin/env node')) throw new Error(`${file} does not start with #!/usr/bin/env node`);
  // The bundle's own import statements (ajv's generated-code strings that name its modules do not count).
  const imports = [...source.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  const outside = imports.filter((specifier) => !specifier.startsWith('node:'));
  if (outside.length) throw new Error(`${file} imports ${outside.join(', ')}: the kit must be one file that plain Node runs`);
  // Copied out of the project, where no node_modules can stand in for what it lacks.
  const lonely = mkdtempSync(join(tmpdir(), 'nl-kit-'));
  const alone = join(lonely, 'nordic-login-conformance.mjs');
  writeFileSync(alone, source);
  const list = execFileSync(process.execPath, [alone, '--list'], quiet);
  if (!/^csrf\.missing-header\b/m.test(list)) throw new Error(`--list does not list the rules:\n${list}`);
  let usage;
  try {
    execFileSync(process.execPath, [alone], quiet);
  } catch (error) {
    usage = error;
  }
  rmSync(lonely, { recursive: true, force: true });
  if (usage?.status !== 2 || !/Usage: nordic-login-conformance/.test(usage.stderr)) throw new Error('without an API base it must print its usage and exit 2');
});

rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/package.json', JSON.stringify({ passed: results.length - failed, failed, skipped: 0 }));
if (!existsSync('dist/index.js')) console.log('(dist/ is missing: run `npm run build` first)');
process.exit(failed ? 1 : 0);
