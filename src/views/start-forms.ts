/*
 * The one-field forms that start a flow: activation (F2), verify and create (F3),
 * password link (F7b) and forgot password (F12). Each sends a code or a link; the
 * answer never tells whether the account exists.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';
import { actions, errorNotice, form, heading, lead, secondaryButton, submitButton, text, textField } from './form.js';
import { identifierField } from './identifier.js';
import { stepOf, type Send, type View, type ViewSnapshot } from './types.js';

export const startFormView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const busy = snapshot.hasTag('busy');
  const error = context.error;
  const step = stepOf(snapshot);
  const email = (label: string) =>
    textField({ name: 'email', label, type: 'email', inputmode: 'email', autocomplete: 'email', value: context.fields.email, error, busy });
  const page = (title: string, intro: string, name: string, field: TemplateResult, submit: string, onSubmit: (data: FormData) => void) => html`
    ${heading(title)} ${lead(intro)} ${errorNotice(error, context.now, locale)}
    ${form({ name, busy, onSubmit }, html`${field} ${actions(submitButton(submit, snapshot, locale), back(send))}`)}
  `;
  switch (step) {
    case 'activation':
      return page(
        msg('Activate your account'),
        msg('Enter the e-mail address your account is registered with. If we know it, we send you a one-time code.'),
        'activation',
        email(msg('E-mail address')),
        msg('Send code'),
        (data) => send({ type: 'activation.submit', email: text(data, 'email') }),
      );
    case 'verifyAndCreate':
      return page(
        msg('Create your user'),
        msg('Enter your e-mail address. We send you a code to check that it is yours.'),
        'verify-and-create',
        email(msg('E-mail address')),
        msg('Send code'),
        (data) => send({ type: 'verifyAndCreate.submit', email: text(data, 'email') }),
      );
    case 'passwordLink':
      return page(
        msg('Create or reset your password'),
        msg('Enter your customer number. If we know it, we e-mail you a link to choose a password.'),
        'password-link',
        textField({
          name: 'customerNumber',
          label: msg('Customer number'),
          inputmode: 'numeric',
          autocomplete: 'username',
          value: context.fields.customerNumber,
          error,
          busy,
        }),
        msg('Send link'),
        (data) => send({ type: 'passwordLink.submit', customerNumber: text(data, 'customerNumber') }),
      );
    default:
      return forgotPassword(snapshot, send, page);
  }
};

function forgotPassword(
  snapshot: ViewSnapshot,
  send: Send,
  page: (title: string, intro: string, name: string, field: TemplateResult, submit: string, onSubmit: (data: FormData) => void) => TemplateResult,
): TemplateResult {
  const { context } = snapshot;
  return page(
    msg('Reset your password'),
    msg('Enter the user name you sign in with. If we know it, we send you a code to choose a new password.'),
    'forgot-password',
    identifierField(context.config, { name: 'identifier', value: context.fields.identifier, error: context.error, busy: snapshot.hasTag('busy') }),
    msg('Send code'),
    (data) => send({ type: 'forgotPassword.submit', identifier: text(data, 'identifier') }),
  );
}

export const back = (send: Send): TemplateResult => secondaryButton(msg('Back'), () => send({ type: 'back' }), { part: 'back-button' });
