/*
 * Registration forms: with a known mobile number and birth date (F4), with customer
 * number and PIN (F5), and registering an e-mail with customer and personal identity
 * number (F7a).
 */
import { html } from 'lit';
import { msg } from '../i18n/msg.js';
import { actions, errorNotice, form, heading, lead, secret, submitButton, text, textField } from './form.js';
import { phoneFields } from './phone.js';
import { newPasswordFields } from './set-password.js';
import { back } from './start-forms.js';
import { stepOf, type View } from './types.js';

export const registrationView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const { fields, error } = context;
  const busy = snapshot.hasTag('busy');
  const customerNumber = () =>
    textField({ name: 'customerNumber', label: msg('Customer number'), inputmode: 'numeric', autocomplete: 'off', value: fields.customerNumber, error, busy });
  const email = () =>
    textField({ name: 'email', label: msg('E-mail address'), type: 'email', inputmode: 'email', autocomplete: 'email', value: fields.email, error, busy });
  const notice = errorNotice(error, context.now, locale);

  switch (stepOf(snapshot)) {
    case 'mobileRegistration':
      return html`
        ${heading(msg('Register with your mobile number'))}
        ${lead(msg('Use the mobile number we have for you. We send a code to it by text message.'))} ${notice}
        ${form(
          {
            name: 'mobile-registration',
            busy,
            onSubmit: (data) =>
              send({
                type: 'mobileRegistration.submit',
                countryCode: text(data, 'countryCode'),
                nationalNumber: text(data, 'nationalNumber'),
                birthDate: text(data, 'birthDate'),
              }),
          },
          html`${phoneFields({ locale, countryCode: fields.countryCode ?? context.config?.phone.defaultCountry, nationalNumber: fields.nationalNumber, error, busy })}
          ${textField({ name: 'birthDate', label: msg('Date of birth'), type: 'date', autocomplete: 'bday', value: fields.birthDate, error, busy })}
          ${actions(submitButton(msg('Send code'), snapshot, locale), back(send))}`,
        )}
      `;
    case 'customerNumberRegistration':
      return html`
        ${heading(msg('Register with customer number and PIN'))}
        ${lead(msg('You find your customer number and PIN on your invoice or in the letter we sent you.'))} ${notice}
        ${form(
          {
            name: 'customer-number-registration',
            busy,
            onSubmit: (data) =>
              send({
                type: 'customerNumberRegistration.submit',
                customerNumber: text(data, 'customerNumber'),
                pin: secret(data, 'pin'),
                email: text(data, 'email'),
                password: secret(data, 'password'),
                confirm: secret(data, 'confirm'),
              }),
          },
          html`${customerNumber()}
          ${textField({ name: 'pin', label: msg('PIN'), type: 'password', inputmode: 'numeric', autocomplete: 'off', error, busy })}
          ${textField({
            name: 'email',
            label: msg('E-mail address (your user name)'),
            type: 'email',
            inputmode: 'email',
            autocomplete: 'username',
            value: fields.email,
            error,
            busy,
          })}
          ${newPasswordFields(context.config?.passwordPolicy, error, busy)} ${actions(submitButton(msg('Register'), snapshot, locale), back(send))}`,
        )}
      `;
    default:
      return html`
        ${heading(msg('Register your e-mail address'))}
        ${lead(msg('The first time you sign in, tell us where to send your confirmation.'))} ${notice}
        ${form(
          {
            name: 'email-registration',
            busy,
            onSubmit: (data) =>
              send({
                type: 'emailRegistration.submit',
                customerNumber: text(data, 'customerNumber'),
                personalNumber: text(data, 'personalNumber'),
                email: text(data, 'email'),
              }),
          },
          html`${customerNumber()}
          ${textField({
            name: 'personalNumber',
            label: msg('Personal identity number'),
            hint: msg('12 digits: YYYYMMDD-XXXX'),
            inputmode: 'numeric',
            autocomplete: 'off',
            value: fields.personalNumber,
            error,
            busy,
          })}
          ${email()} ${actions(submitButton(msg('Register'), snapshot, locale), back(send))}`,
        )}
      `;
  }
};
