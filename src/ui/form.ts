/*
 * The building blocks every view uses, so that each form has the same structure that
 * password managers, screen readers and keyboards rely on: a real <form> submitted by a
 * real submit button, a <label> for each input, the error of a field tied to it with
 * aria-invalid and aria-describedby, and inputs that stay focusable (readonly, never
 * disabled) while a request runs, so focus and the on-screen keyboard stay put.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from '../i18n/locale-controller.js';
import type { ErrorInfo } from '../shell/types.js';
import { formatDuration } from '../i18n/format.js';
import { msg } from '../i18n/msg.js';
import { errorText, fieldText } from './error-messages.js';
import { secondsUntil, type Send, type ViewSnapshot } from './view.js';

/** The step's heading; the element moves focus here when a step has no field to start in. */
export const heading = (text: string): TemplateResult =>
  html`<h2 class="heading" id="nl-heading" part="heading" tabindex="-1">${text}</h2>`;

export const lead = (text: string | TemplateResult): TemplateResult => html`<p class="lead" part="text">${text}</p>`;

/**
 * The message of a field, when the current error names it: the field's own text for the
 * reason (`describe`, e.g. "Enter your CPR number." under "CPR-nummer"), else the
 * generic one for the field's name.
 */
export function fieldError(error: ErrorInfo | undefined, name: string, describe?: (reason: string) => string | undefined): string | undefined {
  const reason = error?.fields?.[name];
  if (reason) return describe?.(reason) ?? fieldText(name, reason);
  if (name === 'password' && error?.code === 'password_policy') return fieldText(name, 'policy');
  if (name === 'code' && (error?.code === 'code_invalid' || error?.code === 'code_expired' || error?.code === 'code_attempts_exceeded')) {
    return fieldText(name, 'invalid');
  }
  return undefined;
}

export interface FieldOptions {
  name: string;
  label: string;
  autocomplete: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date';
  inputmode?: 'text' | 'numeric' | 'tel' | 'email';
  /** What was typed before (never a secret): the default value of the input. */
  value?: string | undefined;
  hint?: string | TemplateResult | undefined;
  error?: ErrorInfo | undefined;
  busy?: boolean;
  /** Only for a field that cannot be used at all any more (a locked code); never during a request. */
  disabled?: boolean;
  required?: boolean;
  maxlength?: number;
  /** Extra content after the input, e.g. the show-password button. */
  after?: TemplateResult;
  /** Under the input and its error, and read with it (aria-describedby), e.g. the password checklist. */
  below?: TemplateResult;
  /** The field's own error text for a reason (the label it names, the rule it breaks); else the generic one. */
  describe?: ((reason: string) => string | undefined) | undefined;
}

