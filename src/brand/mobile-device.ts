/*
 * The device the user holds decides BankID's shape and words (../shared/BANKID.md): on a
 * phone or tablet the app on this device first, and RFA15B; on a computer the QR code
 * first, and RFA15A. The address that opens the app is always the server's own.
 */

/** A phone or tablet rather than a computer, by the browser's user agent. */
export const isMobileDevice = (userAgent: string): boolean => /iPhone|iPad|iPod|Android|Mobile/i.test(userAgent);
