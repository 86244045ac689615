/*
 * The checks a form passes before anything is sent: the same rules the server applies,
 * so that a typo costs no round trip, no rate-limit budget and no wrong attempt. Each
 * check answers the values to send (canonical where possible) and the fields to mark.
 * Passwords and PINs are checked but never returned: they travel only on the event that
 * carries them. Here, what every form shares and sign-in's check, on the first screen;
 * the flows' forms' checks load with the flows (flow-forms.ts).
 */
import type { TenantConfig } from '../api/types.js';
import {
  loadIdentifierChecks,
  validateIdentifier,
  type IdentifierCountry,
  type IdentifierKind,
  type IdentifierOptions,
} from './identifier.js';
import type { ErrorDraft } from '../shell/errors.js';
import type { FlowName } from '../shell/types.js';

/** The values to send (canonical where the check could make them so), and what is wrong, if anything. */
export interface Check<T> {
  value: T;
  error?: ErrorDraft;
}

export const passed = <T>(value: T): Check<T> => ({ value });

/** Collects field reasons; the first reason per field wins. */
export class FieldErrors {
  readonly fields: Record<string, string> = {};

  add(field: string, reason: string): void {
    this.fields[field] ??= reason;
  }

  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }

  take<T>(field: string, result: { ok: true; value: T } | { ok: false; reason: string }): T | undefined {
    if (result.ok) return result.value;
    this.add(field, result.reason);
    return undefined;
  }

  result<T>(value: T): Check<T> {
    return this.empty ? passed(value) : { value, error: { code: 'validation_failed', fields: this.fields } };
  }
}

const required = (value: string | undefined): { ok: true; value: string } | { ok: false; reason: string } =>
  value !== undefined && value !== '' ? { ok: true, value } : { ok: false, reason: 'required' };

/** The country of a calling code, for configurations that predate identifier.country. */
const COUNTRY_OF_CALLING_CODE: Record<string, IdentifierCountry> = { '+46': 'SE', '+47': 'NO', '+45': 'DK', '+358': 'FI' };
const CALLING_CODE_OF_COUNTRY: Record<IdentifierCountry, string> = { SE: '+46', NO: '+47', DK: '+45', FI: '+358' };

/** Whose national rules the tenant's identifiers follow: identifier.country, else its phone's country, else Sweden. */
export function identifierCountry(config: TenantConfig | undefined): IdentifierCountry {
  return config?.identifier.country ?? COUNTRY_OF_CALLING_CODE[config?.phone.defaultCountry ?? ''] ?? 'SE';
}

/** Loads what sign-in checks beyond the widget's own code: the tenant's identifier, if its country's personal or organisation number. */
export async function loadFormChecks(config: TenantConfig): Promise<void> {
  await loadIdentifierChecks(config.identifier.kind, identifierCountry(config));
}

/** Loads what a flow's form checks beyond the widget's own code, beside the flow's chunk: F7a's personal number of the tenant's country. */
export async function loadFlowChecks(flow: FlowName, config: TenantConfig | undefined): Promise<void> {
  if (flow === 'emailRegistration') await loadIdentifierChecks('personalNumber', identifierCountry(config));
}

/** The validator's options for the tenant's identifier: its country, pattern and the number kinds it takes. */
export function identifierOptions(config: TenantConfig | undefined): IdentifierOptions {
  const identifier = config?.identifier;
  const country = identifierCountry(config);
  const testNumbers = identifier?.testNumbers === true;
  return {
    country,
    ...(identifier?.pattern ? { pattern: identifier.pattern } : {}),
    allowCoordinationNumber: identifier?.coordinationNumbers ?? true,
    allowDNumber: identifier?.dNumbers ?? true,
    allowHNumber: testNumbers,
    allowSyntheticNumber: testNumbers,
    allowTemporary: testNumbers,
    // A mobile number as identifier follows the identifier's country; elsewhere the phone's default.
    defaultCountry: identifier?.kind === 'mobile' ? CALLING_CODE_OF_COUNTRY[country] : (config?.phone.defaultCountry ?? CALLING_CODE_OF_COUNTRY[country]),
  };
}

export function identifierOf(config: TenantConfig | undefined, value: string, kind: IdentifierKind = config?.identifier.kind ?? 'email') {
  return validateIdentifier(kind, value, identifierOptions(config));
}

export function checkSignIn(config: TenantConfig | undefined, identifier: string, password: string): Check<{ identifier: string }> {
  const errors = new FieldErrors();
  const canonical = errors.take('identifier', identifierOf(config, identifier));
  errors.take('password', required(password));
  return errors.result({ identifier: canonical ?? identifier });
}

