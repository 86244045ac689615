/*
 * One-time code entry: one input (one box per digit breaks SMS code suggestions and
 * screen readers), numeric keyboard, `one-time-code` autofill, paste of a grouped code
 * ("123 456"), and it submits itself once the code is complete. The resend countdown
 * comes from the server's cool-down (context.resendAt) and reads as text.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '../../i18n/msg.js';
import { formatDuration, formatTime } from '../../i18n/format.js';
import { isCompleteOneTimeCode, normaliseOneTimeCode } from '../../validation/one-time-code.js';
import { actions, errorNotice, form, heading, lead, secondaryButton, submitButton, text, textField } from '../../ui/form.js';
import { secondsUntil, type View } from '../../ui/view.js';

export const codeView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const challenge = context.challenge;
  const busy = snapshot.hasTag('busy');
  const length = challenge?.codeLength ?? context.config?.otp.codeLength ?? 6;
  const closed = snapshot.matches({ code: 'locked' }) || snapshot.matches({ code: 'expired' });
  const wait = secondsUntil(context.resendAt, context.now);
  const destination = challenge?.destination ?? '';
  const error = context.error;

  /** Grouped or spaced codes fold to digits as they arrive, so maxlength never cuts a pasted code short. */
  const tidy = (input: HTMLInputElement, value: string) => {
    const code = normaliseOneTimeCode(value);
    if (input.value !== code) input.value = code;
    if (!busy && isCompleteOneTimeCode(code, { codeLength: length })) input.form?.requestSubmit();
  };
  // Listened to on the field's wrapper: the target is the input.
  const onInput = (event: InputEvent) => {
    const input = event.target;
    if (input instanceof HTMLInputElement) tidy(input, input.value);
  };
  const onPaste = (event: ClipboardEvent) => {
    const pasted = event.clipboardData?.getData('text') ?? '';
    const input = event.target;
    if (!pasted || !(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? input.value.length;
    tidy(input, input.value.slice(0, start) + pasted + input.value.slice(end));
  };

  return html`
    ${heading(challenge?.channel === 'sms' ? msg('Check your phone') : msg('Check your e-mail'))}
    ${lead(
      challenge?.channel === 'sms'
        ? msg(str`We sent a code by text message to ${destination}.`)
        : msg(str`We sent a code by e-mail to ${destination}.`),
    )}
    ${errorNotice(error, context.now, locale)}
    ${form(
      { name: 'code', busy, onSubmit: (data) => send({ type: 'code.submit', code: normaliseOneTimeCode(text(data, 'code')) }) },
      html`
        ${keyed(
          // A new error gives a fresh, empty input: a wrong code is a secret not worth keeping.
          error?.seq ?? 0,
          html`<div @input=${onInput} @paste=${onPaste}>
            ${textField({
              name: 'code',
              label: msg('Code'),
              hint: context.codeExpiresAt ? msg(str`The code works until ${formatTime(locale, context.codeExpiresAt)}.`) : undefined,
              autocomplete: 'one-time-code',
              inputmode: 'numeric',
              maxlength: length,
              error,
              busy,
              disabled: closed,
            })}
          </div>`,
        )}
        ${closed ? html`<p class="notice" part="text">${msg('This code can no longer be used. Send a new code.')}</p>` : nothing}
        ${actions(
          closed ? nothing : submitButton(msg('Continue'), snapshot, locale),
          secondaryButton(msg('Send a new code'), () => send({ type: 'code.resend' }), { disabled: wait > 0 || busy, part: 'resend-button' }),
        )}
        ${wait > 0
          ? html`<p class="countdown" part="countdown">${msg(str`You can send a new code in ${formatDuration(locale, wait)}.`)}</p>`
          : nothing}
        <p class="back">${secondaryButton(msg('Back'), () => send({ type: 'back' }), { part: 'back-button' })}</p>
      `,
    )}
  `;
};
