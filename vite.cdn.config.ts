import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { RolldownMagicString, RUNTIME_MODULE_ID } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { SHORT_ID } from './src/i18n/msg.js';

/*
 * The CDN bundle: dist/cdn/nordic-login.js, for a page that includes the widget with
 * one <script type="module"> tag. What every page needs is one chunk beside it
 * (core-<hash>.js); each step that only some visits reach (a flow's form, the code
 * step, BankID) is a chunk of its own, and so is each language's catalogue, in two
 * parts (sv-<hash>.js for the first screen, sv-rest-<hash>.js for the steps loaded later):
 * the widget imports them relative to its own URL when it needs them, so a page
 * downloads the first screen and the one language it shows. Minified, whitespace
 * included (Vite leaves the whitespace of ES library builds to the application's
 * bundler; this file goes straight to browsers).
 */
const catalogue = /[\\/]i18n[\\/]generated[\\/](?:en|da|fi|nb|sv)\.ts$/;
/** The second part of a catalogue (splitCatalogues): the same file, under an id of its own. */
const restOfCatalogue = /[\\/]i18n[\\/]generated[\\/](?:en|da|fi|nb|sv)\.ts\?rest$/;
const isCatalogue = (id: string | null | undefined): boolean => catalogue.test(id ?? '') || restOfCatalogue.test(id ?? '');

/**
 * A catalogue chunk imports nothing. Its one import, @lit/localize's `str` tag, would
 * otherwise make it import the main file back by its own name: a page that loaded the
 * main file under another URL (a query string, a CDN alias) would then download and run
 * a second copy of the widget. `str` is three lines, copied into each catalogue.
 */
function selfContainedCatalogues(): Plugin {
  return {
    name: 'nordic-login:self-contained-catalogues',
    transform(code, id) {
      if (!isCatalogue(id)) return null;
      const replaced = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
      return replaced === code ? null : { code: shortenIds(replaced), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !isCatalogue(chunk.facadeModuleId)) continue;
        if (chunk.imports.length > 0) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: a language chunk must stand alone`);
        }
      }
    },
  };
}

/*
 * Message ids are 's' and 16 hex digits of hash: some 180 of them, incompressible, are
 * a third of a catalogue's gzip size. This bundle keys a message by the first SHORT_ID
 * characters of its id (src/i18n/msg.ts looks it up by its full id first, then so), 12
 * bits of hash, in its catalogues and in its msg() calls alike. The few messages whose
 * short ids would clash keep their full ids: a clash costs a few bytes, never a wrong
 * text. Every catalogue holds every message (scripts/i18n-check.mjs), so the English
 * one names them all.
 */
const messageKey = /(['"])(s[0-9a-f]{16})\1(?=\s*:)/g;
const messageIds = [...readFileSync('src/i18n/generated/en.ts', 'utf8').matchAll(messageKey)].map((match) => match[2] ?? '');
const keyOf = new Map(
  messageIds.map((id) => {
    const short = id.slice(0, SHORT_ID);
    return [id, messageIds.filter((other) => other.startsWith(short)).length === 1 ? short : id];
  }),
);

function shortenIds(code: string): string {
  return code.replace(messageKey, (_match, _quote, id: string) => `'${keyOf.get(id) ?? id}'`);
}

/*
 * A msg() call holds its English text, which every page downloads though most show
 * another language. Here a call names its message by key instead, `msg('Send code')`
 * becomes `msg('', {id: 's393'})`, `msg(str`Hi ${name}`)` becomes `msg(str`${name}`,
 * {id: ...})`, and the English comes from its catalogue like any language's. The id is
 * the one @lit/localize gives the text, so a call the catalogues lack fails the build.
 */
function englishFromCatalogue(): Plugin {
  return {
    name: 'nordic-login:english-from-catalogue',
    transform(code, id) {
      if (!ownModule.test(id) || catalogue.test(id) || !code.includes('msg(')) return null;
      const out = new RolldownMagicString(code);
      const keys = new Set<string>();
      eachNode(this.parse(code), (node) => {
        const callee = node.callee as Node | undefined;
        if (node.type !== 'CallExpression' || callee?.type !== 'Identifier' || callee.name !== 'msg') return;
        const [text, ...rest] = node.arguments as Node[];
        if (!text || rest.length > 0) this.error(`${id}: msg() with options or without a text`);
        let messageId: string;
        if (text.type === 'Literal' && typeof text.value === 'string') {
          messageId = generateMsgId(text.value, false);
          out.overwrite(text.start, text.end, "''");
        } else if (text.type === 'TaggedTemplateExpression' && (text.tag as Node).name === 'str') {
          const quasis = (text.quasi as { quasis: Node[] }).quasis;
          messageId = generateMsgId(quasis.map((quasi) => (quasi.value as { cooked: string }).cooked), false);
          for (const quasi of quasis) if (quasi.end > quasi.start) out.remove(quasi.start, quasi.end);
        } else {
          return this.error(`${id}: msg() whose text is not a string or str\`\` literal`);
        }
        const key = keyOf.get(messageId);
        if (!key) return this.error(`${id}: a msg() text the catalogues lack: run npm run i18n:extract and i18n:build`);
        out.appendLeft(text.end, `,{id:'${key}'}`);
        keys.add(key);
      });
      keysUsedBy.set(id, keys);
      return out.hasChanged() ? { code: out } : null;
    },
  };
}

