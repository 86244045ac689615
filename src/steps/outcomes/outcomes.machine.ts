/*
 * Landing from a mailed link (`?nl-link=`): F5 finishes the registration and signs in,
 * F7a and F7b continue with choosing a password. And the screens that end a flow without
 * signing in: "check your inbox" (F5, F6, F7) and "contact customer service" (F4, F7a).
 */
import { flowStart } from '../../shell/navigation.js';
import { seal } from '../../shell/secret.js';
import { failedWith, failure, onStep } from '../../shell/transitions.js';
import { loginSetup } from '../../shell/setup.js';

export const redeemingLink = loginSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'redeemLink',
    src: 'redeemLink',
    // Entered only from boot, when the address brought a (sealed) link token.
    input: ({ context }) => ({ token: context.landing.link ?? seal('') }),
    onDone: onStep.map((transition) => ({ ...transition, actions: ['useLanding' as const, transition.actions] })),
    onError: [
      // A token the server would not even read (mangled, or thousands of characters) is a bad link, not a form to correct.
      {
        guard: { type: 'errorIn', params: failedWith('validation_failed') },
        target: 'linkFailed',
        actions: { type: 'showError', params: { draft: { code: 'link_invalid' } } },
      },
      { target: 'linkFailed', actions: { type: 'showError', params: failure } },
    ],
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
