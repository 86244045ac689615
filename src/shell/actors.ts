/*
 * Every API call of the machine as an actor of its own, so tests and stories can swap
 * the network with `loginMachine.provide({ actors })`. Each takes the ApiClient in its
 * input (from the context) and the abort signal XState gives it, so a call is abandoned
 * as soon as its state is left. Secrets arrive sealed and are revealed only here.
 */
import { fromCallback, fromPromise } from 'xstate';
import type { ApiClient } from '../api/client.js';
import type {
  BankIdCollect,
  BankIdDevice,
  BankIdOrder,
  BankIdQr,
  Challenge,
  CustomerNumberRecoveryRequest,
  EmailRegistrationRequest,
  MobileRegistrationRequest,
  PhoneNumber,
  Session,
  Step,
  TenantConfig,
} from '../api/types.js';
import { loadFormChecks } from '../validation/forms.js';
import type { Landing } from './landing.js';
import { mergeConfig, type ConfigOverrides } from './overrides.js';
import type { Secret } from './secret.js';

export interface WithApi {
  api: ApiClient;
}

export interface BootOutput {
  config: TenantConfig;
  session: Session;
  /** A BankID order this session still has running (the page was reloaded mid-order). */
  order: BankIdOrder | null;
  landing: Landing;
}

export const boot = fromPromise<BootOutput, WithApi & { landing: Landing; overrides?: ConfigOverrides }>(async ({ input, signal }) => {
  const [config, session] = await Promise.all([input.api.getConfig({ signal }), input.api.getSession({ signal })]);
  await loadFormChecks(mergeConfig(config, input.overrides));
  // Resuming is a convenience: if it cannot be asked, the user simply starts anew.
  const order =
    config.methods.bankid && !session.authenticated ? await input.api.getCurrentBankIdOrder({ signal }).catch(() => null) : null;
  return { config, session, order, landing: input.landing };
});

export const redeemLink = fromPromise<Step, WithApi & { token: Secret }>(({ input, signal }) =>
  input.api.redeemLink({ token: input.token.reveal() }, { signal }),
);

export const signInWithPassword = fromPromise<Step, WithApi & { identifier: string; password: Secret; rememberMe?: boolean }>(
  ({ input, signal }) =>
    input.api.signInWithPassword(
      {
        identifier: input.identifier,
        password: input.password.reveal(),
        ...(input.rememberMe !== undefined ? { rememberMe: input.rememberMe } : {}),
      },
      { signal },
    ),
);

export const verifyCode = fromPromise<Step, WithApi & { flowId: string; code: Secret }>(({ input, signal }) =>
  input.api.verifyCode(input.flowId, { code: input.code.reveal() }, { signal }),
);

export const resendCode = fromPromise<Challenge, WithApi & { flowId: string }>(({ input, signal }) =>
  input.api.resendCode(input.flowId, { signal }),
);

export const enrolPhone = fromPromise<Step, WithApi & { flowId: string; phone: PhoneNumber }>(({ input, signal }) =>
  input.api.enrolPhone(input.flowId, input.phone, { signal }),
);

export const setPassword = fromPromise<Step, WithApi & { flowId: string; password: Secret }>(({ input, signal }) =>
  input.api.setPassword(input.flowId, { password: input.password.reveal() }, { signal }),
);

export const startActivation = fromPromise<Step, WithApi & { email: string }>(({ input, signal }) =>
  input.api.startActivation({ email: input.email }, { signal }),
);

export const startVerification = fromPromise<Step, WithApi & { email: string }>(({ input, signal }) =>
  input.api.startVerification({ email: input.email }, { signal }),
);

export const registerWithMobile = fromPromise<Step, WithApi & { body: MobileRegistrationRequest }>(({ input, signal }) =>
  input.api.registerWithMobile(input.body, { signal }),
);

export const registerWithCustomerNumber = fromPromise<
  Step,
  WithApi & { customerNumber: string; email: string; pin: Secret; password: Secret }
