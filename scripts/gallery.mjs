// The whole widget at a glance: every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`; `npm run gallery` builds it first) in every language, light and
// dark, 360 and 1280 px wide, as PNGs in gallery/ (not committed) with gallery/index.html,
// a contact sheet. Each story is opened once and driven to its step by its play function;
// language and theme then switch in place, as the toolbar does, so the step stays put.
//
//   node scripts/gallery.mjs [--filter <substring of a story id>] [--lang da,fi,nb,sv] [--out gallery]
//   env: CHROME_PATH (default /usr/bin/chromium), GALLERY_CONCURRENCY (default 3)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.mjs';
import { serveStorybook, STATIC_DIR } from './storybook-static.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const OUT = resolve(option('--out', 'gallery'));
const filter = option('--filter', undefined);
const LANGUAGES = option('--lang', 'en,da,fi,nb,sv').split(',');
const THEMES = ['light', 'dark'];
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const STORY_TIMEOUT_MS = 45_000;
const concurrency = Number(process.env.GALLERY_CONCURRENCY ?? 3);

if (!existsSync(join(STATIC_DIR, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first (or `npm run gallery`).');
  process.exit(1);
}

const { server, origin } = await serveStorybook();

const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));
if (stories.length === 0) {
  console.error(filter ? `no story matches "${filter}"` : 'storybook-static/index.json lists no stories');
  server.close();
  process.exit(1);
}

/** In the page, before Storybook starts: notes when the story has rendered and played. */
function listenToStorybook() {
  const outcome = { done: false, errors: [] };
  window.__gallery = outcome;
  let current;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel) => {
      current = channel;
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException']) {
        channel.on(name, (payload) => outcome.errors.push(`${name}: ${payload?.message ?? payload?.description ?? JSON.stringify(payload)}`));
      }
      channel.on('storyFinished', () => (outcome.done = true));
      channel.on('storyMissing', () => (outcome.done = true));
    },
  });
}

/** Language and theme switched in place, the page around following the theme as Storybook's decorator does. */
async function show(page, lang, theme) {
  await page.evaluate(
    async (lang, theme) => {
      const dark = theme === 'dark';
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
      document.body.style.background = dark ? '#14171a' : '#f4f6f8';
      for (const widget of document.querySelectorAll('nordic-login')) {
        widget.setAttribute('lang', lang);
        widget.setAttribute('theme', theme);
        await widget.updateComplete;
      }
      await new Promise((done) => setTimeout(done, 20));
    },
    lang,
    theme,
  );
}

const fileName = (lang, theme, width) => `${lang}-${theme}-${width}.png`;

async function shoot(context, story) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  let shots = 0;
  try {
    await page.setViewport(WIDTHS[0]);
    // Still pictures: no colour fades on a theme switch, the spinner at rest.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.evaluateOnNewDocument(listenToStorybook);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__gallery?.done === true, { timeout: STORY_TIMEOUT_MS, polling: 50 }).catch(() => problems.push('did not finish rendering'));
    problems.push(...(await page.evaluate(() => window.__gallery.errors)));
    const dir = join(OUT, story.id);
    mkdirSync(dir, { recursive: true });
    for (const lang of LANGUAGES) {
      for (const theme of THEMES) {
        await page.setViewport(WIDTHS[0]);
        await show(page, lang, theme);
        for (const viewport of WIDTHS) {
          await page.setViewport(viewport);
          await page.screenshot({ path: join(dir, fileName(lang, theme, viewport.width)), fullPage: true });
          shots += 1;
        }
      }
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close().catch(() => {});
  }
  return { story, problems, shots };
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function contactSheet(results) {
  const sections = results
    .map(({ story, problems }) => {
      const rows = LANGUAGES.map(
        (lang) =>
          `<tr><th scope="row">${lang}</th>${THEMES.flatMap((theme) =>
            WIDTHS.map(({ width }) => {
              const src = `${encodeURIComponent(story.id)}/${fileName(lang, theme, width)}`;
              return `<td class="${theme}"><a href="${src}"><img loading="lazy" src="${src}" alt="${escape(`${story.name}, ${lang}, ${theme}, ${width} px`)}" width="${width === 360 ? 180 : 320}"></a></td>`;
            }),
          ).join('')}</tr>`,
      ).join('\n');
      const head = THEMES.flatMap((theme) => WIDTHS.map(({ width }) => `<th scope="col">${theme} ${width} px</th>`)).join('');
      const warn = problems.length ? `<p class="problem">${problems.map(escape).join('<br>')}</p>` : '';
      return `<section id="${escape(story.id)}"><h2>${escape(story.title)} › ${escape(story.name)}</h2>${warn}
<table><thead><tr><th></th>${head}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
    })
    .join('\n');
  const toc = results.map(({ story }) => `<li><a href="#${escape(story.id)}">${escape(story.title)} › ${escape(story.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>nordic-login gallery</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1rem; background: #fff; color: #1b1f24; }
  h2 { font-size: 1rem; margin: 2rem 0 0.5rem; }
  table { border-collapse: collapse; }
  th, td { vertical-align: top; padding: 0.25rem; font-weight: normal; font-size: 0.8rem; text-align: start; }
  td.dark { background: #14171a; }
  img { display: block; height: auto; border: 1px solid #ccd; }
  .problem { color: #b3261e; }
  details { margin-bottom: 1rem; }
</style></head><body>
<h1>nordic-login: every story, ${LANGUAGES.join(', ')}, light and dark, ${WIDTHS.map((w) => `${w.width}`).join(' and ')} px</h1>
<p>${results.length} stories, ${results.reduce((n, r) => n + r.shots, 0)} screenshots, ${new Date().toISOString()}.</p>
<details><summary>Stories</summary><ol>${toc}</ol></details>
${sections}
</body></html>
`;
}

const startedAt = Date.now();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, protocolTimeout: 60_000 });
const results = [];
let next = 0;
async function worker() {
  // A window of its own per worker: a page in a background tab gets no frames to capture.
  const context = await browser.createBrowserContext();
  while (next < stories.length) {
    const story = stories[next++];
    const result = await shoot(context, story);
    results.push(result);
    const label = `${story.title} › ${story.name}`;
    if (result.problems.length) console.log(`! ${label}: ${result.problems.join('; ')}`);
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(concurrency, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
const order = new Map(stories.map((story, i) => [story.id, i]));
results.sort((a, b) => order.get(a.story.id) - order.get(b.story.id));
writeFileSync(join(OUT, 'index.html'), contactSheet(results));
const shots = results.reduce((n, r) => n + r.shots, 0);
console.log(`gallery: ${shots} screenshots of ${results.length} stories in ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${join(OUT, 'index.html')}`);
