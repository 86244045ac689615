/*
 * A mailed link that cannot be used (used, unknown or too old): say which, and offer
 * to ask for a new one where the tenant has the flow that sends it.
 */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { actions, errorNotice, heading, secondaryButton } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export const linkFailedView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const flow = context.flow;
  const again = flow && flow !== 'signIn' && context.config?.flows[flow] === true;
  return html`
    ${heading(msg('This link does not work'))} ${errorNotice(context.error, context.now, locale)}
    ${actions(
      again
        ? html`<button type="button" class="primary" part="button primary-button" @click=${() => send({ type: 'flow.start', flow })}>
            ${msg('Ask for a new link')}
          </button>`
        : nothing,
      secondaryButton(msg('Back to sign-in'), () => send({ type: 'back' }), { part: 'back-button' }),
    )}
  `;
};
