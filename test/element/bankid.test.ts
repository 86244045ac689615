/*
 * F8 Mobile BankID through the element: the choice of device, the animated QR drawn as
 * SVG, the autostart link, BankID's status words, cancel and try again. The mock's
 * orders age on its own clock (moved with POST /__mock/clock); the widget polls it.
 */
import { expect } from '@open-wc/testing';
import { Login, mock, press } from './harness.js';
import { orderOf } from '../support/state.js';

/** From the sign-in form to BankID: on a computer the QR code at once, "BankID on this device" under it. */
async function chooseDevice(device: 'this' | 'another', outcome?: string): Promise<Login> {
  const login = await Login.open({ tenant: 'minasidor' });
  if (outcome) await mock.knobs(login.base, { bankid: outcome });
  await login.at('signIn');
  login.press('Mobile BankID');
  await login.until((s) => Boolean(orderOf(s)?.qrData));
  if (device === 'this') login.press('BankID on this device');
  return login;
}

/** Reads the QR code the way a phone would: the rendered SVG, rasterised and decoded by jsQR. */
async function scan(svgElement: SVGSVGElement): Promise<string | undefined> {
  const jsQR = await loadJsQR();
  const source = new XMLSerializer().serializeToString(svgElement);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 400, 400);
  const pixels = context.getImageData(0, 0, 400, 400);
  return jsQR(pixels.data, 400, 400)?.data;
}

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** jsQR ships as a UMD script: loaded as a classic script, it defines window.jsQR. */
function loadJsQR(): Promise<JsQR> {
  const existing = (window as unknown as { jsQR?: JsQR }).jsQR;
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve((window as unknown as { jsQR: JsQR }).jsQR);
    script.onerror = reject;
    document.head.append(script);
  });
}

const status = (login: Login) => login.root.querySelector('[part=status]')?.textContent?.trim();

describe('F8 Mobile BankID', () => {
  it('on another device: an enlargeable QR drawn as SVG, status in words, then signed in', async () => {
    const login = await chooseDevice('another');
    await login.until((s) => Boolean(orderOf(s)?.qrData));
    const qr = login.root.querySelector<HTMLButtonElement>('button[part=qr]')!;
    expect(qr.querySelector('svg')?.getAttribute('aria-label')).to.equal('QR code for the BankID app');
    const qrData = orderOf(login.el.actor!.getSnapshot())!.qrData!;
    expect(await scan(qr.querySelector('svg')!), 'a phone reads what the order says').to.equal(qrData);
    expect(status(login)).to.equal('Open the BankID app on your phone or tablet and scan the QR code.');
    expect(login.root.querySelector('[part=status]')?.getAttribute('role')).to.equal('status');
    expect(login.focused).to.equal(login.root.querySelector('#nl-heading'));
    await login.accessible();

    // Enlarged over the page, inside the screen, whole pixels per module; Esc closes it, focus comes back.
    qr.focus();
    qr.click();
    const dialog = login.root.querySelector<HTMLDialogElement>('dialog[part=qr-dialog]')!;
    expect(dialog.open).to.equal(true);
    const large = dialog.querySelector('svg')!;
    const modules = Number(large.getAttribute('viewBox')!.split(' ')[2]);
    const width = large.getBoundingClientRect().width;
    expect(width).to.be.above(200).and.at.most(window.innerWidth);
    expect(width % modules, 'a whole number of pixels per module').to.equal(0);
    expect(await scan(large), 'the enlarged code reads the same').to.equal(orderOf(login.el.actor!.getSnapshot())!.qrData);
    await login.accessible();
    await press('Escape');
    expect(dialog.open).to.equal(false);
    expect(login.focused).to.equal(qr);

    await mock.clock(login.base, 9);
    await login.until((s) => orderOf(s)?.hintCode === 'userSign');
    expect(login.root.querySelector('button[part=qr]'), 'no QR once scanned').to.equal(null);
    expect(status(login)).to.equal('Enter your security code in the BankID app and select Identify or Sign.');
    await mock.clock(login.base, 6);
    await login.reach('signedIn');
  });

  it("on this device: a link to the server's launch address", async () => {
    const login = await chooseDevice('this');
    await login.until((s) => Boolean(orderOf(s)?.launchUrl));
    const link = login.button('Start the BankID app') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.href).to.equal(orderOf(login.el.actor!.getSnapshot())!.launchUrl);
    expect(link.href).to.match(/^bankid:\/\/\/\?autostarttoken=[0-9a-f-]{36}&redirect=null$/);
    await login.accessible();
    login.press('Cancel');
    await login.reach('bankid', 'choosing');
    login.press('Back');
    await login.reach('signIn');
  });

  it('says an order already under way once, not in an error box and a status line both', async () => {
    const login = await Login.open({ tenant: 'minasidor' });
    await mock.knobs(login.base, { bankid: 'alreadyInProgress' });
    await login.at('signIn');
    login.press('Mobile BankID');
    await login.reach('bankid', 'failed');
    const said = [login.error, status(login)].filter((text) => text);
    expect(said, 'one message').to.have.length(1);
  });

  it('says the user cancelled in the app, and tries again with a fresh order', async () => {
    const login = await chooseDevice('another', 'userCancel');
    await login.until((s) => Boolean(orderOf(s)?.qrData));
    const firstOrder = orderOf(login.el.actor!.getSnapshot())!.orderId;
    await mock.clock(login.base, 15);
    await login.reach('bankid', 'failed');
    expect(status(login)).to.equal('Action cancelled.');
    login.press('Try again');
    await login.until((s) => Boolean(orderOf(s)?.orderId) && orderOf(s)?.orderId !== firstOrder);
  });
});
