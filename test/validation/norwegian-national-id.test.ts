import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normaliseNorwegianNationalId, norwegianBirthYear, parseNorwegianNationalId } from '../../src/validation/index.js';
import { NOW, RUNS, TODAY, dateBetween, flip, flipDigit, iso, norwegianControls, pad, spacing, type Ymd } from './support.js';

const now = { now: NOW };

/** Individual numbers (III) that Folkeregisteret issues for a birth year, as a table. */
function individualRanges(year: number): Array<[number, number]> {
  if (year >= 1854 && year <= 1899) return [[500, 749]];
  if (year >= 1900 && year <= 1939) return [[0, 499]];
  if (year >= 1940 && year <= 1999) return [[0, 499], [900, 999]];
  if (year >= 2000 && year <= 2039) return [[500, 999]];
  return [];
}

type Kind = 'fodselsnummer' | 'dNumber' | 'hNumber';

/** A valid number for a date, kind and individual number; undefined when K1 or K2 would be 10. */
function build(date: Ymd, kind: Kind, individual: number, synthetic = false): string | undefined {
  const day = kind === 'dNumber' ? date.day + 40 : date.day;
  const month = kind === 'hNumber' ? date.month + 40 : synthetic ? date.month + 80 : date.month;
  const nine = pad(day) + pad(month) + pad(date.year % 100) + pad(individual, 3);
  const controls = norwegianControls(nine);
  return controls === undefined ? undefined : nine + controls;
}

const validNumber = fc
  .record({
    date: dateBetween({ year: 1854, month: 1, day: 1 }, TODAY),
    kind: fc.constantFrom<Kind>('fodselsnummer', 'dNumber', 'hNumber'),
    pick: fc.nat(),
  })
  .map(({ date, kind, pick }) => {
    const ranges = individualRanges(date.year);
    const [low, high] = ranges[pick % ranges.length] ?? [0, 0];
    const individual = low + (Math.floor(pick / ranges.length) % (high - low + 1));
    return { date, kind, digits: build(date, kind, individual) };
  })
  .filter((n): n is { date: Ymd; kind: Kind; digits: string } => n.digits !== undefined);

