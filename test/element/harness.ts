/*
 * Drives <nordic-login> the way a person does: finds fields by their visible label,
 * types, pastes, presses buttons by their text, and waits for the widget to show the
 * next step. Waits follow the machine's snapshots (never a fixed delay), and each
 * widget talks to a sandbox of the mock of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from 'xstate';
import '../../src/index.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import type { ConfigOverrides } from '../../src/shell/overrides.js';
import { stepOf } from '../../src/ui/view.js';
import { isBusy, subStateOf } from '../support/state.js';
import { mock, newSandbox } from '../api/mock-backend.js';

export { mock };

export interface LoginOptions {
  tenant?: string;
  lang?: string;
  /** A sandbox to reuse (its store and outbox); a fresh one by default. */
  base?: string;
  /** The integrator's overrides of the tenant's configuration (the element's configOverrides). */
  configOverrides?: ConfigOverrides;
}

/** The element's events of one kind, as they arrive. */
export function record<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

export class Login {
  constructor(
    readonly el: NordicLogin,
    readonly base: string,
  ) {}

  static async open(options: LoginOptions = {}): Promise<Login> {
    const base = options.base ?? newSandbox();
    const el = await fixture<NordicLogin>(
      html`<nordic-login
        api-base=${base}
        tenant=${options.tenant ?? 'demo'}
        lang=${options.lang ?? 'en'}
        .configOverrides=${options.configOverrides}
      ></nordic-login>`,
    );
    return new Login(el, base);
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get step(): string {
    return stepOf(this.el.actor!.getSnapshot());
  }

  /** Waits until the widget shows `step` (and `sub`, when given) with no request running, rendered. */
  async at(step: string, sub?: string): Promise<this> {
    await waitFor(
      this.el.actor!,
      (s) => stepOf(s) === step && (sub === undefined || subStateOf(s) === sub) && !isBusy(s),
    );
    await this.el.updateComplete;
    return this;
  }

  /** Waits for any snapshot that satisfies `check`, rendered. */
  async until(check: (snapshot: ReturnType<NonNullable<NordicLogin['actor']>['getSnapshot']>) => boolean): Promise<this> {
    await waitFor(this.el.actor!, check);
    await this.el.updateComplete;
    return this;
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

  get heading(): string {
    return this.root.querySelector('#nl-heading')?.textContent?.trim() ?? '';
  }

  /** The error shown in place, if any. */
  get error(): string | undefined {
    return this.root.querySelector('#nl-error')?.textContent?.trim();
  }

  /** The live region's current announcement node. */
  get announcement(): Element | null {
    return this.root.querySelector('[role=alert] p');
  }

  /** What has focus inside the widget. */
  get focused(): Element | null {
    return this.root.activeElement;
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
  async reach(step: string, sub?: string): Promise<this> {
    await this.at(step, sub);
    return this.accessible();
  }

  /** The code the mock sent last, typed into the code field (which submits itself when complete). */
  async enterCode(to?: string): Promise<this> {
    await this.reach('code');
    this.fill('Code', await this.lastCode(to));
    return this;
  }

  async lastCode(to?: string): Promise<string> {
    return mock.lastCode(this.base, to);
  }
}

/** Keyboard: the keys a person presses, through the browser (trusted events). */
export const press = (key: string) => sendKeys({ press: key });
export const type = (text: string) => sendKeys({ type: text });

export const PASSWORD = 'Sommar-2026!';
export const NEW_PASSWORD = 'Vinter-Natt-2027?';
