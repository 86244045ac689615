/*
 * F1 and F3 with the keyboard alone: Tab, typing and Enter through the browser's own
 * input (trusted key events), no clicks. Focus has to land where the next step starts
 * for this to work at all.
 */
import { expect } from '@open-wc/testing';
import { Login, NEW_PASSWORD, PASSWORD, press, type } from './harness.js';

/** Tabs forward until the focused control reads `text` (a person scanning with Tab). */
async function tabTo(login: Login, text: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    const focused = login.focused as HTMLElement | null;
    const name = focused instanceof HTMLInputElement ? (focused.labels?.[0]?.textContent ?? '') : (focused?.textContent ?? '');
    if (name.trim() === text) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

describe('keyboard only', () => {
  it('F1: Tab into the form, type, Enter; then sign out with the keyboard', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await press('Tab');
    expect(login.focused).to.equal(login.field('E-mail address'));
    await type('anna@example.com');
    await press('Tab');
    expect(login.focused).to.equal(login.field('Password'));
    await type(PASSWORD);
    await press('Enter');
    await login.at('signedIn');
    expect(login.focused).to.equal(login.root.querySelector('#nl-heading'));
    await tabTo(login, 'Sign out');
    await press('Enter');
    await login.at('signIn');
    // The user name is kept, so the step starts in its first empty field.
    expect(login.field('E-mail address').value).to.equal('anna@example.com');
    expect(login.focused).to.equal(login.field('Password'));
  });

  it('F3: from the sign-in page through e-mail code, password, phone and SMS code', async () => {
    const login = await Login.open({ tenant: 'nokas' });
    await login.at('signIn');
    await press('Tab');
    // Nokas offers one registration flow: "Register" opens it.
    await tabTo(login, 'Register');
    await press('Enter');
    await login.at('verifyAndCreate');
    expect(login.focused).to.equal(login.field('E-mail address'));
    await type('ny@nokas.example');
    await press('Enter');

    await login.at('code');
    expect(login.focused).to.equal(login.field('Code'));
    await type(await login.lastCode('ny@nokas.example'));

    await login.at('setPassword');
    expect(login.focused).to.equal(login.field('New password'));
    await type(NEW_PASSWORD);
    await tabTo(login, 'Repeat the password');
    await type(NEW_PASSWORD);
    await press('Enter');

    await login.at('enrolPhone');
    expect(login.focused).to.equal(login.field('Mobile number'));
    await type('20123456');
    await press('Enter');

    await login.at('code');
    expect(login.focused).to.equal(login.field('Code'));
    await type(await login.lastCode());
    await login.at('signedIn');
  });
});
