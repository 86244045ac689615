/*
 * The identifier field of a tenant: e-mail, customer number, personal or organisation
 * number, or mobile, each with its own label and keyboard. Password managers store it
 * as the username.
 */
import type { TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';
import type { IdentifierKind, TenantConfig } from '../api/types.js';
import type { ErrorInfo } from '../machine/types.js';
import { textField, type FieldOptions } from './form.js';

export function identifierLabel(kind: IdentifierKind | undefined): string {
  switch (kind) {
    case 'customerNumber':
      return msg('Customer number');
    case 'personalNumber':
      return msg('Personal identity number');
    case 'organisationNumber':
      return msg('Organisation number');
    case 'mobile':
      return msg('Mobile number');
    default:
      return msg('E-mail address');
  }
}

function keyboard(kind: IdentifierKind | undefined): Pick<FieldOptions, 'type' | 'inputmode' | 'hint'> {
  switch (kind) {
    case 'email':
    case undefined:
      return { type: 'email', inputmode: 'email' };
    case 'mobile':
      return { type: 'tel', inputmode: 'tel' };
    case 'organisationNumber':
      return { inputmode: 'numeric', hint: msg('Companies write 16 before the number: 16XXXXXX-XXXX.') };
    default:
      return { inputmode: 'numeric' };
  }
}

export function identifierField(
  config: TenantConfig | undefined,
  o: { name: string; value: string | undefined; error: ErrorInfo | undefined; busy: boolean },
): TemplateResult {
  const kind = config?.identifier.kind;
  return textField({ ...o, label: identifierLabel(kind), autocomplete: 'username', ...keyboard(kind) });
}
