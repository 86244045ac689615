/*
 * Hostile answers: every address the server hands the widget, set to script
 * (javascript:, data:, vbscript:, mixed case, leading spaces) or to somewhere it has no
 * business, and markup in every string the server returns. Nothing may run, nothing may
 * be followed or linked, and the user is told, with nl-error.
 */
import { expect } from '@open-wc/testing';
import { newSandbox } from '../support/mock.js';
import { isAt, isBusy, stepOf, contextOf } from '../support/state.js';
import { bring, PASSWORD } from '../support/steps.js';
import { drive, Widget, type Journey, type Snapshot } from './journeys.js';
import { installFaultyNetwork, rewrite } from './network.js';

const SCRIPT_URLS = ['javascript:alert(document.domain)', '  JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'JAVASCRIPT:void(0)'];
const MARKUP = '<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>';

const journey = (tenant: string, who = 'anna@example.com'): Journey => ({
  name: tenant,
  tenant,
  who,
  operations: {},
  goal: () => true,
  fromSignIn: (w) => {
    w.fill('identifier', who);
    w.fill('password', PASSWORD);
    w.submit();
  },
});

/** Collects what the element asks of the page: navigations (cancelled, never followed) and errors. */
function watch(w: Widget) {
  const navigations: string[] = [];
  const errors: string[] = [];
  w.el.addEventListener('nl-navigate', (event) => {
    event.preventDefault();
    navigations.push(event.url);
  });
  w.el.addEventListener('nl-error', (event) => errors.push(event.code));
  return { navigations, errors };
}

const onScreen = (step: string) => (s: Snapshot) => stepOf(s) === step && !isBusy(s);
const hrefs = (w: Widget) => [...w.root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');

describe('hostile answers', () => {
  let network: { restore(): void };
  let container: HTMLElement;
  beforeEach(() => {
    network = installFaultyNetwork();
    container = document.body.appendChild(document.createElement('div'));
    delete (window as { __pwned?: boolean }).__pwned;
  });
  afterEach(() => {
    network.restore();
    container.remove();
    expect((window as { __pwned?: boolean }).__pwned, 'script from the network ran').to.equal(undefined);
  });

  it("the tenant's new-customer link: script refused with a message, an https page followed", async () => {
    for (const url of [...SCRIPT_URLS, 'https://portal.example/become-a-customer']) {
      const base = newSandbox();
      rewrite(base, 'getConfig', (config) => {
        (config.links as Record<string, string>).newCustomer = url;
      });
      const w = await Widget.mount(journey('polarkraft'), 'sv', base, container);
      const seen = watch(w);
      await w.at('welcome', { timeoutMs: 5000 });
      w.click('[part~=secondary-button]');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await w.el.updateComplete;
      if (url.startsWith('https:')) {
        expect(seen.navigations, url).to.deep.equal([url]);
      } else {
        expect(seen.navigations, url).to.deep.equal([]);
        expect(seen.errors, url).to.deep.equal(['unsafe_url']);
        expect(w.root.querySelector('#nl-error')?.textContent, url).to.contain('inte är säker');
      }
      expect(hrefs(w).some((href) => !/^(https?:|mailto:|tel:)/.test(href)), url).to.equal(false);
      w.el.remove();
    }
  });

  it("an identity provider's redirect: script refused with a message, never followed", async () => {
    for (const url of [...SCRIPT_URLS, 'http://idp.example/authorize']) {
      const base = newSandbox();
      rewrite(base, 'startIdentityProvider', (answer) => {
        answer.redirectUrl = url;
      });
      const w = await Widget.mount(journey('nokas'), 'da', base, container);
      const seen = watch(w);
      await w.at('signIn', { timeoutMs: 5000 });
      w.click('[part=methods] [part~=method-button]');
      await w.at('signIn', { when: (s) => contextOf(s).error !== undefined, timeoutMs: 5000 });
      expect(seen.navigations, url).to.deep.equal([]);
      expect(seen.errors, url).to.deep.equal(['unsafe_url']);
      expect(w.root.querySelector('#nl-error')?.textContent, url).to.contain('ikke er sikker');
      w.el.remove();
    }
  });

  it("BankID's launch address: only bankid:/// and https://app.bankid.com/ are linked", async () => {
    const refused = [...SCRIPT_URLS, 'https://evil.example/?autostarttoken=x', 'http://app.bankid.com/?autostarttoken=x', 'https://app.bankid.com.evil.example/', 'bankid://evil/'];
    for (const url of refused) {
      const base = newSandbox();
      rewrite(base, 'startBankIdOrder', (order) => {
        order.launchUrl = url;
      });
      const w = await Widget.mount({ ...journey('minasidor'), fromSignIn: (v) => v.click('[part~=bankid-button]') }, 'en', base, container);
      const seen = watch(w);
      // Whatever the order's device, a launch address that is not BankID's own is refused.
      await drive(w, (s) => isAt(s, 'bankid', 'failed'), 5000);
      expect(seen.errors, url).to.deep.equal(['unsafe_url']);
      expect(hrefs(w), url).to.deep.equal([]);
      w.el.remove();
    }
  });

  it('support contacts: mailto: and tel: carry the address and number alone', async () => {
    const cases = [
      { email: 'kundservice@example.se', phone: '+46 8 123 45 67', links: ['tel:+4681234567', 'mailto:kundservice@example.se'] },
      { email: 'help@example.se?subject=x&bcc=thief@evil.example', phone: '+46 8 123?x=1', links: [] },
      { email: 'javascript:alert(1)//@example.se', phone: 'javascript:alert(1)', links: [] },
    ];
    for (const contact of cases) {
      const base = newSandbox();
      rewrite(base, 'getConfig', (config) => {
        config.support = { email: contact.email, phone: contact.phone };
      });
      const w = await Widget.mount(journey('minasidor'), 'sv', base, container);
      await bring(w, 'F7a.contactSupport');
      expect(hrefs(w), contact.email).to.deep.equal(contact.links);
      expect(w.root.textContent, 'shown as text').to.contain(contact.email);
      w.el.remove();
    }
  });

  it('markup in every string the server returns is shown as text', async () => {
    const base = newSandbox();
    rewrite(base, 'getConfig', (config) => {
      (config.tenant as Record<string, string>).name = `Portal ${MARKUP}`;
      (config.methods as { identityProviders: { id: string; name: string }[] }).identityProviders = [{ id: 'azure', name: `Azure ${MARKUP}` }];
    });
    rewrite(base, 'signInWithPassword', (step) => {
      if (step.challenge) (step.challenge as Record<string, string>).destination = `+45 ${MARKUP}`;
    });
    rewrite(base, 'verifyCode', (step) => {
      if (step.user) (step.user as Record<string, string>).displayName = `Mette ${MARKUP}`;
    });
    const w = await Widget.mount(journey('nokas', 'mette@nokas.example'), 'da', base, container);
    await w.at('signIn', { timeoutMs: 5000 });
    expect(w.root.textContent).to.contain(`Azure ${MARKUP}`);
    await drive(w, onScreen('code'), 5000);
    expect(w.root.textContent).to.contain(`+45 ${MARKUP}`);
    await drive(w, onScreen('signedIn'), 5000);
    expect(w.root.textContent).to.contain(`Mette ${MARKUP}`);
    expect(w.root.querySelectorAll('img, script')).to.have.length(0);
  });
});
