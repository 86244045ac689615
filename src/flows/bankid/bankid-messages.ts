/*
 * Which message the views show for a BankID order, following BankID's recommended user
 * messages (RFA numbers, ../shared/BANKID.md). The views translate the key; the machine
 * only keeps the hint code as the server sent it, unknown strings included.
 */
import type { BankIdDevice } from '../../shell/types.js';

export type BankIdMessageKey =
  | 'rfa1'
  | 'rfa3'
  | 'rfa4'
  | 'rfa5'
  | 'rfa6'
  | 'rfa8'
  | 'rfa9'
  | 'rfa13'
  | 'rfa15a'
  | 'rfa15b'
  | 'rfa16'
  | 'rfa17a'
  | 'rfa17b'
  | 'rfa21'
  | 'rfa22'
  | 'rfa23'
  // Hint codes BankID gives no RFA for: messages of our own.
  | 'updateApp'
  | 'riskBlocked';

export interface BankIdMessageOptions {
  device: BankIdDevice;
  /** The user pressed "open BankID on this device". */
  autostartTried: boolean;
  /** The order has ended without success (collect said failed, or it could not start). */
  failed: boolean;
  /** A phone or tablet (RFA15B) rather than a computer (RFA15A); the views know the device. */
  mobile?: boolean;
}

/**
 * Hint codes (and the errors named like them) whose message does not depend on the device.
 * A Map, not an object: hint codes are any string the server sends ("constructor" too).
 */
const FIXED = new Map<string, BankIdMessageKey>(Object.entries({
  noClient: 'rfa1',
  userSign: 'rfa9',
  userMrtd: 'rfa23',
  cancelled: 'rfa3',
  userCancel: 'rfa6',
  expiredTransaction: 'rfa8',
  certificateErr: 'rfa16',
  notSupportedByUserApp: 'updateApp',
  transactionRiskBlocked: 'riskBlocked',
  alreadyInProgress: 'rfa4',
  requestTimeout: 'rfa5',
  maintenance: 'rfa5',
  internalError: 'rfa5',
} satisfies Record<string, BankIdMessageKey>));

export function bankIdMessageKey(hintCode: string | undefined, options: BankIdMessageOptions): BankIdMessageKey {
  const autostart = options.device === 'same' && options.autostartTried;
  switch (hintCode) {
    case 'outstandingTransaction':
      if (!options.failed) return autostart ? 'rfa13' : 'rfa1';
      break;
    case 'started':
      if (!options.failed) return options.mobile ? 'rfa15b' : 'rfa15a';
      break;
    case 'startFailed':
      return options.device === 'same' ? 'rfa17a' : 'rfa17b';
    default: {
      const fixed = hintCode === undefined ? undefined : FIXED.get(hintCode);
      if (fixed) return fixed;
    }
  }
  // Including userCallConfirm and userDeclinedCall: they come from orders placed by phone,
  // which a web sign-in never starts, so BankID's general words fit them best.
  return options.failed ? 'rfa22' : 'rfa21';
}
