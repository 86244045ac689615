#!/usr/bin/env node
// Checks that every text the widget shows is translated, and that no text bypasses msg().
//
//   node scripts/i18n-check.mjs              both checks; exits 1 on any problem
//   node scripts/i18n-check.mjs --messages   every message extracted from src/ has a
//                                            translation in every target language, the
//                                            XLIFF files are current, the generated
//                                            modules match the XLIFF files
//   node scripts/i18n-check.mjs --templates  user-visible text in the views (text nodes,
//                                            aria-label, placeholder, title, alt, label,
//                                            and sentence-like strings) goes through msg()
//   --json                                   prints the findings as JSON
//   [files…]                                 the files the template check scans
//                                            (default: src/*.ts and the views under src/ui, shell, flows, steps)
//
// A line can opt out of the template check with a comment `i18n-ignore` on it or on the
// line before it (for text that is not language, e.g. a brand name in a fixed layout).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { buildCatalogues } from './i18n-build.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const givenFiles = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((f) => resolve(f));
const runMessages = args.has('--messages') || !args.has('--templates');
const runTemplates = args.has('--templates') || !args.has('--messages');

/** Names and codes that read the same in every language, and words a language shares with English. */
const rules = JSON.parse(readFileSync(join(root, 'locales/same-as-english.json'), 'utf8'));
const LANGUAGE_NEUTRAL = rules.languageNeutral;
const SAME_AS_ENGLISH = rules.sameAsEnglish;

const problems = [];
const report = (kind, where, message) => problems.push({ kind, where, message });

// ---------------------------------------------------------------------------------------
// Messages: extracted source messages against the XLIFF translations.

async function checkMessages() {
  const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
  const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
  const configPath = join(root, 'lit-localize.json');
  const config = readConfigFileAndWriteSchema(configPath);
  const localizer = new RuntimeLitLocalizer(config);
  const { messages, errors } = localizer.extractSourceMessages();
  for (const error of errors) {
    report('extract', error.file ? relative(root, error.file.fileName) : 'lit-localize', ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  }
  const { translations } = localizer.readTranslationsSync();
  const where = (m) => {
    const { line } = m.file.getLineAndCharacterOfPosition(m.node.getStart());
    return `${relative(root, m.file.fileName)}:${line + 1}`;
  };
  const sourceText = (m) => m.contents.map((c) => (typeof c === 'string' ? c : '{…}')).join('');

  // Ids present as trans-units (with or without target) in each XLIFF file.
  const units = new Map();
  for (const locale of config.targetLocales) {
    const file = join(root, config.interchange.xliffDir, `${locale}.xlf`);
    const xml = existsSync(file) ? readFileSync(file, 'utf8') : '';
    units.set(locale, new Set([...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1])));
  }

  const counts = {};
  for (const locale of config.targetLocales) {
    const translated = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
    counts[locale] = 0;
    for (const m of messages) {
      const t = translated.get(m.name);
      if (!units.get(locale).has(m.name)) {
        report('stale-xliff', where(m), `"${sourceText(m)}" (${m.name}) is not in locales/${locale}.xlf: run npm run i18n:extract`);
      } else if (!t) {
        report('untranslated', where(m), `"${sourceText(m)}" (${m.name}) has no ${locale} translation`);
      } else {
        counts[locale]++;
        const target = t.contents.filter((c) => typeof c === 'string').join('');
        const source = m.contents.filter((c) => typeof c === 'string').join('');
        if (target === source && !languageNeutral(source) && !(SAME_AS_ENGLISH[locale] ?? []).includes(source)) {
          report('copied', where(m), `"${source}" (${m.name}) reads the same in ${locale} as in English`);
        }
      }
    }
    const sourceIds = new Set(messages.map((m) => m.name));
    for (const id of units.get(locale)) {
      if (!sourceIds.has(id)) report('obsolete', `locales/${locale}.xlf`, `${id} is no longer in the source: run npm run i18n:extract`);
    }
  }
  for (const error of localizer.validateTranslations().errors) report('placeholders', 'locales', error);

  // The committed modules must be what `npm run i18n:build` makes of the XLIFF files.
  const outDir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  try {
    await buildCatalogues(config, outDir);
    const committedDir = config.resolve(config.output.outputDir);
    for (const name of readdirSync(outDir)) {
      const committed = join(committedDir, name);
      if (!existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(outDir, name), 'utf8')) {
        report('stale-build', relative(root, committed), 'differs from the XLIFF files: run npm run i18n:build');
      }
    }
  } catch (error) {
    report('build', 'npm run i18n:build', String(error?.message ?? error));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return { messages: messages.length, translated: counts };
}

function languageNeutral(text) {
  let rest = text;
  for (const name of [...LANGUAGE_NEUTRAL].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return !/\p{L}/u.test(rest);
}

// ---------------------------------------------------------------------------------------
// Templates: user-visible text in html`` that does not come from msg().

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext',
  'placeholder', 'title', 'alt', 'label',
  // property bindings (.prop=${...}) of the same
  'arialabel', 'ariadescription', 'ariaplaceholder', 'ariaroledescription', 'ariavaluetext',
]);
const RAW_TEXT_ELEMENTS = new Set(['style', 'script']);
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const hasLetters = (s) => /\p{L}/u.test(s);

