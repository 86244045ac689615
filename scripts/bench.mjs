// The size budget of the CDN bundle: what a page downloads to offer every flow in one
// language, gzip: the main file, any other chunk of ours it may load
// (never a way around the budget), and the largest language chunk. Must stay within 36 KB. Builds dist/cdn first unless
// --no-build; --json prints the figures as JSON. Exits 1 when over budget.
//
// --ceiling (what `npm test` runs) fails only above CEILING instead: the size the bundle
// has reached while it is still over budget, so a change can shrink it but never grow
// it. Lower CEILING with every saving; remove it once the bundle is within BUDGET.
//
// It also says where the bytes go: the bundle's source map attributes every minified
// byte of the main file to the module it came from, grouped as our code (by folder of
// src/) and each dependency. Gzip is not additive, so each group is compressed alone
// and the results scaled to the real total: a fair split, not an exact one.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 36 * 1024;
const CEILING = 59.8 * 1024;
const DIR = 'dist/cdn';
const MAIN = 'nordic-login.js';
const args = new Set(process.argv.slice(2));

if (!args.has('--no-build') || !existsSync(join(DIR, MAIN))) {
  const { build } = await import('vite');
  await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } })
    .length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const read = (file) => readFileSync(join(DIR, file));
const main = read(MAIN);
const locales = readdirSync(DIR)
  .filter((file) => /^(?:en|da|fi|nb|sv)-[\w-]+\.js$/.test(file))
  .map((file) => ({ file, bytes: read(file).length, gzip: gzip(read(file)), brotli: brotli(read(file)) }))
  .sort((a, b) => b.gzip - a.gzip);
// en, da, fi, nb, sv
if (locales.length !== 5) {
  console.error(`Expected 5 language chunks beside ${MAIN} in ${DIR}, found ${locales.length}.`);
  process.exit(1);
}
const largest = locales[0];
const others = readdirSync(DIR)
  .filter((file) => file.endsWith('.js') && file !== MAIN && !locales.some((l) => l.file === file))
  .map((file) => ({ file, bytes: read(file).length, gzip: gzip(read(file)), brotli: brotli(read(file)) }));
const figures = {
  main: { file: MAIN, bytes: main.length, gzip: gzip(main), brotli: brotli(main) },
  locale: largest,
};
const sum = (key) => figures.main[key] + largest[key] + others.reduce((s, o) => s + o[key], 0);
const total = { gzip: sum('gzip'), brotli: sum('brotli') };

/** Minified bytes of the main file per source module, from its source map. */
function attribute(code, map) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Map([...digits].map((c, i) => [c, i]));
  const decode = (segment) => {
    const out = [];
    let n = 0;
    let shift = 0;
    for (const c of segment) {
      const d = value.get(c);
      n += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        out.push(n & 1 ? -(n >>> 1) : n >>> 1);
        n = 0;
        shift = 0;
      }
    }
    return out;
  };
  const pieces = new Map(); // source index (-1: unmapped) -> code
  const add = (source, text) => pieces.set(source, (pieces.get(source) ?? '') + text);
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const text = lines[index] ?? '';
    let column = 0;
    let from = 0;
    let current = -1;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decode(segment);
      column += fields[0];
      add(current, text.slice(from, column));
      from = column;
      if (fields.length > 1) source += fields[1];
      current = fields.length > 1 ? source : -1;
    }
    add(current, text.slice(from) + '\n');
  });
  return pieces;
}

function groupOf(path) {
  const dependency = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return { group: dependency[1], ours: false };
  const own = path.match(/(?:^|\/)src\/(.+)$/);
  if (own) {
    const [first, ...rest] = own[1].split('/');
    return { group: rest.length ? `src/${first}/` : `src/${first}`, ours: true };
  }
  return { group: '(bundler runtime)', ours: false };
}

