/*
 * F8 Swedish Mobile BankID with secure start: the user picks this device (autostart) or
 * another (animated QR). While the order runs, collect is asked every 2 s, and, while
 * the QR is what the user should act on (other device, outstandingTransaction), a fresh
 * QR every second. Cancel, retry and leaving all end the order on the server.
 */
import { not, type EventObject } from 'xstate';
import { failure } from './transitions.js';
import { loginSetup } from './setup.js';

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
        'bankid.cancel': 'cancelling',
        'bankid.autostartTried': { actions: 'markAutostartTried' },
        back: { target: '#login.signIn', actions: 'abandonOrder' },
        'method.password': { guard: 'offersPassword', target: '#login.signIn', actions: 'abandonOrder' },
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
                onError: { target: '#login.bankid.failed', actions: [{ type: 'showError', params: failure }, { type: 'storeHint', params: hintOfError }] },
              },
            },
            waiting: { after: { collectInterval: 'collecting' } },
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
                // A missed refresh keeps the last code on screen; the next try is a second away.
                onError: 'shown',
              },
            },
            shown: {
              always: { guard: not('showsQr'), target: 'hidden' },
              after: { qrInterval: 'fetching' },
            },
          },
        },
      },
    },
    cancelling: {
      tags: 'busy',
      invoke: {
        id: 'cancelBankIdOrder',
        src: 'cancelBankIdOrder',
        input: ({ context }) => ({ api: context.api, orderId: context.bankid?.orderId ?? '' }),
        onDone: { target: 'choosing', actions: 'forgetOrder' },
        // The order ends on the server by itself within minutes; the user is not held up.
        onError: { target: 'choosing', actions: 'forgetOrder' },
      },
    },
    failed: {
      on: {
        'bankid.retry': { target: 'starting', actions: 'restartOrder' },
        'bankid.start': { target: 'starting', actions: { type: 'chooseDevice', params: ({ event }) => ({ device: event.device }) } },
      },
    },
  },
  on: {
    back: '#login.signIn',
    'method.password': { guard: 'offersPassword', target: '#login.signIn' },
  },
});