/*
 * The first screen shows a fraction of the texts: most belong to steps whose views load
 * later (lazy() in src/nordic-login.ts). So each catalogue comes in two chunks: sv-<hash>.js
 * holds the messages that the chunks a page loads first use (the entry and what it
 * imports, core), and sv-rest-<hash>.js every other; the first exports `rest`, which the
 * LocaleController loads before a lazily loaded view shows. Both parts start as the whole
 * catalogue (the rest under the id sv.ts?rest); once the chunk graph is known, each drops
 * what the other holds, by the keys the msg() calls of each chunk's modules name
 * (englishFromCatalogue records them). A key is the same in both parts, so they merge
 * without a clash.
 */
const keysUsedBy = new Map<string, Set<string>>();
const REST = '?rest';

function splitCatalogues(): Plugin {
  return {
    name: 'nordic-login:split-catalogues',
    resolveId(source) {
      return restOfCatalogue.test(source) ? source : null;
    },
    load(id) {
      return restOfCatalogue.test(id) ? { code: readFileSync(id.slice(0, -REST.length), 'utf8'), moduleType: 'js' } : null;
    },
    transform(code, id) {
      // Appended: the catalogue's own lines keep their places, and so its source map.
      return catalogue.test(id) ? { code: `${code}\nexport const rest = () => import(${JSON.stringify(id + REST)});\n`, map: null } : null;
    },
    renderChunk(code, chunk, _options, meta) {
      const id = chunk.facadeModuleId ?? '';
      const rest = restOfCatalogue.test(id);
      if (!rest && !catalogue.test(id)) return null;
      const firstScreen = keysOfFirstScreen(meta.chunks);
      if (firstScreen.size === 0) return this.error('no msg() found in the entry chunk or what it imports');
      const objects: Node[] = [];
      eachNode(this.parse(code), (node) => {
        const properties = node.properties as Node[] | undefined;
        if (node.type === 'ObjectExpression' && properties?.length && properties.every((p) => typeof messageKeyOf(p) === 'string')) objects.push(node);
      });
      const [templates, ...others] = objects;
      if (!templates || others.length > 0) return this.error(`${chunk.fileName}: not one object of messages`);
      const kept = (templates.properties as Node[]).filter((p) => firstScreen.has(messageKeyOf(p) ?? '') !== rest);
      const out = new RolldownMagicString(code);
      out.overwrite(templates.start, templates.end, `{${kept.map((p) => code.slice(p.start, p.end)).join(',\n')}}`);
      return out;
    },
  };
}

function messageKeyOf(property: Node): string | undefined {
  const key = property.key as Node | undefined;
  return property.type === 'Property' && key?.type === 'Literal' && typeof key.value === 'string' && /^s[0-9a-f]+$/.test(key.value) ? key.value : undefined;
}

/** The keys of the messages that the entry chunk and the chunks it imports (statically, at once) use. */
function keysOfFirstScreen(chunks: Record<string, { isEntry: boolean; imports: string[]; moduleIds: string[] }>): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const visit = (fileName: string): void => {
    const chunk = chunks[fileName];
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    for (const id of chunk.moduleIds) for (const key of keysUsedBy.get(id) ?? []) keys.add(key);
    chunk.imports.forEach(visit);
  };
  for (const [fileName, chunk] of Object.entries(chunks)) if (chunk.isEntry) visit(fileName);
  return keys;
}

