/*
 * F8 Mobile BankID: on a computer the animated QR at once, on a phone or tablet the app
 * on this device, the other always one tap away; then the order in BankID's recommended
 * words, with cancel and try again. The status text is a polite live region; the QR
 * shows only while BankID waits for a scan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';
import { bankIdMessageKey } from './bankid-messages.js';
import { actions, backButton, errorNotice, heading, retryButton, secondaryButton } from '../../ui/form.js';
import { bankIdText } from './bankid-texts.js';
import { qrCode } from './qr.js';
import type { Send, View } from '../../ui/view.js';
import type { Locale } from '../../i18n/locale-controller.js';
import { bankidOf } from '../../shell/children.js';
import { busyView, loadFailedView } from '../../shell/status.view.js';
import type { BankIdSnapshot } from './bankid.machine.js';

export { styles } from './bankid.styles.js';

/** The step: the flow's own screen once its machine runs; until then the wait, or "try again" if its code did not come. */
export const bankIdView: View = (snapshot, send, locale) => {
  if (snapshot.matches({ bankid: 'unloaded' })) return loadFailedView(snapshot.context, locale, () => send({ type: 'retry' }));
  const flow = bankidOf(snapshot)?.getSnapshot();
  return flow ? orderView(flow, send, locale) : busyView();
};

function orderView(snapshot: BankIdSnapshot, send: Send, locale: Locale): TemplateResult {
  const { context } = snapshot;
  const bankid = context.order;
  const title = heading(msg('Sign in with Mobile BankID'));
  if (snapshot.matches('choosing') || !bankid) {
    return html`${title} ${errorNotice(context.error, context.now, locale)}
      <div class="methods" part="methods">
        <button type="button" class="method bankid" part="button method-button bankid-button" @click=${() => send({ type: 'bankid.start', device: 'same' })}>
          ${msg('BankID on this device')}
        </button>
        <button type="button" class="method" part="button method-button" @click=${() => send({ type: 'bankid.start', device: 'other' })}>
          ${msg('BankID on another device')}
        </button>
      </div>
      ${actions(back(send))}`;
  }

  const failed = snapshot.matches('failed');
  const key = bankIdMessageKey(bankid.hintCode, {
    device: bankid.device,
    autostartTried: bankid.autostartTried,
    failed,
    mobile: context.mobile,
  });
  // One message per failure: BankID's words for its hint, or the error, never both.
  const status = failed && context.error ? undefined : bankIdText(key, bankid.device);
  const beforeStart = bankid.hintCode === 'outstandingTransaction' || bankid.hintCode === 'noClient';
  const showQr = !failed && bankid.device === 'other' && bankid.hintCode === 'outstandingTransaction' && bankid.qrData;
  // The client let through only BankID's own launch addresses (api/urls.ts).
  const launch = bankid.launchUrl;

  // A failed collect or QR fetch while the order runs is said too; it is being tried again.
  return html`${title}
    ${errorNotice(context.error, context.now, locale)}
    <p class="status" part="status" role="status" aria-live="polite">${status ?? nothing}</p>
    ${showQr ? qrCode(bankid.qrData!) : nothing}
    ${!failed && bankid.device === 'same' && launch && beforeStart ? openApp(launch, send) : nothing}
    ${!failed && beforeStart ? otherDevice(bankid.device, send) : nothing}
    ${actions(
      failed ? retryButton(context, locale, () => send({ type: 'bankid.retry' })) : nothing,
      failed ? back(send) : cancel(send),
    )}`;
}

/* A link, not a script: the app opens from the user's own click (Android requires one). */
const openApp = (href: string, send: Send): TemplateResult =>
  html`<a class="button primary bankid" part="button primary-button bankid-button" href=${href} @click=${() => send({ type: 'bankid.autostartTried' })}>
    ${msg('Start the BankID app')}
  </a>`;

/** BankID's other way in (RFA19/20): the app on this device under the QR code, the QR code under the app. */
const otherDevice = (device: 'same' | 'other', send: Send): TemplateResult =>
  device === 'other'
    ? secondaryButton(msg('BankID on this device'), () => send({ type: 'bankid.start', device: 'same' }), { part: 'device-button' })
    : secondaryButton(msg('BankID on another device'), () => send({ type: 'bankid.start', device: 'other' }), { part: 'device-button' });

/** Ends the running order and returns to the choice of device. */
const cancel = (send: Send): TemplateResult =>
  secondaryButton(msg('Cancel'), () => send({ type: 'bankid.cancel' }), { part: 'cancel-button' });

const back = (send: Send): TemplateResult => backButton(send);
