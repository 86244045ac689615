/*
 * The vocabulary the shell's states speak: context, events, actors, named guards, actions
 * and delays. Flows composed into the shell build their states with
 * `loginSetup.createStateConfig`, and login.machine.ts composes them, so every name is
 * checked against this one list. A flow that is a machine of its own (BankID, in
 * src/flows/bankid) has its own list; the names the shell runs it with are here.
 *
 * Guards and actions take what they need as params, computed from the event at the
 * transition (`params: ({ event }) => ...`): the names stay generic and the typing of
 * each done event stays where the invoke is.
 */
import { assign, emit, enqueueActions, sendTo, setup, spawnChild, stopChild, type DoneActorEvent, type ErrorActorEvent } from 'xstate';
import { leadsWithOtherMethod, registrationFlows } from './methods.js';
import { navigableUrl } from '../api/urls.js';
import type { Step, User } from '../api/types.js';
import type { BankIdEvent, BankIdInput, BankIdMachine, BankIdOutput, BankIdSnapshot } from '../flows/bankid/bankid.machine.js';
import { BANKID, STEPS } from './children.js';
import type { StepsMachine, StepsSnapshot } from '../steps/steps.machine.js';
import type { StepsEvent, StepsInput, StepsOutput } from '../steps/steps.setup.js';
import { loginActors, type BootOutput } from './actors.js';
import { mergeConfig } from './overrides.js';
import { shownError, type ErrorDraft } from './errors.js';
import type { Check } from '../validation/forms.js';
import type { Fields, FlowName, LoginContext, LoginEmitted, LoginEvent, LoginInput, StartStep } from './types.js';

/** If the page has not navigated away by then (blocked, or the navigate event was not handled), the form comes back. */
export const NAVIGATION_GRACE_MS = 10_000;
/** Everything of a flow under way, for leaving it from wherever it is. */
const FORGET_FLOW = { flow: undefined, next: undefined, resume: undefined, error: undefined } as const;

export const returnUrlOf = (input: LoginInput): string | undefined =>
  input.returnUrl ?? (typeof location === 'undefined' ? undefined : location.href);

/** What the shell takes: the page's and the views' events, and how a flow it runs ended. */
type ShellEvent =
  | LoginEvent
  | DoneActorEvent<BankIdOutput, typeof BANKID>
  | ErrorActorEvent<unknown, typeof BANKID>
  | { type: `xstate.snapshot.${typeof BANKID}`; snapshot: BankIdSnapshot }
  | DoneActorEvent<StepsOutput, typeof STEPS>
  | ErrorActorEvent<unknown, typeof STEPS>
  | { type: `xstate.snapshot.${typeof STEPS}`; snapshot: StepsSnapshot };

