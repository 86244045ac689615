/*
 * A mailed link that cannot be used (used, unknown or too old): say which, and offer
 * to ask for a new one where the tenant has the flow that sends it.
 */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { actions, backButton, button, errorNotice, heading } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export const linkFailedView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const flow = context.flow;
  const again = flow && flow !== 'signIn' && context.config?.flows[flow] === true;
  return html`
    ${heading(msg('This link does not work'))} ${errorNotice(context.error, context.now, locale)}
    ${actions(
      again
        ? button(msg('Ask for a new link'), () => send({ type: 'flow.start', flow }), { kind: 'primary' })
        : nothing,
      backButton(send, msg('Back to sign-in')),
    )}
  `;
};
