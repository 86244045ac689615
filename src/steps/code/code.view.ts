/*
 * One-time code entry: one input (one box per digit breaks SMS code suggestions and
 * screen readers), numeric keyboard, `one-time-code` autofill, paste of a grouped code
 * ("123 456"), and it submits itself once the code is complete. The resend countdown
 * comes from the server's cool-down (context.resendAt) and reads as text.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '../../i18n/msg.js';
import { formatDuration, formatTime } from '../../i18n/format.js';
import { isCompleteOneTimeCode, normaliseOneTimeCode } from '../../validation/one-time-code.js';
import { actions, backButton, errorNotice, form, heading, linkButton, submitButton, text, textField } from '../../ui/form.js';
import { contactList } from '../../ui/contact.js';
import { secondsUntil, type View, type ViewContext } from '../../ui/view.js';

export { styles } from './code.styles.js';

export const codeView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const challenge = context.challenge;
  const busy = snapshot.hasTag('busy');
  const length = challenge?.codeLength ?? context.config?.otp.codeLength ?? 6;
  const closed = snapshot.matches({ code: 'locked' }) || snapshot.matches({ code: 'expired' });
  const wait = secondsUntil(context.resendAt, context.now);

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

  // As typed where the user typed it (a typo shows, and "change" mends it), else the server's masked one.
  const typed = typedAddress(context);
  const destination = typed ?? challenge?.destination ?? '';
  const sent =
    challenge?.channel === 'sms' ? msg(str`We sent a code by text message to ${destination}.`) : msg(str`We sent a code by e-mail to ${destination}.`);

  return html`
    ${heading(challenge?.channel === 'sms' ? msg('Check your phone') : msg('Check your e-mail'))}
    <p class="lead sent-to" part="text"><span id="nl-sent-to">${sent}</span>
      ${typed !== undefined ? linkButton(msg('Change'), () => send({ type: 'back' }), { describedBy: 'nl-sent-to' }) : nothing}</p>
    ${errorNotice(error, context.now, locale)}
    ${form(
      { name: 'code', busy, onSubmit: (data) => send({ type: 'code.submit', code: normaliseOneTimeCode(text(data, 'code')) }) },
      html`
        ${keyed(
          // A new error gives a fresh, empty input: a wrong code is a secret not worth keeping.
          context.errorSeq,
          html`<div class="code-field" style=${styleMap({ '--_digits': String(length) })} @input=${onInput} @paste=${onPaste}>
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
        <p class="resend" part="text">
          ${linkButton(msg('Send a new code'), () => send({ type: 'code.resend' }), {
            disabled: wait > 0 || busy,
            part: 'resend-button',
            ...(wait > 0 ? { describedBy: 'nl-resend-wait' } : {}),
          })}
          ${wait > 0 ? html`<span class="countdown" id="nl-resend-wait" part="countdown">(${formatDuration(locale, wait)})</span>` : nothing}
        </p>
        ${mayNotBeRegistered(context) ? html`<div class="no-code" part="text"><p>${msg('No code? Then you may not be registered with us. Please contact customer service.')}</p>
          ${contactList(context.config?.support)}</div>` : nothing}
        ${actions(closed ? nothing : submitButton(msg('Continue'), snapshot, locale), backButton(send))}
      `,
    )}
  `;
};

/**
 * The address the code went to as the user typed it (a typo shows), where "change"
 * leads back to the form that holds it; else undefined, and the server's masked
 * destination is shown (a second factor goes to a number saved before).
 */
function typedAddress(context: ViewContext): string | undefined {
  const { fields, flow, challenge } = context;
  if (challenge?.channel === 'sms') {
    if (flow !== 'mobileRegistration' || !fields.nationalNumber) return undefined;
    return `${fields.countryCode ?? ''} ${fields.nationalNumber}`.trim();
  }
  if ((flow === 'activation' || flow === 'verifyAndCreate') && fields.email) return fields.email;
  if (flow === 'forgotPassword' && fields.identifier?.includes('@')) return fields.identifier;
  return undefined;
}

/** Activation and verify-and-create send a code only to addresses they know: silence may mean an unknown one. */
const mayNotBeRegistered = (context: ViewContext): boolean =>
  (context.flow === 'activation' || context.flow === 'verifyAndCreate') && context.challenge?.channel !== 'sms';
