/*
 * F8 Swedish Mobile BankID with secure start: the user picks this device (autostart) or
 * another (animated QR). While the order runs, collect is asked every 2 s, and, while
 * the QR is what the user should act on (other device, outstandingTransaction), a fresh
 * QR every second. Cancel, retry and leaving all end the order on the server.
 *
 * A failed collect or QR fetch (a dropped request as the user switches to the app, a
 * 503, a 429) is said on screen and tried again with backoff and the server's
 * Retry-After; only `failed`, an order the server no longer knows, or five failed
 * collects in a row end the order.
 */
import { not, type EventObject } from 'xstate';
import { failedWith, failure } from './transitions.js';
import { loginSetup } from './setup.js';
import { hostWhileOrderRuns } from './host.js';

const collectIs = (status: 'pending' | 'failed' | 'complete') => ({
  type: 'collectIs' as const,
  params: ({ event }: { event: { output: { status: 'pending' | 'failed' | 'complete' } } }) => ({
    collect: event.output,
    status,
  }),
});

/** Errors that BankID names like hint codes, so the views show RFA4 / RFA5 for them. */
const hintOfError = ({ event }: { event: EventObject }) => {
  const { code } = failure({ event }).draft;
  return { hintCode: code === 'bankid_already_in_progress' ? 'alreadyInProgress' : code === 'bankid_unavailable' ? 'internalError' : undefined };
};

export const bankid = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'choosing',
  states: {
    choosing: {
      on: { 'bankid.start': { target: 'starting', actions: { type: 'chooseDevice', params: ({ event }) => ({ device: event.device }) } } },
    },
    starting: {
      tags: 'busy',
      invoke: {
        id: 'startBankIdOrder',
        src: 'startBankIdOrder',
        input: ({ context }) => ({
          api: context.api,
          device: context.bankid?.device ?? 'other',
          ...(context.returnUrl ? { returnUrl: context.returnUrl } : {}),
        }),
        onDone: { target: 'pending', actions: { type: 'storeOrder', params: ({ event }) => ({ order: event.output }) } },
        onError: { target: 'failed', actions: [{ type: 'showError', params: failure }, { type: 'storeHint', params: hintOfError }] },
      },
    },
    pending: {
      type: 'parallel',
      after: {
        bankIdTimeout: {
          target: 'failed',
          actions: ['abandonOrder', { type: 'storeHint', params: { hintCode: 'expiredTransaction' } }, { type: 'showError', params: { draft: { code: 'timeout' } } }],
        },
      },
      on: {
        // Back to the choice at once; the cancel reaches the server in the background.
        'bankid.cancel': { target: 'choosing', actions: ['abandonOrder', 'forgetOrder'] },
        'bankid.autostartTried': { actions: 'markAutostartTried' },
        back: { target: '#login.signIn', actions: 'abandonOrder' },
        'method.password': { guard: 'offersPassword', target: '#login.signIn', actions: 'abandonOrder' },
        ...hostWhileOrderRuns,
      },
      states: {
        collect: {
          initial: 'collecting',
          states: {
            collecting: {
              invoke: {
                id: 'collectBankIdOrder',
                src: 'collectBankIdOrder',
                input: ({ context }) => ({ api: context.api, orderId: context.bankid?.orderId ?? '' }),
                onDone: [
                  {
                    guard: collectIs('complete'),
                    // The client makes sure a complete order names its user (from the session if need be).
                    target: '#login.signedIn',
                    actions: { type: 'signIn', params: ({ event }) => ({ user: event.output.user ?? { id: '', displayName: '' } }) },
                  },
                  {
                    guard: collectIs('failed'),
                    target: '#login.bankid.failed',
                    actions: { type: 'storeHint', params: ({ event }) => ({ hintCode: event.output.hintCode }) },
                  },
                  { target: 'waiting', actions: { type: 'storeHint', params: ({ event }) => ({ hintCode: event.output.hintCode }) } },
                ],
                onError: [
                  {
                    guard: { type: 'errorIn', params: failedWith('not_found', 'unauthenticated') },
                    target: '#login.bankid.failed',
                    actions: [{ type: 'showError', params: failure }, 'dropHint'],
                  },
                  { target: 'retrying', actions: [{ type: 'showError', params: failure }, 'countCollectFailure'] },
                ],
              },
            },
            waiting: { after: { collectInterval: 'collecting' } },
            retrying: {
              always: {
                guard: 'collectGivesUp',
                target: '#login.bankid.failed',
                actions: ['abandonOrder', 'dropHint'],
              },
              invoke: { src: 'ticker' },
              after: { collectRetry: 'collecting' },
            },
          },
        },
        qr: {
          initial: 'hidden',
          states: {
            hidden: { always: { guard: 'showsQr', target: 'fetching' } },
            fetching: {
              invoke: {
                id: 'getBankIdQr',
                src: 'getBankIdQr',
                input: ({ context }) => ({ api: context.api, orderId: context.bankid?.orderId ?? '' }),
                onDone: [
                  { guard: 'showsQr', target: 'shown', actions: { type: 'storeQr', params: ({ event }) => ({ qrData: event.output.qrData }) } },
                  // Scanned meanwhile: this code is of no use any more.
                  { target: 'hidden' },
                ],
                onError: { target: 'retrying', actions: [{ type: 'showError', params: failure }, 'countQrFailure'] },
              },
            },
            shown: {
              always: { guard: not('showsQr'), target: 'hidden' },
              after: { qrInterval: 'fetching' },
            },
            retrying: {
              always: { guard: not('showsQr'), target: 'hidden' },
              invoke: { src: 'ticker' },
              after: { qrRetry: 'fetching' },
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
        'bankid.start': {
          guard: not('retryWaits'),
          target: 'starting',
          actions: { type: 'chooseDevice', params: ({ event }) => ({ device: event.device }) },
        },
      },
    },
  },
  on: {
    back: '#login.signIn',
    'method.password': { guard: 'offersPassword', target: '#login.signIn' },
  },
});
