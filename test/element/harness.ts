/*
 * Drives <nordic-login> the way a person does: finds fields by their visible label,
 * types, pastes, presses buttons by their text, and checks each step it waits for with
 * axe. Reaching a step and checking it shows is the shared harness's (test/support), and
 * each widget talks to a sandbox of the mock of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import type { ConfigOverrides } from '../../src/shell/overrides.js';
import type { Screen } from '../../src/shell/login.machine.js';
import { mock, newSandbox } from '../support/mock.js';
import { openAt, type Opening, type StepName } from '../support/steps.js';
import { stepOf } from '../support/state.js';
import type { Where } from '../support/driver.js';
import { Widget } from '../support/widget.js';

export { mock };
export { NEW_PASSWORD, PASSWORD } from '../support/steps.js';

export interface LoginOptions extends Opening {
  lang?: string;
  theme?: string;
  /** The integrator's overrides of the tenant's configuration (the element's configOverrides). */
  configOverrides?: ConfigOverrides;
  /** Brings the widget to this step of the harness (test/support/steps.ts). */
  step?: StepName;
}

/** The element's events of one kind, as they arrive. */
export function record<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

export class Login extends Widget {
  /** A widget in a sandbox of its own (the demo tenant's by default), brought to `step` if given. */
  static async open(options: LoginOptions = {}): Promise<Login> {
    const mount = async (base: string, tenant: string) => {
      const el = await fixture<NordicLogin>(
        html`<nordic-login
          api-base=${base}
          tenant=${tenant}
          lang=${options.lang ?? 'en'}
          theme=${options.theme ?? nothing}
          .configOverrides=${options.configOverrides}
        ></nordic-login>`,
      );
      return new Login(el, base);
    };
    if (options.step) return openAt(options.step, options, mount);
    return mount(options.base ?? newSandbox(), options.tenant ?? 'demo');
  }

  /** The input, select or fieldset a visible label names. */
  field(label: string): HTMLInputElement {
    const labels = [...this.root.querySelectorAll('label')];
    const found = labels.find((l) => l.textContent?.trim() === label) ?? labels.find((l) => l.textContent?.trim().startsWith(label));
    if (!found) throw new Error(`no field labelled "${label}"; labels: ${labels.map((l) => l.textContent?.trim()).join(' | ')}`);
    const control = found.htmlFor ? this.root.getElementById(found.htmlFor) : found.querySelector('input');
    if (!control) throw new Error(`label "${label}" names no control`);
    return control as HTMLInputElement;
  }

  /** Types into a field as a user would: focus, a value, an input event. */
  fill(label: string, value: string): this {
    const input = this.field(label);
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
    return this;
  }

  /** Chooses an option of a <select> by value. */
  choose(label: string, value: string): this {
    const select = this.field(label) as unknown as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return this;
  }

  /** Pastes text into a field through a real paste event with clipboard data. */
  paste(label: string, text: string): this {
    const input = this.field(label);
    input.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
    return this;
  }

  /** Every button and button-like link, by its text (an icon button by its aria-label). */
  button(text: string): HTMLElement {
    const buttons = [...this.root.querySelectorAll<HTMLElement>('button, a.button')];
    const name = (b: HTMLElement) => b.textContent?.trim() || b.getAttribute('aria-label') || '';
    const found = buttons.find((b) => name(b) === text);
    if (!found) throw new Error(`no button "${text}"; buttons: ${buttons.map(name).join(' | ')}`);
    return found;
  }

  /** Whether the step shows a button named `text`. */
  has(text: string): boolean {
    return [...this.root.querySelectorAll<HTMLElement>('button, a.button')].some((b) => (b.textContent?.trim() || b.getAttribute('aria-label')) === text);
  }

  /**
   * Opens a flow from sign-in as a person does: by its own link, else by "Register" (one
   * flow: straight to it; several: the chooser, then the flow's button).
   */
  async openFlow(label: string): Promise<this> {
    if (this.has(label) || !this.has('Register')) return this.press(label);
    this.press('Register');
    await this.until((s) => stepOf(s) !== 'signIn');
    if (this.step === 'register') this.press(label);
    return this;
  }

  /** A click as a person makes it: the button takes focus, then activates. */
  press(text: string): this {
    const button = this.button(text);
    button.focus();
    button.click();
    return this;
  }

  /** Sends the current form with its submit button. */
  submit(): this {
    const button = this.root.querySelector<HTMLButtonElement>('form button[type=submit]');
    if (!button) throw new Error('this step has no submit button');
    button.focus();
    button.click();
    return this;
  }

  /** The error shown in place, if any. */
  get error(): string | undefined {
    return this.root.querySelector('#nl-error')?.textContent?.trim();
  }

  /** The live region's current announcement node. */
  get announcement(): Element | null {
    return this.root.querySelector('[role=alert] p');
  }

  /** Signs in with a password from the sign-in step (passing "I am a customer" where the tenant asks). */
  async signIn(identifier: string, password: string, identifierLabel = 'E-mail address'): Promise<this> {
    if (this.step === 'welcome') {
      this.press('I am a customer');
      await this.at('signIn');
    }
    this.fill(identifierLabel, identifier).fill('Password', password).submit();
    return this;
  }

  /** axe finds nothing wrong with what the widget shows now (once colours have stopped changing: a theme switch fades). */
  async accessible(): Promise<this> {
    await Promise.all(this.root.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined)));
    await expect(this.el).to.be.accessible();
    return this;
  }

  /** Waits for `step`, then checks it with axe: every state the tests pass through is checked. */
  async reach(step: Screen, where?: Where | string): Promise<this> {
    await this.at(step, where);
    return this.accessible();
  }

  /** The code the mock sent last, typed into the code field (which submits itself when complete). */
  async enterCode(to?: string): Promise<this> {
    await this.reach('code');
    this.fill('Code', await this.lastCode(to));
    return this;
  }
}

/** Keyboard: the keys a person presses, through the browser (trusted events). */
export const press = (key: string) => sendKeys({ press: key });
export const type = (text: string) => sendKeys({ type: text });
