/*
 * Theming: a brand's colours in both schemes, the buttons' states derived from the
 * primary colour, the sizes a brand may change, and motion only for those who want it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import { mock, newSandbox } from '../support/mock.js';
import { Login } from './harness.js';
import { contextOf } from '../support/state.js';

/** A brand that sets its light colours only, as most portals do. */
const BRAND = '--nl-color-primary: #003366; --nl-color-on-primary: #ffffff; --nl-color-background: #ffffff; --nl-color-surface: #ffffff; --nl-color-text: #111111; --nl-color-border: #666666;';

async function signIn(theme: string, style = BRAND): Promise<Login> {
  const el = await fixture<NordicLogin>(
    html`<nordic-login api-base=${newSandbox()} tenant="demo" lang="en" start="signIn" theme=${theme} style=${style}></nordic-login>`,
  );
  const login = new Login(el, '');
  await login.at('signIn');
  return login;
}

/** [r, g, b] in 0..1 of a computed colour: rgb()/rgba() or color(srgb ...) (what color-mix() computes to). */
function channels(colour: string): number[] {
  const srgb = colour.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/);
  if (srgb) return srgb.slice(1, 4).map(Number);
  const rgb = colour.match(/rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)/);
  if (rgb) return rgb.slice(1, 4).map((c) => Number(c) / 255);
  throw new Error(`not a colour: ${colour}`);
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const style = (element: Element) => getComputedStyle(element);

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

