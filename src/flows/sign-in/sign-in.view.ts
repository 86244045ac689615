/*
 * F1 sign-in, and the doors to every other way in: BankID, identity providers, the
 * tenant's registration and recovery flows, and the new-customer page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { TenantConfig } from '../../api/types.js';
import type { Locale } from '../../i18n/locale-controller.js';
import type { FlowName } from '../../shell/types.js';
import { actions, errorNotice, form, heading, linkButton, passwordField, secret, submitButton, text, textField } from '../../ui/form.js';
import { offersNorwegianBankId, providerButton, swedishBankIdLabel } from '../../ui/eid-buttons.js';
import { identifierField } from '../../ui/identifier.js';
import type { Send, View } from '../../ui/view.js';

export const signInView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const config = context.config;
  const busy = snapshot.hasTag('busy');
  const error = context.error;
  const rememberMe = config?.rememberMe === true;
  const name = config?.tenant.name;
  return html`
    ${heading(name ? msg(str`Sign in to ${name}`) : msg('Sign in'))}
    ${errorNotice(error, context.now, locale)}
    ${config?.methods.password === false
      ? nothing
      : form(
          {
            name: 'sign-in',
            busy,
            onSubmit: (data) =>
              send({
                type: 'signIn.submit',
                identifier: text(data, 'identifier'),
                password: secret(data, 'password'),
                rememberMe: data.get('rememberMe') === 'on',
              }),
          },
          html`
            ${identifierField(config, { name: 'identifier', value: context.fields.identifier, error, busy })}
            ${passwordField({
              name: 'password',
              label: msg('Password'),
              autocomplete: 'current-password',
              revealLabel: msg('Show password'),
              error,
              busy,
              maxlength: config?.passwordPolicy.maxLength,
            })}
            ${rememberMe
              ? html`<div class="check" part="field">
                  <input type="checkbox" id="nl-rememberMe" name="rememberMe" ?checked=${context.fields.rememberMe === true} />
                  <label for="nl-rememberMe" part="label">${msg('Remember me on this device')}</label>
                </div>`
              : nothing}
            ${actions(submitButton(msg('Sign in'), snapshot, locale))}
            ${recoveryLinks(config, send)}
          `,
        )}
    ${otherMethods(config, send, locale)} ${flowLinks(config, send)}
    ${config?.links.newCustomer
      ? html`<p class="more" part="text">${linkButton(msg('I am not a customer yet'), () => send({ type: 'customer.new' }))}</p>`
      : nothing}
  `;
};

type FlowLink = [Exclude<FlowName, 'signIn'>, string];

/** The links to the flows the tenant offers, in the order given. */
const offered = (config: TenantConfig | undefined, links: FlowLink[]): FlowLink[] => links.filter(([flow]) => config?.flows[flow]);

function recoveryLinks(config: TenantConfig | undefined, send: Send): TemplateResult | typeof nothing {
  const links = offered(config, [
    ['forgotPassword', msg('Forgot your password?')],
    ['passwordLink', msg('Create or reset your password')],
    ['forgotCustomerNumber', msg('Forgot your customer number or PIN?')],
  ]);
  return links.length ? flowList(links, send, 'recovery') : nothing;
}

function flowLinks(config: TenantConfig | undefined, send: Send): TemplateResult | typeof nothing {
  const links = offered(config, [
    ['activation', msg('Activate your account')],
    ['verifyAndCreate', msg('Create your user')],
    ['mobileRegistration', msg('Register with your mobile number')],
    ['customerNumberRegistration', msg('Register with customer number and PIN')],
    ['emailRegistration', msg('Register your e-mail address')],
  ]);
  if (!links.length) return nothing;
  return html`<section class="more" aria-labelledby="nl-new-here">
    <h3 id="nl-new-here" part="subheading">${msg('New here?')}</h3>
    ${flowList(links, send, 'registration')}
  </section>`;
}

const flowList = (links: FlowLink[], send: Send, kind: string): TemplateResult =>
  html`<ul class="links ${kind}" part="links">
    ${links.map(([flow, label]) => html`<li>${linkButton(label, () => send({ type: 'flow.start', flow }))}</li>`)}
  </ul>`;

function otherMethods(config: TenantConfig | undefined, send: Send, locale: Locale): TemplateResult | typeof nothing {
  if (!config) return nothing;
  const providers = config.methods.identityProviders;
  if (!config.methods.bankid && providers.length === 0) return nothing;
  const title = config.methods.password === false ? msg('Choose how to sign in') : msg('Or sign in with');
  return html`<section class="methods" aria-labelledby="nl-methods" part="methods">
    <h3 id="nl-methods" part="subheading">${title}</h3>
    ${config.methods.bankid
      ? html`<button type="button" class="method bankid" part="button method-button bankid-button" @click=${() => send({ type: 'method.bankid' })}>
          ${swedishBankIdLabel(offersNorwegianBankId(providers))}
        </button>`
      : nothing}
    ${providers.map((provider) => providerButton(provider, locale, send, offersNorwegianBankId(providers)))}
  </section>`;
}
