/*
 * The sign-in identifier of a Danish, Norwegian, Swedish and Finnish tenant: each sees
 * its own national number, labelled, hinted and checked by its own rules, in every
 * language; the error names the field the user sees; a mobile number's error states its
 * country's rule; a birth date is written as the page's language writes dates.
 */
import { expect } from '@open-wc/testing';
import { Login, PASSWORD } from './harness.js';
import type { IdentifierCountry, IdentifierKind } from '../../src/api/types.js';
import type { ConfigOverrides } from '../../src/shell/overrides.js';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import { contextOf } from '../support/state.js';

const identifier = (kind: IdentifierKind, country: IdentifierCountry): ConfigOverrides => ({ identifier: { kind, country } });

/** Switches the widget's language and waits until its texts are shown in it. */
async function speak(login: Login, lang: string): Promise<void> {
  login.el.setAttribute('lang', lang);
  const controller = (login.el as unknown as { localeController?: LocaleController }).localeController;
  for (let i = 0; i < 200 && controller && controller.locale !== lang; i++) await new Promise((r) => setTimeout(r, 10));
  await login.el.updateComplete;
}

/** The sign-in step of a tenant (the demo one by default), in English, past "I am a customer" where it asks. */
function signInStep(overrides?: ConfigOverrides, tenant = 'demo'): Promise<Login> {
  return Login.open({ tenant, step: 'F1.signIn', ...(overrides ? { configOverrides: overrides } : {}) });
}

const identifierInput = (login: Login) => login.root.querySelector<HTMLInputElement>('input[name=identifier]')!;
const labelOf = (login: Login) => login.root.querySelector(`label[for=${identifierInput(login).id}]`)?.textContent?.trim();
const hintOf = (login: Login) => login.root.getElementById(`${identifierInput(login).id}-hint`)?.textContent?.trim();
const errorOf = (login: Login) => login.root.getElementById(`${identifierInput(login).id}-error`)?.textContent?.trim();

/** Submits the sign-in form with `value` and waits for the answer (a field error or the server's). */
async function submit(login: Login, value: string): Promise<string | undefined> {
  login.fill(labelOf(login)!, value).fill(login.root.querySelector('label[for=nl-password]')!.textContent!.trim(), PASSWORD).submit();
  await login.until((s) => contextOf(s).error !== undefined && !s.hasTag('busy'));
  return login.el.actor!.getSnapshot().context.error?.code;
}

describe('the sign-in identifier by country and kind', () => {
  const cases = [
    { country: 'DK', lang: 'da', label: 'CPR-nummer', hint: '10 cifre: DDMMÅÅ-XXXX', required: 'Indtast dit CPR-nummer.' },
    { country: 'NO', lang: 'nb', label: 'Fødselsnummer', hint: '11 siffer', required: 'Skriv inn fødselsnummeret ditt.' },
    { country: 'SE', lang: 'sv', label: 'Personnummer', hint: '12 siffror: ÅÅÅÅMMDD-XXXX', required: 'Fyll i ditt personnummer.' },
    { country: 'FI', lang: 'fi', label: 'Henkilötunnus', hint: '11 merkkiä, esimerkiksi 131052-308T', required: 'Anna henkilötunnuksesi.' },
  ] as const;

  for (const c of cases) {
    it(`a ${c.country} tenant's personal number reads "${c.label}" in ${c.lang}, and its error names it`, async () => {
      const login = await signInStep(identifier('personalNumber', c.country));
      await speak(login, c.lang);
      const input = identifierInput(login);
      expect(labelOf(login)).to.equal(c.label);
      expect(hintOf(login)).to.equal(c.hint);
      // Still the field password managers know.
      expect(input.name).to.equal('identifier');
      expect(input.autocomplete).to.equal('username');
      login.submit();
      await login.until((s) => contextOf(s).error?.code === 'validation_failed');
      expect(errorOf(login)).to.equal(c.required);
      await login.accessible();
    });
  }

  it("a Danish tenant takes Danish CPR numbers as written, and refuses what is not one", async () => {
    const login = await signInStep(identifier('personalNumber', 'DK'));
    expect(labelOf(login)).to.equal('CPR number');
    // 121082-6242 was rewritten as a Swedish number before; now it reaches the server as the CPR number.
    expect(await submit(login, '121082-6242')).to.equal('invalid_credentials');
    expect(login.el.actor!.getSnapshot().context.fields.identifier).to.equal('121082-6242');
    expect(await submit(login, '3210826242')).to.equal('validation_failed');
    expect(errorOf(login)).to.equal('The birth date in the number is not a real date. Check the number.');
    expect(await submit(login, '12108262')).to.equal('validation_failed');
    expect(errorOf(login)).to.equal('A CPR number has 10 digits: DDMMYY-XXXX.');
  });

  it('a Norwegian tenant takes fødselsnummer and D-numbers; a Finnish tenant henkilötunnus with the 2023 signs', async () => {
    const norwegian = await signInStep(identifier('personalNumber', 'NO'));
    expect(await submit(norwegian, '010190 00083')).to.equal('invalid_credentials');
    expect(await submit(norwegian, '01019000084')).to.equal('validation_failed');
    expect(errorOf(norwegian)).to.equal('Check the number: a digit seems to be wrong.');
    const finnish = await signInStep(identifier('personalNumber', 'FI'));
    expect(identifierInput(finnish).inputMode, 'a letter is part of the code').to.equal('text');
    expect(await submit(finnish, '131052-308T')).to.equal('invalid_credentials');
    expect(await submit(finnish, '131052-308U')).to.equal('validation_failed');
    expect(errorOf(finnish)).to.equal('Check the personal identity code: a character seems to be wrong.');
  });

  it('organisation numbers by country: CVR-nummer for a Dane, Y-tunnus for a Finn, the 16 prefix only for a Swede', async () => {
    const danish = await signInStep(identifier('organisationNumber', 'DK'));
    await speak(danish, 'da');
    expect([labelOf(danish), hintOf(danish)]).to.deep.equal(['CVR-nummer', '8 cifre']);
    await speak(danish, 'en');
    expect(await submit(danish, '10150817')).to.equal('invalid_credentials');
    expect(await submit(danish, '10150818')).to.equal('validation_failed');
    const finnish = await signInStep(identifier('organisationNumber', 'FI'));
    await speak(finnish, 'fi');
    expect(labelOf(finnish)).to.equal('Y-tunnus');
    const swedish = await signInStep(identifier('organisationNumber', 'SE'));
    await speak(swedish, 'da');
    expect(labelOf(swedish)).to.equal('Svensk organisationsnummer');
    expect(hintOf(swedish)).to.contain('16XXXXXX-XXXX');
  });

  it('an error under a customer number or an e-mail field names that field, not a "user name"', async () => {
    const customer = await signInStep(undefined, 'minasidor');
    // Mina sidor leads with BankID; its customer number and password are one tap away.
    customer.press('Sign in with password');
    await customer.at('signIn', 'idle');
    customer.submit();
    await customer.until((s) => contextOf(s).error?.code === 'validation_failed');
    expect(labelOf(customer)).to.equal('Customer number');
    expect(errorOf(customer)).to.equal('Enter your customer number.');
    await speak(customer, 'sv');
    expect(errorOf(customer)).to.equal('Fyll i ditt kundnummer.');
    const email = await signInStep(identifier('email', 'NO'));
    email.submit();
    await email.until((s) => contextOf(s).error?.code === 'validation_failed');
    expect(errorOf(email)).to.equal('Enter your e-mail address.');
  });

  it('a mobile number as identifier follows its country: a Dane is told the Danish rule', async () => {
    const login = await signInStep(identifier('mobile', 'DK'));
    expect(await submit(login, '20 12 34 5')).to.equal('validation_failed');
    expect(errorOf(login)).to.equal('A Danish mobile number has 8 digits.');
    await speak(login, 'da');
    expect(errorOf(login)).to.equal('Et dansk mobilnummer har 8 cifre.');
    expect(await submit(login, '20 12 34 56')).to.equal('invalid_credentials');
  });
});

