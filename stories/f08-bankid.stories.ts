import preview from '../.storybook/preview';
import { mock } from '../test/support/mock';
import { orderOf } from '../test/support/state';
import { bring } from '../test/support/steps';
import type { LoginSnapshot } from '../test/support/driver';
import type { Widget } from '../test/support/widget';
import { at, prepare, reach, widgetMeta } from './support';

/**
 * F8 Mobile BankID (Mina sidor): this device or another, the live QR code, BankID's own
 * status words for each hint code, the failures it ends in, and signed in. The mock's
 * orders age on its clock (mock-server/README.md, BankID), which these stories move on;
 * a story that shows one moment of an order freezes that clock, so the moment stays.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F8 BankID', args: { tenant: 'minasidor' } });

/** A BankID outcome for every order of the story's sandbox (the mock's `bankid` knob). */
const outcome = (bankid: string) => prepare(async (base) => void (await mock.knobs(base, { bankid })));

/** The sandbox's clock stands still until a story moves it. */
const frozen = prepare(async (base) => void (await mock.clock(base, 0, true)));

const hint = (code: string) => (s: LoginSnapshot) => orderOf(s)?.hintCode === code;

/** After a cancel: "BankID on this device" or "on another device". */
async function choosing(w: Widget): Promise<LoginSnapshot> {
  return bring(w, 'F8.choosing');
}

/** From the sign-in form: on a computer the QR code at once; "BankID on this device" switches. */
async function start(w: Widget, device: 'same' | 'other'): Promise<LoginSnapshot> {
  return bring(w, device === 'other' ? 'F8.qr' : 'F8.thisDevice');
}

/** Starts an order, moves the clock `seconds` on, and waits for `state` with BankID's hint `code`. */
const after = (device: 'same' | 'other', seconds: number, state: 'pending' | 'failed', code: string) =>
  reach(async (w) => {
    await start(w, device);
    await w.clock(seconds);
    await w.at('bankid', { sub: state, when: hint(code) });
  });

export const ChooseDevice = meta.story({ play: reach(choosing) });

/** The animated QR code, new every second, for three minutes (nobody scans it); a press enlarges it. */
export const QrCode = meta.story({ beforeEach: outcome('noClient'), play: reach((w) => start(w, 'other')) });

/** Scanned: the QR gives way to "type your security code in the BankID app". */
export const QrScanned = meta.story({ beforeEach: frozen, play: after('other', 9, 'pending', 'userSign') });

/** This device: the button that opens the BankID app with the order's autostart token. */
export const ThisDevice = meta.story({ beforeEach: frozen, play: reach((w) => start(w, 'same')) });

/** The app has started on this device and is waiting for the user. */
export const ThisDeviceStarted = meta.story({ beforeEach: frozen, play: after('same', 3, 'pending', 'started') });

/** No BankID app answered on this device (hint code noClient). */
export const NoClient = meta.story({
  beforeEach: outcome('noClient'),
  play: reach(async (w) => {
    await start(w, 'same');
    await w.at('bankid', { sub: 'pending', when: hint('noClient') });
  }),
});

/** The bank calls the user, and the app asks whether they are on the phone with it. */
export const CallConfirm = meta.story({
  beforeEach: [frozen, outcome('userCallConfirm')],
  play: after('other', 9, 'pending', 'userCallConfirm'),
});

/** Failures: BankID's own message for the hint code, and "try again". */
const failing = (code: string, seconds: number) => ({ beforeEach: outcome(code), play: after('other', seconds, 'failed', code) });

export const UserCancel = meta.story(failing('userCancel', 15));
export const ExpiredTransaction = meta.story(failing('expiredTransaction', 31));
export const StartFailed = meta.story(failing('startFailed', 11));
export const CertificateErr = meta.story(failing('certificateErr', 15));

export const SignedIn = meta.story(at('F8.signedIn'));
