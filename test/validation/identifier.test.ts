import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkPasswordConfirmation,
  checkPasswordPolicy,
  normaliseDanishCpr,
  normaliseFinnishPersonalIdentityCode,
  normaliseOneTimeCode,
  parseDanishCvr,
  parseFinnishBusinessId,
  parseNorwegianOrganisationNumber,
  validateBirthDate,
  validateCustomerNumber,
  validateOneTimeCode,
  normaliseEmail,
  normaliseMobileNumber,
  normaliseNorwegianNationalId,
  normaliseSwedishOrganisationNumber,
  normaliseSwedishPersonalNumber,
  validateIdentifier,
  type IdentifierCountry,
  type IdentifierKind,
} from '../../src/validation/index.js';
import { NOW, RUNS, loadEveryIdentifierCheck } from './support.js';

await loadEveryIdentifierCheck();

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

  it('reads personal and organisation numbers by the country the tenant names', () => {
    const personal = (country: IdentifierCountry, value: string) => validateIdentifier('personalNumber', value, { now: NOW, country });
    const organisation = (country: IdentifierCountry, value: string) => validateIdentifier('organisationNumber', value, { country });
    expect(personal('FI', '131052-308T')).to.deep.equal({ ok: true, value: '131052-308T' });
    // A Danish CPR number is taken as written, not as a Swedish number of another century.
    expect(personal('DK', '121082-6242')).to.deep.equal({ ok: true, value: '1210826242' });
    const swedish = personal('SE', '121082-6242');
    expect(swedish.ok ? swedish.value : undefined).not.to.equal('1210826242');
    expect(organisation('SE', '202100-5448')).to.deep.equal({ ok: true, value: '162021005448' });
    expect(organisation('NO', '974 760 673')).to.deep.equal({ ok: true, value: '974760673' });
    expect(organisation('DK', '10150817')).to.deep.equal({ ok: true, value: '10150817' });
    expect(organisation('FI', '0244037-6')).to.deep.equal({ ok: true, value: '0244037-6' });
    // Each country's number is refused in another country's field.
    expect(organisation('DK', '974760673').ok).to.equal(false);
    expect(organisation('NO', '10150817').ok).to.equal(false);
    expect(personal('FI', '0707614285').ok).to.equal(false);
    // Options reach the country's module.
    expect(validateIdentifier('personalNumber', '701063-2391', { now: NOW, allowCoordinationNumber: false }).ok).to.equal(false);
    expect(validateIdentifier('personalNumber', '01819000049', { now: NOW, country: 'NO' }).ok).to.equal(false);
    expect(validateIdentifier('personalNumber', '01819000049', { now: NOW, country: 'NO', allowSyntheticNumber: true }).ok).to.equal(true);
    expect(validateIdentifier('personalNumber', '010594Y9021', { now: NOW, country: 'FI', allowTemporary: true }).ok).to.equal(true);
    // A country from a newer configuration is refused, not guessed.
    expect(validateIdentifier('personalNumber', '811218-9876', { now: NOW, country: 'IS' })).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('never throws on a number, an object, null or anything else passed in (property)', () => {
    const calls: Array<(v: never) => unknown> = [
      ...(['email', 'customerNumber', 'personalNumber', 'organisationNumber', 'mobile'] as IdentifierKind[]).flatMap((kind) =>
        (['SE', 'NO', 'DK', 'FI'] as IdentifierCountry[]).map((country) => (v: never) => validateIdentifier(kind, v, { country, now: NOW })),
      ),
      (v) => validateCustomerNumber(v),
      (v) => validateBirthDate(v),
      (v) => validateOneTimeCode(v),
      (v) => normaliseOneTimeCode(v),
      (v) => checkPasswordPolicy(v, { minLength: 8 }),
      (v) => checkPasswordConfirmation('secret', v),
      (v) => parseNorwegianOrganisationNumber(v),
      (v) => parseDanishCvr(v),
      (v) => parseFinnishBusinessId(v),
      (v) => normaliseFinnishPersonalIdentityCode(v),
    ];
    const outsider = fc.oneof(fc.anything(), fc.constantFrom(null, undefined, 0, 8112189876, NaN, {}, [], ['8112189876'], true, Symbol('x')));
    fc.assert(
      fc.property(outsider, (value) => {
        for (const call of calls) {
          const result = call(value as never) as { ok?: boolean } | undefined;
          // A validator's answer to something that is not text is a refusal.
          if (typeof value !== 'string' && result && typeof result === 'object' && 'ok' in result) expect(result.ok).to.equal(false);
        }
      }),
      RUNS,
    );
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
        expect(of(validateIdentifier('personalNumber', value, { now: NOW, country: 'FI' }))).to.equal(
          normaliseFinnishPersonalIdentityCode(value, { now: NOW }),
        );
        expect(of(validateIdentifier('organisationNumber', value))).to.equal(normaliseSwedishOrganisationNumber(value));
        const org = (r: { ok: boolean; value?: string }) => (r.ok ? r.value : undefined);
        expect(of(validateIdentifier('organisationNumber', value, { country: 'NO' }))).to.equal(org(parseNorwegianOrganisationNumber(value)));
        expect(of(validateIdentifier('organisationNumber', value, { country: 'DK' }))).to.equal(org(parseDanishCvr(value)));
        expect(of(validateIdentifier('organisationNumber', value, { country: 'FI' }))).to.equal(org(parseFinnishBusinessId(value)));
        expect(of(validateIdentifier('mobile', value, { defaultCountry: '+46' }))).to.equal(
          normaliseMobileNumber(value, { defaultCountry: '+46' }),
        );
      }),
      RUNS,
    );
  });
});
