/*
 * Screens without a form: waiting for the network, and the service being unreachable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';
import { actions, errorNotice, heading, lead, retryButton } from '../ui/form.js';
import type { View } from '../ui/view.js';
import type { Locale } from '../i18n/locale-controller.js';
import type { LoginContext } from './types.js';

function busyText(step: string | undefined): string {
  switch (step) {
    case 'redeemingLink':
      return msg('Opening your link…');
    case 'redirecting':
      return msg('Taking you to sign in…');
    case 'signingOut':
      return msg('Signing you out…');
    default:
      return msg('Loading…');
  }
}

/**
 * A step that waits for the network; role=status lets screen readers hear what is going
 * on. Until the widget has the texts of its language, the spinner alone.
 */
export const busyView = (step?: string, hasTexts = true): TemplateResult =>
  html`<div class="busy" part="text" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>${hasTexts ? heading(busyText(step)) : nothing}
  </div>`;

export const unavailableView: View = (snapshot, send, locale) => html`
  ${heading(msg('Sign-in is not available right now'))}
  ${snapshot.context.error
    ? // The error says why and what to do; the general sentence would say it a second time.
      errorNotice(snapshot.context.error, snapshot.context.now, locale)
    : lead(msg('We could not reach the service. Check your connection and try again.'))}
  ${actions(retryButton(snapshot.context, locale, () => send({ type: 'retry' })))}
`;

/** A step whose code could not be loaded (offline, a CDN hiccup): the network error and "try again". */
export const loadFailedView = (context: Pick<LoginContext, 'now'>, locale: Locale, retry: () => void): TemplateResult => html`
  <div role="alert">${errorNotice({ code: 'network', seq: 0 }, context.now, locale)}</div>
  ${actions(retryButton({ now: context.now }, locale, retry))}
`;
