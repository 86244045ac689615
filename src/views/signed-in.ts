/* F10: who is signed in, and the way out. */
import { html } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { actions, heading } from './form.js';
import type { View } from './types.js';

export const signedInView: View = (snapshot, send) => {
  const name = snapshot.context.user?.displayName ?? '';
  return html`
    ${heading(msg('You are signed in'))}
    <p class="user" part="user">${msg(str`Signed in as ${name}`)}</p>
    ${actions(
      html`<button type="button" class="secondary" part="button secondary-button sign-out-button" @click=${() => send({ type: 'signOut' })}>
        ${msg('Log out')}
      </button>`,
    )}
  `;
};
