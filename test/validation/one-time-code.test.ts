import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isCompleteOneTimeCode, normaliseOneTimeCode, validateOneTimeCode } from '../../src/validation/index.js';
import { RUNS } from './support.js';

const separator = fc.constantFrom('', '', '', ' ', '-', '\u00a0', '\u2009', '–');

describe('One-time codes', () => {
  it('folds pasted codes to digits', () => {
    expect(validateOneTimeCode('123 456')).to.deep.equal({ ok: true, value: '123456' });
    expect(validateOneTimeCode('123-456')).to.deep.equal({ ok: true, value: '123456' });
    expect(validateOneTimeCode(' 123456\n')).to.deep.equal({ ok: true, value: '123456' });
    expect(validateOneTimeCode('１２３４５６')).to.deep.equal({ ok: true, value: '123456' });
    expect(validateOneTimeCode('1234', { codeLength: 4 })).to.deep.equal({ ok: true, value: '1234' });
    expect(normaliseOneTimeCode('12 3')).to.equal('123');
  });

  it('gives machine reasons', () => {
    expect(validateOneTimeCode('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateOneTimeCode('12345')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateOneTimeCode('1234567')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateOneTimeCode('12345a')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateOneTimeCode('123.456')).to.deep.equal({ ok: false, reason: 'format' });
    expect(isCompleteOneTimeCode('12345')).to.equal(false);
    expect(isCompleteOneTimeCode('12345 6')).to.equal(true);
  });

  it('accepts a code of the configured length with any separators (property)', () => {
    const code = fc.integer({ min: 4, max: 10 }).chain((length) =>
      fc.record({
        length: fc.constant(length),
        digits: fc.stringMatching(new RegExp(`^\\d{${length}}$`)),
        seps: fc.array(separator, { minLength: length + 1, maxLength: length + 1 }),
      }),
    );
    fc.assert(
      fc.property(code, ({ length, digits, seps }) => {
        const written = [...digits].map((d, i) => (seps[i] ?? '') + d).join('') + (seps[length] ?? '');
        expect(validateOneTimeCode(written, { codeLength: length }), written).to.deep.equal({ ok: true, value: digits });
        expect(validateOneTimeCode(digits.slice(1), { codeLength: length })).to.deep.equal({ ok: false, reason: 'length' });
      }),
      RUNS,
    );
  });
});
