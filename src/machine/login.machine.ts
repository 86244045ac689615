/*
 * The whole sign-in conversation as one statechart. Top-level states are the screens
 * the element shows; each flow family lives in a file of its
 * own and is composed here. No DOM: the machine runs in browsers and in Node alike, and
 * asks the element (emitted `navigate`) to do what only a page can.
 */
import { bankid } from './bankid.js';
import { code } from './code.js';
import { redirecting } from './identity-provider.js';
import { checkInbox, contactSupport, linkFailed, redeemingLink } from './links.js';
import { enrolPhone } from './phone.js';
import { forgotCustomerNumber, forgotPassword, passwordLink } from './recovery.js';
import { activation, customerNumberRegistration, emailRegistration, mobileRegistration, verifyAndCreate } from './registration.js';
import { choosingStart, endingSession, loading, signedIn, signingOut, unavailable, welcome } from './session.js';
import { hostSignOut, reset } from './host.js';
import { setPassword } from './set-password.js';
import { parseLanding } from './landing.js';
import { loginSetup, returnUrlOf } from './setup.js';
import { signIn } from './sign-in.js';

export const loginMachine = loginSetup.createMachine({
  id: 'login',
  context: ({ input }) => ({
    api: input.api,
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
  states: {
    loading,
    unavailable,
    choosingStart,
    welcome,
    signIn,
    activation,
    verifyAndCreate,
    mobileRegistration,
    customerNumberRegistration,
    forgotCustomerNumber,
    emailRegistration,
    passwordLink,
    forgotPassword,
    code,
    enrolPhone,
    setPassword,
    checkInbox,
    contactSupport,
    redeemingLink,
    linkFailed,
    bankid,
    redirecting,
    signedIn,
    signingOut,
    endingSession,
  },
});

export type LoginMachine = typeof loginMachine;
