/*
 * The tenant's configuration reaches the validators: identifier.country chooses whose
 * numbers a field takes, and its options (samordningsnummer, D-numbers, test numbers)
 * reach the country's module. A Danish tenant's CPR numbers were refused or rewritten as
 * Swedish ones while the contract had no country.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TenantConfig } from '../../src/api/types.js';
import { checkEmailRegistration } from '../../src/validation/flow-forms.js';
import { checkSignIn, identifierCountry, identifierOptions } from '../../src/validation/forms.js';
import { RUNS, dateBetween, pad, loadEveryIdentifierCheck } from './support.js';

await loadEveryIdentifierCheck();

const config = (identifier: Partial<TenantConfig['identifier']>, defaultCountry: TenantConfig['phone']['defaultCountry'] = '+46') =>
  ({ identifier: { kind: 'personalNumber', country: 'SE', ...identifier }, phone: { defaultCountry } }) as unknown as TenantConfig;

describe("the tenant's identifier options", () => {
  it("takes every valid Danish CPR number as the ten digits it is (property)", () => {
    const danish = config({ country: 'DK' });
    const cpr = fc
      .record({ date: dateBetween({ year: 1937, month: 1, day: 1 }, { year: 1999, month: 12, day: 31 }), seventh: fc.constantFrom(0, 1, 2, 3, 4, 9), rest: fc.integer({ min: 0, max: 999 }) })
      .map(({ date, seventh, rest }) => pad(date.day) + pad(date.month) + pad(date.year % 100) + seventh + pad(rest, 3));
    fc.assert(
      fc.property(cpr, fc.boolean(), (digits, dash) => {
        const written = dash ? `${digits.slice(0, 6)}-${digits.slice(6)}` : digits;
        expect(checkSignIn(danish, written, 'x')).to.deep.equal({ value: { identifier: digits } });
      }),
      RUNS,
    );
  });

  it('reads the country from identifier.country, else from the phone, else Sweden', () => {
    expect(identifierCountry(config({ country: 'FI' }, '+45'))).to.equal('FI');
    const withoutCountry = { identifier: { kind: 'email' }, phone: { defaultCountry: '+47' } } as unknown as TenantConfig;
    expect(identifierCountry(withoutCountry)).to.equal('NO');
    expect(identifierCountry(undefined)).to.equal('SE');
  });

  it('passes samordningsnummer, D-number and test-number choices on', () => {
    expect(identifierOptions(config({}))).to.include({ allowCoordinationNumber: true, allowDNumber: true, allowHNumber: false, allowSyntheticNumber: false, allowTemporary: false });
    expect(identifierOptions(config({ coordinationNumbers: false, dNumbers: false, testNumbers: true }))).to.include({
      allowCoordinationNumber: false,
      allowDNumber: false,
      allowHNumber: true,
      allowSyntheticNumber: true,
      allowTemporary: true,
    });
    const swedishNoCoordination = config({ coordinationNumbers: false });
    expect(checkSignIn(swedishNoCoordination, '701063-2391', 'x').error?.fields).to.deep.equal({ identifier: 'format' });
    const norwegianTest = config({ country: 'NO', testNumbers: true });
    expect(checkSignIn(norwegianTest, '01819000049', 'x')).to.deep.equal({ value: { identifier: '01819000049' } });
    expect(checkSignIn(config({ country: 'NO' }), '01819000049', 'x').error?.fields).to.deep.equal({ identifier: 'format' });
    // A mobile number as identifier follows the identifier's country, not the phone picker's default.
    expect(identifierOptions(config({ kind: 'mobile', country: 'DK' }, '+46')).defaultCountry).to.equal('+45');
  });

  it("F7a's personal number is of the tenant's country", () => {
    const swedish = checkEmailRegistration(config({ kind: 'customerNumber' }), '556677', '19800101-1231', 'sven@example.se');
    expect(swedish.value.personalNumber).to.equal('198001011231');
    expect(swedish.error).to.equal(undefined);
    const danish = checkEmailRegistration(config({ kind: 'customerNumber', country: 'DK' }), '556677', '070761-4285', 'a@example.dk');
    expect(danish).to.deep.equal({ value: { customerNumber: '556677', personalNumber: '0707614285', email: 'a@example.dk' } });
  });
});
