/*
 * The address that opens the Swedish BankID app on this device (../shared/BANKID.md).
 * The server may give one (BankIdOrder.launchUrl, where it also owns the return URL);
 * otherwise it is built here from the order's autostart token:
 * - iOS, and Chrome or Edge on Android: https://app.bankid.com/?autostarttoken=…&redirect=…
 *   (a universal/app link, which those browsers open reliably);
 * - everything else, desktops included: bankid:///?autostarttoken=…&redirect=null.
 * `redirect` says where the app sends the user back: the page itself on iOS Safari, the
 * browser's own scheme on iOS Chrome and Firefox (a URL would open Safari), else null.
 */
export function bankIdLaunchUrl(autoStartToken: string, userAgent: string, pageUrl: string): string {
  const token = encodeURIComponent(autoStartToken);
  const ios = /iPhone|iPad|iPod/i.test(userAgent);
  const android = /Android/i.test(userAgent);
  if (ios) {
    const redirect = /CriOS\//.test(userAgent) ? 'googlechromes://' : /FxiOS\//.test(userAgent) ? 'firefox://' : pageUrl;
    return `https://app.bankid.com/?autostarttoken=${token}&redirect=${encodeURIComponent(redirect)}`;
  }
  if (android && /Chrome\/|EdgA\//.test(userAgent)) return `https://app.bankid.com/?autostarttoken=${token}&redirect=null`;
  return `bankid:///?autostarttoken=${token}&redirect=null`;
}

/** A phone or tablet (BankID's RFA15B wording) rather than a computer (RFA15A). */
export const isMobileDevice = (userAgent: string): boolean => /iPhone|iPad|iPod|Android|Mobile/i.test(userAgent);
