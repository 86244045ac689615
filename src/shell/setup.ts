/*
 * The vocabulary every flow's machine states speak: context, events, actors, named guards, actions
 * and delays. Flows build their states with `loginSetup.createStateConfig`, and
 * login.machine.ts composes them, so every name is checked against this one list.
 *
 * Guards and actions take what they need as params, computed from the event at the
 * transition (`params: ({ event }) => ...`): the names stay generic and the typing of
 * each done event stays where the invoke is.
 */
import { assign, emit, enqueueActions, setup, spawnChild } from 'xstate';
import { leadsWithOtherMethod, registrationFlows } from './methods.js';
import { navigableUrl } from '../api/urls.js';
import type { BankIdCollect, BankIdOrder, Challenge, Step, TenantConfig, User } from '../api/types.js';
import { loginActors, type BootOutput } from './actors.js';
import { mergeConfig } from './overrides.js';
import type { ErrorDraft } from './errors.js';
import type { Check } from '../validation/forms.js';
import type { BankIdDevice, Fields, FlowName, LoginContext, LoginEmitted, LoginEvent, LoginInput, StartStep } from './types.js';

export const COLLECT_INTERVAL_MS = 2000;
export const QR_INTERVAL_MS = 1000;
/** A little over BankID's own 3-minute order life: the server's expiredTransaction should come first. */
export const BANKID_TIMEOUT_MS = 200_000;
/** If the page has not navigated away by then (blocked, or the navigate event was not handled), the form comes back. */
export const NAVIGATION_GRACE_MS = 10_000;
/** A failed collect or QR fetch is tried again after 1, 2, 4, 8, 8 … seconds, or the server's Retry-After if longer. */
export const RETRY_BASE_MS = 1000;
export const RETRY_MAX_MS = 8000;
/** Collects that may fail in a row before the element gives the order up. */
export const COLLECT_ATTEMPTS = 5;

const backoff = (failures: number | undefined, retryAt: number | undefined) =>
  Math.max(Math.min(RETRY_BASE_MS * 2 ** Math.max(0, (failures ?? 1) - 1), RETRY_MAX_MS), (retryAt ?? 0) - Date.now());

/** What a flow's steps leave in the context: gone when a flow starts or ends. */
const NO_FLOW_STEP = { flowId: undefined, challenge: undefined, inbox: undefined, support: undefined } as const;

/** Everything of a flow under way, for leaving it from wherever it is. */
const FORGET_FLOW = { flow: undefined, ...NO_FLOW_STEP, bankid: undefined, error: undefined } as const;

export const returnUrlOf = (input: LoginInput): string | undefined =>
  input.returnUrl ?? (typeof location === 'undefined' ? undefined : location.href);

/** What a Step says that is not a secret, for the context. */
function stepContext(step: Step, now: number): Partial<LoginContext> {
  switch (step.next) {
    case 'signedIn':
      return { user: step.user, flowId: undefined, challenge: undefined };
    case 'verifyCode':
      return { flowId: step.flowId, ...challengeContext(step.challenge, now) };
    case 'enrolPhone':
    case 'setPassword':
      return { flowId: step.flowId, challenge: undefined };
    case 'checkInbox':
      return { inbox: { channel: step.channel }, flowId: undefined, challenge: undefined };
    case 'contactSupport':
      return { support: { reason: step.reason }, flowId: undefined, challenge: undefined };
  }
}

function challengeContext(challenge: Challenge, now: number): Partial<LoginContext> {
  return {
    challenge,
    resendAt: now + challenge.resendAfterSeconds * 1000,
    codeExpiresAt: now + challenge.expiresInSeconds * 1000,
    now,
  };
}