function viewFiles() {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.d\.ts$|\.styles\.ts$|\.test\.ts$/.test(name)) files.push(path);
    }
  };
  const src = join(root, 'src');
  for (const name of existsSync(src) ? readdirSync(src) : []) {
    const path = join(src, name);
    if (statSync(path).isFile() && /\.ts$/.test(name) && !/\.d\.ts$|\.styles\.ts$/.test(name)) files.push(path);
  }
  for (const folder of ['ui', 'shell', 'flows', 'steps']) walk(join(src, folder));
  return files;
}

const isMsgCall = (node) =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';
const tagName = (node) =>
  ts.isIdentifier(node.tag) ? node.tag.text : ts.isPropertyAccessExpression(node.tag) ? node.tag.name.text : '';

function insideMsg(node) {
  for (let n = node.parent; n; n = n.parent) if (isMsgCall(n)) return true;
  return false;
}

function stripEntities(text) {
  return text.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ');
}

function neutral(text) {
  return !hasLetters(stripEntities(text)) || languageNeutral(stripEntities(text));
}

/** Literal text an expression puts on screen as it is (not through a call). */
function literalTexts(expr, out = []) {
  if (!expr) return out;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) out.push([expr, expr.text]);
  else if (ts.isTemplateExpression(expr)) {
    out.push([expr, [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ')]);
    for (const span of expr.templateSpans) literalTexts(span.expression, out);
  } else if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) || ts.isSatisfiesExpression?.(expr))
    literalTexts(expr.expression, out);
  else if (ts.isConditionalExpression(expr)) {
    literalTexts(expr.whenTrue, out);
    literalTexts(expr.whenFalse, out);
  } else if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      literalTexts(expr.left, out);
      literalTexts(expr.right, out);
    } else if (op === ts.SyntaxKind.AmpersandAmpersandToken) literalTexts(expr.right, out);
  } else if (ts.isArrayLiteralExpression(expr)) for (const e of expr.elements) literalTexts(e, out);
  return out;
}

function checkTemplate(sf, file, node, ignored) {
  const tpl = node.template;
  const spans = ts.isNoSubstitutionTemplateLiteral(tpl) ? [] : tpl.templateSpans;
  // Raw text, so that an offset in it maps straight back to the file.
  const literals = ts.isNoSubstitutionTemplateLiteral(tpl) ? [tpl] : [tpl.head, ...spans.map((s) => s.literal)];
  const expressions = spans.map((s) => s.expression);
  const pieces = []; // [offset in source, offset in file]
  let source = '';
  literals.forEach((lit, i) => {
    if (i > 0) source += `${MARK_OPEN}${i - 1}${MARK_CLOSE}`;
    pieces.push([source.length, lit.getStart(sf) + 1]);
    source += lit.rawText ?? lit.text;
  });
  const fileOffset = (offset) => {
    let best = pieces[0];
    for (const piece of pieces) if (piece[0] <= offset) best = piece;
    return best[1] + Math.max(0, offset - best[0]);
  };

  const report_ = (pos, message) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    if (!ignored.has(line)) report('bypass', `${relative(root, file)}:${line + 1}:${character + 1}`, message);
  };
  const flag = (n, message) => report_(n.getStart(sf), message);
  const flagAt = (offset, text, message) => {
    const lead = text.length - text.trimStart().length;
    report_(fileOffset(offset + lead), message);
  };
  const markers = (text) => [...text.matchAll(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g'))].map((m) => Number(m[1]));
  const withoutMarkers = (text) => text.replace(new RegExp(`${MARK_OPEN}\\d+${MARK_CLOSE}`, 'g'), ' ');
  const checkExpressions = (indices, what) => {
    for (const i of indices) {
      for (const [lit, text] of literalTexts(expressions[i])) {
        if (!neutral(text)) flag(lit, `${what} "${text.trim()}" is not translated: wrap it in msg()`);
      }
    }
  };

  let pos = 0;
  const n = source.length;
  while (pos < n) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? n : lt;
    const text = source.slice(pos, textEnd);
    if (!neutral(withoutMarkers(text))) flagAt(pos, text, `text "${withoutMarkers(text).trim().replace(/\s+/g, ' ')}" is not translated: wrap it in msg()`);
    checkExpressions(markers(text), 'text');
    if (lt === -1) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      pos = end === -1 ? n : end + 3;
      continue;
    }
    if (!/[a-zA-Z/!]/.test(source[lt + 1] ?? '')) {
      pos = lt + 1; // a lone '<' in text
      continue;
    }
    // A tag: name, then attributes up to '>'.
    let i = lt + 1;
    const closing = source[i] === '/';
    if (closing) i++;
    const nameMatch = /^[^\s/>]+/.exec(source.slice(i));
    const name = (nameMatch?.[0] ?? '').toLowerCase();
    i += nameMatch?.[0].length ?? 0;
    while (i < n && source[i] !== '>') {
      if (/[\s/]/.test(source[i])) {
        i++;
        continue;
      }
      const attrMatch = /^[^\s=>/]+/.exec(source.slice(i));
      if (!attrMatch) {
        i++;
        continue;
      }
      const attr = attrMatch[0];
      i += attr.length;
      let value = null;
      let valueAt = i;
      let j = i;
      while (j < n && /\s/.test(source[j])) j++;
      if (source[j] === '=') {
        j++;
        while (j < n && /\s/.test(source[j])) j++;
        const quote = source[j];
        valueAt = j;
        if (quote === '"' || quote === "'") {
          const end = source.indexOf(quote, j + 1);
          valueAt = j + 1;
          value = source.slice(j + 1, end === -1 ? n : end);
          i = end === -1 ? n : end + 1;
        } else {
          const m = /^[^\s>]*/.exec(source.slice(j));
          value = m[0];
          i = j + value.length;
        }
      }
      const plain = attr.replace(/^[.?@]/, '').toLowerCase();
      if (value !== null && !attr.startsWith('@') && !attr.startsWith('?') && VISIBLE_ATTRIBUTES.has(plain)) {
        if (!neutral(withoutMarkers(value))) flagAt(valueAt, value, `${plain}="${withoutMarkers(value).trim()}" is not translated: wrap it in msg()`);
        checkExpressions(markers(value), plain);
      }
    }
    pos = i + 1;
    if (!closing && RAW_TEXT_ELEMENTS.has(name)) {
      const end = source.toLowerCase().indexOf(`</${name}`, pos);
      pos = end === -1 ? n : end;
    }
  }
}

