/*
 * F9: an external identity provider. The backend hands the provider's address; the
 * element navigates the top window there (providers refuse frames). The return lands on
 * the page with `?nl-idp=`, which boot reads (session.ts).
 */
import { assertEvent } from 'xstate';
import { failure } from '../../shell/transitions.js';
import { loginSetup } from '../../shell/setup.js';

export const redirecting = loginSetup.createStateConfig({
  tags: 'busy',
  initial: 'starting',
  states: {
    starting: {
      invoke: {
        id: 'startIdentityProvider',
        src: 'startIdentityProvider',
        input: ({ context, event }) => {
          assertEvent(event, 'idp.start');
          return { providerId: event.providerId, returnUrl: context.returnUrl ?? '' };
        },
        onDone: { target: 'leaving', actions: { type: 'navigate', params: ({ event }) => ({ url: event.output.redirectUrl }) } },
        onError: { target: '#login.signIn', actions: { type: 'showError', params: failure } },
      },
    },
    /** The page is navigating away; should it not (the navigate event went unhandled), the form comes back. */
    leaving: { after: { navigationGrace: '#login.signIn' } },
  },
  on: { back: 'signIn' },
});
