import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkPasswordConfirmation,
  checkPasswordPolicy,
  passwordChecklist,
  passwordRulesFromViolations,
  type PasswordPolicy,
  type PasswordRule,
} from '../../src/validation/index.js';
import { RUNS } from './support.js';

const STRICT: PasswordPolicy = {
  minLength: 8,
  maxLength: 64,
  requireLowercase: true,
  requireUppercase: true,
  requireDigit: true,
  requireSymbol: true,
};

/** Characters by class, as the oracle knows them (no regular expressions). */
const LOWER = [...'abcxyzæøåäöþðß'];
const UPPER = [...'ABCXYZÆØÅÄÖÞÐ'];
const DIGITS = [...'0123456789'];
const SYMBOLS = ['!', '-', '_', ' ', '€', '😀', '.', '#'];
const ALL = [...LOWER, ...UPPER, ...DIGITS, ...SYMBOLS];

function oracle(password: string, policy: PasswordPolicy): PasswordRule[] {
  const chars = Array.from(password);
  const unmet: PasswordRule[] = [];
  if (policy.minLength !== undefined && chars.length < policy.minLength) unmet.push('minLength');
  if (policy.maxLength !== undefined && chars.length > policy.maxLength) unmet.push('maxLength');
  if (policy.requireLowercase && !chars.some((c) => LOWER.includes(c))) unmet.push('lowercase');
  if (policy.requireUppercase && !chars.some((c) => UPPER.includes(c))) unmet.push('uppercase');
  if (policy.requireDigit && !chars.some((c) => DIGITS.includes(c))) unmet.push('digit');
  if (policy.requireSymbol && !chars.some((c) => SYMBOLS.includes(c))) unmet.push('symbol');
  return unmet;
}

const policy = fc.record({
  minLength: fc.integer({ min: 1, max: 16 }),
  maxLength: fc.integer({ min: 8, max: 40 }),
  requireLowercase: fc.boolean(),
  requireUppercase: fc.boolean(),
  requireDigit: fc.boolean(),
  requireSymbol: fc.boolean(),
});
const password = fc.array(fc.constantFrom(...ALL), { maxLength: 45 }).map((c) => c.join(''));

describe('Password policy', () => {
  it('lists the unmet rules by name, in checklist order', () => {
    expect(checkPasswordPolicy('Sommar-2026!', STRICT)).to.deep.equal([]);
    expect(checkPasswordPolicy('', STRICT)).to.deep.equal(['minLength', 'lowercase', 'uppercase', 'digit', 'symbol']);
    expect(checkPasswordPolicy('sommar2026', STRICT)).to.deep.equal(['uppercase', 'symbol']);
    expect(checkPasswordPolicy('SOMMAR-2026', STRICT)).to.deep.equal(['lowercase']);
    expect(checkPasswordPolicy('Sommar-år!', STRICT)).to.deep.equal(['digit']);
    expect(checkPasswordPolicy(`Aa1!${'x'.repeat(61)}`, STRICT)).to.deep.equal(['maxLength']);
    // Nordic letters count as letters of their case.
    expect(checkPasswordPolicy('ÆØÅæøå12 ', STRICT)).to.deep.equal([]);
  });

  it('counts characters, not UTF-16 units', () => {
    const policy = { minLength: 4, maxLength: 4 };
    expect(checkPasswordPolicy('😀😀😀😀', policy)).to.deep.equal([]);
    expect(checkPasswordPolicy('😀😀', policy)).to.deep.equal(['minLength']);
  });

  it('shows only the rules the policy sets in the checklist', () => {
    expect(passwordChecklist('abc', { minLength: 8, requireDigit: true, requireSymbol: false })).to.deep.equal([
      { rule: 'minLength', met: false },
      { rule: 'digit', met: false },
    ]);
    expect(passwordChecklist('x', {})).to.deep.equal([]);
  });

  it("maps the server's violations onto checklist rules", () => {
    expect(passwordRulesFromViolations(['requireSymbol', 'minLength', 'requireDigit', 'somethingNew'])).to.deep.equal([
      'minLength',
      'digit',
      'symbol',
    ]);
  });

  it('agrees with an independent reading of the policy (property)', () => {
    fc.assert(
      fc.property(password, policy, (pw, p) => {
        expect(checkPasswordPolicy(pw, p), pw).to.deep.equal(oracle(pw, p));
        const checklist = passwordChecklist(pw, p);
        expect(checklist.filter((s) => !s.met).map((s) => s.rule)).to.deep.equal(oracle(pw, p));
      }),
      RUNS,
    );
  });

  it('accepts a password built to meet the policy (property)', () => {
    const built = fc
      .record({
        lower: fc.constantFrom(...LOWER),
        upper: fc.constantFrom(...UPPER),
        digit: fc.constantFrom(...DIGITS),
        symbol: fc.constantFrom(...SYMBOLS),
        filler: fc.array(fc.constantFrom(...ALL), { minLength: 4, maxLength: 60 }),
      })
      .chain((parts) => fc.shuffledSubarray([parts.lower, parts.upper, parts.digit, parts.symbol, ...parts.filler], {
        minLength: 4 + parts.filler.length,
      }).map((chars) => ({ parts, pw: chars.join('') })));
    fc.assert(
      fc.property(built, ({ pw }) => {
        expect(checkPasswordPolicy(pw, STRICT), pw).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('checks the confirmation character for character', () => {
    expect(checkPasswordConfirmation('Sommar-2026!', 'Sommar-2026!')).to.deep.equal({ ok: true, value: 'Sommar-2026!' });
    expect(checkPasswordConfirmation('Sommar-2026!', '')).to.deep.equal({ ok: false, reason: 'required' });
    expect(checkPasswordConfirmation('Sommar-2026!', 'Sommar-2026! ')).to.deep.equal({ ok: false, reason: 'mismatch' });
    expect(checkPasswordConfirmation('Sommar-2026!', 'sommar-2026!')).to.deep.equal({ ok: false, reason: 'mismatch' });
    fc.assert(
      fc.property(password, password, (a, b) => {
        const result = checkPasswordConfirmation(a, b);
        if (b === '') expect(result).to.deep.equal({ ok: false, reason: 'required' });
        else expect(result.ok).to.equal(a === b);
      }),
      RUNS,
    );
  });
});