/** Sentence-like strings outside templates ("Sign in", "Wrong code.") that skip msg(). */
function checkLooseStrings(sf, file, ignored) {
  const sentence = /^\s*[\p{Lu}][\p{Ll}]+(?:[\s,.:;!?'’-]+[\p{L}\d]+)+[\s.!?:…]*$|^\s*[\p{Lu}][\p{Ll}]+[.!?…]\s*$/u;
  const skipParent = (node) => {
    const p = node.parent;
    if (!p) return false;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode?.(p) || ts.isLiteralTypeNode(p)) return true;
    if (ts.isPropertyAssignment(p) && p.name === node) return true;
    if (ts.isCaseClause(p) || ts.isElementAccessExpression(p)) return true;
    if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(p.operatorToken.kind)) return true;
    for (let n = p; n; n = n.parent) {
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        const callee = n.expression.getText(sf);
        if (/^(msg|str|console\.\w+|Error|TypeError|RangeError|customElements\.define|.*\.querySelector(All)?|.*\.closest|.*\.matches|.*\.setAttribute|.*\.getAttribute|.*\.dispatchEvent|.*\.addEventListener|.*\.removeEventListener)$/.test(callee)) return true;
      }
      if (ts.isTaggedTemplateExpression(n)) return true; // html`` is checked above; css`` and str`` are not text
      if (ts.isJSDoc?.(n)) return true;
    }
    return false;
  };
  const visit = (node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && sentence.test(node.text) && !neutral(node.text) && !skipParent(node)) {
      const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      if (!ignored.has(line)) report('bypass', `${relative(root, file)}:${line + 1}:${character + 1}`, `"${node.text}" looks like text for people: wrap it in msg()`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

function checkTemplates() {
  const files = givenFiles.length ? givenFiles : viewFiles();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const ignored = new Set();
    text.split('\n').forEach((line, i) => {
      if (/i18n-ignore/.test(line)) {
        ignored.add(i);
        if (/^\s*(\/\/|\/\*|<!--)/.test(line)) ignored.add(i + 1);
      }
    });
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && (tagName(node) === 'html' || tagName(node) === 'svg') && !insideMsg(node)) {
        checkTemplate(sf, file, node, ignored);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    checkLooseStrings(sf, file, ignored);
  }
  return { files: files.map((f) => relative(root, f)) };
}

// ---------------------------------------------------------------------------------------

const summary = {};
if (runMessages) summary.messages = await checkMessages();
if (runTemplates) summary.templates = checkTemplates();

if (args.has('--json')) {
  console.log(JSON.stringify({ summary, problems }, null, 2));
} else {
  for (const p of problems) console.log(`${p.where}: [${p.kind}] ${p.message}`);
  if (summary.messages) {
    const { messages, translated } = summary.messages;
    console.log(`i18n: ${messages} messages; translated ${Object.entries(translated).map(([l, c]) => `${l} ${c}`).join(', ')}`);
  }
  if (summary.templates) console.log(`i18n: scanned ${summary.templates.files.length} view files for text outside msg()`);
  console.log(problems.length ? `i18n: ${problems.length} problem(s)` : 'i18n: ok');
}
process.exit(problems.length ? 1 : 0);
