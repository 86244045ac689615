/*
 * Start and end of a visit: loading the configuration and session (and whatever the
 * address brought: a mailed link, an identity provider's return, a BankID order still
 * running), the "existing or new customer" question (F11), signed in and signing out (F10).
 */
import { not, type DoneActorEvent, type EventObject } from 'xstate';
import type { BootOutput } from './actors.js';
import { FLOW_NAMES, toNewCustomer } from './navigation.js';
import { failure } from './transitions.js';
import { loginSetup } from './setup.js';

/** The answer of boot, from its done event (also read by the state boot leads to). */
export const bootOutput = (event: EventObject): BootOutput => (event as DoneActorEvent<BootOutput>).output;
const bootOf = ({ event }: { event: EventObject }) => ({ output: bootOutput(event) });

export const loading = loginSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'boot',
    src: 'boot',
    input: ({ context }) => ({ api: context.api, landing: context.landing }),
    onDone: [
      { guard: { type: 'bootHasLink', params: bootOf }, target: 'redeemingLink', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootSignedIn', params: bootOf }, target: 'signedIn', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootIdpReturn', params: bootOf }, target: 'signIn', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootBankIdReturn', params: bootOf }, target: 'bankid.returning', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootHasOrder', params: bootOf }, target: 'bankid.pending', actions: { type: 'applyBoot', params: bootOf } },
      { target: 'choosingStart', actions: { type: 'applyBoot', params: bootOf } },
    ],
    onError: { target: 'unavailable', actions: { type: 'showError', params: failure } },
  },
});

/** Where a visit without anything pending begins, by what the tenant offers. */
export const choosingStart = loginSetup.createStateConfig({
  always: [
    // The integrator's first step, if the tenant offers it.
    ...FLOW_NAMES.map((flow) => ({
      guard: { type: 'startsAt' as const, params: { step: flow } },
      target: `#login.${flow}`,
      actions: { type: 'startFlow' as const, params: { flow } },
    })),
    { guard: { type: 'startsAt', params: { step: 'bankid' } }, target: 'bankid' },
    { guard: 'hasNewCustomerLink', target: 'welcome' },
    { guard: 'bankIdOnly', target: 'bankid' },
    { target: 'signIn' },
  ],
});

/** "Try again" waits out a Retry-After, counting it down; the address's link or return is still kept. */
export const unavailable = loginSetup.createStateConfig({
  exit: 'clearError',
  invoke: { src: 'ticker' },
  on: { retry: { guard: not('retryWaits'), target: 'loading' } },
});

export const welcome = loginSetup.createStateConfig({
  on: {
    'customer.existing': [{ guard: 'bankIdOnly', target: 'bankid' }, { target: 'signIn' }],
    'customer.new': toNewCustomer,
  },
});

export const signedIn = loginSetup.createStateConfig({
  exit: 'clearError',
  on: { signOut: 'signingOut' },
});

/** The page signed the user out before the widget had loaded: the session ends, then loading begins afresh. */
export const endingSession = loginSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'signOut',
    src: 'signOut',
    input: ({ context }) => ({ api: context.api }),
    // Either way: loading then shows what the server says.
    onDone: 'loading',
    onError: 'loading',
  },
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
