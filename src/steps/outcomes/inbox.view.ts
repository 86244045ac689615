/*
 * The ends of flows that continue outside the widget: "check your inbox" (a link or
 * details were sent, if we know you) and "contact customer service".
 */
import { html } from 'lit';
import { msg } from '../../i18n/msg.js';
import { contactList } from '../../ui/contact.js';
import { actions, backButton, heading, lead } from '../../ui/form.js';
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
    ${actions(backButton(send, msg('Back to sign-in')))}
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
    ${contactList(support)} ${actions(backButton(send))}
  `;
};

