/*
 * The fault matrix: every operation the widget calls on its first load, in F1 with the
 * SMS second factor, F2, F8, F10 and F12, answered with each of nine network faults, in
 * each of the four languages. Every cell must show the failure in the page's language
 * (or, where the failure cannot matter to the user, carry on as if nothing happened),
 * keep what was typed, stop spinning within the widget's own time limit, throw nothing,
 * and reach the journey's goal once the fault is lifted, by the ways on the screen offers.
 */
import { expect } from '@open-wc/testing';
import { withTemplates } from '../../src/i18n/msg.js';
import type { Locale } from '../../src/i18n/locale-controller.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { screenContext } from '../../src/shell/children.js';
import { errorText } from '../../src/ui/error-messages.js';
import { mock, newSandbox, until } from '../support/mock.js';
import { errorOf, isAt, isBusy, positionOf } from '../support/state.js';
import { drive, JOURNEYS, REQUEST_TIMEOUT_MS, step, Widget, type Journey, type Snapshot } from './journeys.js';
import { FAULTS, inject, installFaultyNetwork, type Fault, type FaultyOperation } from './network.js';

const LANGUAGES: Locale[] = ['da', 'nb', 'sv', 'en'];
const BOOT: FaultyOperation[] = ['getConfig', 'getSession', 'getCurrentBankIdOrder'];

/** The error code each fault must be shown as. */
const SHOWN_AS: Record<Exclude<Fault, 'extra'>, string> = {
  '500': 'internal_error',
  '503': 'service_unavailable',
  '429': 'rate_limited',
  hang: 'timeout',
  refused: 'network',
  malformed: 'unexpected_response',
  missing: 'unexpected_response',
  '502-html': 'internal_error',
};

/**
 * Cells where the user is rightly told nothing: unknown extra fields are allowed; the
 * check for a resumable BankID order on page load is a convenience (without it the user
 * simply starts anew); a cancel is finished in the background; and an answer without a
 * body (sign-out) has no field to miss.
 */
const quiet = (operation: FaultyOperation, fault: Fault) =>
  fault === 'extra' ||
  operation === 'getCurrentBankIdOrder' ||
  operation === 'cancelBankIdOrder' ||
  (operation === 'signOut' && (fault === 'missing' || fault === 'malformed'));

interface Outcome {
  cell: string;
  problems: string[];
}

const i18nOf = (w: Widget) => (w.el as unknown as { localeController: { locale: Locale; templates: TemplateMap } }).localeController;

async function trigger(w: Widget, operation: FaultyOperation): Promise<void> {
  if (operation === 'resendCode') {
    // Past the server's cool-down; the button's own countdown is the element's clock, so the user's press is sent as it.
    await mock.clock(w.base, 31);
    w.el.actor!.send({ type: 'code.resend' });
  } else if (operation === 'cancelBankIdOrder') {
    w.click('[part~=cancel-button]');
  } else {
    await step(w);
  }
}

async function runCell(journey: Journey, operation: FaultyOperation, fault: Fault, lang: Locale, container: HTMLElement): Promise<Outcome> {
  const cell = `${journey.name} / ${operation} / ${fault} / ${lang}`;
  const problems: string[] = [];
  const base = newSandbox();
  let w: Widget;
  let injected;
  if (BOOT.includes(operation)) {
    injected = inject(base, operation, fault);
    w = await Widget.mount(journey, lang, base, container);
  } else {
    w = await Widget.mount(journey, lang, base, container);
    await drive(w, journey.operations[operation]!, 20_000);
    injected = inject(base, operation, fault);
    await trigger(w, operation);
  }
  const field = journey.typed?.[operation];
  try {
    if (quiet(operation, fault)) {
      if (operation === 'cancelBankIdOrder') {
        await w.until((s) => isAt(s, 'bankid', 'choosing'), 500).catch(() => problems.push('cancel did not go back at once'));
      }
    } else {
      const shown = await w
        .until((s: Snapshot) => errorOf(s) !== undefined && !isBusy(s), 3 * REQUEST_TIMEOUT_MS + 3000)
        .catch(() => undefined);
      if (!shown) problems.push(`no error within the time limit (at ${positionOf(w.snapshot)})`);
      else {
        const { error: shownError, now } = screenContext(shown);
        const error = shownError!;
        if (error.code !== SHOWN_AS[fault as Exclude<Fault, 'extra'>]) problems.push(`shown as ${error.code}`);
        const i18n = i18nOf(w);
        if (i18n.locale !== lang) problems.push(`the widget speaks ${i18n.locale}`);
        const expected = withTemplates(i18n.templates, () => errorText(error, now, lang));
        const text = w.root.querySelector('#nl-error')?.textContent?.trim();
        if (text !== expected) problems.push(`shows "${text}", not "${expected}"`);
        if (w.root.querySelector('.spinner')) problems.push('still spinning');
        if (field && w.value(field) !== journey.who) problems.push(`${field} lost: "${w.value(field)}"`);
      }
    }
    await until(() => injected.hits > 0, 5000).catch(() => problems.push('the fault was never hit'));
    injected.lift();
    await drive(w, journey.goal, 25_000).catch((error: Error) => problems.push(`after the fault was lifted: ${error.message}`));
  } finally {
    injected.lift();
    w.el.remove();
  }
  return { cell, problems };
}

describe('fault matrix', () => {
  let network: { restore(): void };
  let container: HTMLElement;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  beforeEach(() => {
    network = installFaultyNetwork();
    container = document.body.appendChild(document.createElement('div'));
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    network.restore();
    container.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  let cells = 0;
  for (const journey of JOURNEYS) {
    for (const operation of Object.keys(journey.operations) as FaultyOperation[]) {
      it(`${journey.name}: ${operation}, nine faults in da, nb, sv and en`, async function (this: { timeout(ms: number): void }) {
        this.timeout(90_000);
        const outcomes = await Promise.all(
          FAULTS.flatMap((fault) => LANGUAGES.map((lang) => runCell(journey, operation, fault, lang, container))),
        );
        cells += outcomes.length;
        const failed = outcomes.filter((o) => o.problems.length > 0).map((o) => `${o.cell}: ${o.problems.join('; ')}`);
        expect(failed, failed.join('\n')).to.deep.equal([]);
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
      });
    }
  }

  it('ran every cell', () => {
    expect(cells).to.equal(17 * FAULTS.length * LANGUAGES.length);
    console.log(`fault matrix: ${cells} cells (${cells / LANGUAGES.length} per language) passed`);
  });
});