describe('F4 mobile number and birth date in the page language', () => {
  async function mobileRegistration(lang: string): Promise<Login> {
    const login = await signInStep(undefined, 'polarkraft');
    await login.openFlow('Register with your mobile number');
    await login.at('mobileRegistration');
    await speak(login, lang);
    return login;
  }

  it('says the rule of the chosen country when a mobile number is wrong', async () => {
    const login = await mobileRegistration('en');
    login.choose('Country code', '+45').fill('Mobile number', '2012345').fill('Date of birth', '12/04/1985').submit();
    await login.until((s) => contextOf(s).error?.code === 'validation_failed');
    expect(login.root.getElementById('nl-nationalNumber-error')?.textContent?.trim()).to.equal('A Danish mobile number has 8 digits.');
    login.choose('Country code', '+47').fill('Mobile number', '1234567').submit();
    await login.until((s) => contextOf(s).error?.code === 'validation_failed' && contextOf(s).fields.countryCode === '+47');
    expect(login.root.getElementById('nl-nationalNumber-error')?.textContent?.trim()).to.equal(
      'A Norwegian mobile number has 8 digits and starts with 4 or 9.',
    );
  });

  for (const [lang, label, pattern, written] of [
    ['nb', 'Fødselsdato', 'DD.MM.ÅÅÅÅ', '12.04.1985'],
    ['da', 'Fødselsdato', 'DD.MM.ÅÅÅÅ', '12.04.1985'],
    ['sv', 'Födelsedatum', 'ÅÅÅÅ-MM-DD', '1985-04-12'],
    ['fi', 'Syntymäaika', 'PP.KK.VVVV', '12.4.1985'],
  ] as const) {
    it(`a birth date in ${lang} is a text field that reads ${pattern}, sent as 1985-04-12`, async () => {
      const login = await mobileRegistration(lang);
      const field = login.field(label);
      expect([field.type, field.autocomplete, field.name]).to.deep.equal(['text', 'bday', 'birthDate']);
      expect(login.root.getElementById('nl-birthDate-hint')?.textContent?.trim()).to.equal(pattern);
      login.choose(login.root.querySelector('label[for=nl-countryCode]')!.textContent!.trim(), '+47');
      login.fill(login.root.querySelector('label[for=nl-nationalNumber]')!.textContent!.trim(), '98765432').fill(label, written).submit();
      // The known number and birth date of the mock's Polar Kraft customer: the code is sent.
      await login.reach('code');
      await login.accessible();
    });
  }
});
