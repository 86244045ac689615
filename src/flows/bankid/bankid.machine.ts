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
import { not } from 'xstate';
import { seal } from '../../shell/secret.js';
import { failedWith, failure } from '../../shell/transitions.js';
import { loginSetup } from '../../shell/setup.js';
import { hostWhileOrderRuns } from '../../shell/host.js';

const collectIs = (status: 'pending' | 'failed' | 'complete') => ({
  type: 'collectIs' as const,
  params: ({ event }: { event: { output: { status: 'pending' | 'failed' | 'complete' } } }) => ({
    collect: event.output,
    status,
  }),
});


export const bankid = loginSetup.createStateConfig({
  exit: 'clearError',
  initial: 'opening',
  states: {
    /**
     * BankID's shape of the flow: on a phone or tablet the app on this device, in one
     * tap; on a computer the QR code at once. The other device stays one tap away.
     */
    opening: {
      always: { target: 'starting', actions: { type: 'chooseDevice', params: ({ context }) => ({ device: context.mobile ? 'same' : 'other' }) } },
    },
    /** After a cancel: which device, this time. */
    choosing: {
      on: { 'bankid.start': { target: 'starting', actions: { type: 'chooseDevice', params: ({ event }) => ({ device: event.device }) } } },
    },
    /** Back from the BankID app on this device: the nonce goes to the server, which answers the order it finishes. */
    returning: {
      tags: 'busy',
      invoke: {
        id: 'confirmBankIdReturn',
        src: 'confirmBankIdReturn',
        input: ({ context }) => ({ nonce: context.landing.bankid ?? seal('') }),
        onDone: { target: 'pending', actions: ['useLanding', { type: 'storeOrder', params: ({ event }) => ({ order: event.output }) }] },
        onError: { target: 'failed', actions: ['useLanding', { type: 'showError', params: failure }, 'dropHint'] },
      },
    },
    starting: {
      tags: 'busy',
      invoke: {
        id: 'startBankIdOrder',
        src: 'startBankIdOrder',
        input: ({ context }) => ({
          device: context.bankid?.device ?? 'other',
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
        'bankid.start': {
          target: 'starting',
          actions: ['abandonOrder', { type: 'chooseDevice', params: ({ event }) => ({ device: event.device }) }],
        },
        'bankid.autostartTried': { actions: 'markAutostartTried' },
        back: { target: '#login.signIn', actions: 'abandonOrder' },
        'method.password': { guard: 'offersPassword', target: '#login.signIn.idle', actions: 'abandonOrder' },
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
                input: ({ context }) => ({ orderId: context.bankid?.orderId ?? '' }),
                onDone: [
                  {
                    guard: collectIs('complete'),
                    // The contract has a complete order name its user; the client lets no other through.
                    target: '#login.signedIn',
                    actions: { type: 'signIn', params: ({ event }) => ({ user: event.output.user! }) },
                  },
                  {
                    guard: collectIs('failed'),
                    target: '#login.bankid.failed',
                    // BankID's words for how it ended, and nothing a QR fetch said meanwhile.
                    actions: ['clearError', { type: 'storeHint', params: ({ event }) => ({ hintCode: event.output.hintCode }) }],
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
            waiting: { after: { collectInterval: 'collecting' }, on: { 'page.visible': 'collecting' } },
            retrying: {
              always: {
                guard: 'collectGivesUp',
                target: '#login.bankid.failed',
                actions: ['abandonOrder', 'dropHint'],
              },
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
                input: ({ context }) => ({ orderId: context.bankid?.orderId ?? '' }),
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
    'method.password': { guard: 'offersPassword', target: '#login.signIn.idle' },
  },
});
