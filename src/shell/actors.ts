/*
 * Every API call of the machine as an actor of its own, bound to one ApiClient:
 * `loginMachine.provide({ actors: apiActors(api) })` gives a login its API, and tests
 * and stories swap any call the same way. The client never enters the context (a
 * snapshot stays plain data). Each call takes the abort signal XState gives it, so it is
 * abandoned as soon as its state is left. Secrets arrive sealed and are revealed only here.
 */
import { fromCallback, fromPromise } from 'xstate';
import type { ApiClient } from '../api/client.js';
import type { BankIdMachine } from '../flows/bankid/bankid.machine.js';
import type { StepsMachine } from '../steps/steps.machine.js';
import type { FormFlow } from '../steps/steps.setup.js';
import type { BankIdOrder, Session, Step, TenantConfig } from '../api/types.js';
import { loadFlowChecks, loadFormChecks } from '../validation/forms.js';
import type { Landing } from './landing.js';
import { mergeConfig, type ConfigOverrides } from './overrides.js';
import type { Secret } from './secret.js';
import type { FlowName } from './types.js';

export interface BootOutput {
  config: TenantConfig;
  session: Session;
  /** A BankID order this session still has running (the page was reloaded mid-order). */
  order: BankIdOrder | null;
  landing: Landing;
}

/** Each flow's machine, a chunk of its own (src/flows/<flow>/<flow>.machine.ts). */
const FLOW_MACHINES: Record<FormFlow, () => Promise<{ withApi(api: ApiClient): StepsMachine }>> = {
  activation: () => import('../flows/activation/activation.machine.js'),
  verifyAndCreate: () => import('../flows/verify-and-create/verify-and-create.machine.js'),
  mobileRegistration: () => import('../flows/mobile-registration/mobile-registration.machine.js'),
  customerNumberRegistration: () => import('../flows/customer-number-registration/customer-number-registration.machine.js'),
  forgotCustomerNumber: () => import('../flows/forgot-customer-number/forgot-customer-number.machine.js'),
  emailRegistration: () => import('../flows/email-registration/email-registration.machine.js'),
  passwordLink: () => import('../flows/password-link/password-link.machine.js'),
  forgotPassword: () => import('../flows/forgot-password/forgot-password.machine.js'),
};

/** The machine's calls, made with `api`. */
export function apiActors(api: ApiClient) {
  const boot = fromPromise<BootOutput, { landing: Landing; overrides?: ConfigOverrides }>(async ({ input, signal }) => {
    // Each request starts as soon as what it depends on is known: nothing waits for the session but the session.
    const configured = api.getConfig({ signal });
    const checks = configured.then((config) => loadFormChecks(mergeConfig(config, input.overrides)));
    // Resuming is a convenience: if it cannot be asked, the user simply starts anew.
    const running = configured.then((config) => (config.methods.bankid ? api.getCurrentBankIdOrder({ signal }) : null)).catch(() => null);
    const [config, session] = await Promise.all([configured, api.getSession({ signal }), checks]);
    const order = session.authenticated ? null : await running;
    return { config, session, order, landing: input.landing };
  });

  const redeemLink = fromPromise<Step, { token: Secret }>(({ input, signal }) =>
    api.redeemLink({ token: input.token.reveal() }, { signal }),
  );

  const signInWithPassword = fromPromise<Step, { identifier: string; password: Secret; rememberMe?: boolean }>(
    ({ input, signal }) =>
      api.signInWithPassword(
        {
          identifier: input.identifier,
          password: input.password.reveal(),
          ...(input.rememberMe !== undefined ? { rememberMe: input.rememberMe } : {}),
        },
        { signal },
      ),
  );

  /**
   * A flow's machine loads when the flow is chosen: its form, then the steps that follow;
   * after the shell's own forms (sign-in, a mailed link), the steps alone.
   */
  const loadSteps = fromPromise<StepsMachine, { flow: FlowName | undefined; atStep: boolean; config: TenantConfig | undefined }>(async ({ input }) => {
    const { flow, atStep, config } = input;
    if (atStep || !flow || flow === 'signIn') return (await import('../steps/steps.machine.js')).withApi(api);
    // The flow's code and what its form checks beyond it come together: no round trip after the other.
    const [machine] = await Promise.all([FLOW_MACHINES[flow](), loadFlowChecks(flow, config)]);
    return machine.withApi(api);
  });

  /** F8 loads when BankID is first shown (or at boot, when the visit begins in it): a machine of its own, its calls bound to `api`. */
  const loadBankId = fromPromise<BankIdMachine>(() => import('../flows/bankid/bankid.machine.js').then((flow) => flow.withApi(api)));

  const startIdentityProvider = fromPromise<{ redirectUrl: string }, { providerId: string; returnUrl: string }>(
    ({ input, signal }) => api.startIdentityProvider(input.providerId, { returnUrl: input.returnUrl }, { signal }),
  );

  const signOut = fromPromise<void>(({ signal }) => api.signOut({ signal }));

  /**
   * The page signed the user out and the widget already shows it: the session ends on the
   * server in the background. Not given a signal, like a cancel; a failure is the page's
   * to notice (its next load finds the session still signed in).
   */
  const endSession = fromPromise<void>(() => api.signOut().catch(() => undefined));

  return {
    boot,
    redeemLink,
    signInWithPassword,
    loadSteps,
    loadBankId,
    startIdentityProvider,
    signOut,
    endSession,
  };
}

export const TICK_MS = 1000;

/** Sends `tick` every second while a countdown is on screen. */
export const ticker = fromCallback(({ sendBack }) => {
  const timer = setInterval(() => sendBack({ type: 'tick' }), TICK_MS);
  return () => clearInterval(timer);
});

/** The client of a login that was given none: every call fails, saying so. */
export const noApi = new Proxy({} as ApiClient, {
  get: (_, name) =>
    name === 'then'
      ? undefined
      : () => Promise.reject(new Error('This login has no API: create it with loginMachine.provide({ actors: apiActors(api) }).')),
});

export const loginActors = { ...apiActors(noApi), ticker };
