/* F10: who is signed in, and the way out. */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { actions, errorNotice, heading, secondaryButton } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export const signedInView: View = (snapshot, send, locale) => {
  const name = snapshot.context.user?.displayName ?? '';
  // A failed sign-out leaves the user signed in, and says so.
  return html`
    <div class="confirmation" part="text">
      ${successMark} ${heading(msg('You are signed in'))}
      ${name ? html`<p class="user" part="user">${name}</p>` : nothing}
    </div>
    ${errorNotice(snapshot.context.error, snapshot.context.now, locale)}
    ${actions(secondaryButton(msg('Sign out'), () => send({ type: 'signOut' }), { part: 'sign-out-button' }))}
  `;
};

/** A tick in a circle beside the heading; the heading says it in words. */
const successMark = html`<svg class="mark success" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="10" /><path d="M7.5 12.5l3 3 6-6.5" /></svg>`;
