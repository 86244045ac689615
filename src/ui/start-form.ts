/*
 * The one-field form a flow starts with (activation, verify and create, password link,
 * forgotten password): heading, what happens next, the field, send and back.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale-controller.js';
import { msg } from '../i18n/msg.js';
import { actions, backButton, errorNotice, form, heading, lead, submitButton, textField } from './form.js';
import type { Send, ViewSnapshot } from './view.js';

export interface StartFormOptions {
  title: string;
  intro: string;
  /** The form's name (for password managers and tests). */
  name: string;
  field: TemplateResult;
  submit: string;
  onSubmit: (data: FormData) => void;
}

export function startFormPage(snapshot: ViewSnapshot, send: Send, locale: Locale, o: StartFormOptions): TemplateResult {
  const { context } = snapshot;
  return html`
    ${heading(o.title)} ${lead(o.intro)} ${errorNotice(context.error, context.now, locale)}
    ${form({ name: o.name, busy: snapshot.hasTag('busy'), onSubmit: o.onSubmit }, html`${o.field} ${actions(submitButton(o.submit, snapshot, locale), back(send))}`)}
  `;
}

export const back = (send: Send): TemplateResult => backButton(send);

/** The e-mail field of a start form, with what was typed before. */
export const emailField = (snapshot: ViewSnapshot, label: string): TemplateResult =>
  textField({
    name: 'email',
    label,
    type: 'email',
    inputmode: 'email',
    autocomplete: 'email',
    value: snapshot.context.fields.email,
    error: snapshot.context.error,
    busy: snapshot.hasTag('busy'),
  });

/** The customer number of a registration form, with what was typed before. */
export const customerNumberField = (snapshot: ViewSnapshot): TemplateResult =>
  textField({
    name: 'customerNumber',
    label: msg('Customer number'),
    inputmode: 'numeric',
    autocomplete: 'off',
    value: snapshot.context.fields.customerNumber,
    error: snapshot.context.error,
    busy: snapshot.hasTag('busy'),
  });
