/*
 * The events a page hears: they bubble, cross shadow roots and carry no secret; and
 * errors of the code step, announced and focused, with the wrong code gone.
 */
import { expect } from '@open-wc/testing';
import { Login, PASSWORD, mock } from './harness.js';
import { contextOf } from '../support/state.js';

const EVENTS = ['nl-signed-in', 'nl-signed-out', 'nl-step-change', 'nl-error', 'nl-navigate'] as const;

/** Every widget event that reaches the document, with its own fields. */
function listen(): { events: Event[]; stop: () => void } {
  const events: Event[] = [];
  const on = (event: Event) => events.push(event);
  for (const type of EVENTS) document.addEventListener(type, on);
  return { events, stop: () => EVENTS.forEach((type) => document.removeEventListener(type, on)) };
}

let stop = () => {};
afterEach(() => stop());

describe('events', () => {
  it('reach the document, and no password or code is in any of them', async () => {
    const heard = listen();
    stop = heard.stop;
    const login = await Login.open({ tenant: 'demo' });
    await login.at('welcome');
    await login.signIn('nils@example.com', 'not-the-password');
    await login.until((s) => contextOf(s).error?.code === 'invalid_credentials' && !s.hasTag('busy'));
    login.fill('Password', PASSWORD).submit();
    await login.at('code');
    const code = await login.lastCode();
    login.fill('Code', code);
    await login.at('signedIn');
    login.press('Sign out');
    await login.at('signIn');

    const types = heard.events.map((e) => e.type);
    expect(types).to.include.members(['nl-step-change', 'nl-error', 'nl-signed-in', 'nl-signed-out']);
    const steps = heard.events.filter((e) => e.type === 'nl-step-change').map((e) => (e as HTMLElementEventMap['nl-step-change']).step);
    expect(steps).to.deep.equal(['loading', 'welcome', 'signIn', 'code', 'signedIn', 'signingOut', 'signIn']);
    expect((heard.events.find((e) => e.type === 'nl-error') as HTMLElementEventMap['nl-error']).code).to.equal('invalid_credentials');
    for (const event of heard.events) {
      expect(event.bubbles && event.composed, event.type).to.equal(true);
      // The same data in `detail`, as CustomEvent listeners (Angular's $event.detail, Vue, jQuery) read it.
      expect(event, event.type).to.be.instanceOf(CustomEvent);
      const { isTrusted: _trusted, ...own } = { ...event } as Record<string, unknown>;
      expect((event as CustomEvent).detail, event.type).to.deep.equal(own);
      const fields = JSON.stringify({ ...event, detail: (event as CustomEvent).detail });
      expect(fields).not.to.contain(PASSWORD);
      expect(fields).not.to.contain('not-the-password');
      expect(fields).not.to.contain(code);
    }
  });
});

describe('code step errors', () => {
  it('a wrong code is announced, marked on the field, cleared, and the field takes focus', async () => {
    const login = await Login.open({ step: 'F2.code' });
    await login.accessible();
    const code = await login.lastCode('kari@hk.example');
    const wrong = code === '000000' ? '111111' : '000000';
    login.fill('Code', wrong);
    await login.until((s) => contextOf(s).error?.code === 'code_invalid' && !s.hasTag('busy'));
    expect(login.announcement?.textContent).to.equal('The code is not right. You can try 4 more times.');
    const field = login.field('Code');
    expect(field.value).to.equal('');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(login.focused).to.equal(field);
    await login.accessible();
  });

  it('shows the resend cool-down as text, and the resend button says it is not available yet', async () => {
    const login = await Login.open({ step: 'F2.code' });
    await login.accessible();
    // The time left beside the resend link, and read with it.
    const countdown = login.root.querySelector('[part=countdown]')!;
    expect(countdown.textContent).to.match(/^\(\d+ seconds\)$/);
    expect(login.button('Send a new code').getAttribute('aria-disabled')).to.equal('true');
    expect(login.button('Send a new code').getAttribute('aria-describedby')).to.equal(countdown.id);
    const code = login.field('Code');
    expect([code.inputMode, code.autocomplete, code.maxLength]).to.deep.equal(['numeric', 'one-time-code', 6]);
  });
});

describe('service unavailable', () => {
  it('says so, counts the Retry-After down on a disabled "Try again", then gets going once the service is back', async () => {
    const login = await Login.open({ tenant: 'hk', step: 'F10.unavailable' });
    await login.accessible();
    const base = login.base;
    // One message for the state: the error with its wait, not a second general sentence under it.
    expect(login.root.textContent).not.to.contain('We could not reach the service');
    const button = () => login.root.querySelector<HTMLButtonElement>('[part~=primary-button]')!;
    expect(button().textContent?.trim()).to.match(/^Try again \((30|29) seconds\)$/);
    expect(button().getAttribute('aria-disabled')).to.equal('true');
    expect(login.error).to.match(/Try again in (30|29) seconds\.$/);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await login.el.updateComplete;
    expect(login.error, 'the countdown ticks').to.match(/Try again in 2[78] seconds\.$/);
    await mock.knobs(base, { fail: {} });
    button().click();
    expect(login.step, 'not inside the Retry-After').to.equal('unavailable');
  });
});