>(({ input, signal }) =>
  input.api.registerWithCustomerNumber(
    { customerNumber: input.customerNumber, email: input.email, pin: input.pin.reveal(), password: input.password.reveal() },
    { signal },
  ),
);

export const recoverCustomerNumber = fromPromise<Step, WithApi & { body: CustomerNumberRecoveryRequest }>(({ input, signal }) =>
  input.api.recoverCustomerNumber(input.body, { signal }),
);

export const registerEmail = fromPromise<Step, WithApi & { body: EmailRegistrationRequest }>(({ input, signal }) =>
  input.api.registerEmail(input.body, { signal }),
);

export const requestPasswordLink = fromPromise<Step, WithApi & { customerNumber: string }>(({ input, signal }) =>
  input.api.requestPasswordLink({ customerNumber: input.customerNumber }, { signal }),
);

export const startPasswordReset = fromPromise<Step, WithApi & { identifier: string }>(({ input, signal }) =>
  input.api.startPasswordReset({ identifier: input.identifier }, { signal }),
);

export const startBankIdOrder = fromPromise<BankIdOrder, WithApi & { device: BankIdDevice; returnUrl?: string }>(
  ({ input, signal }) =>
    input.api.startBankIdOrder({ device: input.device, ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}) }, { signal }),
);

export const collectBankIdOrder = fromPromise<BankIdCollect, WithApi & { orderId: string }>(({ input, signal }) =>
  input.api.collectBankIdOrder(input.orderId, { signal }),
);

export const getBankIdQr = fromPromise<BankIdQr, WithApi & { orderId: string }>(({ input, signal }) =>
  input.api.getBankIdQr(input.orderId, { signal }),
);

/**
 * Not given the signal: a cancel must reach the server even when the user has moved on.
 * It runs in the background, so a failure is nobody's to show: the order ends on the
 * server by itself within minutes.
 */
export const cancelBankIdOrder = fromPromise<void, WithApi & { orderId: string }>(({ input }) =>
  input.api.cancelBankIdOrder(input.orderId).catch(() => undefined),
);

export const confirmBankIdReturn = fromPromise<BankIdOrder, WithApi & { nonce: Secret }>(({ input, signal }) =>
  input.api.confirmBankIdReturn({ nonce: input.nonce.reveal() }, { signal }),
);

export const startIdentityProvider = fromPromise<{ redirectUrl: string }, WithApi & { providerId: string; returnUrl: string }>(
  ({ input, signal }) => input.api.startIdentityProvider(input.providerId, { returnUrl: input.returnUrl }, { signal }),
);

export const signOut = fromPromise<void, WithApi>(({ input, signal }) => input.api.signOut({ signal }));

/**
 * The page signed the user out and the widget already shows it: the session ends on the
 * server in the background. Not given a signal, like a cancel; a failure is the page's
 * to notice (its next load finds the session still signed in).
 */
export const endSession = fromPromise<void, WithApi>(({ input }) => input.api.signOut().catch(() => undefined));

export const TICK_MS = 1000;

/** Sends `tick` every second while a countdown is on screen. */
export const ticker = fromCallback(({ sendBack }) => {
  const timer = setInterval(() => sendBack({ type: 'tick' }), TICK_MS);
  return () => clearInterval(timer);
});

export const loginActors = {
  boot,
  redeemLink,
  signInWithPassword,
  verifyCode,
  resendCode,
  enrolPhone,
  setPassword,
  startActivation,
  startVerification,
  registerWithMobile,
  registerWithCustomerNumber,
  recoverCustomerNumber,
  registerEmail,
  requestPasswordLink,
  startPasswordReset,
  startBankIdOrder,
  collectBankIdOrder,
  getBankIdQr,
  cancelBankIdOrder,
  confirmBankIdReturn,
  startIdentityProvider,
  signOut,
  endSession,
  ticker,
};
