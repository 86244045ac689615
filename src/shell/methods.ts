/*
 * Which way in the sign-in step leads with (`methods.primary`), and which flows count as
 * registration (the "New customer? Register" chooser). The machine decides by these and
 * the views lay out by the same answers.
 */
import type { TenantConfig } from '../api/types.js';
import type { FlowName } from './types.js';

/** `password`, `bankid` or an identity provider's id. */
export type Method = string;

/** The methods a tenant offers, password first, then BankID, then its providers in order. */
export function offeredMethods(config: TenantConfig | undefined): Method[] {
  if (!config) return [];
  const { methods } = config;
  return [...(methods.password !== false ? ['password'] : []), ...(methods.bankid ? ['bankid'] : []), ...methods.identityProviders.map((p) => p.id)];
}

/** The method that leads: `methods.primary` if the tenant offers it, else password, else the first offered. */
export function leadingMethod(config: TenantConfig | undefined): Method | undefined {
  const offered = offeredMethods(config);
  const primary = config?.methods.primary;
  return primary !== undefined && offered.includes(primary) ? primary : offered[0];
}

/** The sign-in step shows the leading method alone first, with password one tap away. */
export const leadsWithOtherMethod = (config: TenantConfig | undefined): boolean =>
  config?.methods.password !== false && leadingMethod(config) !== 'password';

/** The flows that make a new user, in the order the chooser lists them. */
export const REGISTRATION_FLOWS = [
  'activation',
  'verifyAndCreate',
  'mobileRegistration',
  'customerNumberRegistration',
  'emailRegistration',
  'passwordLink',
] as const satisfies readonly FlowName[];

export type RegistrationFlow = (typeof REGISTRATION_FLOWS)[number];

export const registrationFlows = (config: TenantConfig | undefined): RegistrationFlow[] =>
  REGISTRATION_FLOWS.filter((flow) => config?.flows[flow] === true);
