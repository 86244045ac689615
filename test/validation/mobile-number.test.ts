import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normaliseMobileNumber, parseMobileNumber, type NordicCountryCode } from '../../src/validation/index.js';
import { RUNS } from './support.js';

/** The numbering rules again, as the tests read them from the national plans. */
interface Plan {
  code: NordicCountryCode;
  trunk: boolean;
  /** Mobile prefixes of the NSN and the NSN lengths they come in. */
  prefixes: string[];
  lengths: number[];
}

const PLANS: Plan[] = [
  { code: '+45', trunk: false, prefixes: ['2', '3', '4', '5', '6', '7', '8', '9'], lengths: [8] },
  { code: '+46', trunk: true, prefixes: ['70', '72', '73', '76', '79'], lengths: [9] },
  { code: '+47', trunk: false, prefixes: ['4', '9'], lengths: [8] },
  // Finland: the whole 04x block and 050 (Traficom's mobile network codes).
  { code: '+358', trunk: true, prefixes: ['4', '50'], lengths: [7, 8, 9, 10] },
  { code: '+354', trunk: false, prefixes: ['6', '7', '8'], lengths: [7] },
];

const digitsOf = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A plan and a mobile NSN that it allows. */
const mobile = fc
  .constantFrom(...PLANS)
  .chain((plan) =>
    fc
      .record({ prefix: fc.constantFrom(...plan.prefixes), length: fc.constantFrom(...plan.lengths) })
      .chain(({ prefix, length }) => digitsOf(length - prefix.length).map((rest) => ({ plan, nsn: prefix + rest }))),
  );

/** Groups the digits with spaces, dashes or nothing, the way people do. */
const grouped = (digits: string) =>
  fc.array(fc.constantFrom('', '', ' ', '-', '\u00a0'), { minLength: digits.length, maxLength: digits.length }).map((seps) =>
    [...digits].map((d, i) => (i === 0 ? d : (seps[i] ?? '') + d)).join(''),
  );

describe('Nordic mobile numbers', () => {
  it('normalises examples from each country to E.164', () => {
    expect(parseMobileNumber('20 12 34 56', { defaultCountry: '+45' })).to.deep.equal({
      ok: true,
      value: { e164: '+4520123456', countryCode: '+45', nationalNumber: '20123456' },
    });
    // 070-174 06 05: PTS's range of Swedish mobile numbers reserved for fiction.
    expect(normaliseMobileNumber('070-174 06 05', { defaultCountry: '+46' })).to.equal('+46701740605');
    expect(normaliseMobileNumber('+46 (0)70-174 06 05')).to.equal('+46701740605');
    expect(normaliseMobileNumber('+46 070 174 06 05')).to.equal('+46701740605');
    expect(normaliseMobileNumber('0046 70 174 06 05')).to.equal('+46701740605');
    expect(normaliseMobileNumber('+47 912 34 567')).to.equal('+4791234567');
    expect(normaliseMobileNumber('987 65 432', { defaultCountry: '+47' })).to.equal('+4798765432');
    expect(normaliseMobileNumber('040 123 4567', { defaultCountry: '+358' })).to.equal('+358401234567');
    expect(normaliseMobileNumber('+358 50 123 4567')).to.equal('+358501234567');
    expect(normaliseMobileNumber('611 1234', { defaultCountry: '+354' })).to.equal('+3546111234');
    // The typed country wins over the picker.
    expect(normaliseMobileNumber('+4791234567', { defaultCountry: '+45' })).to.equal('+4791234567');
    // The picker's value may come as "46" or "0046".
    expect(normaliseMobileNumber('0701740605', { defaultCountry: '46' })).to.equal('+46701740605');
  });

  it('gives machine reasons', () => {
    expect(parseMobileNumber('', { defaultCountry: '+45' })).to.deep.equal({ ok: false, reason: 'required' });
    expect(parseMobileNumber('20 12 34 5x', { defaultCountry: '+45' })).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseMobileNumber('+44 7700 900123')).to.deep.equal({ ok: false, reason: 'country' });
    expect(parseMobileNumber('20123456')).to.deep.equal({ ok: false, reason: 'country' });
    expect(parseMobileNumber('20123456', { defaultCountry: '+49' })).to.deep.equal({ ok: false, reason: 'country' });
    expect(parseMobileNumber('2012345', { defaultCountry: '+45' })).to.deep.equal({ ok: false, reason: 'length' });
    // Swedish landline (Stockholm 08) and Norwegian landline (Oslo 2x) are not mobiles.
    expect(parseMobileNumber('08-123 456 78', { defaultCountry: '+46' })).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseMobileNumber('22 12 34 56', { defaultCountry: '+47' })).to.deep.equal({ ok: false, reason: 'format' });
    // No trunk prefix in Denmark, Norway, Iceland.
    expect(parseMobileNumber('091234567', { defaultCountry: '+47' })).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseMobileNumber('+45 020123456')).to.deep.equal({ ok: false, reason: 'format' });
    expect(parseMobileNumber('++4791234567')).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('accepts every mobile number however it is written (property)', () => {
    fc.assert(
      fc.property(
        mobile.chain(({ plan, nsn }) =>
          fc.record({
            plan: fc.constant(plan),
            nsn: fc.constant(nsn),
            style: fc.constantFrom('plus', 'double-zero', 'national', 'plus-trunk'),
            body: grouped(nsn),
          }),
        ),
        ({ plan, nsn, style, body }) => {
          const cc = plan.code.slice(1);
          const written =
            style === 'plus'
              ? `+${cc} ${body}`
              : style === 'double-zero'
                ? `00${cc}${body}`
                : style === 'national'
                  ? (plan.trunk ? '0' : '') + body
                  : plan.trunk
                    ? `+${cc} (0)${body}`
                    : `+${cc}${body}`;
          expect(parseMobileNumber(written, { defaultCountry: plan.code }), written).to.deep.equal({
            ok: true,
            value: { e164: plan.code + nsn, countryCode: plan.code, nationalNumber: nsn },
          });
        },
      ),
      RUNS,
    );
  });

  it('refuses a digit too many or too few (property)', () => {
    fc.assert(
      fc.property(mobile, fc.boolean(), fc.integer({ min: 0, max: 9 }), ({ plan, nsn }, longer, extra) => {
        const wrong = longer ? nsn + String(extra) : nsn.slice(0, -1);
        fc.pre(!plan.lengths.includes(wrong.length));
        expect(parseMobileNumber(plan.code + wrong)).to.deep.equal({ ok: false, reason: 'length' });
      }),
      RUNS,
    );
  });

  it('refuses numbers outside the mobile ranges (property)', () => {
    const nonMobile = fc.constantFrom(...PLANS).chain((plan) =>
      fc
        .record({ length: fc.constantFrom(...plan.lengths), first: fc.integer({ min: 1, max: 9 }) })
        .chain(({ length, first }) => digitsOf(length - 1).map((rest) => ({ plan, nsn: String(first) + rest })))
        .filter(({ nsn }) => !plan.prefixes.some((p) => nsn.startsWith(p))),
    );
    fc.assert(
      fc.property(nonMobile, ({ plan, nsn }) => {
        expect(parseMobileNumber(plan.code + nsn), plan.code + nsn).to.deep.equal({ ok: false, reason: 'format' });
      }),
      RUNS,
    );
  });
});
