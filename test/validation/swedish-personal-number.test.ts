import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normaliseSwedishPersonalNumber, parseSwedishPersonalNumber } from '../../src/validation/index.js';
import { NOW, NOW_YEAR, RUNS, TODAY, dateBetween, flip, flipDigit, iso, luhn9, pad, spacing } from './support.js';

const now = { now: NOW };

/** A valid number, with what it must normalise to, in one of the ways people write it. */
const validNumber = fc
  .record({
    // Up to 149 years old: the module refuses older as implausible.
    date: dateBetween({ year: NOW_YEAR - 149, month: 1, day: 16 }, TODAY),
    // Skatteverket issues serials 001–999; 000 is refused (its own test below).
    serial: fc.integer({ min: 1, max: 999 }),
    coordination: fc.boolean(),
    twelve: fc.boolean(),
    separator: fc.boolean(),
    space: spacing,
  })
  .map(({ date, serial, coordination, twelve, separator, space }) => {
    const day = coordination ? date.day + 60 : date.day;
    const nine = pad(date.year % 100) + pad(date.month) + pad(day) + pad(serial, 3);
    const ten = nine + luhn9(nine);
    const centenarian = NOW_YEAR - date.year >= 100;
    // The ten-digit form must say "+" from the year of the 100th birthday; "-" or nothing before.
    const sep = twelve ? (separator ? '-' : '') : centenarian ? '+' : separator ? '-' : '';
    const written = (twelve ? String(Math.floor(date.year / 100)) : '') + ten.slice(0, 6) + sep + ten.slice(6);
    return {
      written: space + written + space,
      canonical: pad(date.year, 4) + ten.slice(2),
      birthDate: iso(date),
      coordination,
      ten,
      century: Math.floor(date.year / 100),
    };
  });

