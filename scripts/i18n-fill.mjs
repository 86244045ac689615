#!/usr/bin/env node
// Writes translations into the XLIFF files (locales/<locale>.xlf stay the one source of
// truth; this only saves editing XML by hand), and lists what is still untranslated.
//
//   node scripts/i18n-fill.mjs --todo            untranslated messages as a JSON batch to fill in
//   node scripts/i18n-fill.mjs --all             every message with its translations, same format
//   node scripts/i18n-fill.mjs batch.json [...]  writes the translations of the batch(es)
//
// A batch is a JSON array of { "id"?, "source"?, "da"?, "nb"?, "sv"? }. An entry names
// its message by id or by English source text. In source and translations, {0}, {1}, …
// stand for the message's placeholders (expressions and HTML markup) in the order they
// appear in the English source; a translation may move them but must keep each one.
// Then run `npm run i18n:build`.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
const { sortProgramMessages } = await import('@lit/localize-tools/lib/messages.js');

const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
const localizer = new RuntimeLitLocalizer(config);
const { messages, errors } = localizer.extractSourceMessages();
if (errors.length) {
  console.error(`lit-localize could not extract the messages (${errors.length} errors); run npm run i18n:extract to see them`);
  process.exit(1);
}
const { translations } = localizer.readTranslationsSync();
const locales = config.targetLocales;

const placeholdersOf = (m) => m.contents.filter((c) => typeof c !== 'string');
/** Contents as text with {k} for the k-th placeholder of the source message. */
function toText(contents, source) {
  const order = placeholdersOf(source);
  return contents
    .map((c) => {
      if (typeof c === 'string') return c;
      const k = order.findIndex((p) => p.index === c.index && p.untranslatable === c.untranslatable);
      return `{${k === -1 ? order.findIndex((p) => p.untranslatable === c.untranslatable) : k}}`;
    })
    .join('');
}
function fromText(text, source) {
  const order = placeholdersOf(source);
  const contents = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\d+)\}/g)) {
    const placeholder = order[Number(match[1])];
    if (!placeholder) throw new Error(`"${text}": the source "${toText(source.contents, source)}" has no placeholder {${match[1]}}`);
    if (match.index > last) contents.push(text.slice(last, match.index));
    contents.push(placeholder);
    last = match.index + match[0].length;
  }
  if (last < text.length) contents.push(text.slice(last));
  const used = contents.filter((c) => typeof c !== 'string');
  if (used.length !== order.length || new Set(used).size !== order.length) {
    throw new Error(`"${text}" must use each of the placeholders {0}…{${order.length - 1}} of "${toText(source.contents, source)}" once`);
  }
  return contents;
}

const byLocale = new Map(locales.map((l) => [l, new Map((translations.get(l) ?? []).map((m) => [m.name, m]))]));
const entry = (m, onlyMissing) => {
  const e = { id: m.name, source: toText(m.contents, m) };
  if (m.desc) e.desc = m.desc;
  e.file = relative(root, m.file.fileName);
  let missing = false;
  for (const l of locales) {
    const t = byLocale.get(l).get(m.name);
    e[l] = t ? toText(t.contents, m) : '';
    if (!t) missing = true;
  }
  return onlyMissing && !missing ? undefined : e;
};

const args = process.argv.slice(2);
if (args.includes('--todo') || args.includes('--all')) {
  const list = sortProgramMessages([...messages]).map((m) => entry(m, args.includes('--todo'))).filter(Boolean);
  console.log(JSON.stringify(list, null, 2));
  process.exit(0);
}

const bySource = new Map();
for (const m of messages) {
  const text = toText(m.contents, m);
  if (!bySource.has(text)) bySource.set(text, []);
  bySource.get(text).push(m);
}
const byId = new Map(messages.map((m) => [m.name, m]));
let written = 0;
const unmatched = [];
for (const file of args) {
  const batch = JSON.parse(readFileSync(file, 'utf8'));
  for (const item of batch) {
    const targets = item.id ? [byId.get(item.id)].filter(Boolean) : (bySource.get(item.source) ?? []);
    if (targets.length === 0) {
      unmatched.push(item.id ?? item.source);
      continue;
    }
    for (const m of targets) {
      for (const l of locales) {
        if (typeof item[l] !== 'string' || item[l].trim() === '') continue;
        byLocale.get(l).set(m.name, { name: m.name, contents: fromText(item[l], m) });
        written++;
      }
    }
  }
}
const merged = new Map(locales.map((l) => [l, [...byLocale.get(l).values()]]));
await localizer.formatter.writeOutput(sortProgramMessages([...messages]), merged);
console.log(`wrote ${written} translations`);
if (unmatched.length) {
  console.log(`not in the source (changed or removed?):\n  ${unmatched.join('\n  ')}`);
}
