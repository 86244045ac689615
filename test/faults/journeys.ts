/*
 * The journeys a fault is tried on, and a driver that walks a widget towards a
 * journey's goal as a person would: whatever screen it shows (a form, a code, a failure
 * with "Try again" or "Start over", a BankID order), it takes the next step there.
 * Language-neutral: fields by name, buttons by part, so one journey runs in every language.
 */
import { waitFor } from 'xstate';
import '../../src/index.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import { mock } from '../support/mock.js';
import { errorOf, isAt, isBusy, orderOf, positionOf, stepOf, subStateOf, contextOf } from '../support/state.js';
import { NEW_PASSWORD, PASSWORD } from '../support/steps.js';
import type { LoginSnapshot as Snapshot } from '../support/driver.js';
import { Widget as Harness } from '../support/widget.js';
import type { FaultyOperation } from './network.js';

export type { Snapshot };

/** The widget's time limit per request in these tests; the element's default is 15 s. */
export const REQUEST_TIMEOUT_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Widget extends Harness {
  /** When the mock's order clock was last moved on: once per collect round is enough. */
  clockMoved = 0;

  constructor(
    el: NordicLogin,
    base: string,
    readonly journey: Journey,
  ) {
    super(el, base);
  }

  /**
   * A new widget on the page, in `lang`, for `journey`'s tenant, talking to the sandbox
   * `base`. It starts in the microtask after it is added (once its attributes are set):
   * this resolves once it has.
   */
  static async mount(journey: Journey, lang: string, base: string, container: HTMLElement): Promise<Widget> {
    const el = document.createElement('nordic-login');
    el.setAttribute('api-base', base);
    el.setAttribute('tenant', journey.tenant);
    el.setAttribute('lang', lang);
    el.setAttribute('request-timeout', String(REQUEST_TIMEOUT_MS));
    container.append(el);
    await null;
    return new Widget(el, base, journey);
  }

  fill(name: string, value: string): void {
    const input = this.root.querySelector<HTMLInputElement>(`input[name=${name}]`);
    if (!input) throw new Error(`no input ${name} on ${stepOf(this.snapshot)}`);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  }

  value(name: string): string | undefined {
    return this.root.querySelector<HTMLInputElement>(`input[name=${name}]`)?.value;
  }

  submit(): void {
    this.root.querySelector<HTMLButtonElement>('form button[type=submit]')?.click();
  }

  /** Clicks the `index`-th element matching `selector`, unless it says it is disabled. */
  click(selector: string, index = 0): boolean {
    const target = this.root.querySelectorAll<HTMLElement>(selector)[index];
    if (!target || target.getAttribute('aria-disabled') === 'true') return false;
    target.click();
    return true;
  }
}

export interface Journey {
  name: string;
  tenant: string;
  /** Who signs in (identifier, or e-mail for activation). */
  who: string;
  /** The operations it calls, each with the point just before the user's next step calls it. */
  operations: Partial<Record<FaultyOperation, (s: Snapshot) => boolean>>;
  /** Where the journey ends well. */
  goal: (s: Snapshot) => boolean;
  /** The user's step on the sign-in form (sign in, or open another flow). */
  fromSignIn: (w: Widget) => void;
  /** The user's step on the signed-in screen, where that is not the goal. */
  fromSignedIn?: (w: Widget) => void;
  /** The field whose typed value must survive a failure of the step it was sent with. */
  typed?: Partial<Record<FaultyOperation, string>>;
}

const at = (step: string, sub?: string) => (s: Snapshot) => isAt(s, step, sub) && !isBusy(s) && !s.hasTag('blocked');
const signedIn = (s: Snapshot) => stepOf(s) === 'signedIn' && !isBusy(s);
const beforeFirstStep = () => true;

const signInWith = (w: Widget) => {
  w.fill('identifier', w.journey.who);
  w.fill('password', PASSWORD);
  w.submit();
};
const openFlow = (flow: 'activation' | 'forgotPassword') => (w: Widget) => w.el.actor!.send({ type: 'flow.start', flow });