describe('Swedish personnummer and samordningsnummer', () => {
  it('accepts published examples and computes their canonical form', () => {
    // 811218-9876: the example number of Skatteverket's and Wikipedia's descriptions
    // (Luhn: 8·2→7 +1 +1·2 +2 +1·2 +8 +9·2→9 +8 +7·2→5 = 44, check 6).
    expect(normaliseSwedishPersonalNumber('19811218-9876', now)).to.equal('198112189876');
    expect(normaliseSwedishPersonalNumber('811218-9876', now)).to.equal('198112189876');
    expect(normaliseSwedishPersonalNumber('8112189876', now)).to.equal('198112189876');
    expect(normaliseSwedishPersonalNumber(' 19811218 9876 ', now)).to.equal('198112189876');
    // 701063-2391: Skatteverket's samordningsnummer example, born 3 October 1970.
    const coordination = parseSwedishPersonalNumber('701063-2391', now);
    expect(coordination).to.deep.equal({
      ok: true,
      value: { canonical: '197010632391', birthDate: '1970-10-03', coordinationNumber: true },
    });
  });

  it('reads the century of the ten-digit form from the separator', () => {
    expect(parseSwedishPersonalNumber('121212-1212', now)).to.deep.include({ ok: true });
    expect(normaliseSwedishPersonalNumber('121212-1212', now)).to.equal('201212121212');
    expect(normaliseSwedishPersonalNumber('121212+1212', now)).to.equal('191212121212');
    // Born later this year than today cannot be "-": that would be the future.
    expect(parseSwedishPersonalNumber('261224-0005', now)).to.deep.equal({ ok: false, reason: 'date' });
    // A "+" in the twelve-digit form only when it agrees.
    expect(normaliseSwedishPersonalNumber('19121212+1212', now)).to.equal('191212121212');
    expect(parseSwedishPersonalNumber('20121212+1212', now)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('gives machine reasons for what is wrong', () => {
    expect(parseSwedishPersonalNumber('', now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseSwedishPersonalNumber('   ', now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseSwedishPersonalNumber(undefined, now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseSwedishPersonalNumber('81121-9876', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishPersonalNumber('811218--9876', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishPersonalNumber('81121898765', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishPersonalNumber('8112l8-9876', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishPersonalNumber('811218-9875', now)).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(parseSwedishPersonalNumber('811318-9876', now)).to.deep.equal({ ok: false, reason: 'date' });
    // The design's demo number 19800101-1236 fails Luhn: its check digit would be 1.
    expect(parseSwedishPersonalNumber('19800101-1236', now)).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(normaliseSwedishPersonalNumber('19800101-1231', now)).to.equal('198001011231');
  });

  it('refuses serial 000, which Skatteverket never issues, even with a fitting check digit (property)', () => {
    // 811218-000?: Luhn over 811218000 = 8·2→7 +1 +1·2 +2 +1·2 +8 +0 +0 +0 = 22, check 8.
    expect(luhn9('811218000')).to.equal(8);
    expect(parseSwedishPersonalNumber('811218-0008', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishPersonalNumber('19811218-0008', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishPersonalNumber('701063-0000', now).ok).to.equal(false);
    fc.assert(
      fc.property(validNumber, (n) => {
        const nine = n.ten.slice(0, 6) + '000';
        const ten = nine + luhn9(nine);
        expect(parseSwedishPersonalNumber(`${n.century}${ten}`, now), ten).to.deep.equal({ ok: false, reason: 'format' });
      }),
      RUNS,
    );
  });

  it('refuses samordningsnummer when the tenant does not take them', () => {
    expect(parseSwedishPersonalNumber('701063-2391', { now: NOW, allowCoordinationNumber: false })).to.deep.equal({
      ok: false,
      reason: 'format',
    });
  });

  it('accepts every valid number in every written form (property)', () => {
    fc.assert(
      fc.property(validNumber, (n) => {
        const result = parseSwedishPersonalNumber(n.written, now);
        expect(result, n.written).to.deep.equal({
          ok: true,
          value: { canonical: n.canonical, birthDate: n.birthDate, coordinationNumber: n.coordination },
        });
      }),
      RUNS,
    );
  });

  it('refuses every number with one digit changed (property)', () => {
    fc.assert(
      fc.property(validNumber, flip(10), fc.boolean(), (n, { index, by }, twelve) => {
        const ten = flipDigit(n.ten, index, by);
        const written = twelve ? `${n.century}${ten.slice(0, 6)}-${ten.slice(6)}` : ten;
        const result = parseSwedishPersonalNumber(written, now);
        expect(result.ok, written).to.equal(false);
        if (!result.ok) expect(['checksum', 'date', 'format']).to.include(result.reason);
      }),
      RUNS,
    );
  });

  it('refuses dates that do not exist, even with a correct check digit (property)', () => {
    const brokenDate = fc.oneof(
      // month 00 or 13–99, any day
      fc.record({
        month: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
        day: fc.integer({ min: 1, max: 28 }),
        year: fc.integer({ min: 1900, max: 2025 }),
      }),
      // a day past the end of its month, or day 00, as personnummer or samordningsnummer
      fc
        .record({ year: fc.integer({ min: 1900, max: 2025 }), month: fc.integer({ min: 1, max: 12 }), coordination: fc.boolean() })
        .chain(({ year, month, coordination }) => {
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const day = fc.oneof(fc.constant(0), fc.integer({ min: last + 1, max: coordination ? 39 : 59 }));
          return day.map((d) => ({ year, month, day: coordination ? d + 60 : d }));
        }),
    );
    fc.assert(
      fc.property(brokenDate, fc.integer({ min: 0, max: 999 }), ({ year, month, day }, serial) => {
        const nine = pad(year % 100) + pad(month) + pad(day) + pad(serial, 3);
        const written = `${Math.floor(year / 100)}${nine.slice(0, 6)}-${nine.slice(6)}${luhn9(nine)}`;
        expect(parseSwedishPersonalNumber(written, now), written).to.deep.equal({ ok: false, reason: 'date' });
      }),
      RUNS,
    );
  });

  it('refuses a wrong check digit on a real date with "checksum" (property)', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 1, max: 9 }), (n, by) => {
        const ten = flipDigit(n.ten, 9, by);
        expect(parseSwedishPersonalNumber(`${n.century}${ten}`, now)).to.deep.equal({ ok: false, reason: 'checksum' });
      }),
      RUNS,
    );
  });
});
