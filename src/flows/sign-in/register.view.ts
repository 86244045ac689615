/* "New customer? Register": the tenant's ways to become a user of the portal, one button each. */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { registrationFlows, type RegistrationFlow } from '../../shell/methods.js';
import { actions, backButton, button, heading, lead } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

function label(flow: RegistrationFlow): string {
  switch (flow) {
    case 'activation':
      return msg('Activate your account');
    case 'verifyAndCreate':
      return msg('Create your user');
    case 'mobileRegistration':
      return msg('Register with your mobile number');
    case 'customerNumberRegistration':
      return msg('Register with customer number and PIN');
    case 'emailRegistration':
      return msg('Register your e-mail address');
    case 'passwordLink':
      return msg('Create your password');
  }
}

export const registerView: View = (snapshot, send) => {
  const config = snapshot.context.config;
  return html`
    ${heading(msg('Register'))} ${lead(msg('Choose how you want to get started.'))}
    <ul class="choices" part="links">
      ${registrationFlows(config).map(
        (flow) => html`<li>${button(label(flow), () => send({ type: 'flow.start', flow }), { part: 'flow-button' })}</li>`,
      )}
      ${config?.links.newCustomer
        ? html`<li>${button(msg('I am not a customer yet'), () => send({ type: 'customer.new' }), { part: 'flow-button' })}</li>`
        : nothing}
    </ul>
    ${actions(backButton(send))}
  `;
};