describe('Norwegian fødselsnummer, D-number and H-number', () => {
  it('accepts numbers computed by hand and reads their century', () => {
    // 010190 000: K1 = 11 − (0+7+0+1+72+0+0+0+0) mod 11 = 11 − 3 = 8;
    // K2 = 11 − (0+4+0+2+63+0+0+0+0+16) mod 11 = 11 − 8 = 3.
    expect(parseNorwegianNationalId('01019000083', now)).to.deep.equal({
      ok: true,
      value: { canonical: '01019000083', birthDate: '1990-01-01', kind: 'fodselsnummer', synthetic: false },
    });
    expect(normaliseNorwegianNationalId('010190 00083', now)).to.equal('01019000083');
    expect(normaliseNorwegianNationalId('010190-00083', now)).to.equal('01019000083');
  });

  it('gives machine reasons', () => {
    expect(parseNorwegianNationalId('', now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseNorwegianNationalId('0101900008', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseNorwegianNationalId('01019000084', now)).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(parseNorwegianNationalId('32019000083', now)).to.deep.equal({ ok: false, reason: 'date' });
    // Individual number 800 is not issued with a year of 40–99.
    const unissued = build({ year: 1990, month: 1, day: 1 }, 'fodselsnummer', 800) ?? build({ year: 1990, month: 1, day: 1 }, 'fodselsnummer', 801);
    expect(parseNorwegianNationalId(unissued, now)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('takes D-numbers by default and H-numbers only when asked (property)', () => {
    fc.assert(
      fc.property(validNumber, (n) => {
        const expected = { ok: true, value: { canonical: n.digits, birthDate: iso(n.date), kind: n.kind, synthetic: false } };
        const byDefault = parseNorwegianNationalId(n.digits, now);
        if (n.kind === 'hNumber') expect(byDefault).to.deep.equal({ ok: false, reason: 'format' });
        else expect(byDefault).to.deep.equal(expected);
        expect(parseNorwegianNationalId(n.digits, { now: NOW, allowHNumber: true })).to.deep.equal(expected);
        const noD = parseNorwegianNationalId(n.digits, { now: NOW, allowDNumber: false, allowHNumber: true });
        expect(noD.ok).to.equal(n.kind !== 'dNumber');
      }),
      RUNS,
    );
  });

  it("takes Skatteetaten's synthetic test numbers (month + 80) only in a test environment (property)", () => {
    // 01 81 90 000: K1 = 11 − (0+7+48+1+72+0+0+0+0) mod 11 = 11 − 7 = 4;
    // K2 = 11 − (0+4+24+2+63+0+0+0+0+8) mod 11 = 11 − 2 = 9.
    expect(norwegianControls('018190000')).to.equal('49');
    expect(parseNorwegianNationalId('01819000049', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseNorwegianNationalId('01819000049', { now: NOW, allowSyntheticNumber: true })).to.deep.equal({
      ok: true,
      value: { canonical: '01819000049', birthDate: '1990-01-01', kind: 'fodselsnummer', synthetic: true },
    });
    // Month 93 and above is no month, synthetic or not.
    expect(parseNorwegianNationalId('01939000000', { now: NOW, allowSyntheticNumber: true })).to.deep.equal({ ok: false, reason: 'date' });
    fc.assert(
      fc.property(validNumber.filter((n) => n.kind !== 'hNumber'), (n) => {
        const individual = Number(n.digits.slice(6, 9));
        const synthetic = build(n.date, n.kind, individual, true);
        fc.pre(synthetic !== undefined);
        expect(parseNorwegianNationalId(synthetic, { now: NOW, allowHNumber: true })).to.deep.equal({ ok: false, reason: 'format' });
        expect(parseNorwegianNationalId(synthetic, { now: NOW, allowSyntheticNumber: true })).to.deep.equal({
          ok: true,
          value: { canonical: synthetic, birthDate: iso(n.date), kind: n.kind, synthetic: true },
        });
      }),
      { numRuns: 1000, maxSkipsPerRun: 100 },
    );
  });

  it('accepts valid numbers with spaces around (property)', () => {
    fc.assert(
      fc.property(validNumber, spacing, (n, space) => {
        expect(normaliseNorwegianNationalId(`${space}${n.digits}${space}`, { now: NOW, allowHNumber: true })).to.equal(n.digits);
      }),
      RUNS,
    );
  });

  it('refuses every number with one digit changed (property)', () => {
    fc.assert(
      fc.property(validNumber, flip(11), (n, { index, by }) => {
        const changed = flipDigit(n.digits, index, by);
        expect(parseNorwegianNationalId(changed, { now: NOW, allowHNumber: true }).ok, changed).to.equal(false);
      }),
      RUNS,
    );
  });

  it('never accepts a number whose K1 or K2 would have to be 10 (property)', () => {
    const payload = fc.record({ date: dateBetween({ year: 1900, month: 1, day: 1 }, { year: 1939, month: 12, day: 31 }), individual: fc.integer({ min: 0, max: 499 }) });
    fc.assert(
      fc.property(payload, fc.stringMatching(/^\d{2}$/), ({ date, individual }, controls) => {
        const nine = pad(date.day) + pad(date.month) + pad(date.year % 100) + pad(individual, 3);
        fc.pre(norwegianControls(nine) === undefined);
        expect(parseNorwegianNationalId(nine + controls, now)).to.deep.equal({ ok: false, reason: 'checksum' });
      }),
      { numRuns: 1000, maxSkipsPerRun: 100 },
    );
  });

  it('reads the century from every individual number and year as the table says', () => {
    for (let yy = 0; yy <= 99; yy += 1) {
      for (let individual = 0; individual <= 999; individual += 1) {
        const years = [1800, 1900, 2000]
          .map((century) => century + yy)
          .filter((year) => individualRanges(year).some(([low, high]) => individual >= low && individual <= high));
        expect(years.length, `${yy}/${individual}`).to.be.at.most(1);
        if (norwegianBirthYear(yy, individual) !== years[0]) {
          expect(norwegianBirthYear(yy, individual), `${yy}/${individual}`).to.equal(years[0]);
        }
      }
    }
    // 500–749 with YY 40–53 is not issued: no century fits.
    const unissued = build({ year: 1950, month: 1, day: 1 }, 'fodselsnummer', 600) ?? build({ year: 1950, month: 1, day: 1 }, 'fodselsnummer', 601);
    expect(parseNorwegianNationalId(unissued, now)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('refuses birth dates in the future', () => {
    // 2030 (individual 500–999, year ≤ 39) is after the test's today.
    const future = build({ year: 2030, month: 6, day: 1 }, 'fodselsnummer', 500) ?? build({ year: 2030, month: 6, day: 1 }, 'fodselsnummer', 501);
    expect(parseNorwegianNationalId(future, now)).to.deep.equal({ ok: false, reason: 'date' });
  });
});
