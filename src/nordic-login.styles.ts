import { css } from 'lit';

/*
 * The dark scheme's resolved values: the --nl-dark-* properties, else defaults of its
 * own. A brand's --nl-color-* are the light scheme's and never reach the dark card; only
 * the brand's primary colour carries over, mixed with white so that it reads on the dark
 * background (and the checkbox, drawn in it, stays visible). Used twice below: when the
 * page asks for dark, and when the system prefers it and the page did not say light.
 */
const dark = css`
  --_primary: var(--nl-dark-color-primary, color-mix(in srgb, var(--nl-color-primary, #0b5cad) 40%, white));
  --_on-primary: var(--nl-dark-color-on-primary, #0d1b2a);
  --_primary-hover: var(--nl-dark-color-primary-hover, color-mix(in srgb, var(--_primary) 80%, white));
  --_primary-pressed: var(--nl-dark-color-primary-pressed, color-mix(in srgb, var(--_primary) 60%, white));
  --_text: var(--nl-dark-color-text, #e8eaed);
  --_muted: var(--nl-dark-color-muted, #b0b7bf);
  --_background: var(--nl-dark-color-background, #1b1f24);
  --_surface: var(--nl-dark-color-surface, #111418);
  --_border: var(--nl-dark-color-border, #7d8792);
  --_error: var(--nl-dark-color-error, #f2b8b5);
  --_success: var(--nl-dark-color-success, #8fd6a2);
  --_focus: var(--nl-dark-color-focus, var(--_primary));
  --_bankid-no: #f6f6f9;
  --_on-bankid-no: #39134c;
  --_bankid-no-hover: #e6e1ec;
  color-scheme: dark;
`;

/*
 * What the first screen and every step share. A step that loads when it is first shown
 * brings the rules only it needs (a `*.styles.ts` beside its view), adopted into the same
 * shadow root when it loads; they read the --_* properties set here.
 *
 * Every colour, size and font is a --nl-* custom property with a fallback, so a page
 * themes the widget by setting a dozen variables on `nordic-login` (or any ancestor),
 * and ::part() reaches further. The private --_* properties hold the resolved values
 * once, for light and dark. Hover and pressed are derived from the primary colour with
 * color-mix() unless a brand names its own. Sizes are in rem and the layout wraps, so
 * 320 px wide or 200 % zoom needs no horizontal scrolling.
 */
export const styles = css`
  :host {
    --_primary: var(--nl-color-primary, #0b5cad);
    --_on-primary: var(--nl-color-on-primary, #ffffff);
    --_primary-hover: var(--nl-color-primary-hover, color-mix(in srgb, var(--_primary) 85%, black));
    --_primary-pressed: var(--nl-color-primary-pressed, color-mix(in srgb, var(--_primary) 70%, black));
    --_text: var(--nl-color-text, #1b1f24);
    --_muted: var(--nl-color-muted, #555d66);
    --_background: var(--nl-color-background, #ffffff);
    --_surface: var(--nl-color-surface, #ffffff);
    --_border: var(--nl-color-border, #8a939c);
    --_error: var(--nl-color-error, #b3261e);
    --_success: var(--nl-color-success, #1d6b35);
    --_focus: var(--nl-color-focus, var(--_primary));
    --_bankid-no: #39134c;
    --_on-bankid-no: #fff;
    --_bankid-no-hover: #470d70;
    --_radius: var(--nl-radius, 0.375rem);
    --_space: var(--nl-space, 1rem);
    --_border-width: var(--nl-border-width, 1px);
    --_control-height: var(--nl-input-height, 2.75rem);

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

  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
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
    border: var(--nl-frame-border, none);
    border-radius: var(--nl-frame-radius, var(--_radius));
    box-shadow: var(--nl-frame-shadow, none);
  }

  .heading {
    font-family: var(--nl-heading-font-family, inherit);
    font-weight: var(--nl-heading-font-weight, 700);
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
  .hint {
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
  label {
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
    min-height: var(--_control-height);
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Under the pointer and in focus; an invalid input keeps its error colour. */
  input:not([type='checkbox'], [type='radio'], [aria-invalid='true']):hover,
  select:hover {
    border-color: var(--_text);
  }
  input:not([type='checkbox'], [type='radio'], [aria-invalid='true']):focus,
  select:focus {
    border-color: var(--_primary);
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
    border-width: max(2px, var(--_border-width));
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
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: normal;
  }
  input[type='checkbox'] {
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
    font-weight: var(--nl-button-font-weight, 600);
    min-height: var(--_control-height);
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: var(--_border-width) solid var(--_primary);
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
    background: var(--_bankid-no);
    color: var(--_on-bankid-no);
    border-radius: 8px;
    font-family: Roboto, system-ui, -apple-system, 'Segoe UI', Arial, sans-serif;
    font-size: 18px;
  }
  .bankid-no:hover {
    background: var(--_bankid-no-hover);
  }
  .link {
    border: 0;
    background: none;
    font-weight: inherit;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.25rem 0;
    justify-content: flex-start;
    text-align: start;
  }

  /*
   * States. Hover and pressed darken the primary colour (lighten it in the dark scheme),
   * which only adds to its contrast; outlined buttons take a tint of it. A button that
   * cannot be used keeps its look. While a request runs the primary button keeps its
   * colour and shows a spinner (aria-disabled, the form aria-busy).
   */
  .primary:not([aria-disabled='true']):hover {
    background: var(--_primary-hover);
    border-color: var(--_primary-hover);
  }
  .primary:not([aria-disabled='true']):active {
    background: var(--_primary-pressed);
    border-color: var(--_primary-pressed);
  }
  :is(.secondary, .method:not(.eid), .reveal):not([aria-disabled='true']):hover {
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
  }
  :is(.secondary, .method:not(.eid), .reveal):not([aria-disabled='true']):active {
    background: color-mix(in srgb, var(--_primary) 20%, transparent);
  }
  .link:hover {
    text-decoration-thickness: 2px;
  }
  .link:active {
    color: var(--_primary-pressed);
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [aria-busy='true'] .primary[aria-disabled='true'] {
    opacity: 1;
    cursor: progress;
  }
  @media (prefers-reduced-motion: no-preference) {
    button,
    a.button,
    input,
    select {
      transition:
        background-color 0.12s ease-out,
        border-color 0.12s ease-out,
        color 0.12s ease-out;
    }
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* ---------------------------------------------------------------------------------
   * The views' own markup (issue #19): the error panel, the eye inside the password
   * field, the signed-in confirmation, the "or" divider and the actions row on a narrow
   * screen. Buttons and tokens are styled above; these rules only place the new markup.
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

  /* The method a tenant leads with is the step's main action. */
  .method.leads {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
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
