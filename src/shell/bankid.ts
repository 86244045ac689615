/*
 * The shell's side of F8 Mobile BankID: its machine (src/flows/bankid) loads when the
 * step is first shown, runs as a child and takes the step's events; the shell acts on
 * how it ends. A chunk that cannot be loaded is said, with "try again".
 */
import type { DoneActorEvent, EventObject } from 'xstate';
import type { BankIdMachine, BankIdOutput, BankIdSnapshot } from '../flows/bankid/bankid.machine.js';
import { BANKID } from './children.js';
import { loginSetup } from './setup.js';

const ended = (result: BankIdOutput['result']) => ({
  type: 'bankidEnded' as const,
  params: ({ event }: { event: EventObject }) => ({ output: (event as DoneActorEvent<BankIdOutput>).output, result }),
});

const forward = { actions: { type: 'forwardToBankId' as const } };

export const bankid = loginSetup.createStateConfig({
  initial: 'loading',
  states: {
    loading: {
      tags: 'busy',
      invoke: {
        id: 'loadBankId',
        src: 'loadBankId',
        onDone: {
          target: 'running',
          actions: { type: 'startBankId', params: ({ event }: { event: DoneActorEvent<BankIdMachine> }) => ({ logic: event.output }) },
        },
        onError: 'unloaded',
      },
    },
    /** Offline, or a CDN hiccup: the flow's code did not come. */
    unloaded: {
      on: { retry: 'loading' },
    },
    running: {
      exit: 'leaveBankId',
      on: {
        'bankid.*': forward,
        back: forward,
        'method.password': forward,
        'page.visible': forward,
        [`xstate.snapshot.${BANKID}`]: {
          actions: { type: 'countFlowErrors', params: ({ event }) => ({ errorSeq: (event as { snapshot: BankIdSnapshot }).snapshot.context.errorSeq }) },
        },
        [`xstate.done.actor.${BANKID}`]: [
          {
            guard: ended('signedIn'),
            target: '#login.signedIn',
            actions: {
              type: 'signIn',
              params: ({ event }: { event: EventObject }) => ({
                user: ((event as DoneActorEvent<BankIdOutput>).output as Extract<BankIdOutput, { result: 'signedIn' }>).user,
              }),
            },
          },
          { guard: ended('password'), target: '#login.signIn.idle' },
          { target: '#login.signIn' },
        ],
        // A fault in the flow itself: the user is not left in front of a dead screen.
        [`xstate.error.actor.${BANKID}`]: { target: '#login.signIn', actions: { type: 'showError', params: { draft: { code: 'internal_error' } } } },
      },
    },
  },
  on: {
    back: '#login.signIn',
    'method.password': { guard: 'offersPassword', target: '#login.signIn.idle' },
  },
});