export const loginSetup = setup({
  types: {
    context: {} as LoginContext,
    events: {} as ShellEvent,
    input: {} as LoginInput,
    emitted: {} as LoginEmitted,
    tags: {} as 'busy' | 'blocked',
  },
  actors: loginActors,
  delays: {
    untilRetry: ({ context }) => Math.max(0, (context.error?.retryAt ?? 0) - Date.now()),
    navigationGrace: NAVIGATION_GRACE_MS,
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
    opensFlow: ({ context }, params: { requested: FlowName | undefined; flow: FlowName }) =>
      params.requested === params.flow &&
      (params.flow === 'signIn' ? context.config?.methods.password !== false : context.config?.flows[params.flow] === true),
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
    /** `methods.primary` names BankID or a provider: sign-in shows it first, password one tap away. */
    leadsWithOtherMethod: ({ context }) => leadsWithOtherMethod(context.config),
    /** Something to choose from under "New customer? Register": a registration flow or the new-customer page. */
    offersRegistration: ({ context }) => registrationFlows(context.config).length > 0 || Boolean(context.config?.links.newCustomer),
    newCustomerLinkSafe: ({ context }) => navigableUrl(context.config?.links.newCustomer) !== undefined,
    /** A Retry-After is still running: "try again" waits for it. */
    retryWaits: ({ context }) => (context.error?.retryAt ?? 0) > Date.now(),
    bootHasLink: (_, params: { output: BootOutput }) => params.output.landing.link !== undefined,
    bootSignedIn: (_, params: { output: BootOutput }) => params.output.session.authenticated,
    bootIdpReturn: (_, params: { output: BootOutput }) => params.output.landing.idp !== undefined,
    bootHasOrder: (_, params: { output: BootOutput }) => params.output.order !== null,
    bootBankIdReturn: (_, params: { output: BootOutput }) => params.output.landing.bankid !== undefined,
    bankIdOnly: ({ context }) => context.config?.methods.password === false && context.config.methods.bankid,
    /** How F8 ended. */
    bankidEnded: (_, params: { output: BankIdOutput; result: BankIdOutput['result'] }) => params.output.result === params.result,
    /** How a flow's machine ended. */
    stepsEnded: (_, params: { output: StepsOutput; result: StepsOutput['result'] }) => params.output.result === params.result,
    /** Back out of a flow opened from the registration chooser: to the chooser. */
    leftForChooser: ({ context }, params: { output: StepsOutput }) => params.output.result === 'back' && context.chosen === true,
  },
  actions: {
    updateNow: assign({ now: () => Date.now() }),
    clearError: assign({ error: undefined }),
    showError: enqueueActions(({ context, enqueue }, params: { draft: ErrorDraft }) => {
      enqueue.assign(shownError(context, params.draft));
      enqueue.emit({ type: 'error', code: params.draft.code });
    }),
    keepFields: assign({ fields: ({ context }, params: Fields) => ({ ...context.fields, ...params }) }),
    forgetFlow: assign({ flow: undefined, next: undefined }),
    startFlow: assign((_, params: { flow: FlowName; chosen?: boolean }) => ({ flow: params.flow, chosen: params.chosen === true, next: undefined })),
    applyBoot: enqueueActions(({ context, enqueue }, params: { output: BootOutput }) => {
      const { config, session, order, landing } = params.output;
      const next: Partial<LoginContext> = { config: mergeConfig(config, context.overrides), now: Date.now() };
      if (order) next.resume = order;
      if (landing.idp && !session.authenticated) {
        Object.assign(next, shownError(context, { code: 'idp_failed', ...(landing.idp.result === 'error' ? { reason: landing.idp.error } : {}) }));
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
    /** Signed in, or what the server asks next, for the steps to take over. */
    applyStep: enqueueActions(({ enqueue }, params: { step: Step }) => {
      if (params.step.next !== 'signedIn') return enqueue.assign({ next: params.step });
      enqueue.assign({ user: params.step.user });
      enqueue.emit({ type: 'signedIn', user: params.step.user });
    }),
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
      enqueue.assign({ user: undefined, flow: undefined, next: undefined, resume: undefined });
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
    /**
     * F8 runs as a child of its own, started with what the shell knows: the address's
     * nonce and an order found at boot are handed over once, and leave the shell.
     */
    startBankId: enqueueActions(({ context, enqueue }, params: { logic: BankIdMachine }) => {
      const input: BankIdInput = {
        mobile: context.mobile,
        passwordOffered: context.config?.methods.password === true,
        errorSeq: context.errorSeq,
        ...(context.returnUrl ? { returnUrl: context.returnUrl } : {}),
        ...(context.landing.bankid ? { nonce: context.landing.bankid } : {}),
        ...(context.resume ? { resume: context.resume } : {}),
      };
      enqueue.spawnChild(params.logic, {
        // XState's types give an id only to logic named in setup's actors, and logic that
        // arrives with import() cannot be named there; the id is what the shell finds it by.
        id: BANKID as never,
        // Its snapshots reach the shell's observers: the element and the tests follow one actor.
        syncSnapshot: true,
        input,
      });
      const { bankid: _handedOver, ...landing } = context.landing;
      enqueue.assign({ resume: undefined, landing });
      if (context.landing.bankid && !landing.link && !landing.idp) enqueue.emit({ type: 'landingUsed' });
    }),
    /** The step's events go to the flow that runs it. */
    forwardToBankId: sendTo(BANKID, ({ event }) => event as BankIdEvent),
    /** The flow's errors are numbered on from the shell's, and the shell's go on from the flow's: each is announced. */
    countFlowErrors: assign({ errorSeq: ({ context }, params: { errorSeq: number }) => Math.max(context.errorSeq, params.errorSeq) }),
    /**
     * The shell leaves F8 however it ends: unless the flow ended by itself, a running
     * order is cancelled (the page's sign-out or reset, a restart) before it stops.
     */
    leaveBankId: enqueueActions(({ event, enqueue }) => {
      if (event.type !== `xstate.done.actor.${BANKID}` && event.type !== `xstate.error.actor.${BANKID}`) enqueue.sendTo(BANKID, { type: 'bankid.leave' });
      enqueue.stopChild(BANKID);
    }),
    /** A flow's machine starts at its form, or at what the server asked for, with what the shell knows of the flow. */
    startSteps: enqueueActions(({ context, enqueue }, params: { logic: StepsMachine }) => {
      const input: StepsInput = {
        ...(context.next ? { step: context.next } : {}),
        fields: context.fields,
        errorSeq: context.errorSeq,
        ...(context.flow ? { flow: context.flow } : {}),
        ...(context.config ? { config: context.config } : {}),
      };
      // The id and syncSnapshot as for BankID (startBankId).
      enqueue.spawnChild(params.logic, { id: STEPS as never, syncSnapshot: true, input });
      enqueue.assign({ next: undefined });
    }),
    forwardToSteps: sendTo(STEPS, ({ event }) => event as StepsEvent),
    stopSteps: stopChild(STEPS),
  },
});