export const loginSetup = setup({
  types: {
    context: {} as LoginContext,
    events: {} as LoginEvent,
    input: {} as LoginInput,
    emitted: {} as LoginEmitted,
    tags: {} as 'busy' | 'blocked',
  },
  actors: loginActors,
  delays: {
    untilRetry: ({ context }) => Math.max(0, (context.error?.retryAt ?? 0) - Date.now()),
    untilCodeExpires: ({ context }) => Math.max(0, (context.codeExpiresAt ?? 0) - Date.now()),
    collectInterval: COLLECT_INTERVAL_MS,
    // On every wall-clock second, not a second after the last answer: no drift, no skipped codes.
    qrInterval: () => QR_INTERVAL_MS - (Date.now() % QR_INTERVAL_MS),
    bankIdTimeout: BANKID_TIMEOUT_MS,
    navigationGrace: NAVIGATION_GRACE_MS,
    collectRetry: ({ context }) => backoff(context.bankid?.collectFailures, context.error?.retryAt),
    qrRetry: ({ context }) => backoff(context.bankid?.qrFailures, context.error?.retryAt),
  },
  guards: {
    checkFails: (_, params: { check: Check<unknown> }) => params.check.error !== undefined,
    stepIs: (_, params: { step: Step; next: Step['next'] }) => params.step.next === params.next,
    errorIn: (_, params: { code: string; codes: readonly string[] }) => params.codes.includes(params.code),
    blocksUntil: (_, params: { draft: ErrorDraft }) => (params.draft.retryAt ?? 0) > Date.now(),
    /**
     * `flow.start` asked for `requested`; this transition opens `flow`, if the tenant offers it
     * (every flow but sign-in has a switch of its own name in `config.flows`).
     */
    opensFlow: ({ context }, params: { requested: FlowName; flow: FlowName }) =>
      params.requested === params.flow &&
      (params.flow === 'signIn' ? context.config?.methods.password !== false : context.config?.flows[params.flow] === true),
    flowIs: ({ context }, params: { flow: FlowName }) => context.flow === params.flow,
    /** The integrator asked to begin at `step`, and the tenant offers it. */
    startsAt: ({ context }, params: { step: StartStep }) =>
      context.start === params.step &&
      (params.step === 'bankid'
        ? context.config?.methods.bankid === true
        : params.step === 'signIn'
          ? context.config?.methods.password !== false
          : context.config?.flows[params.step] === true),
    hasConfig: ({ context }) => context.config !== undefined,
    /** The page asked the widget to end the session on the server as well. */
    endsSession: ({ event }) => event.type === 'host.signOut' && event.endSession,
    offersBankId: ({ context }) => context.config?.methods.bankid === true,
    offersPassword: ({ context }) => context.config?.methods.password === true,
    offersProvider: ({ context }, params: { providerId: string }) =>
      context.config?.methods.identityProviders.some((p) => p.id === params.providerId) === true,
    hasNewCustomerLink: ({ context }) => Boolean(context.config?.links.newCustomer),
    /** The flow was opened from the registration chooser. */
    chosenFromRegister: ({ context }) => context.chosen === true,
    /** `methods.primary` names BankID or a provider: sign-in shows it first, password one tap away. */
    leadsWithOtherMethod: ({ context }) => leadsWithOtherMethod(context.config),
    /** Something to choose from under "New customer? Register": a registration flow or the new-customer page. */
    offersRegistration: ({ context }) => registrationFlows(context.config).length > 0 || Boolean(context.config?.links.newCustomer),
    newCustomerLinkSafe: ({ context }) => navigableUrl(context.config?.links.newCustomer) !== undefined,
    /** A Retry-After is still running: "try again" waits for it. */
    retryWaits: ({ context }) => (context.error?.retryAt ?? 0) > Date.now(),
    collectGivesUp: ({ context }) => (context.bankid?.collectFailures ?? 0) >= COLLECT_ATTEMPTS,
    codeLocked: ({ context }) => context.challenge?.attemptsLeft === 0,
    codeExpired: ({ context }) => (context.codeExpiresAt ?? 0) <= Date.now(),
    bootHasLink: (_, params: { output: BootOutput }) => params.output.landing.link !== undefined,
    bootSignedIn: (_, params: { output: BootOutput }) => params.output.session.authenticated,
    bootIdpReturn: (_, params: { output: BootOutput }) => params.output.landing.idp !== undefined,
    bootHasOrder: (_, params: { output: BootOutput }) => params.output.order !== null,
    bootBankIdReturn: (_, params: { output: BootOutput }) => params.output.landing.bankid !== undefined,
    bankIdOnly: ({ context }) => context.config?.methods.password === false && context.config.methods.bankid,
    showsQr: ({ context }) => context.bankid?.device === 'other' && context.bankid.hintCode === 'outstandingTransaction',
    collectIs: (_, params: { collect: BankIdCollect; status: BankIdCollect['status'] }) => params.collect.status === params.status,
  },
  actions: {
    updateNow: assign({ now: () => Date.now() }),
    clearError: assign({ error: undefined }),
    showError: enqueueActions(({ context, enqueue }, params: { draft: ErrorDraft }) => {
      const seq = context.errorSeq + 1;
      enqueue.assign({ error: { ...params.draft, seq }, errorSeq: seq, now: Date.now() });
      enqueue.emit({ type: 'error', code: params.draft.code });
    }),
    /** Tells the page about a failure whose message the screen words otherwise (BankID's RFA texts). */
    reportError: emit((_, params: { code: ErrorDraft['code'] }) => ({ type: 'error' as const, code: params.code })),
    keepFields: assign({ fields: ({ context }, params: Fields) => ({ ...context.fields, ...params }) }),
    forgetFlow: assign({ flow: undefined, ...NO_FLOW_STEP }),
    startFlow: assign((_, params: { flow: FlowName; chosen?: boolean }) => ({ flow: params.flow, chosen: params.chosen === true, ...NO_FLOW_STEP })),
    applyBoot: enqueueActions(({ context, enqueue }, params: { output: BootOutput }) => {
      const { config, session, order, landing } = params.output;
      const next: Partial<LoginContext> = { config: mergeConfig(config, context.overrides), now: Date.now() };
      if (order) next.bankid = orderContext(order);
      if (landing.idp && !session.authenticated) {
        const seq = context.errorSeq + 1;
        next.error = { code: 'idp_failed', seq, ...(landing.idp.result === 'error' ? { reason: landing.idp.error } : {}) };
        next.errorSeq = seq;
        enqueue.emit({ type: 'error', code: 'idp_failed' });
      }
      if (landing.idp && !landing.link) {
        next.landing = {};
        enqueue.emit({ type: 'landingUsed' });
      }
      if (session.authenticated && session.user) {
        next.user = session.user;
        enqueue.emit({ type: 'signedIn', user: session.user });
      }
      enqueue.assign(next);
    }),
    applyStep: enqueueActions(({ enqueue }, params: { step: Step }) => {
      enqueue.assign(stepContext(params.step, Date.now()));
      if (params.step.next === 'signedIn') enqueue.emit({ type: 'signedIn', user: params.step.user });
    }),
    storeChallenge: assign((_, params: { challenge: Challenge }) => challengeContext(params.challenge, Date.now())),
    storeAttemptsLeft: assign({
      challenge: ({ context }, params: { attemptsLeft: number | undefined }) =>
        context.challenge && params.attemptsLeft !== undefined ? { ...context.challenge, attemptsLeft: params.attemptsLeft } : context.challenge,
    }),
    delayResend: assign({ resendAt: ({ context }, params: { draft: ErrorDraft }) => params.draft.retryAt ?? context.resendAt }),
    signIn: enqueueActions(({ enqueue }, params: { user: User }) => {
      enqueue.assign({ user: params.user });
      enqueue.emit({ type: 'signedIn', user: params.user });
    }),
    /** The page signed the user out: everything of the user and of any flow goes; the page hears it if someone was signed in. */
    hostSignOut: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ user: undefined, fields: { ...context.prefill }, ...FORGET_FLOW });
      if (context.user) enqueue.emit({ type: 'signedOut' });
    }),
    /** Back to the start with nothing typed but what the integrator filled in. */
    forgetAll: assign(({ context }) => ({ user: undefined, fields: { ...context.prefill }, ...FORGET_FLOW })),
    endSessionInBackground: spawnChild('endSession'),
    forgetUser: enqueueActions(({ enqueue }) => {
      enqueue.assign({ user: undefined, flow: undefined, flowId: undefined, challenge: undefined, bankid: undefined });
      enqueue.emit({ type: 'signedOut' });
    }),
    navigate: emit((_, params: { url: string }) => ({ type: 'navigate' as const, url: params.url })),
    navigateToNewCustomer: emit(({ context }) => ({ type: 'navigate' as const, url: navigableUrl(context.config?.links.newCustomer) ?? '' })),
    /** The address's link or provider result has done its job: a restart must not use it again. */
    useLanding: enqueueActions(({ context, enqueue }) => {
      if (!context.landing.link && !context.landing.idp) return;
      enqueue.assign({ landing: {} });
      enqueue.emit({ type: 'landingUsed' });
    }),
    countCollectFailure: assign({
      bankid: ({ context }) => (context.bankid ? { ...context.bankid, collectFailures: (context.bankid.collectFailures ?? 0) + 1 } : context.bankid),
    }),
    /** A QR that could not be renewed is stale: it leaves the screen, so nobody scans a dead code. */
    countQrFailure: assign({
      bankid: ({ context }) => {
        if (!context.bankid) return context.bankid;
        const { qrData: _stale, ...rest } = context.bankid;
        return { ...rest, qrFailures: (context.bankid.qrFailures ?? 0) + 1 };
      },
    }),
    chooseDevice: assign({ bankid: (_, params: { device: BankIdDevice }) => ({ device: params.device, autostartTried: false }) }),
    storeOrder: assign({ bankid: ({ context }, params: { order: BankIdOrder }) => orderContext(params.order, context.bankid?.autostartTried) }),
    /** Past outstandingTransaction the QR has done its job: it leaves the screen with the hint. */
    storeHint: assign(({ context }, params: { hintCode: string | undefined }) => {
      if (!context.bankid) return {};
      const { qrData, ...rest } = context.bankid;
      return {
        bankid: { ...rest, hintCode: params.hintCode, collectFailures: 0, ...(params.hintCode === 'outstandingTransaction' && qrData ? { qrData } : {}) },
        // Collect answers again: the message of its failures goes.
        ...(context.bankid.collectFailures ? { error: undefined } : {}),
      };
    }),
    /** The order ended with an error of the element's own: the error alone says so. */
    dropHint: assign({ bankid: ({ context }) => (context.bankid ? { ...context.bankid, hintCode: undefined } : context.bankid) }),
    /** A fresh QR; if the last fetch had failed, its message goes. */
    storeQr: assign(({ context }, params: { qrData: string | undefined }) =>
      context.bankid
        ? { bankid: { ...context.bankid, qrData: params.qrData, qrFailures: 0 }, ...(context.bankid.qrFailures ? { error: undefined } : {}) }
        : {},
    ),
    markAutostartTried: assign({ bankid: ({ context }) => (context.bankid ? { ...context.bankid, autostartTried: true } : context.bankid) }),
    /** A new order for the same device: nothing of the old one may linger on screen. */
    restartOrder: assign({
      bankid: ({ context }) => ({ device: context.bankid?.device ?? 'other', autostartTried: false }),
    }),
    forgetOrder: assign({ bankid: ({ context }) => (context.bankid ? { device: context.bankid.device, autostartTried: false } : undefined) }),
    /** Leaving a running order: tell the server, without making the user wait for it. */
    abandonOrder: spawnChild('cancelBankIdOrder', {
      input: ({ context }) => ({ orderId: context.bankid?.orderId ?? '' }),
    }),
  },
});

function orderContext(order: BankIdOrder, autostartTried = false): NonNullable<LoginContext['bankid']> {
  // A new or resumed order waits for the user until collect says otherwise.
  return {
    device: order.device,
    orderId: order.orderId,
    ...(order.launchUrl ? { launchUrl: order.launchUrl } : {}),
    hintCode: 'outstandingTransaction',
    autostartTried,
  };
}
