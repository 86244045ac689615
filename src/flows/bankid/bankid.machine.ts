/*
 * F8 Swedish Mobile BankID with secure start, a machine of its own: the shell loads it
 * with import() when BankID is chosen (or at boot, for an order to resume or a return
 * from the app) and runs it as its child. The user picks this device (autostart) or
 * another (animated QR). While the order runs, collect is asked every 2 s, and, while
 * the QR is what the user should act on (other device, outstandingTransaction), a fresh
 * QR every second. Cancel, retry and leaving all end the order on the server.
 *
 * A failed collect or QR fetch (a dropped request as the user switches to the app, a
 * 503, a 429) is said on screen and tried again with backoff and the server's
 * Retry-After; only `failed`, an order the server no longer knows, or five failed
 * collects in a row end the order.
 *
 * It ends with an output the shell acts on: a user signed in, or the way back out.
 */
import { assign, emit, enqueueActions, not, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { ApiClient } from '../../api/client.js';
import type { BankIdCollect, BankIdOrder, User } from '../../api/types.js';
import { noApi, ticker } from '../../shell/actors.js';
import { shownError, type ErrorDraft } from '../../shell/errors.js';
import type { Secret } from '../../shell/secret.js';
import { failedWith, failure } from '../../shell/transitions.js';
import type { BankIdDevice, ErrorInfo, LoginEvent } from '../../shell/types.js';
import { bankidActors, cancelOrder } from './bankid.actors.js';

export const COLLECT_INTERVAL_MS = 2000;
export const QR_INTERVAL_MS = 1000;
/** A little over BankID's own 3-minute order life: the server's expiredTransaction should come first. */
export const BANKID_TIMEOUT_MS = 200_000;
/** A failed collect or QR fetch is tried again after 1, 2, 4, 8, 8 … seconds, or the server's Retry-After if longer. */
export const RETRY_BASE_MS = 1000;
export const RETRY_MAX_MS = 8000;
/** Collects that may fail in a row before the element gives the order up. */
export const COLLECT_ATTEMPTS = 5;

const backoff = (failures: number | undefined, retryAt: number | undefined) =>
  Math.max(Math.min(RETRY_BASE_MS * 2 ** Math.max(0, (failures ?? 1) - 1), RETRY_MAX_MS), (retryAt ?? 0) - Date.now());

export interface BankIdOrderState {
  device: BankIdDevice;
  orderId?: string;
  /** Same device: the address that opens the BankID app, built by the server; open it from a user gesture. */
  launchUrl?: string;
  /** The finished QR string from the server; the secret that makes it never reaches the browser. */
  qrData?: string;
  /** Last hint code from collect; unknown strings are kept as they came. */
  hintCode?: string;
  /** Failed collects (or QR fetches) in a row: the next try waits longer. */
  collectFailures?: number;
  qrFailures?: number;
  /** Whether the user pressed "open BankID on this device" (RFA13 vs RFA1). */
  autostartTried: boolean;
}

/** What the shell gives the flow as it starts it. */
export interface BankIdInput {
  /** A phone or tablet: BankID opens on this device first; on a computer, the QR code does. */
  mobile: boolean;
  /** Where the BankID app sends the browser back to. */
  returnUrl?: string;
  /** The tenant offers password sign-in: "sign in with password" leaves for it. */
  passwordOffered: boolean;
  /** The shell's last error number: the flow's errors go on from it, so each is announced. */
  errorSeq: number;
  /** The BankID app's return nonce from the address (`nl-bankid`): the flow begins by handing it over. */
  nonce?: Secret;
  /** An order this session still has running (the page was reloaded mid-order): the flow collects it. */
  resume?: BankIdOrder;
}

export interface BankIdContext {
  /** The order under way, or the device chosen for the next one. */
  order?: BankIdOrderState;
  error?: ErrorInfo;
  errorSeq: number;
  /** Updated every second while a countdown is shown. */
  now: number;
  mobile: boolean;
  returnUrl?: string;
  passwordOffered: boolean;
  nonce?: Secret;
}

/** How the flow ended, for the shell: signed in, or back out to the password form or wherever the user came from. */
export type BankIdOutput = { result: 'signedIn'; user: User } | { result: 'password' } | { result: 'back' };

/** What the view and the shell send: the page's BankID events, and the shell's note that the flow is being left. */
export type BankIdEvent =
  | Extract<LoginEvent, { type: `bankid.${string}` | 'back' | 'method.password' | 'page.visible' | 'tick' }>
  /** The shell leaves the flow (reset, sign-out by the page, restart): a running order is cancelled. */
  | { type: 'bankid.leave' };

export type BankIdEmitted = { type: 'error'; code: ErrorInfo['code'] };

function orderContext(order: BankIdOrder, autostartTried = false): BankIdOrderState {
  // A new or resumed order waits for the user until collect says otherwise.
  return {
    device: order.device,
    orderId: order.orderId,
    ...(order.launchUrl ? { launchUrl: order.launchUrl } : {}),
    hintCode: 'outstandingTransaction',
    autostartTried,
  };
}

const collectIs = (status: BankIdCollect['status']) => ({
  type: 'collectIs' as const,
  params: ({ event }: { event: { output: BankIdCollect } }) => ({ collect: event.output, status }),
});

const chosenDevice = { type: 'chooseDevice' as const, params: ({ event }: { event: { device: BankIdDevice } }) => ({ device: event.device }) };

export const bankidSetup = setup({
  types: {
    context: {} as BankIdContext,
    events: {} as BankIdEvent,
    input: {} as BankIdInput,
    output: {} as BankIdOutput,
    emitted: {} as BankIdEmitted,
    tags: {} as 'busy',
  },
  actors: { ...bankidActors(noApi), ticker },
  delays: {
    collectInterval: COLLECT_INTERVAL_MS,
    // On every wall-clock second, not a second after the last answer: no drift, no skipped codes.
    qrInterval: () => QR_INTERVAL_MS - (Date.now() % QR_INTERVAL_MS),
    bankIdTimeout: BANKID_TIMEOUT_MS,
    collectRetry: ({ context }) => backoff(context.order?.collectFailures, context.error?.retryAt),
    qrRetry: ({ context }) => backoff(context.order?.qrFailures, context.error?.retryAt),
  },
  guards: {
    errorIn: (_, params: { code: string; codes: readonly string[] }) => params.codes.includes(params.code),
    hasNonce: ({ context }) => context.nonce !== undefined,
    resumes: ({ context }) => context.order?.orderId !== undefined,
    passwordOffered: ({ context }) => context.passwordOffered,
    /** A Retry-After is still running: "try again" waits for it. */
    retryWaits: ({ context }) => (context.error?.retryAt ?? 0) > Date.now(),
    collectGivesUp: ({ context }) => (context.order?.collectFailures ?? 0) >= COLLECT_ATTEMPTS,
    showsQr: ({ context }) => context.order?.device === 'other' && context.order.hintCode === 'outstandingTransaction',
    collectIs: (_, params: { collect: BankIdCollect; status: BankIdCollect['status'] }) => params.collect.status === params.status,
  },
  actions: {
    updateNow: assign({ now: () => Date.now() }),
    clearError: assign({ error: undefined }),
    showError: enqueueActions(({ context, enqueue }, params: { draft: ErrorDraft }) => {
      enqueue.assign(shownError(context, params.draft));
      enqueue.emit({ type: 'error', code: params.draft.code });
    }),
    /** Tells the page about a failure whose message the screen words otherwise (BankID's RFA texts). */
    reportError: emit((_, params: { code: ErrorDraft['code'] }) => ({ type: 'error' as const, code: params.code })),
    /** The nonce goes to the server once: a retry starts a new order. */
    useNonce: assign({ nonce: undefined }),
    countCollectFailure: assign({
      order: ({ context }) => (context.order ? { ...context.order, collectFailures: (context.order.collectFailures ?? 0) + 1 } : context.order),
    }),
    /** A QR that could not be renewed is stale: it leaves the screen, so nobody scans a dead code. */
    countQrFailure: assign({
      order: ({ context }) => {
        if (!context.order) return context.order;
        const { qrData: _stale, ...rest } = context.order;
        return { ...rest, qrFailures: (context.order.qrFailures ?? 0) + 1 };
      },
    }),
    chooseDevice: assign({ order: (_, params: { device: BankIdDevice }) => ({ device: params.device, autostartTried: false }) }),
    storeOrder: assign({ order: ({ context }, params: { order: BankIdOrder }) => orderContext(params.order, context.order?.autostartTried) }),
    /** Past outstandingTransaction the QR has done its job: it leaves the screen with the hint. */
    storeHint: assign(({ context }, params: { hintCode: string | undefined }) => {
      if (!context.order) return {};
      const { qrData, ...rest } = context.order;
      return {
        order: { ...rest, hintCode: params.hintCode, collectFailures: 0, ...(params.hintCode === 'outstandingTransaction' && qrData ? { qrData } : {}) },
        // Collect answers again: the message of its failures goes.
        ...(context.order.collectFailures ? { error: undefined } : {}),
      };
    }),
    /** The order ended with an error of the element's own: the error alone says so. */
    dropHint: assign({ order: ({ context }) => (context.order ? { ...context.order, hintCode: undefined } : context.order) }),
    /** A fresh QR; if the last fetch had failed, its message goes. */
    storeQr: assign(({ context }, params: { qrData: string | undefined }) =>
      context.order
        ? { order: { ...context.order, qrData: params.qrData, qrFailures: 0 }, ...(context.order.qrFailures ? { error: undefined } : {}) }
        : {},
    ),
    markAutostartTried: assign({ order: ({ context }) => (context.order ? { ...context.order, autostartTried: true } : context.order) }),
    /** A new order for the same device: nothing of the old one may linger on screen. */
    restartOrder: assign({ order: ({ context }) => ({ device: context.order?.device ?? 'other', autostartTried: false }) }),
    forgetOrder: assign({ order: ({ context }) => (context.order ? { device: context.order.device, autostartTried: false } : undefined) }),
    /** Leaving a running order: the server is told in the background (bankid.actors.ts). */
    abandonOrder: ({ context }) => cancelOrder(noApi, context.order?.orderId),
  },
});

export const bankidMachine = bankidSetup.createMachine({
  id: 'bankid',
  context: ({ input }) => ({
    now: Date.now(),
    errorSeq: input.errorSeq,
    mobile: input.mobile,
    passwordOffered: input.passwordOffered,
    ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}),
    ...(input.nonce ? { nonce: input.nonce } : {}),
    ...(input.resume ? { order: orderContext(input.resume) } : {}),
  }),
  initial: 'opening',
  states: {
    /**
     * Back from the app with its nonce, or an order to resume; else BankID's shape of the
     * flow: on a phone or tablet the app on this device, in one tap; on a computer the QR
     * code at once. The other device stays one tap away.
     */
    opening: {
      always: [
        { guard: 'hasNonce', target: 'returning' },
        { guard: 'resumes', target: 'pending' },
        { target: 'starting', actions: { type: 'chooseDevice', params: ({ context }) => ({ device: context.mobile ? 'same' : 'other' }) } },
      ],
    },
    /** After a cancel: which device, this time. */
    choosing: {
      on: { 'bankid.start': { target: 'starting', actions: chosenDevice } },
    },
    /** Back from the BankID app on this device: the nonce goes to the server, which answers the order it finishes. */
    returning: {
      tags: 'busy',
      invoke: {
        id: 'confirmBankIdReturn',
        src: 'confirmBankIdReturn',
        input: ({ context }) => ({ nonce: context.nonce! }),
        onDone: { target: 'pending', actions: ['useNonce', { type: 'storeOrder', params: ({ event }) => ({ order: event.output }) }] },
        onError: { target: 'failed', actions: ['useNonce', { type: 'showError', params: failure }, 'dropHint'] },
      },
    },
    starting: {
      tags: 'busy',
      invoke: {
        id: 'startBankIdOrder',
        src: 'startBankIdOrder',
        input: ({ context }) => ({
          device: context.order?.device ?? 'other',
          ...(context.returnUrl ? { returnUrl: context.returnUrl } : {}),
        }),
        onDone: { target: 'pending', actions: { type: 'storeOrder', params: ({ event }) => ({ order: event.output }) } },
        // 409 and 503 are worded as BankID's RFA4 and RFA5 (ui/error-messages.ts).
        onError: { target: 'failed', actions: [{ type: 'showError', params: failure }, 'dropHint'] },
      },
    },
    pending: {
      type: 'parallel',
      after: {
        bankIdTimeout: {
          target: 'failed',
          // BankID's own words (RFA8) say it; the page hears of it as a timeout.
          actions: ['abandonOrder', { type: 'storeHint', params: { hintCode: 'expiredTransaction' } }, { type: 'reportError', params: { code: 'timeout' } }],
        },
      },
      on: {
        // Back to the choice at once; the cancel reaches the server in the background.
        'bankid.cancel': { target: 'choosing', actions: ['abandonOrder', 'forgetOrder'] },
        // The other device after all: this order ends, one for that device starts.
        'bankid.start': { target: 'starting', actions: ['abandonOrder', chosenDevice] },
        'bankid.autostartTried': { actions: 'markAutostartTried' },
        back: { target: 'back', actions: 'abandonOrder' },
        'method.password': { guard: 'passwordOffered', target: 'password', actions: 'abandonOrder' },
        'bankid.leave': { actions: 'abandonOrder' },
      },
      states: {
        collect: {
          initial: 'collecting',
          states: {
            collecting: {
              invoke: {
                id: 'collectBankIdOrder',
                src: 'collectBankIdOrder',
                input: ({ context }) => ({ orderId: context.order?.orderId ?? '' }),
                onDone: [
                  // The contract has a complete order name its user; the client lets no other through.
                  { guard: collectIs('complete'), target: '#bankid.signedIn' },
                  {
                    guard: collectIs('failed'),
                    target: '#bankid.failed',
                    // BankID's words for how it ended, and nothing a QR fetch said meanwhile.
                    actions: ['clearError', { type: 'storeHint', params: ({ event }) => ({ hintCode: event.output.hintCode }) }],
                  },
                  { target: 'waiting', actions: { type: 'storeHint', params: ({ event }) => ({ hintCode: event.output.hintCode }) } },
                ],
                onError: [
                  {
                    guard: { type: 'errorIn', params: failedWith('not_found', 'unauthenticated') },
                    target: '#bankid.failed',
                    actions: [{ type: 'showError', params: failure }, 'dropHint'],
                  },
                  { target: 'retrying', actions: [{ type: 'showError', params: failure }, 'countCollectFailure'] },
                ],
              },
            },
            waiting: { after: { collectInterval: 'collecting' }, on: { 'page.visible': 'collecting' } },
            retrying: {
              always: { guard: 'collectGivesUp', target: '#bankid.failed', actions: ['abandonOrder', 'dropHint'] },
              invoke: { src: 'ticker' },
              after: { collectRetry: 'collecting' },
              on: { 'page.visible': 'collecting' },
            },
          },
        },
        qr: {
          initial: 'hidden',
          states: {
            hidden: { always: { guard: 'showsQr', target: 'fetching' } },
            fetching: {
              // The order moved on (scanned): the code being fetched is of no use.
              always: { guard: not('showsQr'), target: 'hidden' },
              invoke: {
                id: 'getBankIdQr',
                src: 'getBankIdQr',
                input: ({ context }) => ({ orderId: context.order?.orderId ?? '' }),
                onDone: { target: 'shown', actions: { type: 'storeQr', params: ({ event }) => ({ qrData: event.output.qrData }) } },
                onError: [
                  // The order has moved on (scanned, ended): collect will say how; asking again would only 404.
                  { guard: { type: 'errorIn', params: failedWith('not_found') }, target: 'gone' },
                  { target: 'retrying', actions: [{ type: 'showError', params: failure }, 'countQrFailure'] },
                ],
              },
            },
            gone: {
              always: { guard: not('showsQr'), target: 'hidden' },
              after: { collectInterval: 'fetching' },
            },
            shown: {
              always: { guard: not('showsQr'), target: 'hidden' },
              after: { qrInterval: 'fetching' },
              on: { 'page.visible': 'fetching' },
            },
            retrying: {
              always: { guard: not('showsQr'), target: 'hidden' },
              invoke: { src: 'ticker' },
              after: { qrRetry: 'fetching' },
              on: { 'page.visible': 'fetching' },
            },
          },
        },
      },
    },
    failed: {
      // A Retry-After is counted down, and "try again" waits for it.
      invoke: { src: 'ticker' },
      on: {
        'bankid.retry': { guard: not('retryWaits'), target: 'starting', actions: 'restartOrder' },
        'bankid.start': { guard: not('retryWaits'), target: 'starting', actions: chosenDevice },
      },
    },
    signedIn: {
      type: 'final',
      output: ({ event }) => ({ result: 'signedIn' as const, user: (event as unknown as { output: { user: User } }).output.user }),
    },
    password: { type: 'final', output: { result: 'password' as const } },
    back: { type: 'final', output: { result: 'back' as const } },
  },
  on: {
    tick: { actions: 'updateNow' },
    back: '.back',
    'method.password': { guard: 'passwordOffered', target: '.password' },
  },
  output: ({ event }) => (event as { output: BankIdOutput }).output,
});

export type BankIdMachine = typeof bankidMachine;

/** The flow as the shell runs it: its calls made with `api`. */
export const withApi = (api: ApiClient): BankIdMachine =>
  bankidMachine.provide({ actors: bankidActors(api), actions: { abandonOrder: ({ context }) => cancelOrder(api, context.order?.orderId) } });
export type BankIdActor = ActorRefFrom<BankIdMachine>;
export type BankIdSnapshot = SnapshotFrom<BankIdMachine>;
