/*
 * BankID's animated QR code, drawn as SVG from lean-qr's bitmap through Lit templates
 * (no innerHTML). About 200 px with a quiet zone of 4 modules, black on white whatever
 * the theme (scanners need the contrast), every module a whole number of pixels. The code
 * is a button that opens it enlarged in a dialog over the page, as BankID asks since 2025
 * for people who cannot read a small code: never wider than the screen, closed with Esc
 * or its button, focus back on the code.
 */
import { html, svg, type TemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';
import { msg } from '../../i18n/msg.js';

const QUIET_ZONE = 4;
const SMALL_PX = 200;

/*
 * Open and closed is the user's view of the page, not the login's state: the dialog keeps
 * it. Its CSS rounds the code's size down to whole pixels per module, so it learns the count.
 */
function enlarge(event: Event): void {
  const dialog = (event.currentTarget as HTMLElement).nextElementSibling as HTMLDialogElement;
  dialog.style.setProperty('--_modules', String(dialog.querySelector('svg')?.viewBox.baseVal.width));
  dialog.showModal();
}
const shrink = (event: Event) => (event.currentTarget as HTMLElement).closest('dialog')?.close();
const backToCode = (event: Event) => ((event.currentTarget as HTMLElement).previousElementSibling as HTMLElement | null)?.focus();

function drawing(path: string, modules: number, width?: number): TemplateResult {
  return html`<svg
    viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${modules} ${modules}"
    width=${width ?? modules}
    height=${width ?? modules}
    role="img"
    aria-label=${msg('QR code for the BankID app')}
    shape-rendering="crispEdges"
  >
    ${svg`<rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${modules} height=${modules} fill="#fff"></rect>
      <path d=${path} fill="#000"></path>`}
  </svg>`;
}

export function qrCode(data: string): TemplateResult {
  const code = generate(data);
  const path = toSvgPath(code);
  const modules = code.size + 2 * QUIET_ZONE;
  return html`<button type="button" class="qr" part="qr" aria-haspopup="dialog" @click=${enlarge}>
      ${drawing(path, modules, Math.round(SMALL_PX / modules) * modules)}
      <span class="qr-hint">${msg('Enlarge the QR code')}</span>
    </button>
    <dialog class="qr-large" part="qr-dialog" aria-label=${msg('QR code for the BankID app')} @close=${backToCode}>
      ${drawing(path, modules)}
      <button type="button" class="secondary" part="button secondary-button" @click=${shrink}>${msg('Close')}</button>
    </dialog>`;
}
