import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describe, it } from './mocha.js';
import {
  normaliseDanishCpr,
  normaliseEmail,
  normaliseMobileNumber,
  normaliseNorwegianNationalId,
  normaliseSwedishOrganisationNumber,
  normaliseSwedishPersonalNumber,
  validateIdentifier,
  type IdentifierKind,
} from '../../src/validation/index.js';
import { NOW, RUNS } from './support.js';

describe('validateIdentifier', () => {
  it('dispatches on the kind and returns the canonical form', () => {
    expect(validateIdentifier('email', ' anna@Example.com ')).to.deep.equal({ ok: true, value: 'anna@example.com' });
    expect(validateIdentifier('customerNumber', '100200')).to.deep.equal({ ok: true, value: '100200' });
    expect(validateIdentifier('customerNumber', 'AB12', { pattern: '[A-Z]{2}\\d{2}' })).to.deep.equal({ ok: true, value: 'AB12' });
    expect(validateIdentifier('personalNumber', '811218-9876', { now: NOW })).to.deep.equal({ ok: true, value: '198112189876' });
    expect(validateIdentifier('personalNumber', '010190 00083', { now: NOW, country: 'NO' })).to.deep.equal({
      ok: true,
      value: '01019000083',
    });
    expect(validateIdentifier('personalNumber', '070761-4285', { now: NOW, country: 'DK' })).to.deep.equal({
      ok: true,
      value: '0707614285',
    });
    expect(validateIdentifier('organisationNumber', '16556012-5790')).to.deep.equal({ ok: true, value: '165560125790' });
    expect(validateIdentifier('mobile', '912 34 567', { defaultCountry: '+47' })).to.deep.equal({ ok: true, value: '+4791234567' });
  });

  it('passes on the reasons of each kind', () => {
    for (const kind of ['email', 'customerNumber', 'personalNumber', 'organisationNumber', 'mobile'] as IdentifierKind[]) {
      expect(validateIdentifier(kind, ''), kind).to.deep.equal({ ok: false, reason: 'required' });
      expect(validateIdentifier(kind, '  '), kind).to.deep.equal({ ok: false, reason: 'required' });
    }
    expect(validateIdentifier('personalNumber', '811218-9875', { now: NOW })).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(validateIdentifier('organisationNumber', '811218-9876')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateIdentifier('mobile', '+44 7700 900123')).to.deep.equal({ ok: false, reason: 'country' });
    expect(validateIdentifier('email', 'anna@localhost')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateIdentifier('unknownKind' as IdentifierKind, 'x')).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('agrees with the module of each kind on any input (property)', () => {
    const input = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789-+ '), maxLength: 16 }),
      fc.string({ maxLength: 20 }),
      fc.emailAddress(),
    );
    fc.assert(
      fc.property(input, (value) => {
        const of = (r: { ok: boolean; value?: string }) => (r.ok ? r.value : undefined);
        expect(of(validateIdentifier('email', value))).to.equal(normaliseEmail(value));
        expect(of(validateIdentifier('personalNumber', value, { now: NOW }))).to.equal(normaliseSwedishPersonalNumber(value, { now: NOW }));
        expect(of(validateIdentifier('personalNumber', value, { now: NOW, country: 'NO' }))).to.equal(
          normaliseNorwegianNationalId(value, { now: NOW }),
        );
        expect(of(validateIdentifier('personalNumber', value, { now: NOW, country: 'DK' }))).to.equal(normaliseDanishCpr(value, { now: NOW }));
        expect(of(validateIdentifier('organisationNumber', value))).to.equal(normaliseSwedishOrganisationNumber(value));
        expect(of(validateIdentifier('mobile', value, { defaultCountry: '+46' }))).to.equal(
          normaliseMobileNumber(value, { defaultCountry: '+46' }),
        );
      }),
      RUNS,
    );
  });
});
