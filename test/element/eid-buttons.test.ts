/*
 * The eIDs' own buttons (../shared/BANKID.md, brand rules): MitID on the Danish tenant,
 * Norwegian BankID on the Norwegian ones, with their owners' approved words, colours,
 * height and corners, light and dark; and Swedish beside Norwegian BankID named apart.
 */
import { expect } from '@open-wc/testing';
import { Login, record } from './harness.js';
import { contextOf } from '../support/state.js';

const signInForm = (tenant: string, lang: string, theme = 'light'): Promise<Login> => Login.open({ tenant, lang, theme, step: 'F1.signIn' });

const button = (login: Login, part: string) => login.root.querySelector<HTMLButtonElement>(`[part~=${part}]`)!;

describe('eID buttons', () => {
  it("MitID: 'Log ind med MitID' in Danish, 'Log on with MitID' elsewhere, #0060e6, 48 px, 4 px corners", async () => {
    for (const [lang, label, labelLang] of [
      ['da', 'Log ind med MitID', 'da'],
      ['en', 'Log on with MitID', 'en'],
      ['sv', 'Log on with MitID', 'en'],
      ['nb', 'Log on with MitID', 'en'],
    ]) {
      const login = await signInForm('nokas', lang!);
      const mitid = button(login, 'mitid-button');
      expect(mitid.textContent?.trim(), lang).to.equal(label);
      expect(mitid.lang, lang).to.equal(labelLang);
      const style = getComputedStyle(mitid);
      expect([style.backgroundColor, style.color, style.borderTopLeftRadius, mitid.getBoundingClientRect().height]).to.deep.equal([
        'rgb(0, 96, 230)',
        'rgb(255, 255, 255)',
        '4px',
        48,
      ]);
      await login.accessible();
    }
  });

  it("Norwegian BankID: 'Logg inn med BankID' in Norwegian, its purple, white in dark mode, 48 px, Roboto 18 px", async () => {
    const light = await signInForm('hk', 'nb');
    const bankid = button(light, 'bankid-no-button');
    expect(bankid.textContent?.trim()).to.equal('Logg inn med BankID');
    const style = getComputedStyle(bankid);
    expect([style.backgroundColor, style.color, style.fontSize, bankid.getBoundingClientRect().height]).to.deep.equal([
      'rgb(57, 19, 76)',
      'rgb(255, 255, 255)',
      '18px',
      48,
    ]);
    expect(parseFloat(style.borderTopLeftRadius)).to.be.at.least(6);
    expect(style.fontFamily).to.match(/^Roboto,/);
    await light.accessible();
    const dark = await signInForm('polarkraft', 'en', 'dark');
    const darkButton = button(dark, 'bankid-no-button');
    expect(darkButton.textContent?.trim()).to.equal('Log in with BankID');
    expect([getComputedStyle(darkButton).backgroundColor, getComputedStyle(darkButton).color]).to.deep.equal(['rgb(246, 246, 249)', 'rgb(57, 19, 76)']);
    await dark.accessible();
  });

  it('the provider takes the whole page (a top-window navigation), asked of the page first', async () => {
    const login = await signInForm('nokas', 'da');
    const navigations = record(login.el, 'nl-navigate');
    login.el.addEventListener('nl-navigate', (event) => event.preventDefault());
    button(login, 'mitid-button').click();
    await login.until(() => navigations.length > 0);
    expect(new URL(navigations[0]!.url).pathname).to.match(/\/__mock\/idp\/mitid\/authorize$/);
  });

  it('Swedish BankID beside Norwegian BankID names its country', async () => {
    const login = await signInForm('minasidor', 'sv');
    expect(button(login, 'bankid-button').textContent?.trim()).to.equal('Mobilt BankID');
    login.el.configOverrides = { methods: { password: true, bankid: true, identityProviders: [{ id: 'bankid-no', name: 'BankID', brand: 'bankid-no' }] } };
    await login.el.updateComplete;
    await login.until((s) => contextOf(s).config?.methods.identityProviders.length === 1 && !s.hasTag('busy'));
    await login.at('signIn');
    expect(button(login, 'bankid-button').textContent?.trim()).to.equal('Svenskt BankID');
    expect(button(login, 'bankid-no-button').textContent?.trim()).to.equal('Log in with BankID');
  });
});
