/*
 * The integrator's overrides of the tenant configuration (`config-overrides`): any part
 * of it, at any depth. The type and the merge say the same thing: objects merge key by
 * key all the way down, anything else (a value, a list such as the identity providers)
 * replaces what the server said, and an override that is `undefined` changes nothing.
 */
import type { TenantConfig } from '../api/types.js';

/** Every key optional, at every depth; lists are replaced whole, so they stay complete. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What `config-overrides` / `configOverrides` takes: `{ methods: { bankid: false } }`, `{ links: { newCustomer: '/new' } }`. */
export type ConfigOverrides = DeepPartial<TenantConfig>;

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlain(base) || !isPlain(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = merge(base[key], value);
  return merged;
}

/** The tenant's configuration with the integrator's overrides merged over it, at every depth. */
export function mergeConfig(config: TenantConfig, overrides: ConfigOverrides | undefined): TenantConfig {
  return overrides ? (merge(config, overrides) as TenantConfig) : config;
}
