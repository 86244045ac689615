/*
 * Landing from a mailed link (`?nl-link=`): F5 finishes the registration and signs in,
 * F7a and F7b continue with choosing a password. And the screens that end a flow without
 * signing in: "check your inbox" (F5, F6, F7) and "contact customer service" (F4, F7a).
 */
import { flowStart } from './navigation.js';
import { seal } from './secret.js';
import { bootOutput } from './session.js';
import { failure, onStep } from './transitions.js';
import { loginSetup } from './setup.js';

export const redeemingLink = loginSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'redeemLink',
    src: 'redeemLink',
    // Entered only from boot, whose output carries the sealed token it read from the address.
    input: ({ context, event }) => ({
      api: context.api,
      token: bootOutput(event).landing.link ?? seal(''),
    }),
    onDone: onStep,
    onError: { target: 'linkFailed', actions: { type: 'showError', params: failure } },
  },
});

const outcome = loginSetup.createStateConfig({
  exit: 'clearError',
  on: { back: '#login.signIn', 'flow.start': flowStart },
});

/** link_invalid or link_expired (or the request failed): sign in, or ask for a new link. */
export const linkFailed = outcome;
export const checkInbox = outcome;
export const contactSupport = outcome;
