import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateBirthDate } from '../../src/validation/index.js';
import { NOW, RUNS, TODAY, dateBetween, iso, pad } from './support.js';

const now = { now: NOW };

describe('Birth dates', () => {
  it('accepts real past dates in YYYY-MM-DD', () => {
    expect(validateBirthDate('1985-04-12', now)).to.deep.equal({ ok: true, value: '1985-04-12' });
    expect(validateBirthDate(' 2000-02-29 ', now)).to.deep.equal({ ok: true, value: '2000-02-29' });
    expect(validateBirthDate('2026-01-15', now)).to.deep.equal({ ok: true, value: '2026-01-15' });
  });

  it('gives machine reasons', () => {
    expect(validateBirthDate('', now)).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateBirthDate('12.04.85', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateBirthDate('04/12', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateBirthDate('1985-04-12T00:00', now)).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateBirthDate('1900-02-29', now)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateBirthDate('1985-13-01', now)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateBirthDate('2026-01-16', now)).to.deep.equal({ ok: false, reason: 'future' });
    expect(validateBirthDate('1890-01-01', now)).to.deep.equal({ ok: false, reason: 'age' });
    // Turning 18 on the test's today is old enough; tomorrow is not.
    expect(validateBirthDate('2008-01-15', { now: NOW, minAge: 18 })).to.deep.equal({ ok: true, value: '2008-01-15' });
    expect(validateBirthDate('2008-01-16', { now: NOW, minAge: 18 })).to.deep.equal({ ok: false, reason: 'age' });
  });

  it('reads a date as da, fi, nb, sv and en-GB write it, never month first', () => {
    for (const written of ['12.04.1985', '12.4.1985', '12-04-1985', '12/04/1985', '1985-04-12', '1985-4-12', '19850412', '12041985', ' 12. 04. 1985 ']) {
      expect(validateBirthDate(written, now), written).to.deep.equal({ ok: true, value: '1985-04-12' });
    }
    // 19 December 1985 in digits only: 1912-19-85 is no date, so the day comes first.
    expect(validateBirthDate('19121985', now)).to.deep.equal({ ok: true, value: '1985-12-19' });
    // A US-style date is read day first: 04/13/1985 has no 13th month.
    expect(validateBirthDate('04/13/1985', now)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it("reads back every date in the numeric form of each language's Intl format (property)", () => {
    const formats = ['da-DK', 'fi-FI', 'nb-NO', 'sv-SE', 'en-GB'].map(
      (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }),
    );
    fc.assert(
      fc.property(dateBetween({ year: 1896, month: 1, day: 15 }, TODAY), fc.nat(formats.length - 1), (date, which) => {
        const written = formats[which]!.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
        expect(validateBirthDate(written, now), written).to.deep.equal({ ok: true, value: iso(date) });
      }),
      RUNS,
    );
  });

  it('accepts every date from 130 years ago to today (property)', () => {
    fc.assert(
      fc.property(dateBetween({ year: 1896, month: 1, day: 15 }, TODAY), (date) => {
        expect(validateBirthDate(iso(date), now)).to.deep.equal({ ok: true, value: iso(date) });
      }),
      RUNS,
    );
  });

  it('refuses every date after today (property)', () => {
    fc.assert(
      fc.property(dateBetween({ year: 2026, month: 1, day: 16 }, { year: 2999, month: 12, day: 31 }), (date) => {
        expect(validateBirthDate(iso(date), now)).to.deep.equal({ ok: false, reason: 'future' });
      }),
      RUNS,
    );
  });

  it('refuses days past the end of their month (property)', () => {
    const broken = fc
      .record({ year: fc.integer({ min: 1900, max: 2025 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc
          .oneof(fc.constant(0), fc.integer({ min: new Date(Date.UTC(year, month, 0)).getUTCDate() + 1, max: 99 }))
          .map((day) => `${year}-${pad(month)}-${pad(day)}`),
      );
    fc.assert(
      fc.property(broken, (value) => {
        expect(validateBirthDate(value, now), value).to.deep.equal({ ok: false, reason: 'date' });
      }),
      RUNS,
    );
  });
});
