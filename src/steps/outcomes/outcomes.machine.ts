/*
 * The screens that end a flow without signing in: "check your inbox" (F5, F6, F7) and
 * "contact customer service" (F4, F7a). Sign in, or another flow, is the way on.
 */
import { flowChosen, toSignIn } from '../step-form.js';
import { stepsSetup } from '../steps.setup.js';

const outcome = stepsSetup.createStateConfig({
  exit: 'clearError',
  on: { back: toSignIn, 'flow.start': flowChosen },
});

export const checkInbox = outcome;
export const contactSupport = outcome;
