/*
 * What the page itself asks of the widget, through the element's `reset()` and
 * `signOut()`: taken in every state. A running BankID order is cancelled on the way
 * (the shell's BankID step does that whenever it is left, bankid.ts).
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
