/* F11: "are you a customer?" */
import { html } from 'lit';
import { msg } from '../../i18n/msg.js';
import { actions, errorNotice, heading, lead, secondaryButton } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export const welcomeView: View = (snapshot, send, locale) => {
  const name = snapshot.context.config?.tenant.name;
  return html`
    ${heading(msg('Welcome'))}
    ${name ? lead(name) : ''} ${errorNotice(snapshot.context.error, snapshot.context.now, locale)}
    ${actions(
      html`<button type="button" class="primary" part="button primary-button" @click=${() => send({ type: 'customer.existing' })}>
        ${msg('I am a customer')}
      </button>`,
      secondaryButton(msg('I want to become a customer'), () => send({ type: 'customer.new' })),
    )}
  `;
};
