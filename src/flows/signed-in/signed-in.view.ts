/* F10: who is signed in, and the way out. */
import { html } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { actions, errorNotice, heading } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export const signedInView: View = (snapshot, send, locale) => {
  const name = snapshot.context.user?.displayName ?? '';
  // A failed sign-out leaves the user signed in, and says so.
  return html`
    ${heading(msg('You are signed in'))} ${errorNotice(snapshot.context.error, snapshot.context.now, locale)}
    <p class="user" part="user">${msg(str`Signed in as ${name}`)}</p>
    ${actions(
      html`<button type="button" class="secondary" part="button secondary-button sign-out-button" @click=${() => send({ type: 'signOut' })}>
        ${msg('Log out')}
      </button>`,
    )}
  `;
};
