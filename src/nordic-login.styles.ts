import { css } from 'lit';

/*
 * Every colour, size and font is a --nl-* custom property with a fallback, so a page
 * themes the widget by setting a dozen variables on `nordic-login` (or any ancestor),
 * and ::part() reaches further. The private --_* properties hold the resolved values
 * once, for light and dark. Sizes are in rem and the layout wraps, so 320 px wide or
 * 200 % zoom needs no horizontal scrolling.
 */
export const styles = css`
  :host {
    --_primary: var(--nl-color-primary, #0b5cad);
    --_on-primary: var(--nl-color-on-primary, #ffffff);
    --_text: var(--nl-color-text, #1b1f24);
    --_muted: var(--nl-color-muted, #555d66);
    --_background: var(--nl-color-background, #ffffff);
    --_surface: var(--nl-color-surface, #ffffff);
    --_border: var(--nl-color-border, #8a939c);
    --_error: var(--nl-color-error, #b3261e);
    --_success: var(--nl-color-success, #1d6b35);
    --_focus: var(--nl-color-focus, var(--_primary));
    --_radius: var(--nl-radius, 0.375rem);
    --_space: var(--nl-space, 1rem);

    display: block;
    box-sizing: border-box;
    max-width: var(--nl-max-width, 28rem);
    font-family: var(--nl-font-family, inherit);
    font-size: var(--nl-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    color-scheme: light;
    overflow-wrap: anywhere;
  }

  /* Dark: when asked for, or when the system prefers it and the page did not say light. */
  :host([theme='dark']) {
    --_primary: var(--nl-color-primary, #8ab8f0);
    --_on-primary: var(--nl-color-on-primary, #0d1b2a);
    --_text: var(--nl-color-text, #e8eaed);
    --_muted: var(--nl-color-muted, #b0b7bf);
    --_background: var(--nl-color-background, #1b1f24);
    --_surface: var(--nl-color-surface, #111418);
    --_border: var(--nl-color-border, #7d8792);
    --_error: var(--nl-color-error, #f2b8b5);
    --_success: var(--nl-color-success, #8fd6a2);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_primary: var(--nl-color-primary, #8ab8f0);
      --_on-primary: var(--nl-color-on-primary, #0d1b2a);
      --_text: var(--nl-color-text, #e8eaed);
      --_muted: var(--nl-color-muted, #b0b7bf);
      --_background: var(--nl-color-background, #1b1f24);
      --_surface: var(--nl-color-surface, #111418);
      --_border: var(--nl-color-border, #7d8792);
      --_error: var(--nl-color-error, #f2b8b5);
      --_success: var(--nl-color-success, #8fd6a2);
      color-scheme: dark;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .frame {
    background: var(--_background);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  .heading {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  h3 {
    font-size: 1em;
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .lead,
  .hint,
  .countdown,
  .match {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9375em;
    margin: 0 0 calc(var(--_space) * 0.25);
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  .control {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: stretch;
    min-width: 0;
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    flex: 1 1 auto;
    min-width: 0;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[readonly] {
    opacity: 0.85;
  }
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  input[name='code'] {
    font-size: 1.5em;
    letter-spacing: 0.25em;
    font-variant-numeric: tabular-nums;
  }
  .field-error,
  .notice.error {
    color: var(--_error);
    font-weight: 600;
  }
  .field-error {
    margin: 0;
  }
  .notice {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid currentColor;
    margin: 0 0 var(--_space);
  }
  .phone {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .phone .country {
    flex: 1 1 9rem;
  }
  .phone .field:not(.country) {
    flex: 2 1 10rem;
  }
  .check,
  fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: normal;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_primary);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  button,
  a.button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    text-align: center;
    text-decoration: none;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    flex: 1 1 auto;
  }
  .secondary,
  .method,
  .reveal {
    background: transparent;
    color: var(--_primary);
  }
  .reveal {
    flex: 0 0 auto;
    white-space: nowrap;
  }
  .method {
    width: 100%;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  /* The eIDs' own buttons (../shared/BANKID.md, brand rules): their colours in light and dark, 48 px, their type. */
  .eid {
    min-height: 48px;
    border: 0;
    color: #fff;
    font-weight: 500;
  }
  .mitid {
    background: #0060e6;
    border-radius: 4px;
    font-family: 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  }
  .mitid:hover {
    background: #004cb8;
  }
  .bankid-no {
    background: #39134c;
    border-radius: 8px;
    font-family: Roboto, system-ui, -apple-system, 'Segoe UI', Arial, sans-serif;
    font-size: 18px;
  }
  .bankid-no:hover {
    background: #470d70;
  }
  :host([theme='dark']) .bankid-no {
    background: #f6f6f9;
    color: #39134c;
  }
  :host([theme='dark']) .bankid-no:hover {
    background: #e6e1ec;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .bankid-no {
      background: #f6f6f9;
      color: #39134c;
    }
    :host(:not([theme='light'])) .bankid-no:hover {
      background: #e6e1ec;
    }
  }
  .link {
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.25rem 0;
    justify-content: flex-start;
    text-align: start;
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Keyboard focus is always visible; two colours so it shows on any background. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_background);
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .links {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .checklist {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0;
  }
  .checklist li::before {
    content: '✗ ';
  }
  .checklist li[data-met='true'] {
    color: var(--_success);
  }
  .checklist li[data-met='true']::before {
    content: '✓ ';
  }
  .checklist li[data-met='true'] .unmet,
  .checklist li[data-met='false'] .met,
  .match[data-match='empty'],
  .match[data-match='true'] .differ,
  .match[data-match='false'] .same {
    display: none;
  }
  .match[data-match='true'] {
    color: var(--_success);
  }

  .qr {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    margin: 0 auto var(--_space);
    padding: 0.5rem;
    background: #fff;
    color: #000;
    border: 1px solid var(--_border);
  }
  .qr svg {
    max-width: 100%;
    height: auto;
  }
  /* The enlarged code fills what the screen allows, rounded down to whole pixels per module. */
  .qr-large {
    max-width: 100vw;
    max-height: 100dvh;
    padding: 1rem;
    border: 0;
    background: #fff;
    color: #000;
    text-align: center;
  }
  .qr-large::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  .qr-large svg {
    display: block;
    width: min(calc(100vw - 2rem), calc(100dvh - 6rem), 40rem);
    width: round(down, min(calc(100vw - 2rem), calc(100dvh - 6rem), 40rem), calc(var(--_modules) * 1px));
    height: auto;
    margin: 0 auto 1rem;
  }
  .qr-hint {
    font-size: 0.875em;
  }
  .status {
    font-weight: 600;
  }
  .user {
    font-size: 1.125em;
    font-weight: 600;
  }

  .busy {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    flex: 0 0 auto;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  /* The checklist's words are for screen readers; its marks carry the same for sighted users. */
  .visually-hidden,
  .checklist .met,
  .checklist .unmet {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* ---------------------------------------------------------------------------------
   * The views' own markup (issue #19): the error panel, the eye inside the password
   * field, the checklist under it, the code field, resend, the signed-in confirmation,
   * the "or" divider, the registration chooser and the actions row on a narrow screen.
   * Buttons and tokens are styled above; these rules only place the new markup.
   * --------------------------------------------------------------------------------- */
  .frame {
    container-type: inline-size;
  }
  .mark {
    flex: 0 0 auto;
  }
  .notice.error {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    border-inline-start: 0;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_error) 10%, var(--_background));
    border: 1px solid color-mix(in srgb, var(--_error) 45%, var(--_background));
  }
  .notice.error p {
    margin: 0;
  }
  .notice.error .mark {
    margin-block-start: 0.125rem;
  }

  /* The show/hide eye sits inside the input, at its end. */
  .control:has(> .reveal) {
    position: relative;
  }
  .control:has(> .reveal) input {
    padding-inline-end: 3rem;
  }
  .control > .reveal {
    position: absolute;
    inset-block: 1px;
    inset-inline-end: 1px;
    min-height: 0;
    width: 2.75rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .reveal .strike {
    display: none;
  }
  .reveal[aria-pressed='true'] .strike {
    display: inline;
  }

  /* The checklist under the new password: neutral until something is typed. */
  .below {
    margin-block-end: calc(var(--_space) * 0.5);
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .checklist-title {
    margin: 0.25rem 0 0;
  }
  .checklist li[hidden] {
    display: none;
  }
  .checklist[data-typed='false'] li::before {
    content: '• ';
  }
  .checklist[data-typed='false'] li .met,
  .checklist[data-typed='false'] li .unmet {
    display: none;
  }
  .checklist[data-typed='true'] li[data-met='false'] {
    color: var(--_text);
  }
  .new-password {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  /* One input that reads as the code's digits: as wide as they are, a line under each. */
  .code-field input[name='code'] {
    box-sizing: border-box;
    width: calc(var(--_digits, 6) * 1.6ch + 1.5rem + 4px);
    max-width: 100%;
    flex: 0 0 auto;
    padding: 0.25rem 0.75rem 0.375rem;
    letter-spacing: 0.6ch;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    background-image: repeating-linear-gradient(to right, var(--_border) 0 1ch, transparent 1ch 1.6ch);
    background-size: calc(var(--_digits, 6) * 1.6ch) 2px;
    background-repeat: no-repeat;
    background-origin: content-box;
    background-clip: content-box;
    background-position: 0 100%;
  }
  /* The method a tenant leads with is the step's main action. */
  .method.leads {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .sent-to .link,
  .resend .link {
    min-height: 0;
    padding: 0;
  }
  .resend {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .no-code p,
  .contact {
    margin: 0;
  }

  /* Signed in: a tick beside one heading, the user's name under it. */
  .confirmation {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: center;
    margin: 0 0 var(--_space);
  }
  .confirmation .success {
    color: var(--_success);
  }
  .confirmation .heading {
    margin: 0;
  }
  .confirmation .user {
    grid-column: 2;
    margin: 0;
  }
  /* Focus reaches a heading only to start reading there: no ring, however it got there. */
  .heading:focus-visible {
    outline: none;
    box-shadow: none;
  }

  /* "or" between the leading way in and the others. */
  .divider {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: var(--_space) 0;
    color: var(--_muted);
  }
  .divider::before,
  .divider::after {
    content: '';
    flex: 1 1 0;
    border-block-start: 1px solid var(--_border);
  }
  .entries {
    display: grid;
    margin: var(--_space) 0 0;
  }
  .entries .link {
    min-height: 2rem;
  }
  .entries p {
    margin: 0;
  }

  /* On a phone: the actions one under the other, all as wide as the primary. */
  @container (max-width: 22rem) {
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
    .actions > * {
      width: 100%;
    }
  }
`;
