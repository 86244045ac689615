import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normaliseSwedishOrganisationNumber, parseSwedishOrganisationNumber } from '../../src/validation/index.js';
import { RUNS, flip, flipDigit, luhn9, spacing } from './support.js';

/** Nine digits whose third is 2–9, and the number with its check digit. */
const validTen = fc
  .tuple(fc.stringMatching(/^\d{2}$/), fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{6}$/))
  .map(([head, third, tail]) => {
    const nine = head + third + tail;
    return nine + luhn9(nine);
  });

const written = (ten: string, prefix: boolean, dash: boolean, space: string): string =>
  space + (prefix ? '16' : '') + ten.slice(0, 6) + (dash ? '-' : '') + ten.slice(6) + space;

describe('Swedish organisationsnummer', () => {
  it('accepts published numbers, with and without the 16 prefix', () => {
    // 202100-5448 is Skatteverket's own organisationsnummer; 556012-5790 is AB Volvo's.
    expect(parseSwedishOrganisationNumber('202100-5448')).to.deep.equal({
      ok: true,
      value: { canonical: '162021005448', number: '2021005448', formatted: '202100-5448' },
    });
    expect(normaliseSwedishOrganisationNumber('16556012-5790')).to.equal('165560125790');
    expect(normaliseSwedishOrganisationNumber('165560125790')).to.equal('165560125790');
    expect(normaliseSwedishOrganisationNumber('5560125790')).to.equal('165560125790');
    expect(normaliseSwedishOrganisationNumber(' 556012 5790 ')).to.equal('165560125790');
  });

  it('gives machine reasons', () => {
    expect(parseSwedishOrganisationNumber('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseSwedishOrganisationNumber('556012-579')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishOrganisationNumber('17556012-5790')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishOrganisationNumber('556012+5790')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseSwedishOrganisationNumber('556012-5791')).to.deep.equal({ ok: false, reason: 'checksum' });
    // A personnummer (third digit 0 or 1) is not an organisationsnummer, though its Luhn is right.
    expect(parseSwedishOrganisationNumber('811218-9876')).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('accepts every valid number in each written form (property)', () => {
    fc.assert(
      fc.property(validTen, fc.boolean(), fc.boolean(), spacing, (ten, prefix, dash, space) => {
        expect(parseSwedishOrganisationNumber(written(ten, prefix, dash, space))).to.deep.equal({
          ok: true,
          value: { canonical: `16${ten}`, number: ten, formatted: `${ten.slice(0, 6)}-${ten.slice(6)}` },
        });
      }),
      RUNS,
    );
  });

  it('refuses every number with one digit changed (property)', () => {
    fc.assert(
      fc.property(validTen, flip(10), fc.boolean(), (ten, { index, by }, prefix) => {
        const result = parseSwedishOrganisationNumber(written(flipDigit(ten, index, by), prefix, true, ''));
        expect(result.ok).to.equal(false);
      }),
      RUNS,
    );
  });

  it('refuses a third digit below 2 even with a correct check digit (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2}[01]\d{6}$/), (nine) => {
        expect(parseSwedishOrganisationNumber(nine + luhn9(nine))).to.deep.equal({ ok: false, reason: 'format' });
      }),
      RUNS,
    );
  });
});
