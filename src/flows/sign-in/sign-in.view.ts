/*
 * F1 sign-in, and the doors to every other way in. The tenant's leading method comes
 * first (`methods.primary`: the password form, or BankID or a provider on its own with
 * password one tap away); the other methods follow as buttons under an "or". Below: one
 * password link, the customer-number link, and one "New customer? Register" entry that
 * opens the chooser of the registration flows (register.view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { TenantConfig } from '../../api/types.js';
import type { Locale } from '../../i18n/locale-controller.js';
import { leadingMethod, leadsWithOtherMethod, offeredMethods, registrationFlows, type Method } from '../../shell/methods.js';
import { actions, backButton, errorNotice, form, heading, linkButton, passwordField, secret, submitButton, text } from '../../ui/form.js';
import { offersNorwegianBankId, providerButton, swedishBankIdLabel } from '../../ui/eid-buttons.js';
import { identifierField } from '../../ui/identifier.js';
import type { Send, View, ViewSnapshot } from '../../ui/view.js';

export const signInView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const config = context.config;
  const name = config?.tenant.name;
  const leading = snapshot.matches({ signIn: 'leading' });
  const passwordOffered = config?.methods.password !== false;
  const first = leadingMethod(config);
  // The methods under the "or": all but the one shown first.
  const others = offeredMethods(config).filter((m) => m !== 'password' && (leading || !passwordOffered ? m !== first : true));
  return html`
    ${heading(name ? msg(str`Sign in to ${name}`) : msg('Sign in'))}
    ${errorNotice(context.error, context.now, locale)}
    ${leading && first
      ? html`<div class="methods" part="methods">${methodButton(first, config, send, locale, true)}</div>`
      : passwordOffered
        ? passwordForm(snapshot, send, locale)
        : first
          ? html`<div class="methods" part="methods">${methodButton(first, config, send, locale)}</div>`
          : nothing}
    ${leading || others.length
      ? html`<p class="divider" part="text">${msg('or')}</p>
          <div class="methods" part="methods">
            ${leading
              ? html`<button type="button" class="method" part="button method-button password-button" @click=${() => send({ type: 'method.password' })}>
                  ${msg('Sign in with password')}
                </button>`
              : nothing}
            ${others.map((method) => methodButton(method, config, send, locale))}
          </div>`
      : nothing}
    ${entries(config, send, !leading && passwordOffered)}
  `;
};

function passwordForm(snapshot: ViewSnapshot, send: Send, locale: Locale): TemplateResult {
  const { context } = snapshot;
  const config = context.config;
  const busy = snapshot.hasTag('busy');
  const error = context.error;
  return form(
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
      ${config?.rememberMe === true
        ? html`<div class="check" part="field">
            <input type="checkbox" id="nl-rememberMe" name="rememberMe" ?checked=${context.fields.rememberMe === true} />
            <label for="nl-rememberMe" part="label">${msg('Remember me on this device')}</label>
          </div>`
        : nothing}
      ${actions(
        submitButton(msg('Sign in'), snapshot, locale),
        // Back to the method this form follows, or to "existing or new customer".
        leadsWithOtherMethod(config) || config?.links.newCustomer ? backButton(send) : nothing,
      )}
    `,
  );
}

/** A sign-in method's button: BankID, a provider (in its owner's words and colours); the leading one as the step's main action. */
function methodButton(method: Method, config: TenantConfig | undefined, send: Send, locale: Locale, leads = false): TemplateResult | typeof nothing {
  const providers = config?.methods.identityProviders ?? [];
  if (method === 'bankid') {
    return html`<button
      type="button"
      class="method bankid ${leads ? 'leads' : ''}"
      part="button method-button bankid-button"
      @click=${() => send({ type: 'method.bankid' })}
    >
      ${swedishBankIdLabel(offersNorwegianBankId(providers))}
    </button>`;
  }
  const provider = providers.find((p) => p.id === method);
  return provider ? providerButton(provider, locale, send, offersNorwegianBankId(providers)) : nothing;
}

/**
 * Under the methods: one password link (the forgotten-password flow, else the mailed
 * link), the forgotten customer number, and "New customer? Register".
 */
function entries(config: TenantConfig | undefined, send: Send, withRecovery: boolean): TemplateResult | typeof nothing {
  const start = (flow: 'forgotPassword' | 'passwordLink' | 'forgotCustomerNumber') => () => send({ type: 'flow.start', flow });
  const passwordFlow = config?.flows.forgotPassword ? 'forgotPassword' : config?.flows.passwordLink ? 'passwordLink' : undefined;
  const recovery = withRecovery
    ? [
        passwordFlow ? linkButton(msg('Forgot your password?'), start(passwordFlow)) : nothing,
        config?.flows.forgotCustomerNumber ? linkButton(msg('Forgot your customer number or PIN?'), start('forgotCustomerNumber')) : nothing,
      ]
    : [];
  const flows = registrationFlows(config);
  // One way to register and no new-customer page: nothing to choose, "Register" opens it.
  const only = flows.length === 1 && !config?.links.newCustomer ? flows[0] : undefined;
  const register =
    flows.length > 0 || config?.links.newCustomer
      ? html`<p class="register">
          ${msg('New customer?')}
          ${linkButton(msg('Register'), () => send(only ? { type: 'flow.start', flow: only } : { type: 'register.open' }), { part: 'register-button' })}
        </p>`
      : nothing;
  if (!recovery.some((r) => r !== nothing) && register === nothing) return nothing;
  return html`<div class="entries" part="links">${recovery.map((r) => (r === nothing ? r : html`<p>${r}</p>`))} ${register}</div>`;
}
