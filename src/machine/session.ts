/*
 * Start and end of a visit: loading the configuration and session (and whatever the
 * address brought: a mailed link, an identity provider's return, a BankID order still
 * running), the "existing or new customer" question (F11), signed in and signing out (F10).
 */
import type { DoneActorEvent, EventObject } from 'xstate';
import type { BootOutput } from './actors.js';
import { parseLanding, type Landing } from './landing.js';
import { failure } from './transitions.js';
import { loginSetup } from './setup.js';
import type { LoginInput } from './types.js';

/** The answer of boot, from its done event (also read by the state boot leads to). */
export const bootOutput = (event: EventObject): BootOutput => (event as DoneActorEvent<BootOutput>).output;
const bootOf = ({ event }: { event: EventObject }) => ({ output: bootOutput(event) });

/** The address is read on the machine's first start only (its init event carries the input). */
function landingOf(event: EventObject): Landing {
  const input = (event as { input?: LoginInput }).input;
  return event.type === 'xstate.init' ? parseLanding(input?.search) : {};
}

export const loading = loginSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'boot',
    src: 'boot',
    input: ({ context, event }) => ({ api: context.api, landing: landingOf(event) }),
    onDone: [
      { guard: { type: 'bootHasLink', params: bootOf }, target: 'redeemingLink', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootSignedIn', params: bootOf }, target: 'signedIn', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootIdpReturn', params: bootOf }, target: 'signIn', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootHasOrder', params: bootOf }, target: 'bankid.pending', actions: { type: 'applyBoot', params: bootOf } },
      { target: 'choosingStart', actions: { type: 'applyBoot', params: bootOf } },
    ],
    onError: { target: 'unavailable', actions: { type: 'showError', params: failure } },
  },
});

/** Where a visit without anything pending begins, by what the tenant offers. */
export const choosingStart = loginSetup.createStateConfig({
  always: [
    { guard: 'hasNewCustomerLink', target: 'welcome' },
    { guard: 'bankIdOnly', target: 'bankid' },
    { target: 'signIn' },
  ],
});

export const unavailable = loginSetup.createStateConfig({
  exit: 'clearError',
  on: { retry: 'loading' },
});

export const welcome = loginSetup.createStateConfig({
  on: {
    'customer.existing': [{ guard: 'bankIdOnly', target: 'bankid' }, { target: 'signIn' }],
    'customer.new': { actions: 'navigateToNewCustomer' },
  },
});

export const signedIn = loginSetup.createStateConfig({
  exit: 'clearError',
  on: { signOut: 'signingOut' },
});

export const signingOut = loginSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'signOut',
    src: 'signOut',
    input: ({ context }) => ({ api: context.api }),
    onDone: { target: 'choosingStart', actions: 'forgetUser' },
    onError: { target: 'signedIn', actions: { type: 'showError', params: failure } },
  },
});
