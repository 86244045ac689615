/* F12: what the user signs in with; a code to choose a new password follows, if we know it. */
import { msg } from '../../i18n/msg.js';
import { text } from '../../ui/form.js';
import { identifierField } from '../../ui/identifier.js';
import { startFormPage } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

export const forgotPasswordView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  return startFormPage(snapshot, send, locale, {
    title: msg('Reset your password'),
    intro: msg('Enter what you sign in with. If it is registered with us, we send you a code to choose a new password.'),
    name: 'forgot-password',
    field: identifierField(context.config, { name: 'identifier', value: context.fields.identifier, error: context.error, busy: snapshot.hasTag('busy') }),
    submit: msg('Send code'),
    onSubmit: (data) => send({ type: 'forgotPassword.submit', identifier: text(data, 'identifier') }),
  });
};