describe('a brand in the dark scheme', () => {
  it('keeps the card dark, the checkbox and the buttons readable, and passes axe', async () => {
    const login = await signIn('dark');
    const frame = login.root.querySelector('[part=base]')!;
    const background = style(frame).backgroundColor;
    expect(luminance(background)).to.be.below(0.05);
    expect(luminance(style(login.field('E-mail address')).backgroundColor)).to.be.below(0.05);
    expect(luminance(style(frame).color)).to.be.above(0.6);
    // The checkbox is drawn in the accent colour: the brand's primary, lightened for dark.
    const checkbox = login.root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(contrast(style(checkbox).accentColor, background)).to.be.at.least(3);
    const primary = login.root.querySelector('.primary')!;
    expect(contrast(style(primary).color, style(primary).backgroundColor)).to.be.at.least(4.5);
    const link = login.root.querySelector('.link')!;
    expect(contrast(style(link).color, background)).to.be.at.least(4.5);
    await login.accessible();
  });

  it('follows the system when the page did not say light, and takes the brand\'s own dark colours', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const login = await signIn('auto', `${BRAND} --nl-dark-color-primary: #ffcc00; --nl-dark-color-background: #202020;`);
    expect(style(login.root.querySelector('[part=base]')!).backgroundColor).to.equal('rgb(32, 32, 32)');
    expect(style(login.root.querySelector('.primary')!).backgroundColor).to.equal('rgb(255, 204, 0)');
    await login.accessible();
  });

  it('leaves the light scheme as the brand set it', async () => {
    const login = await signIn('light');
    expect(style(login.root.querySelector('.primary')!).backgroundColor).to.equal('rgb(0, 51, 102)');
    expect(style(login.root.querySelector('[part=base]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    await login.accessible();
  });
});

describe('button states', () => {
  async function pointAt(element: Element): Promise<void> {
    const box = element.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  }

  for (const theme of ['light', 'dark']) {
    it(`hover and pressed ${theme === 'light' ? 'darken' : 'lighten'} the primary colour (${theme})`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const login = await signIn(theme);
      const primary = login.root.querySelector('.primary')!;
      const rest = style(primary).backgroundColor;
      await pointAt(primary);
      const hover = style(primary).backgroundColor;
      await sendMouse({ type: 'down' });
      const pressed = style(primary).backgroundColor;
      await sendMouse({ type: 'up' });
      await resetMouse();
      const order = theme === 'light' ? [pressed, hover, rest] : [rest, hover, pressed];
      const lum = order.map(luminance);
      expect(lum[0], `${theme}: ${order.join(' < ')}`).to.be.below(lum[1]!);
      expect(lum[1], `${theme}: ${order.join(' < ')}`).to.be.below(lum[2]!);
      // More contrast with its text, never less.
      expect(contrast(style(primary).color, hover)).to.be.above(contrast(style(primary).color, rest));
    });
  }

  it('an invalid input keeps its error border in focus and under the pointer', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const login = await signIn('light');
    login.submit();
    await login.until((s) => contextOf(s).error !== undefined);
    await login.el.updateComplete;
    const invalid = login.root.querySelector<HTMLInputElement>('input[aria-invalid="true"]')!;
    invalid.focus();
    await pointAt(invalid);
    expect(style(invalid).borderTopColor).to.equal('rgb(179, 38, 30)');
  });

  it('takes the brand\'s own hover colour', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const login = await signIn('light', `${BRAND} --nl-color-primary-hover: #001a33;`);
    const primary = login.root.querySelector('.primary')!;
    await pointAt(primary);
    expect(style(primary).backgroundColor).to.equal('rgb(0, 26, 51)');
  });

  it('tints an outlined button under the pointer', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const login = await signIn('light');
    const method = login.root.querySelector('.method:not(.eid)')!;
    expect(style(method).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await pointAt(method);
    expect(style(method).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('move in at most 150 ms, and not at all for those who ask for less motion', async () => {
    let login = await signIn('light');
    const duration = (el: Element) => Math.max(...style(el).transitionDuration.split(',').map((d) => parseFloat(d)));
    expect(duration(login.root.querySelector('.primary')!)).to.be.above(0).and.at.most(0.15);
    await emulateMedia({ reducedMotion: 'reduce' });
    login = await signIn('light');
    expect(duration(login.root.querySelector('.primary')!)).to.equal(0);
  });

  it('busy: the primary button keeps its colour and shows a spinner', async () => {
    const login = await signIn('light');
    await mock.knobs(login.el.apiBase, { delayMs: 1500 });
    login.fill('E-mail address', 'anna@example.com').fill('Password', 'Sommar-2026!').submit();
    await login.until((s) => s.hasTag('busy'));
    await login.el.updateComplete;
    const primary = login.root.querySelector('.primary')!;
    expect(primary.getAttribute('aria-disabled')).to.equal('true');
    expect(primary.querySelector('.spinner')).to.exist;
    expect(style(primary).opacity).to.equal('1');
    expect(login.root.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
  });
});

describe('sizes and fonts a brand may change', () => {
  it('input height, border width, heading font, button weight, and the frame apart from the controls', async () => {
    const login = await signIn(
      'light',
      '--nl-input-height: 3.5rem; --nl-border-width: 2px; --nl-heading-font-family: Georgia, serif; --nl-button-font-weight: 700; --nl-radius: 2px; --nl-frame-radius: 20px; --nl-frame-border: 3px solid rgb(1, 2, 3); --nl-frame-shadow: rgb(0, 0, 0) 0px 2px 8px 0px;',
    );
    const input = login.field('E-mail address');
    expect(input.getBoundingClientRect().height).to.equal(56);
    expect(style(input).borderTopWidth).to.equal('2px');
    expect(style(input).borderTopLeftRadius).to.equal('2px');
    expect(style(login.root.querySelector('.heading')!).fontFamily).to.equal('Georgia, serif');
    expect(style(login.root.querySelector('.primary')!).fontWeight).to.equal('700');
    const frame = login.root.querySelector('[part=base]')!;
    expect(style(frame).borderTopLeftRadius).to.equal('20px');
    expect(style(frame).borderTop).to.equal('3px solid rgb(1, 2, 3)');
    expect(style(frame).boxShadow).to.equal('rgb(0, 0, 0) 0px 2px 8px 0px');
  });
});

describe('the rules of a step that loads when it is first shown', () => {
  it('come with it into the shadow root, once, and read the brand\'s tokens', async () => {
    const login = await Login.open({ tenant: 'hk' });
    login.el.style.setProperty('--nl-color-muted', 'rgb(1, 2, 3)');
    await login.at('signIn');
    const sheets = login.root.adoptedStyleSheets.length;
    await login.openFlow('Activate your account');
    await login.at('activation');
    login.fill('E-mail address', 'kari@hk.example').submit();
    await login.reach('code');
    expect(style(login.field('Code')).fontFamily).to.contain('monospace');
    expect(style(login.root.querySelector('.countdown')!).color).to.equal('rgb(1, 2, 3)');
    expect(login.root.adoptedStyleSheets.length).to.equal(sheets + 1);
    login.press('Back');
    await login.at('activation');
    login.submit();
    await login.reach('code');
    expect(login.root.adoptedStyleSheets.length).to.equal(sheets + 1);
  });
});
