/*
 * Choosing a password (F2, F3, F4, F7, F12 and F5's registration form): a new-password
 * field with show/hide, a checklist of the tenant's policy that follows the typing, and
 * the confirmation. Password managers see `new-password` twice and, on steps without a
 * visible user name, a hidden `username` field to file the password under.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { PasswordPolicy } from '../../api/types.js';
import { passwordChecklist, type PasswordRule } from '../../validation/password-policy.js';
import type { ErrorInfo, Fields } from '../../shell/types.js';
import { actions, backButton, errorNotice, fieldError, form, heading, hiddenUsername, lead, passwordField, secret, submitButton } from '../../ui/form.js';
import type { View } from '../../ui/view.js';

export { styles } from './set-password.styles.js';

function ruleText(rule: PasswordRule, policy: PasswordPolicy): string {
  switch (rule) {
    case 'minLength':
      return msg(str`At least ${policy.minLength} characters`);
    case 'maxLength':
      return msg(str`At most ${policy.maxLength} characters`);
    case 'lowercase':
      return msg('A lowercase letter');
    case 'uppercase':
      return msg('An uppercase letter');
    case 'digit':
      return msg('A digit');
    case 'symbol':
      return msg('A symbol, such as ! or -');
  }
}

/*
 * The checklist and the match note follow the typing without a round trip through the
 * machine (it never sees a password until submit): the input handler sets `data-typed`,
 * `data-met`, `hidden` and `data-match`, which the template leaves alone, and CSS shows
 * the words that fit. Before any typing the list is neutral: what is needed, not what is
 * missing. The maximum length is said only when the password comes near it.
 */
const NEAR_MAX = 10;

function follow(event: Event, policy: PasswordPolicy): void {
  const form = (event.currentTarget as HTMLElement).closest('form');
  if (!form) return;
  const password = form.querySelector<HTMLInputElement>('input[name=password]')?.value ?? '';
  const confirm = form.querySelector<HTMLInputElement>('input[name=confirm]')?.value ?? '';
  form.querySelector('.checklist')?.setAttribute('data-typed', String(password !== ''));
  for (const status of passwordChecklist(password, policy)) {
    const item = form.querySelector(`[data-rule=${status.rule}]`);
    item?.setAttribute('data-met', String(status.met));
    if (status.rule === 'maxLength') item?.toggleAttribute('hidden', status.met && password.length < (policy.maxLength ?? 0) - NEAR_MAX);
  }
  form.querySelector('[data-match]')?.setAttribute('data-match', confirm === '' ? 'empty' : String(confirm === password));
}

export function newPasswordFields(policy: PasswordPolicy | undefined, error: ErrorInfo | undefined, busy: boolean): TemplateResult {
  const rules = policy ? passwordChecklist('', policy) : [];
  // A mismatch named under the repeated password is said there only, not again in the note.
  const mismatchShown = fieldError(error, 'confirm') !== undefined;
  return html`<div class="new-password" @input=${(event: Event) => policy && follow(event, policy)}>
    ${passwordField({
      name: 'password',
      label: msg('New password'),
      autocomplete: 'new-password',
      revealLabel: msg('Show passwords'),
      revealAlso: ['confirm'],
      // "done" and "missing" are for screen readers; the marks (✓, •) say the same to the eye.
      below: rules.length
        ? html`<p class="checklist-title" part="hint">${msg('Your password needs:')}</p>
            <ul class="checklist" part="checklist" data-typed="false">
              ${rules.map(
                ({ rule }) =>
                  html`<li data-rule=${rule} data-met="false" ?hidden=${rule === 'maxLength'}>
                    ${ruleText(rule, policy!)}<span class="met visually-hidden">, ${msg('done')}</span><span class="unmet visually-hidden">, ${msg('missing')}</span>
                  </li>`,
              )}
            </ul>`
        : undefined,
      error,
      busy,
      maxlength: policy?.maxLength,
    })}
    ${passwordField({
      name: 'confirm',
      label: msg('Repeat the password'),
      autocomplete: 'new-password',
      error,
      busy,
      maxlength: policy?.maxLength,
    })}
    ${mismatchShown
      ? nothing
      : html`<p class="match" part="hint" data-match="empty">
          <span class="same">${msg('The passwords are the same.')}</span><span class="differ">${msg('The passwords are not the same yet.')}</span>
        </p>`}
  </div>`;
}

/** The name a password manager files the new password under. */
export function usernameOf(fields: Fields): string | undefined {
  if (fields.identifier) return fields.identifier;
  if (fields.email) return fields.email;
  if (fields.customerNumber) return fields.customerNumber;
  if (fields.countryCode && fields.nationalNumber) return `${fields.countryCode}${fields.nationalNumber.replace(/\D/g, '')}`;
  return fields.mobile;
}

export const setPasswordView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const busy = snapshot.hasTag('busy');
  return html`
    ${heading(context.flow === 'forgotPassword' ? msg('Choose a new password') : msg('Choose your password'))}
    ${lead(msg('You sign in with this password from now on.'))}
    ${errorNotice(context.error, context.now, locale)}
    ${form(
      {
        name: 'set-password',
        busy,
        onSubmit: (data) => send({ type: 'password.submit', password: secret(data, 'password'), confirm: secret(data, 'confirm') }),
      },
      html`${hiddenUsername(usernameOf(context.fields))} ${newPasswordFields(context.config?.passwordPolicy, context.error, busy)}
      ${actions(submitButton(msg('Save password'), snapshot, locale), backButton(send))}`,
    )}
  `;
};
