/*
 * Type tests, checked by `npm run typecheck` (tsc --noEmit over the project): what an
 * integrator writes compiles, and each `@ts-expect-error` line must be an error (tsc
 * fails on an expect-error that is not one). Nothing here runs.
 */
import type * as React from 'react';
import { NordicLogin as NordicLoginReact } from '../../src/react.js';
import type { ConfigOverrides, NordicLogin, NordicLoginEventMap, StartStep } from '../../src/element.js';
import type { GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';

declare const el: NordicLogin;

// ---------------------------------------------------------------- configOverrides: the deep partial the runtime merges
el.configOverrides = { methods: { bankid: false } };
el.configOverrides = { links: { newCustomer: '/bli-kund' }, passwordPolicy: { minLength: 12 } };
el.configOverrides = { methods: { identityProviders: [{ id: 'mitid', name: 'MitID' }] } };
// @ts-expect-error a key the configuration does not have
el.configOverrides = { methods: { bankId: false } };
// @ts-expect-error a value of the wrong kind
el.configOverrides = { methods: { bankid: 'no' } };
// @ts-expect-error a list is replaced whole: its items stay complete
el.configOverrides = { methods: { identityProviders: [{ id: 'mitid' }] } };
const overrides: ConfigOverrides = { identifier: { kind: 'email' } };
void overrides;

// ---------------------------------------------------------------- the host-page API
el.signOut();
el.signOut({ endSession: false });
el.reset();
el.start = 'activation';
el.start = 'bankid';
// @ts-expect-error not a step
el.start = 'welcome';
const step: StartStep = 'forgotPassword';
void step;
// @ts-expect-error the option is a boolean
el.signOut({ endSession: 'no' });

// ---------------------------------------------------------------- events: typed on the element and in detail
el.addEventListener('nl-signed-in', (event) => {
  const name: string = event.user.displayName;
  const same: string = event.detail.user.displayName;
  void [name, same];
});
el.addEventListener('nl-error', (event) => {
  const code: NordicLoginEventMap['nl-error']['code'] = event.detail.code;
  // @ts-expect-error an error code is one of the known ones
  const wrong: typeof code = 'nope';
  void wrong;
});
document.querySelector('nordic-login')?.addEventListener('nl-step-change', (event) => void event.detail.step.toUpperCase());

// ---------------------------------------------------------------- React 19: the raw tag in TSX, and the wrapper
type RawTag = React.JSX.IntrinsicElements['nordic-login'];
const raw: RawTag = {
  'api-base': '/api',
  lang: 'sv',
  start: 'activation',
  configOverrides: { methods: { bankid: false } },
  'onnl-signed-in': (event) => void event.user.id,
};
// @ts-expect-error not a step
const rawWrongStart: RawTag = { start: 'register' };
// @ts-expect-error the event's type is known
const rawWrongEvent: RawTag = { 'onnl-error': (event: { user: string }) => void event };
void [raw, rawWrongStart, rawWrongEvent];

type WrapperProps = React.ComponentProps<typeof NordicLoginReact>;
const wrapper: WrapperProps = { apiBase: '/api', start: 'bankid', returnUrl: '/back', onSignedIn: (event) => void event.detail.user };
// @ts-expect-error apiBase is a string
const wrapperWrong: WrapperProps = { apiBase: 1 };
void [wrapper, wrapperWrong];

// ---------------------------------------------------------------- Vue: GlobalComponents, as vue-tsc checks a template

type VueProps = InstanceType<GlobalComponents['nordic-login']>['$props'];
const vue: VueProps = { 'api-base': '/api', start: 'passwordLink', onNlSignedIn: (event) => void event.detail.user.id };
// @ts-expect-error not a step
const vueWrongStart: VueProps = { start: 'register' };
// @ts-expect-error configOverrides is checked too
const vueWrongOverrides: VueProps = { configOverrides: { methods: { bankid: 'no' } } };
void [vue, vueWrongStart, vueWrongOverrides];
