/* F2: the e-mail the account is registered with; the answer never tells whether it is. */
import { msg } from '../../i18n/msg.js';
import { text } from '../../ui/form.js';
import { emailField, startFormPage } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

export const activationView: View = (snapshot, send, locale) =>
  startFormPage(snapshot, send, locale, {
    title: msg('Activate your account'),
    intro: msg('Enter the e-mail address your account is registered with. If we know it, we send you a one-time code.'),
    name: 'activation',
    field: emailField(snapshot, msg('E-mail address')),
    submit: msg('Send code'),
    onSubmit: (data) => send({ type: 'activation.submit', email: text(data, 'email') }),
  });