/*
 * The static text of our lit templates, as the minifier leaves it: every line break and
 * indent of src/ kept. In html`` and svg`` a run of white space that holds a line break
 * becomes one space (the same rendering: HTML collapses such runs, and no template
 * holds a <pre> or <textarea>); in css`` comments go, white space is cut to what CSS
 * needs outside quoted strings, attribute selectors lose quotes and numbers leading
 * zeros they do not need. Only the template's text changes, never an
 * expression in it; the source map follows.
 */
const ownModule = /[\\/]src[\\/][^?]*\.ts$/;
const templateTag = /\b(?:html|svg|css)`/;

function compactHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function compactCss(text: string): string {
  // Comments first: an apostrophe in one ("the eIDs' own buttons") is no string.
  const parts = text.replace(/\/\*[^]*?\*\//g, '').split(/('[^']*'|"[^"]*")/);
  return parts
    .map((part, index) =>
      index % 2
        ? unquoteAttributeValue(part, parts[index - 1] ?? '', parts[index + 1] ?? '')
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .replace(/([:,( ])0\.(\d)/g, '$1.$2'),
    )
    .join('');
}

/** [theme='dark'] needs no quotes: an attribute selector's value that is an identifier. */
function unquoteAttributeValue(quoted: string, before: string, after: string): string {
  const value = quoted.slice(1, -1);
  return before.endsWith('=') && after.startsWith(']') && /^[a-z][\w-]*$/i.test(value) ? value : quoted;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function eachNode(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const child of node) eachNode(child, visit);
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') visit(node as Node);
    for (const value of Object.values(node)) if (value && typeof value === 'object') eachNode(value, visit);
  }
}

function compactTemplates(): Plugin {
  return {
    name: 'nordic-login:compact-templates',
    transform(code, id) {
      if (!ownModule.test(id) || !templateTag.test(code)) return null;
      const out = new RolldownMagicString(code);
      eachNode(this.parse(code), (node) => {
        const tag = node.tag as Node | undefined;
        if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier') return;
        const name = tag.name as string;
        if (name !== 'html' && name !== 'svg' && name !== 'css') return;
        for (const quasi of (node.quasi as { quasis: Node[] }).quasis) {
          const text = code.slice(quasi.start, quasi.end);
          if (text !== (quasi.value as { raw: string }).raw) this.error(`${id}: a template's text is not where the parser put it`);
          const compact = name === 'css' ? compactCss(text) : compactHtml(text);
          if (compact !== text) out.overwrite(quasi.start, quasi.end, compact);
        }
      });
      return out.hasChanged() ? { code: out } : null;
    },
  };
}

/*
 * Everything the entry imports statically goes into one chunk, core-<hash>.js, which the
 * entry and every lazily loaded chunk import by that one name. Left to itself the
 * bundler would keep that code in nordic-login.js, and the lazy chunks would import
 * './nordic-login.js': a page that loaded the widget as nordic-login.js?v=2 (or under a
 * CDN alias) would then run a second copy of it, with its own custom-element class.
 */
const entry = resolve('src/index.ts');

function staticGraph(meta: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of meta.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(entry);
  return seen;
}

let core: Set<string> | undefined;

/*
 * The bundler's runtime (the helper that builds the namespace object of a view that lives in a
 * shared chunk, for its import()) goes into the core, which every chunk that needs it has
 * already loaded. Left to itself Rolldown gives it a chunk of its own (0.15 KiB), which the
 * start forms, the registration forms and the steps import: one more hop after the step's
 * chunk on the way to its first screen. It cannot be named into a codeSplitting group (the
 * bundler assigns it before the groups), and it moves into a chunk only when that chunk is
 * its one user or a plain chunk all its users load: the core is a group's chunk, which may
 * host it only as its one user. So its code is appended to the core here, exported under
 * its own names, and the chunks that imported it import it from the core instead; the
 * hashes are taken after this hook, so they cover the moved code.
 */
