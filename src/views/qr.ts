/*
 * BankID's animated QR code, drawn as SVG from lean-qr's bitmap through Lit templates
 * (no innerHTML). About 200 px with a quiet zone of 4 modules, black on white whatever
 * the theme (scanners need the contrast). The code is a button that enlarges it, as
 * BankID asks since 2025 for people who cannot read a small code.
 */
import { html, svg, type TemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';
import { msg } from '../i18n/msg.js';

const QUIET_ZONE = 4;

/* Enlarging is the user's view of the page, not the login's state: the button keeps it in aria-pressed. */
function toggleSize(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
}

export function qrCode(data: string): TemplateResult {
  const code = generate(data);
  const size = code.size + 2 * QUIET_ZONE;
  return html`<button type="button" class="qr" part="qr" aria-pressed="false" @click=${toggleSize}>
    <svg
      viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${size} ${size}"
      width="200"
      height="200"
      role="img"
      aria-label=${msg('QR code for the BankID app')}
      shape-rendering="crispEdges"
    >
      ${svg`<rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${size} height=${size} fill="#fff"></rect>
        <path d=${toSvgPath(code)} fill="#000"></path>`}
    </svg>
    <span class="qr-hint">${msg('Enlarge or shrink the QR code')}</span>
  </button>`;
}
