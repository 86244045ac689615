/* F10: signed in, and signing out (also when the page signs the user out before the widget has loaded). */
import { failure } from '../../shell/transitions.js';
import { loginSetup } from '../../shell/setup.js';

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
    onDone: { target: 'choosingStart', actions: 'forgetUser' },
    onError: { target: 'signedIn', actions: { type: 'showError', params: failure } },
  },
});
