// What the CDN build costs a page, gzip -9, measured from what Chromium actually fetches
// (never from a list of file names, which the splitting of the widget into chunks would
// make wrong without anyone noticing):
//
//   first screen  every file of ours (under /cdn/) a page requests until the sign-in form's
//                 identifier field is usable, for the bench tenant (password sign-in) in
//                 each language; the largest language counts
//   journeys      the same page once the form is usable, then one flow the tenant offers
//                 chosen (the element's `start` property, as the page would set it), until
//                 the flow's first screen is shown and no request of ours has been in
//                 flight for a moment (BankID: until its QR code shows): every file the load
//                 requested. The largest flow in the largest language counts
//   all chunks    not by network: every .js in dist/cdn, with the language chunks of one
//                 language only (a chunk's language is read from its source map), the
//                 largest language: what a page pays if it ends up loading everything.
//                 Each chunk is compressed alone, as it travels; the same files gzipped as
//                 one is what splitting costs in lost compression
//
// It also says where the bytes go: each chunk's source map attributes every minified byte
// to the module it came from, grouped as our code (by folder of src/) and each dependency.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { coldPage, until, usableIdentifier } from './browser.mjs';
import { CDN_DIR } from './server.mjs';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** Brotli -11, for comparison: what most CDNs serve to browsers that ask for it. */
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const QUIET_MS = 300;

/** The widget's languages, as lit-localize builds them. */
export function languages() {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  return [config.sourceLocale, ...config.targetLocales];
}

/**
 * Loads `url` cold and records every request under /cdn/: its file, its gzip size and
 * whether it was asked for before `mark()` was last called ("phase").
 */
async function recordedLoad(browser, origin, url) {
  const page = await coldPage(browser);
  const prefix = `${origin}/cdn/`;
  const files = new Map(); // file -> { phase, gzip }
  const bodies = [];
  let phase = 'firstScreen';
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    if (!request.url().startsWith(prefix)) return;
    inFlight++;
    lastActivity = Date.now();
    const file = new URL(request.url()).pathname.slice('/cdn/'.length);
    if (!files.has(file)) files.set(file, { phase, gzip: 0 });
  });
  const done = (request) => {
    if (!request.url().startsWith(prefix)) return;
    const file = new URL(request.url()).pathname.slice('/cdn/'.length);
    bodies.push(
      (async () => {
        const body = await request.response()?.buffer().catch(() => undefined);
        if (!body) throw new Error(`no body for ${request.url()}`);
        files.get(file).gzip = gzip(body);
      })().finally(() => {
        inFlight--;
        lastActivity = Date.now();
      }),
    );
  };
  page.on('requestfinished', done);
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith(prefix)) return;
    inFlight--;
    bodies.push(Promise.reject(new Error(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)));
  });
  await page.evaluateOnNewDocument(() => {
    window.__benchSteps = [];
    document.addEventListener('nl-step-change', (event) => window.__benchSteps.push(event.step));
  });
  await page.goto(url);
  return {
    page,
    mark: (name) => (phase = name),
    /** Until no request of ours has been in flight for QUIET_MS. */
    async quiet() {
      while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await sleep(50);
      await Promise.all(bodies);
    },
    files,
    close: () => page.browserContext().close(),
  };
}

const total = (files, phases) => [...files.values()].filter((f) => !phases || phases.includes(f.phase)).reduce((sum, f) => sum + f.gzip, 0);
const list = (files) => [...files].map(([file, { gzip, phase }]) => ({ file, gzip, phase }));

