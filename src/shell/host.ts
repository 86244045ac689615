/*
 * What the page itself asks of the widget, through the element's `reset()` and
 * `signOut()`: taken in every state. A running BankID order is cancelled on the way
 * (bankid.ts adds that to these transitions).
 */
import { and } from 'xstate';

/** Back to the first step with nothing typed; configuration and session are loaded afresh. */
export const reset = { target: '#login.loading', actions: 'forgetAll' as const };

/**
 * The page signed the user out: the widget shows it at once. With the configuration at
 * hand it goes straight to its first step and ends the session on the server in the
 * background; still loading, it ends the session first (so that loading cannot find it
 * signed in), then loads afresh. `endSession: false` when the page has ended it already.
 */
export const hostSignOut = [
  { guard: and(['hasConfig', 'endsSession']), target: '#login.choosingStart', actions: ['hostSignOut' as const, 'endSessionInBackground' as const] },
  { guard: 'hasConfig' as const, target: '#login.choosingStart', actions: 'hostSignOut' as const },
  { guard: 'endsSession' as const, target: '#login.endingSession', actions: 'hostSignOut' as const },
  { target: '#login.loading', actions: 'hostSignOut' as const },
];

/** In a running BankID order: the same, and the order is cancelled (the configuration is always at hand there). */
export const hostWhileOrderRuns = {
  reset: { ...reset, actions: ['abandonOrder' as const, 'forgetAll' as const] },
  'host.signOut': hostSignOut.slice(0, 2).map((transition) => ({ ...transition, actions: ['abandonOrder' as const, ...[transition.actions].flat()] })),
};