let breakdown = [];
const mapFile = join(DIR, `${MAIN}.map`);
if (existsSync(mapFile)) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const pieces = attribute(main.toString('utf8'), map);
  const groups = new Map();
  for (const [index, text] of pieces) {
    // Unmapped bytes are the glue between modules and the text of template literals
    // the minifier re-wrote (views, styles): counted as ours.
    const { group, ours } = index < 0 ? { group: '(unmapped: templates, glue)', ours: true } : groupOf(map.sources[index]);
    const entry = groups.get(group) ?? { group, ours, text: '' };
    entry.text += text;
    groups.set(group, entry);
  }
  const alone = [...groups.values()].map((g) => ({ group: g.group, ours: g.ours, bytes: g.text.length, gzipAlone: gzip(g.text) }));
  const sumAlone = alone.reduce((sum, g) => sum + g.gzipAlone, 0);
  breakdown = alone
    .map((g) => ({ ...g, gzip: Math.round((g.gzipAlone / sumAlone) * figures.main.gzip) }))
    .sort((a, b) => b.gzip - a.gzip);
}
const share = (ours) => breakdown.filter((g) => g.ours === ours).reduce((s, g) => ({ bytes: s.bytes + g.bytes, gzip: s.gzip + g.gzip }), { bytes: 0, gzip: 0 });
const split = { ours: share(true), dependencies: share(false) };
const over = total.gzip > BUDGET;

if (args.has('--json')) {
  console.log(JSON.stringify({ budget: BUDGET, total, ...figures, others, locales, split, breakdown: breakdown.map(({ gzipAlone, ...g }) => g), over }, null, 2));
} else {
  console.log(`CDN bundle (${DIR}), gzip -9 (brotli -11 in brackets):`);
  console.log(`  ${MAIN.padEnd(24)} ${kb(figures.main.bytes).padStart(10)} min  ${kb(figures.main.gzip).padStart(9)} gzip  (${kb(figures.main.brotli)})`);
  for (const o of others) console.log(`  ${o.file.padEnd(24)} ${kb(o.bytes).padStart(10)} min  ${kb(o.gzip).padStart(9)} gzip  (${kb(o.brotli)})`);
  for (const l of locales) console.log(`  ${l.file.padEnd(24)} ${kb(l.bytes).padStart(10)} min  ${kb(l.gzip).padStart(9)} gzip  (${kb(l.brotli)})`);
  console.log(`  every flow, one language ${kb(total.gzip)} gzip (${kb(total.brotli)} brotli), budget ${kb(BUDGET)}: ${over ? `OVER by ${kb(total.gzip - BUDGET)}` : `${kb(BUDGET - total.gzip)} to spare`}`);
  if (breakdown.length) {
    console.log(`\nWhere the main file's bytes go (minified; gzip share estimated):`);
    for (const g of breakdown) console.log(`  ${(g.ours ? 'ours ' : 'dep  ') + g.group.padEnd(32)} ${kb(g.bytes).padStart(10)}  ${kb(g.gzip).padStart(9)}`);
    console.log(`  ${'our code'.padEnd(37)} ${kb(split.ours.bytes).padStart(10)}  ${kb(split.ours.gzip).padStart(9)}`);
    console.log(`  ${'dependencies'.padEnd(37)} ${kb(split.dependencies.bytes).padStart(10)}  ${kb(split.dependencies.gzip).padStart(9)}`);
  }
}
if (args.has('--ceiling')) {
  const grew = total.gzip > CEILING;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/size.json', JSON.stringify({ passed: grew ? 0 : 1, failed: grew ? 1 : 0, skipped: 0 }));
  if (grew) {
    console.error(`\nThe CDN bundle grew past its ceiling of ${kb(CEILING)} gzip: ${kb(total.gzip)}.`);
    process.exit(1);
  }
} else if (over) {
  console.error(`\nThe CDN bundle is over its ${kb(BUDGET)} gzip budget: ${kb(total.gzip)}.`);
  process.exit(1);
}
