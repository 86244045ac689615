import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { danishBirthYear, normaliseDanishCpr, parseDanishCpr } from '../../src/validation/index.js';
import { NOW, NOW_YEAR, RUNS, TODAY, dateBetween, iso, pad, spacing } from './support.js';

const now = { now: NOW };

/** The CPR office's century table, as data: [7th digits, YY from, YY to, century]. */
const CENTURY_TABLE: Array<[number[], number, number, number]> = [
  [[0, 1, 2, 3], 0, 99, 1900],
  [[4, 9], 0, 36, 2000],
  [[4, 9], 37, 99, 1900],
  [[5, 6, 7, 8], 0, 57, 2000],
  [[5, 6, 7, 8], 58, 99, 1800],
];

/** The 7th digits that give this birth year. */
const seventhDigitsFor = (year: number): number[] =>
  CENTURY_TABLE.filter(([, from, to, century]) => year - century >= from && year - century <= to && year - century < 100).flatMap(
    ([digits]) => digits,
  );

const validCpr = fc
  .record({ date: dateBetween({ year: 1858, month: 1, day: 1 }, TODAY), pick: fc.nat(), rest: fc.integer({ min: 0, max: 999 }) })
  .map(({ date, pick, rest }) => {
    const sevenths = seventhDigitsFor(date.year);
    const seventh = sevenths[pick % sevenths.length] ?? 0;
    return { date, digits: pad(date.day) + pad(date.month) + pad(date.year % 100) + seventh + pad(rest, 3) };
  });

describe('Danish CPR number', () => {
  it('accepts a published example and one issued without modulus 11', () => {
    // 070761-4285 satisfies modulus 11 (4·0+3·7+2·0+7·7+6·6+5·1+4·4+3·2+2·8+1·5 = 154 = 14·11).
    expect(parseDanishCpr('070761-4285', now)).to.deep.equal({
      ok: true,
      value: { canonical: '0707614285', birthDate: '1961-07-07' },
    });
    // Same date, a number that does not (sum 155): valid since 2007.
    expect(normaliseDanishCpr('070761-4286', now)).to.equal('0707614286');
    expect(normaliseDanishCpr(' 0707614285 ', now)).to.equal('0707614285');
  });

  it('gives machine reasons', () => {
    expect(parseDanishCpr('', now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseDanishCpr('070761-428', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseDanishCpr('070761+4285', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseDanishCpr('300261-4285', now)).to.deep.equal({ ok: false, reason: 'date' });
    // 7th digit 5, YY 40: born 2040, after the test's today.
    expect(parseDanishCpr('010140-5000', now)).to.deep.equal({ ok: false, reason: 'date' });
    // 29 February: 2000 was a leap year (7th digit 4, YY 00), 1900 was not (7th digit 0).
    expect(normaliseDanishCpr('290200-4000', now)).to.equal('2902004000');
    expect(parseDanishCpr('290200-0000', now)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('computes the century by the CPR table for every 7th digit and year', () => {
    for (const [digits, from, to, century] of CENTURY_TABLE) {
      for (const d of digits) for (let yy = from; yy <= to; yy += 1) expect(danishBirthYear(yy, d), `${d}/${yy}`).to.equal(century + yy);
    }
  });

  it('accepts every real past date with a 7th digit that gives its century (property)', () => {
    fc.assert(
      fc.property(validCpr, fc.boolean(), spacing, (cpr, dash, space) => {
        const written = space + cpr.digits.slice(0, 6) + (dash ? '-' : '') + cpr.digits.slice(6) + space;
        expect(parseDanishCpr(written, now)).to.deep.equal({ ok: true, value: { canonical: cpr.digits, birthDate: iso(cpr.date) } });
      }),
      RUNS,
    );
  });

  it('refuses dates that do not exist (property)', () => {
    const broken = fc.oneof(
      fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), yy: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }) }).chain(({ month, yy }) =>
        // 1900 + yy under 7th digit 0: the month length of that year.
        fc
          .oneof(fc.constant(0), fc.integer({ min: new Date(Date.UTC(1900 + yy, month, 0)).getUTCDate() + 1, max: 99 }))
          .map((day) => ({ day, month, yy })),
      ),
    );
    fc.assert(
      fc.property(broken, fc.integer({ min: 0, max: 999 }), ({ day, month, yy }, rest) => {
        const written = `${pad(day)}${pad(month)}${pad(yy)}-0${pad(rest, 3)}`;
        expect(parseDanishCpr(written, now), written).to.deep.equal({ ok: false, reason: 'date' });
      }),
      RUNS,
    );
  });

  it('refuses birth dates after today (property)', () => {
    const future = dateBetween({ year: NOW_YEAR, month: 1, day: 16 }, { year: 2057, month: 12, day: 31 });
    fc.assert(
      fc.property(future, fc.integer({ min: 0, max: 999 }), (date, rest) => {
        // 7th digit 5 covers 2000–2057.
        const written = `${pad(date.day)}${pad(date.month)}${pad(date.year % 100)}5${pad(rest, 3)}`;
        expect(parseDanishCpr(written, now)).to.deep.equal({ ok: false, reason: 'date' });
      }),
      RUNS,
    );
  });
});
