/*
 * The glossary's bans hold: no translation uses a term locales/GLOSSARY.md lists under
 * "Never in a catalogue" for its language. The table is the one place the bans are
 * written; this reads it, so a new row is checked without touching this file.
 */
import { expect } from '@open-wc/testing';

interface Ban {
  language: string;
  pattern: RegExp;
  instead: string;
}

/** The rows of the "Never in a catalogue" table: | language | `pattern` | instead | why |. */
export function bansOf(markdown: string): Ban[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Never in a catalogue'));
  if (!section) throw new Error('locales/GLOSSARY.md has no "Never in a catalogue" section');
  const bans: Ban[] = [];
  for (const line of section.split('\n')) {
    const row = /^\|\s*([a-z]{2})\s*\|\s*`((?:[^`])+)`\s*\|([^|]*(?:\\\|[^|]*)*)\|/.exec(line);
    if (!row) continue;
    let source = row[2]!.replace(/\\\|/g, '|');
    let flags = 'iu';
    if (source.startsWith('(?-i)')) {
      source = source.slice(5);
      flags = 'u';
    }
    bans.push({ language: row[1]!, pattern: new RegExp(source, flags), instead: row[3]!.replace(/\\\|/g, '|').trim() });
  }
  return bans;
}

async function targets(language: string): Promise<Array<{ id: string; text: string }>> {
  const response = await fetch(`/locales/${language}.xlf`);
  expect(response.ok, `locales/${language}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id') ?? '',
    text: unit.getElementsByTagName('target')[0]?.textContent ?? '',
  }));
}

const glossary = await (await fetch('/locales/GLOSSARY.md')).text();

describe('glossary', () => {
  it('reads the bans of every Nordic language from GLOSSARY.md', () => {
    const bans = bansOf(glossary);
    expect([...new Set(bans.map((b) => b.language))].sort()).to.deep.equal(['da', 'fi', 'nb', 'sv']);
    // The two bans the reviewers asked for first are there and match what they mean to.
    const da = bans.filter((b) => b.language === 'da');
    const nb = bans.filter((b) => b.language === 'nb');
    expect(da.some((b) => b.pattern.test('Vi sender dig en verifikationskode.'))).to.equal(true);
    expect(nb.some((b) => b.pattern.test('Koden har utløpt. Send en ny kode.'))).to.equal(true);
    // The nb button «Send ny kode» is the glossary's own word, not a ban.
    expect(nb.some((b) => b.pattern.test('Send ny kode'))).to.equal(false);
  });

  it('no catalogue uses a term its glossary bans', async () => {
    const found: string[] = [];
    for (const ban of bansOf(glossary)) {
      for (const unit of await targets(ban.language)) {
        if (ban.pattern.test(unit.text)) found.push(`${ban.language} ${unit.id}: "${unit.text}" uses ${ban.pattern} (instead: ${ban.instead})`);
      }
    }
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
