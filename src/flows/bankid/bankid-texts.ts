/*
 * BankID's recommended user messages (RFA, ../shared/BANKID.md): in English and Swedish
 * BankID's own published words, in the other languages faithful translations; plus the
 * QR code's instruction and messages of our own for the hint codes BankID gives no RFA.
 * The machine chooses the key (bankid-messages.ts); this only words it.
 */
import { msg } from '../../i18n/msg.js';
import type { BankIdMessageKey } from './bankid-messages.js';

export function bankIdText(key: BankIdMessageKey, device: 'same' | 'other'): string {
  switch (key) {
    case 'rfa1':
      return device === 'other'
        ? msg('Open the BankID app on your phone or tablet and scan the QR code.')
        : msg('Start your BankID app.');
    case 'rfa3':
      return msg('Action cancelled. Please try again.');
    case 'rfa4':
      return msg('An identification or signing for this personal number is already started. Please try again.');
    case 'rfa5':
      return msg('Internal error. Please try again.');
    case 'rfa6':
      return msg('Action cancelled.');
    case 'rfa8':
      return msg(
        'The BankID app is not responding. Please check that it’s started and that you have internet access. If you don’t have a valid BankID you can get one from your bank. Try again.',
      );
    case 'rfa9':
      return msg('Enter your security code in the BankID app and select Identify or Sign.');
    case 'rfa13':
      return msg('Trying to start your BankID app.');
    case 'rfa15a':
      return msg('Searching for BankID:s, it may take a little while … If a few seconds have passed and still no BankID has been found, you probably don’t have a BankID which can be used for this identification/signing on this computer. If you have a BankID card, please insert it into your card reader. If you don’t have a BankID you can get one from your bank.');
    case 'rfa15b':
      return msg('Searching for BankID, it may take a little while … If a few seconds have passed and still no BankID has been found, you probably don’t have a BankID which can be used for this identification/signing on this device. If you don’t have a BankID you can get one from your bank.');
    case 'rfa16':
      return msg('The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.');
    case 'rfa17a':
      return msg('The BankID app couldn’t be found on your computer or mobile device. Please install it and get a BankID from your bank. Install the app from your app store or https://install.bankid.com');
    case 'rfa17b':
      return msg('Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don’t have the BankID app, you need to install it and get a BankID from your bank. Install the app from your app store or https://install.bankid.com');
    case 'rfa21':
      return msg('Identification or signing in progress.');
    case 'rfa22':
      return msg('Unknown error. Please try again.');
    case 'rfa23':
      return msg('Process your machine-readable travel document using the BankID app.');
    case 'updateApp':
      return msg('Your BankID app needs an update. Update it and try again.');
    case 'riskBlocked':
      return msg('The identification was stopped to protect you. Try again later, or contact your bank.');
  }
}
