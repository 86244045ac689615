import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { customerNumberExpression, validateCustomerNumber } from '../../src/validation/index.js';
import { RUNS } from './support.js';

describe('Customer numbers', () => {
  it('takes 4 to 12 digits when the tenant gives no pattern', () => {
    expect(validateCustomerNumber('100200')).to.deep.equal({ ok: true, value: '100200' });
    expect(validateCustomerNumber(' 556677 ')).to.deep.equal({ ok: true, value: '556677' });
    // Grouped as on an invoice.
    expect(validateCustomerNumber('100 200')).to.deep.equal({ ok: true, value: '100200' });
    expect(validateCustomerNumber('123')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateCustomerNumber('1234567890123')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateCustomerNumber('12a456')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateCustomerNumber('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateCustomerNumber('1'.repeat(65))).to.deep.equal({ ok: false, reason: 'length' });
  });

  it("uses the tenant's pattern, anchored", () => {
    const pattern = '[A-Z]{2}\\d{6}';
    expect(validateCustomerNumber('AB123456', { pattern })).to.deep.equal({ ok: true, value: 'AB123456' });
    expect(validateCustomerNumber('xAB123456', { pattern })).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateCustomerNumber('AB1234567', { pattern })).to.deep.equal({ ok: false, reason: 'format' });
    // An alternation cannot match a prefix or suffix by one branch.
    expect(validateCustomerNumber('1234x', { pattern: '\\d{4}|x' })).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateCustomerNumber('x', { pattern: '\\d{4}|x' })).to.deep.equal({ ok: true, value: 'x' });
    // A pattern that anchors itself still works.
    expect(validateCustomerNumber('1234', { pattern: '^\\d{4}$' })).to.deep.equal({ ok: true, value: '1234' });
    // Unicode classes work.
    expect(validateCustomerNumber('ÅØ12', { pattern: '\\p{Lu}{2}\\d{2}' })).to.deep.equal({ ok: true, value: 'ÅØ12' });
  });

  it('does not let a pattern break out of its anchors', () => {
    // "a)|(b" would make ^(?:a)|(b)$; on its own it does not compile, so it is no rule at all.
    expect(customerNumberExpression('a)|(b')).to.equal(undefined);
    expect(validateCustomerNumber('zzzb', { pattern: 'a)|(b' })).to.deep.equal({ ok: true, value: 'zzzb' });
    expect(customerNumberExpression('\\d{4}')?.source).to.equal('^(?:\\d{4})$');
  });

  it('accepts any 4–12 digits and refuses other lengths by default (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), (digits) => {
        const ok = digits.length >= 4 && digits.length <= 12;
        expect(validateCustomerNumber(digits)).to.deep.equal(ok ? { ok: true, value: digits } : { ok: false, reason: 'format' });
      }),
      RUNS,
    );
  });

  it('never matches a value containing a match but more besides (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^[a-z]{1,3}$/), fc.boolean(), (digits, junk, before) => {
        const value = before ? junk + digits : digits + junk;
        expect(validateCustomerNumber(value, { pattern: '\\d{6}' })).to.deep.equal({ ok: false, reason: 'format' });
      }),
      RUNS,
    );
  });
});
