/* F3: the e-mail to check with a code before the user is created. */
import { msg } from '../../i18n/msg.js';
import { text } from '../../ui/form.js';
import { emailField, startFormPage } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

export const verifyAndCreateView: View = (snapshot, send, locale) =>
  startFormPage(snapshot, send, locale, {
    title: msg('Create your user'),
    intro: msg('Enter your e-mail address. We send you a code to check that it is yours.'),
    name: 'verify-and-create',
    field: emailField(snapshot, msg('E-mail address')),
    submit: msg('Send code'),
    onSubmit: (data) => send({ type: 'verifyAndCreate.submit', email: text(data, 'email') }),
  });