/** First screen and every journey of `tenant`, in every language. */
export async function networkSizes(browser, origin, { tenant = 'demo' } = {}) {
  const config = await (await fetch(`${origin}/api/config?tenant=${tenant}`)).json();
  if (!config.methods?.password) throw new Error(`tenant ${tenant} has no password sign-in`);
  // What a tenant offers to start: its flows, and BankID.
  const flows = [...Object.keys(config.flows).filter((flow) => config.flows[flow]), ...(config.methods.bankid ? ['bankid'] : [])];
  const page = (lang) => `${origin}/widget.html?tenant=${tenant}&lang=${lang}&start=signIn&sandbox=sizes-${lang}-${Date.now().toString(36)}`;

  // One cold load per language for the first screen, one per language and flow for the
  // journeys; a few at a time (sizes do not depend on timing).
  const tasks = languages().flatMap((lang) => [{ lang }, ...flows.map((flow) => ({ lang, flow }))]);
  const firstScreens = [];
  const journeys = [];
  const measure = async ({ lang, flow }) => {
    const load = await recordedLoad(browser, origin, page(lang));
    try {
      await until(load.page, usableIdentifier, 'the sign-in form');
      if (!flow) {
        // The first screen alone: a page that is only looked at.
        load.mark('afterFirstScreen');
        await load.quiet();
        firstScreens.push({ lang, gzip: total(load.files, ['firstScreen']), idle: total(load.files, ['afterFirstScreen']), files: list(load.files) });
        return;
      }
      load.mark('journey');
      await load.page.evaluate((flow) => (document.querySelector('nordic-login').start = flow), flow);
      await until(
        load.page,
        new Function(`return window.__benchSteps.at(-1) === ${JSON.stringify(flow)} && !!document.querySelector('nordic-login').shadowRoot.querySelector('form input, [part~="button"]')`),
        `the ${flow} step`,
      );
      if (flow === 'bankid') await until(load.page, () => !!document.querySelector('nordic-login').shadowRoot.querySelector('[part="qr"] svg'), 'the BankID QR code');
      await load.quiet();
      journeys.push({ lang, flow, gzip: total(load.files), files: list(load.files) });
    } finally {
      await load.close();
    }
  };
  const queue = [...tasks];
  const worker = async () => {
    while (queue.length) await measure(queue.shift());
  };
  await Promise.all(Array.from({ length: Number(process.env.BENCH_SIZE_PAGES ?? 2) }, worker));
  const order = (a, b) => languages().indexOf(a.lang) - languages().indexOf(b.lang) || (a.flow ?? '').localeCompare(b.flow ?? '');
  firstScreens.sort(order);
  journeys.sort(order);
  const firstScreen = firstScreens.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const journey = journeys.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return { tenant, firstScreen, journey, firstScreens, journeys };
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

/** The language a chunk holds texts of, from its source map; undefined for code. */
function languageOf(file) {
  const mapFile = join(CDN_DIR, `${file}.map`);
  const langs = languages();
  const byName = langs.find((lang) => file.startsWith(`${lang}-`));
  if (!existsSync(mapFile)) return byName;
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8'));
  // A catalogue is src/i18n/generated/<lang>.ts (or a file of texts per flow under a folder of that language).
  const found = new Set(
    sources.map((source) => source.match(new RegExp(`i18n/generated/(?:.*/)?(${langs.join('|')})(?:[./]|$)`))?.[1]),
  );
  return found.size === 1 && !found.has(undefined) ? [...found][0] : byName;
}

/** Every chunk in dist/cdn, and the whole with the largest language's texts. */
export function allChunks() {
  const chunks = readdirSync(CDN_DIR)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const body = readFileSync(join(CDN_DIR, file));
      return { file, bytes: body.length, gzip: gzip(body), brotli: brotli(body), language: languageOf(file) };
    });
  const code = chunks.filter((c) => !c.language);
  const perLanguage = languages().map((lang) => {
    const files = [...code, ...chunks.filter((c) => c.language === lang)];
    const together = gzip(Buffer.concat(files.map((f) => readFileSync(join(CDN_DIR, f.file)))));
    return { lang, gzip: files.reduce((sum, f) => sum + f.gzip, 0), brotli: files.reduce((sum, f) => sum + f.brotli, 0), asOneFile: together, files: files.map((f) => f.file) };
  });
  const largest = perLanguage.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return {
    gzip: largest.gzip,
    brotli: largest.brotli,
    lang: largest.lang,
    chunkCount: largest.files.length,
    // What splitting costs: the sum of chunks compressed alone over the same code compressed as one file.
    splitCost: largest.gzip - largest.asOneFile,
    chunks,
  };
}

/** Minified bytes of one chunk per source module, from its source map. */
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

/**
 * Where the bytes of the code chunks go (language chunks are texts alone). Gzip is not
 * additive, so each group of a chunk is compressed alone and the results scaled to the
 * chunk's real gzip size: a fair split, not an exact one. Summed over the chunks.
 */
export function breakdown(chunks) {
  const groups = new Map();
  for (const chunk of chunks.filter((c) => !c.language)) {
    const mapFile = join(CDN_DIR, `${chunk.file}.map`);
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    const pieces = attribute(readFileSync(join(CDN_DIR, chunk.file), 'utf8'), map);
    const inChunk = new Map();
    for (const [index, text] of pieces) {
      // Unmapped bytes are the glue between modules and the text of template literals
      // the minifier re-wrote (views, styles): counted as ours.
      const { group, ours } = index < 0 ? { group: '(unmapped: templates, glue)', ours: true } : groupOf(map.sources[index]);
      const entry = inChunk.get(group) ?? { group, ours, text: '' };
      entry.text += text;
      inChunk.set(group, entry);
    }
    const alone = [...inChunk.values()].map((g) => ({ ...g, gzipAlone: gzip(g.text) }));
    const sumAlone = alone.reduce((sum, g) => sum + g.gzipAlone, 0);
    for (const g of alone) {
      const entry = groups.get(g.group) ?? { group: g.group, ours: g.ours, bytes: 0, gzip: 0 };
      entry.bytes += g.text.length;
      entry.gzip += (g.gzipAlone / sumAlone) * chunk.gzip;
      groups.set(g.group, entry);
    }
  }
  return [...groups.values()].map((g) => ({ ...g, gzip: Math.round(g.gzip) })).sort((a, b) => b.gzip - a.gzip);
}
