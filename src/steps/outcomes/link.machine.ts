/*
 * Landing from a mailed link (`?nl-link=`): F5 finishes the registration and signs in,
 * F7a and F7b continue with choosing a password (the steps take over). A link that does
 * not work says so, with sign-in or a new link as the way on.
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

/** link_invalid or link_expired (or the request failed): sign in, or ask for a new link. */
export const linkFailed = loginSetup.createStateConfig({
  exit: 'clearError',
  on: { back: '#login.signIn', 'flow.start': flowStart },
});
