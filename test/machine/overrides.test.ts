/*
 * config-overrides merge at every depth, as their type (a deep partial) says: objects
 * key by key, lists and values replaced, undefined changing nothing.
 */
import { expect } from '@open-wc/testing';
import { mergeConfig } from '../../src/shell/overrides.js';
import type { TenantConfig } from '../../src/api/types.js';

const config = {
  tenant: { id: 'demo', name: 'Demo' },
  identifier: { kind: 'email' },
  methods: { password: true, bankid: true, identityProviders: [{ id: 'azure', name: 'Azure AD' }, { id: 'mitid', name: 'MitID' }] },
  links: { newCustomer: 'https://demo.example/new' },
  support: { email: 'support@demo.example', phone: '+4512345678' },
} as unknown as TenantConfig;

describe('config-overrides', () => {
  it('merge nested objects key by key and leave the rest as the server said', () => {
    const merged = mergeConfig(config, { methods: { bankid: false }, support: { phone: '+4587654321' } });
    expect(merged.methods).to.deep.equal({ ...config.methods, bankid: false });
    expect(merged.support).to.deep.equal({ email: 'support@demo.example', phone: '+4587654321' });
    expect(merged.tenant).to.equal(config.tenant);
  });

  it('replace lists whole, and undefined changes nothing', () => {
    const merged = mergeConfig(config, { methods: { identityProviders: [{ id: 'bankid-no', name: 'BankID' }] }, links: undefined });
    expect(merged.methods.identityProviders).to.deep.equal([{ id: 'bankid-no', name: 'BankID' }]);
    expect(merged.links).to.deep.equal(config.links);
  });

  it('leave the configuration untouched', () => {
    const before = JSON.stringify(config);
    mergeConfig(config, { methods: { password: false } });
    expect(JSON.stringify(config)).to.equal(before);
  });
});
