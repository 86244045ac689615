/*
 * The sign-in conversation's shell: what every page needs before the first click (boot,
 * password sign-in, the welcome choice, the registration chooser, the identity-provider
 * redirect, a mailed link, signed in and signing out). Top-level states are the screens
 * the element shows. Every other flow is a machine of its own in its folder under
 * src/flows, loaded with import() when chosen and run as a child: the flows with a form
 * and the steps after it (src/steps; steps.ts here), and BankID (bankid.ts). No DOM: the machine runs in
 * browsers and in Node alike, and asks the element (emitted `navigate`) to do what only a
 * page can.
 */
import { redirecting } from '../flows/identity-provider/identity-provider.machine.js';
import { linkFailed, redeemingLink } from '../steps/outcomes/link.machine.js';
import { bankid } from './bankid.js';
import { choosingStart, loading, unavailable } from './boot.js';
import { welcome } from '../flows/welcome/welcome.machine.js';
import { endingSession, signedIn, signingOut } from '../flows/signed-in/signed-in.machine.js';
import { hostSignOut, reset } from './host.js';
import { steps } from './steps.js';
import type { StepScreen } from '../steps/steps.setup.js';
import { parseLanding } from './landing.js';
import { loginSetup, returnUrlOf } from './setup.js';
import { register, signIn } from '../flows/sign-in/sign-in.machine.js';

/** The top-level states: the screens the element shows, one view each (see SCREENS in nordic-login.ts). */
const screens = {
  loading,
  unavailable,
  choosingStart,
  welcome,
  signIn,
  register,
  steps,
  redeemingLink,
  linkFailed,
  bankid,
  redirecting,
  signedIn,
  signingOut,
  endingSession,
};

/** Every screen the element shows: the shell's, and those of the steps it runs (src/steps). */
export type Screen = keyof typeof screens | StepScreen;

export const loginMachine = loginSetup.createMachine({
  id: 'login',
  context: ({ input }) => ({
    now: Date.now(),
    errorSeq: 0,
    landing: parseLanding(input.search),
    fields: input.identifier ? { identifier: input.identifier } : {},
    prefill: input.identifier ? { identifier: input.identifier } : {},
    ...(input.start ? { start: input.start } : {}),
    mobile: input.mobile === true,
    ...(input.configOverrides ? { overrides: input.configOverrides } : {}),
    ...(returnUrlOf(input) ? { returnUrl: returnUrlOf(input) } : {}),
  }),
  initial: 'loading',
  on: {
    tick: { actions: 'updateNow' },
    restart: { target: '.loading', actions: ['clearError', 'forgetFlow'] },
    reset,
    'host.signOut': hostSignOut,
  },
  states: screens,
});

export type LoginMachine = typeof loginMachine;
