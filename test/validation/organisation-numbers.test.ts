import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDanishCvr, parseFinnishBusinessId, parseNorwegianOrganisationNumber } from '../../src/validation/index.js';
import { RUNS, cvrPasses, flip, flipDigit, norwegianOrgControl, pad, spacing, yTunnusCheck } from './support.js';

const validNorwegian = fc
  .record({ first: fc.constantFrom('8', '9'), rest: fc.integer({ min: 0, max: 9_999_999 }) })
  .map(({ first, rest }) => {
    const eight = first + pad(rest, 7);
    const control = norwegianOrgControl(eight);
    return control === undefined ? undefined : eight + control;
  })
  .filter((n): n is string => n !== undefined);

/** Every valid CVR number: a seven-digit head and the one last digit (if any) that passes. */
const validCvr = fc
  .integer({ min: 1_000_000, max: 9_999_999 })
  .map((head) => [...'0123456789'].map((d) => String(head) + d).find(cvrPasses))
  .filter((n): n is string => n !== undefined);

const validYTunnus = fc
  .integer({ min: 0, max: 9_999_999 })
  .map((n) => {
    const seven = pad(n, 7);
    const check = yTunnusCheck(seven);
    return check === undefined ? undefined : `${seven}-${check}`;
  })
  .filter((n): n is string => n !== undefined);

describe('Norwegian organisasjonsnummer', () => {
  it("accepts Brønnøysundregistrene's own number as it is written", () => {
    // 974 760 673: 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173, 173 mod 11 = 8, 11 − 8 = 3.
    for (const written of ['974760673', '974 760 673', 'NO 974 760 673 MVA', ' 974\u00a0760\u00a0673 ']) {
      expect(parseNorwegianOrganisationNumber(written), written).to.deep.equal({ ok: true, value: '974760673' });
    }
  });

  it('gives machine reasons', () => {
    expect(parseNorwegianOrganisationNumber('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseNorwegianOrganisationNumber('97476067')).to.deep.equal({ ok: false, reason: 'format' });
    // Only 8 and 9 begin an organisasjonsnummer (a fødselsnummer-like 0–7 never).
    expect(parseNorwegianOrganisationNumber('174760673')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseNorwegianOrganisationNumber('974760674')).to.deep.equal({ ok: false, reason: 'checksum' });
  });

  it('accepts every valid number and refuses it with one digit changed (property)', () => {
    fc.assert(
      fc.property(validNorwegian, flip(9), spacing, (n, { index, by }, space) => {
        expect(parseNorwegianOrganisationNumber(space + n + space)).to.deep.equal({ ok: true, value: n });
        expect(parseNorwegianOrganisationNumber(flipDigit(n, index, by)).ok).to.equal(false);
      }),
      RUNS,
    );
  });
});

describe('Danish CVR-nummer', () => {
  it("accepts Erhvervsstyrelsen's own number, also in its VAT form", () => {
    // 10150817: 1·2+0·7+1·6+5·5+0·4+8·3+1·2+7·1 = 66 = 6·11.
    for (const written of ['10150817', '1015 0817', 'DK10150817', 'DK-10150817', 'dk 10 15 08 17']) {
      expect(parseDanishCvr(written), written).to.deep.equal({ ok: true, value: '10150817' });
    }
  });

  it('gives machine reasons', () => {
    expect(parseDanishCvr(' ')).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseDanishCvr('1015081')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseDanishCvr('01015081')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseDanishCvr('10150818')).to.deep.equal({ ok: false, reason: 'checksum' });
  });

  it('accepts every valid number and refuses it with one digit changed (property)', () => {
    fc.assert(
      fc.property(validCvr, flip(8), (n, { index, by }) => {
        expect(parseDanishCvr(n)).to.deep.equal({ ok: true, value: n });
        const changed = flipDigit(n, index, by);
        expect(parseDanishCvr(changed).ok, changed).to.equal(false);
      }),
      RUNS,
    );
  });
});

describe('Finnish Y-tunnus', () => {
  it("accepts PRH's own business ID and other published ones", () => {
    // 0244037-6 (PRH): 0·7+2·9+4·10+4·5+0·8+3·4+7·2 = 104, 104 mod 11 = 5, 11 − 5 = 6.
    expect(parseFinnishBusinessId('0244037-6')).to.deep.equal({ ok: true, value: '0244037-6' });
    // Old six-digit form, and the VAT form FI + eight digits.
    expect(parseFinnishBusinessId('244037-6')).to.deep.equal({ ok: true, value: '0244037-6' });
    expect(parseFinnishBusinessId('FI02440376')).to.deep.equal({ ok: true, value: '0244037-6' });
    // 0112038-9: Nokia Oyj.
    expect(parseFinnishBusinessId('0112038-9')).to.deep.equal({ ok: true, value: '0112038-9' });
  });

  it('gives machine reasons', () => {
    expect(parseFinnishBusinessId('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseFinnishBusinessId('02440376')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseFinnishBusinessId('0244037-5')).to.deep.equal({ ok: false, reason: 'checksum' });
  });

  it('accepts every valid ID and refuses it with one digit changed (property)', () => {
    fc.assert(
      fc.property(validYTunnus, flip(7), (n, { index, by }) => {
        expect(parseFinnishBusinessId(n)).to.deep.equal({ ok: true, value: n });
        const changed = flipDigit(n, index, by);
        expect(parseFinnishBusinessId(changed).ok, changed).to.equal(false);
      }),
      RUNS,
    );
  });

  it('never accepts a seven-digit head whose check would be 10 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9 }), (n, d) => {
        const seven = pad(n, 7);
        fc.pre(yTunnusCheck(seven) === undefined);
        expect(parseFinnishBusinessId(`${seven}-${d}`)).to.deep.equal({ ok: false, reason: 'checksum' });
      }),
      { numRuns: 200, maxSkipsPerRun: 100 },
    );
  });
});
