/*
 * Start and end of a visit: loading the configuration and session (and whatever the
 * address brought: a mailed link, an identity provider's return, a BankID order still
 * running), and where a visit begins when nothing is pending.
 */
import { and, not, type DoneActorEvent, type EventObject } from 'xstate';
import type { BootOutput } from './actors.js';
import { FLOW_NAMES, screenOf } from './navigation.js';
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
    input: ({ context }) => ({ landing: context.landing, ...(context.overrides ? { overrides: context.overrides } : {}) }),
    onDone: [
      { guard: { type: 'bootHasLink', params: bootOf }, target: 'redeemingLink', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootSignedIn', params: bootOf }, target: 'signedIn', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootIdpReturn', params: bootOf }, target: 'signIn', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootBankIdReturn', params: bootOf }, target: 'bankid', actions: { type: 'applyBoot', params: bootOf } },
      { guard: { type: 'bootHasOrder', params: bootOf }, target: 'bankid', actions: { type: 'applyBoot', params: bootOf } },
      { target: 'choosingStart', actions: { type: 'applyBoot', params: bootOf } },
    ],
    onError: { target: 'unavailable', actions: { type: 'showError', params: failure } },
  },
});

/**
 * Just signed out (by the user, or by the page): whoever it was is a customer, so the
 * widget offers sign-in again rather than the "existing or new customer" question.
 */
const signedOutJustNow = ({ event }: { event: EventObject }): boolean =>
  event.type === 'xstate.done.actor.signOut' || event.type === 'host.signOut';

/** Where a visit without anything pending begins, by what the tenant offers. */
export const choosingStart = loginSetup.createStateConfig({
  always: [
    // The integrator's first step, if the tenant offers it.
    ...FLOW_NAMES.map((flow) => ({
      guard: { type: 'startsAt' as const, params: { step: flow } },
      target: screenOf(flow),
      actions: { type: 'startFlow' as const, params: { flow } },
    })),
    { guard: { type: 'startsAt', params: { step: 'bankid' } }, target: 'bankid' },
    { guard: and(['hasNewCustomerLink', not(signedOutJustNow)]), target: 'welcome' },
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
