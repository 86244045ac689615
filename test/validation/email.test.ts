import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normaliseEmail, validateEmail } from '../../src/validation/index.js';
import { RUNS, spacing } from './support.js';

const LOCAL_CHARS = [..."abcxyzABCXYZ0189.!#$%&'*+/=?^_`{|}~-"];
const local = fc.array(fc.constantFrom(...LOCAL_CHARS), { minLength: 1, maxLength: 20 }).map((c) => c.join(''));
const label = fc
  .tuple(
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
    fc.array(fc.constantFrom(...'abcxyz0189-'), { maxLength: 10 }),
    fc.constantFrom(...'abcxyz0189'),
  )
  .map(([first, middle, last]) => first + middle.join('') + last);
const tld = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 2, maxLength: 6 }).map((c) => c.join(''));
const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.'));

/** Compared with what <input type="email"> itself says, in this browser. */
function browserAccepts(value: string): boolean {
  const input = document.createElement('input');
  input.type = 'email';
  input.value = value;
  return input.checkValidity();
}

/**
 * What the field says of an address a user typed: Chromium turns an internationalised
 * domain into punycode before it checks (a value set from script is checked as it is).
 */
function browserAcceptsTyped(value: string): boolean {
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  if (at < 0 || /^[\x21-\x7e]*$/.test(domain)) return browserAccepts(value);
  try {
    return browserAccepts(`${value.slice(0, at)}@${new URL(`http://${domain}/`).hostname}`);
  } catch {
    return false;
  }
}

describe('E-mail addresses', () => {
  it('accepts ordinary addresses and normalises them', () => {
    expect(validateEmail('anna@example.com')).to.deep.equal({ ok: true, value: 'anna@example.com' });
    expect(normaliseEmail('  Anna.Berg+portal@Example.COM \n')).to.equal('Anna.Berg+portal@example.com');
    expect(normaliseEmail('kari@hk.example')).to.equal('kari@hk.example');
    // Internationalised domains, as the browser's field takes them.
    expect(normaliseEmail('info@Ålandsbanken.ax')).to.equal('info@ålandsbanken.ax');
    expect(normaliseEmail('post@blåbær.no')).to.equal('post@blåbær.no');
    expect(browserAcceptsTyped('post@blåbær.no'), 'as the field takes it once typed').to.equal(true);
    expect(normaliseEmail('a@a.å'), 'a top-level label of one letter, in punycode four').to.equal('a@a.å');
    expect(browserAcceptsTyped('a@a.å')).to.equal(true);
  });

  it('gives machine reasons', () => {
    expect(validateEmail('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateEmail(' \t')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateEmail(null)).to.deep.equal({ ok: false, reason: 'required' });
    for (const bad of [
      'anna',
      'anna@',
      '@example.com',
      'anna@localhost', // valid HTML, but no dot in the domain
      'anna@example.123', // an IP-like top label
      'anna berg@example.com',
      'anna@exa mple.com',
      'anna@@example.com',
      'anna@-example.com',
      'anna@example-.com',
      'anna@example..com',
      'anna@.example.com',
      'ånna@example.com', // the browser refuses non-ASCII before the @
      '"anna"@example.com',
      'anna@exa/mple.com',
      'anna@ex%61mple.se',
    ]) {
      expect(validateEmail(bad), bad).to.deep.equal({ ok: false, reason: 'format' });
    }
    expect(validateEmail(`${'a'.repeat(65)}@example.com`)).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateEmail(`a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.se`)).to.deep.equal({
      ok: false,
      reason: 'length',
    });
  });

  it('accepts what the browser accepts when the domain has a dot (property)', () => {
    fc.assert(
      fc.property(local, domain, spacing, (l, d, space) => {
        const address = `${l}@${d}`;
        expect(browserAccepts(address), address).to.equal(true);
        expect(validateEmail(space + address + space)).to.deep.equal({ ok: true, value: address });
      }),
      RUNS,
    );
  });

  it('never accepts what the browser refuses (property)', () => {
    const anything = fc.string({ unit: fc.constantFrom(...'ab1@.-_ +"åä(),;:<>[]\\'), maxLength: 30 });
    fc.assert(
      fc.property(anything, (value) => {
        if (validateEmail(value).ok) expect(browserAcceptsTyped(value.trim()), value).to.equal(true);
      }),
      RUNS,
    );
  });

  it('refuses a domain without a dot (property)', () => {
    fc.assert(
      fc.property(local, label, (l, d) => {
        expect(validateEmail(`${l}@${d}`)).to.deep.equal({ ok: false, reason: 'format' });
      }),
      RUNS,
    );
  });
});