function runtimeInCore(): Plugin {
  return {
    name: 'nordic-login:runtime-in-core',
    renderChunk(code, chunk, _options, meta) {
      const chunks = Object.values(meta.chunks);
      const runtimeChunk = chunks.find((other) => other.moduleIds.length === 1 && other.moduleIds[0] === RUNTIME_MODULE_ID);
      if (!runtimeChunk) return null;
      const runtimeFile = runtimeChunk.fileName;
      const runtime = runtimeChunk.modules[RUNTIME_MODULE_ID];
      const names = runtime?.renderedExports ?? [];
      if (!runtime?.code || names.length === 0) return this.error('the runtime chunk has no code');
      const coreFile = chunks.find((other) => other.name === 'core')?.fileName;
      if (!coreFile) return this.error('no core chunk');
      const out = new RolldownMagicString(code);
      if (chunk.fileName === coreFile) {
        const clash = names.find((name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code));
        if (clash) return this.error(`the core already names ${clash}: the runtime cannot join it`);
        out.append(`\n${runtime.code}export { ${names.join(', ')} };\n`);
        return out;
      }
      if (!chunk.imports.includes(runtimeFile)) return null;
      // `import { t as __exportAll } from "./rolldown-runtime-….js";`: the local name is the runtime's own, deconflicted with a $n suffix.
      const from = JSON.stringify(`./${runtimeFile}`);
      let found = false;
      eachNode(this.parse(code), (node) => {
        if (node.type !== 'ImportDeclaration' || code.slice((node.source as Node).start, (node.source as Node).end) !== from) return;
        found = true;
        const locals = (node.specifiers as Node[]).map((specifier) => {
          const local = (specifier.local as { name: string }).name;
          const name = names.find((candidate) => local === candidate || local.startsWith(`${candidate}$`));
          if (specifier.type !== 'ImportSpecifier' || !name) this.error(`${chunk.fileName}: an import of the runtime that names no helper of it: ${local}`);
          return name === local ? name : `${name} as ${local}`;
        });
        out.overwrite(node.start, node.end, `import { ${locals.join(', ')} } from ${JSON.stringify(`./${coreFile}`)};`);
      });
      if (!found) return this.error(`${chunk.fileName}: its import of the runtime is not where the parser put it`);
      return out;
    },
    generateBundle(_options, bundle) {
      const runtimeFile = Object.keys(bundle).find((name) => {
        const chunk = bundle[name];
        return chunk?.type === 'chunk' && chunk.moduleIds.length === 1 && chunk.moduleIds[0] === RUNTIME_MODULE_ID;
      });
      if (!runtimeFile) return;
      delete bundle[runtimeFile];
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.imports = chunk.imports.filter((name) => name !== runtimeFile);
    },
  };
}

/*
 * What the countries' number checks share goes with the core too: the Luhn check (0.1
 * KiB, Swedish numbers) and the calendar (0.3 KiB, every personal number, and birth
 * dates). In a chunk of its own, shared by the numbers' chunks (or with a flow's chunk
 * that also uses it), a tenant's first screen would fetch the number's chunk and only
 * then, a round trip later, the helper's. One chunk of all numbers with them would bring
 * every country's checks to every tenant.
 */
const numberHelpers = /[\\/]src[\\/]validation[\\/](?:luhn|calendar)\.ts$/;

export default defineConfig({
  publicDir: false,
  plugins: [runtimeInCore(), selfContainedCatalogues(), splitCatalogues(), englishFromCatalogue(), compactTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { 'nordic-login': 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        // The second part of a catalogue (splitCatalogues) is named for its language too.
        chunkFileNames: (chunk) => `${chunk.name}${restOfCatalogue.test(chunk.facadeModuleId ?? '') ? '-rest' : ''}-[hash].js`,
        codeSplitting: {
          groups: [
            {
              name: (id, meta) => ((core ??= staticGraph(meta)).has(id) || numberHelpers.test(id) ? 'core' : null),
            },
            // Each chunk costs its own compression and import list: steps that go together load together.
            { name: 'start-forms', test: /[\\/]src[\\/](?:flows[\\/](?:activation|verify-and-create|password-link|forgot-password)[\\/]|ui[\\/]start-form)/ },
            { name: 'registration', test: /[\\/]src[\\/]flows[\\/](?:mobile-registration|customer-number-registration|email-registration|forgot-customer-number)[\\/]/ },
            { name: 'steps', test: /[\\/]src[\\/]steps[\\/]/ },
          ],
        },
        minify: { compress: true, mangle: true, codegen: true },
        comments: { legal: false, annotation: false, jsdoc: false },
      },
    },
  },
});
