/**
 * BankID animated QR, computed the way a backend does it (RP API v6):
 *   qrData = "bankid." + qrStartToken + "." + time + "." + hex(HMAC-SHA256(qrStartSecret, String(time)))
 * where time is the whole number of seconds since the order was created.
 * Uses WebCrypto (crypto.subtle), which exists in browsers and in Node 20 alike.
 */
const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function qrAuthCode(qrStartSecret: string, time: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(qrStartSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(String(time))));
}

export async function qrData(qrStartToken: string, qrStartSecret: string, time: number): Promise<string> {
  return `bankid.${qrStartToken}.${time}.${await qrAuthCode(qrStartSecret, time)}`;
}

/** BankID's published test vector (see ../shared/BANKID.md). */
export const QR_TEST_VECTOR = {
  qrStartToken: '67df3917-fa0d-44e5-b327-edcc928297f8',
  qrStartSecret: 'd28db9a7-4cde-429e-a983-359be676944c',
  codes: [
    'dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8',
    '949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2',
    'a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3',
  ],
} as const;

/** Hint codes of a pending order. */
export const PENDING_HINTS = ['outstandingTransaction', 'noClient', 'started', 'userSign', 'userMrtd', 'userCallConfirm'] as const;

/**
 * How a mock order ends, chosen by the `bankid` knob (sticky knob, `X-Mock-BankId` header or
 * `mock-bankid` query parameter on POST /bankid/orders). Any other string: the order fails
 * with that string as hint code (an "unknown" hint code, RFA22).
 */
export const BANKID_OUTCOMES = [
  'complete',
  'userCancel',
  'cancelled',
  'expiredTransaction',
  'certificateErr',
  'startFailed',
  'userDeclinedCall',
  'notSupportedByUserApp',
  'transactionRiskBlocked',
  'userMrtd',
  'userCallConfirm',
  'noClient',
  'unknownPending',
  'alreadyInProgress',
  'unavailable',
] as const;

export interface OrderPhase {
  status: 'pending' | 'failed' | 'complete';
  hintCode?: string;
}

/** Seconds from creation at which the user "scans" / the app starts, and at which the order ends. */
export const TIMELINE = {
  other: { scanAt: 8, endAt: 14 },
  same: { startedAt: 2, signAt: 4, endAt: 10 },
  expireAt: 180,
  expiredTransactionAt: 30,
  startFailedAt: 10,
} as const;

/** Where an order stands `elapsed` seconds after it was created, for a given outcome. */
export function orderPhase(device: 'same' | 'other', outcome: string, elapsed: number): OrderPhase {
  const endAt = device === 'other' ? TIMELINE.other.endAt : TIMELINE.same.endAt;
  const signAt = device === 'other' ? TIMELINE.other.scanAt : TIMELINE.same.signAt;
  const beforeSign = (): string =>
    device === 'same' && elapsed >= TIMELINE.same.startedAt ? 'started' : 'outstandingTransaction';

  switch (outcome) {
    case 'expiredTransaction':
      return elapsed >= TIMELINE.expiredTransactionAt
        ? { status: 'failed', hintCode: 'expiredTransaction' }
        : { status: 'pending', hintCode: 'outstandingTransaction' };
    case 'startFailed':
      return elapsed >= TIMELINE.startFailedAt
        ? { status: 'failed', hintCode: 'startFailed' }
        : { status: 'pending', hintCode: 'outstandingTransaction' };
    case 'noClient':
      return elapsed >= TIMELINE.expireAt
        ? { status: 'failed', hintCode: 'expiredTransaction' }
        : { status: 'pending', hintCode: device === 'same' ? 'noClient' : 'outstandingTransaction' };
    case 'cancelled':
      return elapsed >= signAt ? { status: 'failed', hintCode: 'cancelled' } : { status: 'pending', hintCode: beforeSign() };
    case 'notSupportedByUserApp':
      return elapsed >= signAt
        ? { status: 'failed', hintCode: 'notSupportedByUserApp' }
        : { status: 'pending', hintCode: beforeSign() };
    default:
      break;
  }
  if (elapsed >= TIMELINE.expireAt) return { status: 'failed', hintCode: 'expiredTransaction' };
  if (elapsed < signAt) return { status: 'pending', hintCode: beforeSign() };
  const signingHint =
    outcome === 'userMrtd'
      ? 'userMrtd'
      : outcome === 'userCallConfirm' || outcome === 'userDeclinedCall'
        ? 'userCallConfirm'
        : outcome === 'unknownPending'
          ? 'mockUnknownPendingHint'
          : 'userSign';
  if (elapsed < endAt) return { status: 'pending', hintCode: signingHint };
  if (['complete', 'userMrtd', 'userCallConfirm', 'unknownPending'].includes(outcome)) return { status: 'complete' };
  return { status: 'failed', hintCode: outcome };
}

/**
 * The address that opens BankID on the user's device, by browser (../shared/BANKID.md,
 * after ActiveLogin's BankIdLauncher): BankID's universal link only where the browser
 * opens it reliably (iOS Safari, Chrome and Edge on Android 6 and later), `bankid:///`
 * everywhere else. Chrome and Firefox on iOS come back to themselves through their own
 * scheme; every other `redirect` is null, for the return goes through /auth's returnUrl.
 */
export function launchUrlFor(userAgent: string, autoStartToken: string): string {
  const token = encodeURIComponent(autoStartToken);
  const ios = /iPhone|iPad|iPod/.test(userAgent);
  const android = /Android/.test(userAgent);
  // Web views and in-app browsers (Facebook, Instagram, LinkedIn, Google's app; Android's "; wv)").
  const embedded = /FBAN|FBAV|FB_IAB|Instagram|LinkedInApp|GSA\/|Line\/|; wv\)/.test(userAgent) || (ios && !/Safari\//.test(userAgent));
  const bankid = (redirect: string) => `bankid:///?autostarttoken=${token}&redirect=${redirect}`;
  if (ios && !embedded) {
    if (/CriOS\//.test(userAgent)) return bankid(encodeURIComponent('googlechromes://'));
    if (/FxiOS\//.test(userAgent)) return bankid(encodeURIComponent('firefox://'));
    if (/EdgiOS\/|OPiOS\/|OPT\/|YaBrowser\//.test(userAgent)) return bankid('null');
    return `https://app.bankid.com/?autostarttoken=${token}&redirect=null`;
  }
  const androidVersion = Number(/Android (\d+)/.exec(userAgent)?.[1] ?? 0);
  const chromeOrEdge = /Chrome\/|EdgA\//.test(userAgent) && !/SamsungBrowser|OPR\/|Firefox\/|YaBrowser\//.test(userAgent);
  if (android && !embedded && androidVersion >= 6 && chromeOrEdge) return `https://app.bankid.com/?autostarttoken=${token}&redirect=null`;
  return bankid('null');
}