export function textField(o: FieldOptions): TemplateResult {
  const id = `nl-${o.name}`;
  const message = fieldError(o.error, o.name, o.describe);
  const described = [o.hint ? `${id}-hint` : '', message ? `${id}-error` : '', o.below ? `${id}-below` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${id} part="label">${o.label}</label>
    ${o.hint ? html`<div class="hint" id="${id}-hint" part="hint">${o.hint}</div>` : nothing}
    <div class="control">
      <input
        id=${id}
        part="input"
        name=${o.name}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        value=${o.value ?? ''}
        ?data-password=${o.type === 'password'}
        spellcheck="false"
        autocapitalize="off"
        ?required=${o.required ?? true}
        ?readonly=${o.busy ?? false}
        ?disabled=${o.disabled ?? false}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${ifDefined(described || undefined)}
      />${o.after ?? nothing}
    </div>
    ${message ? html`<p class="field-error" id="${id}-error" part="field-error">${message}</p>` : nothing}
    ${o.below ? html`<div class="below" id="${id}-below">${o.below}</div>` : nothing}
  </div>`;
}

/**
 * The username a password manager should store a new password under, on steps that
 * show only password fields (Apple Passwords otherwise saves an entry without one).
 */
export function hiddenUsername(username: string | undefined): TemplateResult | typeof nothing {
  return username ? html`<input type="text" name="username" autocomplete="username" value=${username} hidden readonly />` : nothing;
}

export interface FormOptions {
  name: string;
  busy: boolean;
  onSubmit: (data: FormData, form: HTMLFormElement) => void;
}

/**
 * A form of the step. `novalidate`: the widget checks input itself and words the
 * problems in the widget's language (the browser's bubbles follow the browser's).
 */
export function form(o: FormOptions, content: TemplateResult): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (o.busy) return;
    const target = event.currentTarget as HTMLFormElement;
    // Password managers offer to save only what sits in password fields when the form is sent.
    concealPasswords(target);
    o.onSubmit(new FormData(target), target);
  };
  return html`<form name=${o.name} part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${submit}>${content}</form>`;
}

/** Time left of a Retry-After that holds the step's button, as the button shows it. */
const waitLeft = (context: Pick<ViewSnapshot['context'], 'error' | 'now'>, locale: Locale): TemplateResult | typeof nothing => {
  const seconds = secondsUntil(context.error?.retryAt, context.now);
  return seconds > 0 ? html` <span class="wait" part="countdown">(${formatDuration(locale, seconds)})</span>` : nothing;
};

/**
 * The button that submits the form; it stays focusable and says it is busy while a
 * request runs, and is disabled with the time left while a Retry-After runs out.
 */
export const submitButton = (label: string, snapshot: ViewSnapshot, locale: Locale): TemplateResult => {
  const busy = snapshot.hasTag('busy');
  const blocked = snapshot.hasTag('blocked');
  return html`<button type="submit" class="primary" part="button primary-button" aria-disabled=${busy || blocked ? 'true' : 'false'}>
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}${blocked ? waitLeft(snapshot.context, locale) : nothing}
  </button>`;
};

export interface ButtonOptions {
  /** `primary` for the step's main action; else `secondary` (back, resend, another way). */
  kind?: 'primary' | 'secondary';
  /** Parts besides `button` and `<kind>-button`, e.g. `back-button`. */
  part?: string;
  /** Stays focusable and says so (aria-disabled); a click does nothing. */
  disabled?: boolean;
  /** After the label, e.g. the time left of a Retry-After. */
  after?: TemplateResult | typeof nothing;
}

/** A button that does not submit the form; disabled, it stays in the tab order and ignores clicks. */
export function button(label: string, onClick: () => void, o: ButtonOptions = {}): TemplateResult {
  const kind = o.kind ?? 'secondary';
  return html`<button
    type="button"
    class=${kind}
    part="button ${kind}-button ${o.part ?? ''}"
    aria-disabled=${o.disabled ? 'true' : 'false'}
    @click=${() => {
      if (!o.disabled) onClick();
    }}
  >
    ${label}${o.after ?? nothing}
  </button>`;
}

/** "Try again" after a failure; while a Retry-After runs out it is disabled and shows the time left. */
export const retryButton = (context: Pick<ViewSnapshot['context'], 'error' | 'now'>, locale: Locale, onClick: () => void): TemplateResult =>
  button(msg('Try again'), onClick, { kind: 'primary', disabled: secondsUntil(context.error?.retryAt, context.now) > 0, after: waitLeft(context, locale) });

/** A button that is not the form's main action (back, resend, another way). */
export const secondaryButton = (label: string, onClick: () => void, options: Omit<ButtonOptions, 'kind'> = {}): TemplateResult =>
  button(label, onClick, options);

/** "Back": one, in the row of the step's actions, after the main action. */
export const backButton = (send: Send, label = msg('Back')): TemplateResult =>
  secondaryButton(label, () => send({ type: 'back' }), { part: 'back-button' });

/** A button that reads like a link (forgot password, other flows); it changes the step, not the page. */
export const linkButton = (label: string, onClick: () => void, o: { disabled?: boolean; describedBy?: string; part?: string } = {}): TemplateResult =>
  html`<button
    type="button"
    class="link"
    part="button link-button ${o.part ?? ''}"
    aria-disabled=${o.disabled ? 'true' : 'false'}
    aria-describedby=${ifDefined(o.describedBy)}
    @click=${() => {
      if (!o.disabled) onClick();
    }}
  >
    ${label}
  </button>`;

/** Field errors under their fields say what is wrong; a banner above them would say it again. */
const saidAtFields = (error: ErrorInfo): boolean =>
  (error.code === 'validation_failed' || error.code === 'password_policy') && Object.keys(error.fields ?? {}).length > 0;

/**
 * The error of the step, shown in place as a tinted panel with a mark; the element's
 * live region announces it once. Not shown when the fields it names say it themselves.
 */
export function errorNotice(error: ErrorInfo | undefined, now: number, locale: Locale): TemplateResult | typeof nothing {
  if (!error || saidAtFields(error)) return nothing;
  return html`<div class="notice error" id="nl-error" part="error">${alertMark}<p>${errorText(error, now, locale)}</p></div>`;
}

/** A circled exclamation mark, drawn in the text's colour; the words beside it say everything. */
const alertMark = html`<svg class="mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M10 5.5v5.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="10" cy="14.25" r="1.15" fill="currentColor"/></svg>`;

export const actions = (...content: (TemplateResult | typeof nothing)[]): TemplateResult =>
  html`<div class="actions" part="actions">${content}</div>`;

/** A trimmed text field of a FormData (FormData values are strings for these inputs). */
export const text = (data: FormData, name: string): string => String(data.get(name) ?? '').trim();

/** A password or PIN exactly as typed: spaces are part of it. */
export const secret = (data: FormData, name: string): string => String(data.get(name) ?? '');

/** Before the form is sent every password is hidden again, and every show/hide control says so. */
function concealPasswords(form: HTMLFormElement): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-password]')) input.type = 'password';
  for (const button of form.querySelectorAll('[data-reveal]')) button.setAttribute('aria-pressed', 'false');
}