export const JOURNEYS: Journey[] = [
  {
    name: 'start',
    tenant: 'demo',
    who: 'anna@example.com',
    operations: { getConfig: beforeFirstStep, getSession: beforeFirstStep, getCurrentBankIdOrder: beforeFirstStep },
    goal: (s) => ['welcome', 'signIn'].includes(stepOf(s)) && !isBusy(s),
    fromSignIn: signInWith,
  },
  {
    name: 'F1 with the SMS second factor',
    tenant: 'demo',
    who: 'nils@example.com',
    operations: { signInWithPassword: at('signIn'), verifyCode: at('code', 'idle'), resendCode: at('code', 'idle') },
    goal: signedIn,
    fromSignIn: signInWith,
    typed: { signInWithPassword: 'identifier' },
  },
  {
    name: 'F2 activation',
    tenant: 'hk',
    who: 'kari@hk.example',
    operations: { startActivation: at('activation'), verifyCode: at('code', 'idle'), setPassword: at('setPassword') },
    goal: signedIn,
    fromSignIn: openFlow('activation'),
    typed: { startActivation: 'email' },
  },
  {
    name: 'F8 Mobile BankID',
    tenant: 'minasidor',
    who: '556677',
    operations: {
      // On a computer the order (and its QR code) starts as the user chooses BankID.
      startBankIdOrder: at('signIn'),
      getBankIdQr: at('signIn'),
      collectBankIdOrder: at('signIn'),
      cancelBankIdOrder: (s) => stepOf(s) === 'bankid' && Boolean(orderOf(s)?.qrData),
    },
    goal: signedIn,
    fromSignIn: (w) => w.click('[part~=bankid-button]'),
  },
  {
    name: 'F10 signing out',
    tenant: 'demo',
    who: 'anna@example.com',
    operations: { signOut: at('signedIn') },
    goal: (s) => ['welcome', 'signIn'].includes(stepOf(s)) && !contextOf(s).user && !isBusy(s),
    fromSignIn: signInWith,
    fromSignedIn: (w) => w.click('[part~=sign-out-button]'),
  },
  {
    name: 'F12 forgot password',
    tenant: 'demo',
    who: 'anna@example.com',
    operations: { startPasswordReset: at('forgotPassword'), verifyCode: at('code', 'idle'), setPassword: at('setPassword') },
    goal: signedIn,
    fromSignIn: openFlow('forgotPassword'),
    typed: { startPasswordReset: 'identifier' },
  },
];

/**
 * One step of the user towards the goal from whatever the widget shows: the ways on a
 * failure offers first ("Start over", "Try again" once it may be pressed), then the
 * journey's own next step.
 */
export async function step(w: Widget): Promise<void> {
  const s = w.snapshot;
  if (isBusy(s) || s.hasTag('blocked')) return;
  if (w.click('[part~=start-over-button]')) return;
  const sub = subStateOf(s);
  switch (stepOf(s)) {
    case 'unavailable':
      w.click('[part~=primary-button]');
      return;
    case 'welcome':
      w.click('[part~=primary-button]');
      return;
    case 'signIn':
      w.journey.fromSignIn(w);
      return;
    case 'activation':
      w.fill('email', w.journey.who);
      w.submit();
      return;
    case 'forgotPassword':
      w.fill('identifier', w.journey.who);
      w.submit();
      return;
    case 'code':
      // The code field sends itself once complete.
      w.fill('code', await mock.lastCode(w.base));
      return;
    case 'setPassword':
      w.fill('password', NEW_PASSWORD);
      w.fill('confirm', NEW_PASSWORD);
      w.submit();
      return;
    case 'signedIn':
      w.journey.fromSignedIn?.(w);
      return;
    case 'bankid':
      if (sub === 'choosing') w.click('[part=methods] [part~=method-button]', 1);
      else if (sub === 'failed') w.click('[part~=primary-button]');
      // The phone scans the QR code, then the user signs in the app (the mock's order clock),
      // each once the last collect has seen the previous move.
      else if (Date.now() - w.clockMoved > 2500) {
        const hint = orderOf(s)?.hintCode;
        const seconds = hint === 'outstandingTransaction' && orderOf(s)?.qrData ? 9 : hint === 'userSign' ? 6 : 0;
        if (seconds) {
          w.clockMoved = Date.now();
          await mock.clock(w.base, seconds);
        }
      }
      return;
  }
}

/** Steps until `goal` holds, waiting for each step to show its effect; fails after `ms`. */
export async function drive(w: Widget, goal: (s: Snapshot) => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!goal(w.snapshot)) {
    if (Date.now() > deadline) throw new Error(`${w.journey.name}: stuck at ${positionOf(w.snapshot)} (error ${errorOf(w.snapshot)?.code ?? 'none'})`);
    const before = w.snapshot;
    await w.el.updateComplete;
    await step(w);
    await waitFor(w.el.actor!, (s) => s !== before, { timeout: 1000 }).catch(() => undefined);
    await w.el.updateComplete;
    await sleep(20);
  }
  // The goal may have been reached while sleeping: its step shows (its view may still be loading).
  await w.el.updateComplete;
}
