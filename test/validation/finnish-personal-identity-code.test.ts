import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normaliseFinnishPersonalIdentityCode, parseFinnishPersonalIdentityCode } from '../../src/validation/index.js';
import { NOW, RUNS, TODAY, dateBetween, finnishCheck, iso, pad, spacing, type Ymd } from './support.js';

const now = { now: NOW };

/** DVV's century signs, as a table: sign → first year of its century. */
const SIGNS: Array<[string, number]> = [
  ['+', 1800],
  ...[...'-YXWVU'].map((s): [string, number] => [s, 1900]),
  ...[...'ABCDEF'].map((s): [string, number] => [s, 2000]),
];

const signsFor = (year: number): string[] => SIGNS.filter(([, from]) => year >= from && year < from + 100).map(([s]) => s);

const build = (date: Ymd, sign: string, individual: number): string => {
  const ddmmyy = pad(date.day) + pad(date.month) + pad(date.year % 100);
  return ddmmyy + sign + pad(individual, 3) + finnishCheck(ddmmyy + pad(individual, 3));
};

const validCode = fc
  .record({
    date: dateBetween({ year: 1800, month: 1, day: 1 }, TODAY),
    pick: fc.nat(),
    individual: fc.integer({ min: 2, max: 899 }),
  })
  .map(({ date, pick, individual }) => {
    const signs = signsFor(date.year);
    return { date, code: build(date, signs[pick % signs.length]!, individual) };
  });

describe('Finnish henkilötunnus', () => {
  it("accepts DVV's published examples, the 2023 century signs included", () => {
    // 131052-308T: DVV's long-standing example; 131052308 mod 31 = 25 → "T".
    expect(parseFinnishPersonalIdentityCode('131052-308T', now)).to.deep.equal({
      ok: true,
      value: { canonical: '131052-308T', birthDate: '1952-10-13', temporary: false },
    });
    // DVV's examples of the new signs (2023) are temporary numbers (902): 010594Y9021, 020502E902X.
    expect(parseFinnishPersonalIdentityCode('010594Y9021', { now: NOW, allowTemporary: true })).to.deep.equal({
      ok: true,
      value: { canonical: '010594Y9021', birthDate: '1994-05-01', temporary: true },
    });
    expect(normaliseFinnishPersonalIdentityCode('020502e902x', { now: NOW, allowTemporary: true })).to.equal('020502E902X');
    // Temporary numbers are refused unless asked for.
    expect(parseFinnishPersonalIdentityCode('010594Y9021', now)).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('gives machine reasons', () => {
    expect(parseFinnishPersonalIdentityCode('', now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseFinnishPersonalIdentityCode(null, now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseFinnishPersonalIdentityCode('131052308T', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseFinnishPersonalIdentityCode('131052G308T', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseFinnishPersonalIdentityCode('131052-308U', now)).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(parseFinnishPersonalIdentityCode('311152-308T', now)).to.deep.equal({ ok: false, reason: 'date' });
    // Individual numbers 000 and 001 are not used.
    expect(parseFinnishPersonalIdentityCode(build({ year: 1952, month: 10, day: 13 }, '-', 1), now)).to.deep.equal({ ok: false, reason: 'format' });
    // "A" is the 2000s: 2052 lies in the future.
    expect(parseFinnishPersonalIdentityCode(build({ year: 1952, month: 10, day: 13 }, 'A', 308), now)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('accepts every valid code with every sign of its century (property)', () => {
    fc.assert(
      fc.property(validCode, spacing, fc.boolean(), (n, space, lower) => {
        const written = space + (lower ? n.code.toLowerCase() : n.code) + space;
        expect(parseFinnishPersonalIdentityCode(written, now), written).to.deep.equal({
          ok: true,
          value: { canonical: n.code, birthDate: iso(n.date), temporary: false },
        });
      }),
      RUNS,
    );
  });

  it('refuses a sign of another century, or a changed digit (property)', () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom(...SIGNS.map(([s]) => s)), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (n, sign, at, by) => {
        const own = signsFor(n.date.year);
        const other = n.code.slice(0, 6) + sign + n.code.slice(7);
        // Another century moves the date: it is then in the future or keeps its check but not its date.
        const result = parseFinnishPersonalIdentityCode(other, now);
        if (own.includes(sign)) expect(result.ok).to.equal(true);
        else if (result.ok) expect(result.value.birthDate).not.to.equal(iso(n.date));
        const index = at < 6 ? at : at + 1; // skip the sign
        if (index > 9) return;
        const changed = n.code.slice(0, index) + ((Number(n.code[index]) + by) % 10) + n.code.slice(index + 1);
        expect(parseFinnishPersonalIdentityCode(changed, { now: NOW, allowTemporary: true }).ok, changed).to.equal(false);
      }),
      RUNS,
    );
  });
});
