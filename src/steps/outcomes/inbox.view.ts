/*
 * The ends of flows that continue outside the widget: "check your inbox" (a link or
 * details were sent, if we know you) and "contact customer service".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, telHref } from '../../api/urls.js';
import { msg } from '../../i18n/msg.js';
import { actions, heading, lead, secondaryButton } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export const inboxView: View = (snapshot, send) => {
  const sms = snapshot.context.inbox?.channel === 'sms';
  // F6 sends the customer number and PIN themselves; the other flows send a link.
  const details = snapshot.context.flow === 'forgotCustomerNumber';
  const what = details
    ? sms
      ? msg('If you are registered with us, you get a text message with your customer number and PIN in a moment.')
      : msg('If you are registered with us, you get an e-mail with your customer number and PIN in a moment.')
    : sms
      ? msg('If we know you, you get a text message in a moment. Follow what it says.')
      : msg('If we know you, you get an e-mail in a moment. Open the link in it to go on.');
  return html`
    ${heading(sms ? msg('Check your phone') : msg('Check your inbox'))}
    ${lead(what)}
    <p part="text">
      ${sms
        ? msg('Nothing arrived? Wait a few minutes and try again.')
        : msg('Nothing arrived? Check your spam folder, or wait a few minutes and try again.')}
    </p>
    ${actions(secondaryButton(msg('Back to sign-in'), () => send({ type: 'back' }), { part: 'back-button' }))}
  `;
};

export const supportView: View = (snapshot, send) => {
  const { context } = snapshot;
  const support = context.config?.support;
  const reason = context.support?.reason;
  const why =
    reason === 'phoneUnknown'
      ? msg('We could not find an account with this mobile number and date of birth.')
      : reason === 'emailAlreadyRegistered'
        ? msg('An e-mail address is already registered for this account. Changing it is done by customer service.')
        : msg('We could not find an account with these details.');
  return html`
    ${heading(msg('Please contact customer service'))} ${lead(why)}
    ${support?.email || support?.phone
      ? html`<ul class="contact" part="text">
          ${support.phone ? html`<li>${msg('Phone:')} ${contact(support.phone, telHref(support.phone))}</li>` : nothing}
          ${support.email ? html`<li>${msg('E-mail:')} ${contact(support.email, mailtoHref(support.email))}</li>` : nothing}
        </ul>`
      : nothing}
    ${actions(secondaryButton(msg('Back'), () => send({ type: 'back' }), { part: 'back-button' }))}
  `;
};

/** A contact as a link only when it is an address or number alone; anything else stays text. */
const contact = (text: string, href: string | undefined): TemplateResult => (href ? html`<a href=${href}>${text}</a>` : html`${text}`);
