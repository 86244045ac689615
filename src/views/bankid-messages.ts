/*
 * What BankID's recommended user messages (RFA) mean, in our own words
 * (../shared/BANKID.md), plus messages of our own for the hint codes BankID gives no RFA.
 * The machine chooses the key (src/machine/bankid-messages.ts); this only words it.
 */
import { msg } from '../i18n/msg.js';
import type { BankIdMessageKey } from '../machine/bankid-messages.js';

export function bankIdText(key: BankIdMessageKey, device: 'same' | 'other'): string {
  switch (key) {
    case 'rfa1':
      return device === 'other'
        ? msg('Open the BankID app on your phone or tablet and scan the QR code.')
        : msg('Open your BankID app.');
    case 'rfa3':
      return msg('The identification was cancelled. Please try again.');
    case 'rfa4':
      return msg('An identification or signing is already under way for this person. Please try again.');
    case 'rfa5':
      return msg('Something went wrong with BankID. Please try again.');
    case 'rfa6':
      return msg('You cancelled.');
    case 'rfa8':
      return msg(
        'The BankID app does not answer. Check that it is open and online, then try again. No BankID yet? Your bank can give you one.',
      );
    case 'rfa9':
      return msg('Type your security code in the BankID app and choose Identify.');
    case 'rfa13':
      return msg('Opening your BankID app…');
    case 'rfa15a':
      return msg('Looking for a BankID on this computer… If none turns up in a few seconds, there is no BankID here that works for this.');
    case 'rfa15b':
      return msg('Looking for a BankID on this device… If none turns up in a few seconds, there is no BankID here that works for this.');
    case 'rfa16':
      return msg('This BankID is blocked or too old. Use another BankID, or get a new one from your bank.');
    case 'rfa17a':
      return msg('The BankID app was not found on this device. Install it, and get a BankID from your bank if you have none.');
    case 'rfa17b':
      return msg('The QR code was not read. Open the BankID app and scan it again; check that the app is up to date.');
    case 'rfa21':
      return msg('Identification in progress.');
    case 'rfa22':
      return msg('Something went wrong. Please try again.');
    case 'rfa23':
      return msg('Read your passport or ID card with the BankID app.');
    case 'updateApp':
      return msg('Your BankID app needs an update. Update it and try again.');
    case 'riskBlocked':
      return msg('The identification was stopped to protect you. Try again later, or contact your bank.');
  }
}