/*
 * Show/hide flips the type of every input the control names (aria-controls) in place:
 * the template sets `type` once, so a re-render (a countdown tick, a language switch)
 * keeps the user's choice. One control serves a new password and its repetition.
 */
function toggleReveal(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const root = button.getRootNode() as ShadowRoot | Document;
  const show = button.getAttribute('aria-pressed') !== 'true';
  for (const id of (button.getAttribute('aria-controls') ?? '').split(' ')) {
    const input = id ? root.getElementById(id) : null;
    if (input instanceof HTMLInputElement) input.type = show ? 'text' : 'password';
  }
  button.setAttribute('aria-pressed', String(show));
}

/** An eye; struck through while the password shows (CSS picks by aria-pressed). */
const eyeMark = html`<svg class="mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">
  <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" /><circle cx="12" cy="12" r="3" /><path class="strike" d="M4 4l16 16" />
</svg>`;

export interface PasswordFieldOptions extends Omit<FieldOptions, 'type' | 'value' | 'after' | 'inputmode'> {
  /** The accessible name of the show/hide control (a toggle: aria-pressed says whether it shows); none: the field has no control. */
  revealLabel?: string;
  /** The names of further password fields the control shows and hides with this one. */
  revealAlso?: string[];
}

/** A password input with a show/hide eye inside it. Never pre-filled: secrets are not kept. */
export function passwordField(o: PasswordFieldOptions): TemplateResult {
  const controls = [o.name, ...(o.revealAlso ?? [])].map((name) => `nl-${name}`).join(' ');
  return textField({
    ...o,
    type: 'password',
    ...(o.revealLabel
      ? {
          after: html`<button
            type="button"
            class="reveal"
            part="button reveal-button"
            data-reveal
            aria-pressed="false"
            aria-label=${o.revealLabel}
            title=${o.revealLabel}
            aria-controls=${controls}
            @click=${toggleReveal}
          >
            ${eyeMark}
          </button>`,
        }
      : {}),
  });
}
