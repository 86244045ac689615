/*
 * F8 when the page goes away and comes back: iOS Safari reloads the tab on the way back
 * from the BankID app, a same-device order comes back with its nonce, a relayed link
 * comes back to the wrong browser, and a page brought back to the foreground collects at once.
 */
import { expect } from '@open-wc/testing';
import { Login, mock } from './harness.js';
import { errorOf, isBusy, orderOf, statePath } from '../support/state.js';

/** The BankID app's return address for the newest same-device order (what the app opens when done). */
async function appReturn(base: string): Promise<string> {
  const response = await fetch(`${base}/__mock/bankid/app`, { credentials: 'include' });
  return (await response.json()).returnUrl;
}

/** Opens the widget again the way a returning or reloaded page does: the address as given, a new element. */
async function reopen(base: string, search: string, api = base): Promise<Login> {
  history.replaceState(null, '', `${location.pathname}${search}`);
  return Login.open({ tenant: 'minasidor', base: api });
}

async function startOrder(device: 'this' | 'another', outcome?: string): Promise<Login> {
  const login = await Login.open({ tenant: 'minasidor' });
  if (outcome) await mock.knobs(login.base, { bankid: outcome });
  await login.at('signIn');
  login.press('Mobile BankID');
  await login.until((s) => Boolean(orderOf(s)?.qrData));
  if (device === 'this') {
    login.press('BankID on this device');
    await login.until((s) => orderOf(s)?.device === 'same' && Boolean(orderOf(s)?.orderId));
  }
  return login;
}

describe('F8 Mobile BankID, away and back', () => {
  it('an order that completed while the page was away (iOS reloads the tab) signs in on return', async () => {
    const away = await startOrder('another');
    away.el.remove();
    await mock.clock(away.base, 14);
    const back = await reopen(away.base, '');
    await back.reach('signedIn');
    expect(back.el.actor!.getSnapshot().context.user?.displayName).to.equal('Sven Svensson');
  });

  it('an order the user cancelled in the app while the page was away says so on return', async () => {
    const away = await startOrder('another', 'userCancel');
    away.el.remove();
    await mock.clock(away.base, 14);
    const back = await reopen(away.base, '');
    await back.reach('bankid', 'failed');
    expect(back.root.querySelector('[part=status]')?.textContent?.trim()).to.equal('Action cancelled.');
  });

  it('same device: the app returns with the nonce, the widget hands it over, and the order completes', async () => {
    const login = await startOrder('this');
    await mock.clock(login.base, 10);
    const returnUrl = new URL(await appReturn(login.base));
    login.el.remove();
    const back = await reopen(login.base, returnUrl.search);
    expect(location.search, 'the nonce leaves the address bar').to.equal('');
    await back.reach('signedIn');
  });

  it('a relayed same-device link: the return in another browser is refused and signs nobody in', async () => {
    const relayer = await startOrder('this');
    await mock.clock(relayer.base, 10);
    const returnUrl = new URL(await appReturn(relayer.base));
    const victim = await reopen(relayer.base, returnUrl.search, relayer.base.replace(/\/api$/, '/device/victim/api'));
    await victim.until((s) => errorOf(s)?.code === 'bankid_return_invalid' && !isBusy(s));
    expect(victim.error).to.equal('This BankID identification was started somewhere else, so it cannot sign you in here. Start again on this page.');
    await victim.accessible();
    expect(victim.el.actor!.getSnapshot().context.user).to.equal(undefined);
    // The relayer's widget never signs in: its order waits for a return that never comes.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(relayer.step).to.equal('bankid');
    expect(relayer.el.actor!.getSnapshot().context.user).to.equal(undefined);
  });

  it('a page that comes back to the foreground collects at once', async () => {
    const login = await startOrder('another');
    await login.until((s) => statePath(s).includes('waiting'));
    await mock.clock(login.base, 14);
    const started = performance.now();
    window.dispatchEvent(new PageTransitionEvent('pageshow'));
    await login.at('signedIn');
    expect(performance.now() - started, 'collected at once, not after the 2 s interval').to.be.below(1000);
  });
});
