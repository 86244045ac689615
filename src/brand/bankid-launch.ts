/*
 * The device the user holds decides BankID's wording (../shared/BANKID.md). The address
 * that opens the app is the server's own (BankIdOrder.launchUrl): it knows the browser
 * from its User-Agent and owns the return address, so the element never builds one.
 */

/** A phone or tablet (BankID's RFA15B wording) rather than a computer (RFA15A). */
export const isMobileDevice = (userAgent: string): boolean => /iPhone|iPad|iPod|Android|Mobile/i.test(userAgent);
