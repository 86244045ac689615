import { expect } from '@open-wc/testing';

/*
 * Every message has a translation in every language. The XLIFF files hold one
 * trans-unit per message extracted from src/ (`npm run i18n:extract` adds new ones
 * without a <target>); `node scripts/i18n-check.mjs --messages` checks that they are
 * current with the source and that the generated modules match them.
 */

/** The languages lit-localize.json translates into: every test below covers each of them. */
const config = (await (await fetch('/lit-localize.json')).json()) as { targetLocales: string[] };
const targetLocales = config.targetLocales;

interface Rules {
  languageNeutral: string[];
  sameAsEnglish: Record<string, string[]>;
}
const rules = (await (await fetch('/locales/same-as-english.json')).json()) as Rules;

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

async function units(locale: string): Promise<Unit[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf is served`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `locales/${locale}.xlf is well-formed`).to.equal(null);
  expect(doc.querySelector('file')?.getAttribute('target-language')).to.equal(locale);
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => {
    const target = unit.getElementsByTagName('target')[0];
    return {
      id: unit.getAttribute('id') ?? '',
      source: unit.getElementsByTagName('source')[0]?.textContent ?? '',
      target: target ? (target.textContent ?? '') : undefined,
    };
  });
}

function languageNeutral(text: string): boolean {
  let rest = text;
  for (const name of [...rules.languageNeutral].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return !/\p{L}/u.test(rest);
}

const placeholders = (unit: Element | null) =>
  unit ? [...unit.querySelectorAll('x')].map((x) => x.getAttribute('equiv-text')).sort() : [];

describe('translations', () => {
  it('translates into the four Nordic languages', () => {
    expect([...targetLocales].sort()).to.deep.equal(['da', 'fi', 'nb', 'sv']);
  });

  it('every message has a translation in every language', async () => {
    const missing: string[] = [];
    for (const locale of targetLocales) {
      for (const unit of await units(locale)) {
        if (!unit.target?.trim()) missing.push(`${locale} ${unit.id}: "${unit.source}"`);
      }
    }
    expect(missing, `untranslated:\n${missing.join('\n')}`).to.deep.equal([]);
  });

  it('every language has the same messages', async () => {
    const [first, ...others] = await Promise.all(targetLocales.map(units));
    const ids = (list: Unit[]) => list.map((u) => u.id).sort();
    for (const other of others) expect(ids(other)).to.deep.equal(ids(first!));
  });

  it('no translation is the English text left as it was', async () => {
    const copied: string[] = [];
    for (const locale of targetLocales) {
      for (const unit of await units(locale)) {
        if (
          unit.target !== undefined &&
          unit.target === unit.source &&
          !languageNeutral(unit.source) &&
          !(rules.sameAsEnglish[locale] ?? []).includes(unit.source)
        ) {
          copied.push(`${locale} ${unit.id}: "${unit.source}"`);
        }
      }
    }
    expect(copied, `copied from English:\n${copied.join('\n')}`).to.deep.equal([]);
  });

  it('translations keep the placeholders of their source', async () => {
    const wrong: string[] = [];
    for (const locale of targetLocales) {
      const response = await fetch(`/locales/${locale}.xlf`);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      for (const unit of doc.getElementsByTagName('trans-unit')) {
        const source = placeholders(unit.querySelector('source'));
        const target = unit.querySelector('target');
        if (target && JSON.stringify(placeholders(target)) !== JSON.stringify(source)) {
          wrong.push(`${locale} ${unit.getAttribute('id')}`);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('the generated module of each language holds every message of its XLIFF file', async () => {
    const modules: Record<string, { templates: Record<string, unknown> }> = {
      da: await import('../../src/i18n/generated/da.js'),
      fi: await import('../../src/i18n/generated/fi.js'),
      nb: await import('../../src/i18n/generated/nb.js'),
      sv: await import('../../src/i18n/generated/sv.js'),
    };
    for (const locale of targetLocales) {
      const ids = (await units(locale)).filter((u) => u.target?.trim()).map((u) => u.id).sort();
      expect(modules[locale], `a generated module for ${locale}`).not.to.equal(undefined);
      expect(Object.keys(modules[locale]!.templates).sort(), `src/i18n/generated/${locale}.ts (npm run i18n:build)`).to.deep.equal(ids);
    }
  });
});
