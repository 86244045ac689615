/*
 * F6: forgotten customer number or PIN. Either contact detail is enough; the answer is
 * the same whether or not we know the person.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/msg.js';
import { actions, errorNotice, fieldError, form, heading, lead, submitButton, text, textField } from '../../ui/form.js';
import { back } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';
import { mobileDescribe } from '../../ui/identifier.js';

export { styles } from './forgot-customer-number.styles.js';

export const forgotCustomerNumberView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const { fields, error } = context;
  const busy = snapshot.hasTag('busy');
  const channel = fields.channel ?? 'email';
  const channelError = fieldError(error, 'channel');
  const optional = { required: false, error, busy };
  return html`
    ${heading(msg('Forgot your customer number or PIN?'))}
    ${lead(msg('Fill in your e-mail address or mobile number, or both. If we find you, we send your details.'))}
    ${errorNotice(error, context.now, locale)}
    ${form(
      {
        name: 'forgot-customer-number',
        busy,
        onSubmit: (data) =>
          send({
            type: 'forgotCustomerNumber.submit',
            email: text(data, 'email'),
            mobile: text(data, 'mobile'),
            customerNumber: text(data, 'customerNumber'),
            channel: data.get('channel') === 'sms' ? 'sms' : 'email',
          }),
      },
      html`
        ${textField({ name: 'email', label: msg('E-mail address'), type: 'email', inputmode: 'email', autocomplete: 'email', value: fields.email, ...optional })}
        ${textField({
          name: 'mobile',
          label: msg('Mobile number'),
          type: 'tel',
          inputmode: 'tel',
          autocomplete: 'tel',
          value: fields.mobile,
          describe: mobileDescribe(context.config?.phone.defaultCountry),
          ...optional,
        })}
        ${textField({
          name: 'customerNumber',
          label: msg('Customer number (if you know it)'),
          inputmode: 'numeric',
          autocomplete: 'off',
          value: fields.customerNumber,
          ...optional,
        })}
        <fieldset class="choice" part="field" aria-describedby=${ifDefined(channelError ? 'nl-channel-error' : undefined)}>
          <legend part="label">${msg('Send it by')}</legend>
          <label><input type="radio" name="channel" value="email" ?checked=${channel === 'email'} /> ${msg('E-mail')}</label>
          <label><input type="radio" name="channel" value="sms" ?checked=${channel === 'sms'} /> ${msg('Text message (SMS)')}</label>
          ${channelError ? html`<p class="field-error" id="nl-channel-error" part="field-error">${channelError}</p>` : ''}
        </fieldset>
        ${actions(submitButton(msg('Send'), snapshot, locale), back(send))}
      `,
    )}
  `;
};
