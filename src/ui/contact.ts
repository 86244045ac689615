/* The tenant's customer-service contact, as links where they are a number or an address alone. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TenantConfig } from '../api/types.js';
import { mailtoHref, telHref } from '../api/urls.js';
import { msg } from '../i18n/msg.js';

/** A contact as a link only when it is an address or number alone; anything else stays text. */
const contact = (text: string, href: string | undefined): TemplateResult => (href ? html`<a href=${href}>${text}</a>` : html`${text}`);

export function contactList(support: TenantConfig['support'] | undefined): TemplateResult | typeof nothing {
  if (!support?.email && !support?.phone) return nothing;
  return html`<ul class="contact" part="text">
    ${support.phone ? html`<li>${msg('Phone:')} ${contact(support.phone, telHref(support.phone))}</li>` : nothing}
    ${support.email ? html`<li>${msg('E-mail:')} ${contact(support.email, mailtoHref(support.email))}</li>` : nothing}
  </ul>`;
}
