/*
 * F8's calls, bound to one ApiClient: the shell loads the flow with `withApi(api)`
 * (bankid.machine.ts), and tests and stories swap any call the same way. The nonce
 * arrives sealed and is revealed only here.
 */
import { fromPromise } from 'xstate';
import type { ApiClient } from '../../api/client.js';
import type { BankIdCollect, BankIdDevice, BankIdOrder, BankIdQr } from '../../api/types.js';
import type { Secret } from '../../shell/secret.js';

export function bankidActors(api: ApiClient) {
  const startBankIdOrder = fromPromise<BankIdOrder, { device: BankIdDevice; returnUrl?: string }>(({ input, signal }) =>
    api.startBankIdOrder({ device: input.device, ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}) }, { signal }),
  );

  const collectBankIdOrder = fromPromise<BankIdCollect, { orderId: string }>(({ input, signal }) =>
    api.collectBankIdOrder(input.orderId, { signal }),
  );

  const getBankIdQr = fromPromise<BankIdQr, { orderId: string }>(({ input, signal }) => api.getBankIdQr(input.orderId, { signal }));

  const confirmBankIdReturn = fromPromise<BankIdOrder, { nonce: Secret }>(({ input, signal }) =>
    api.confirmBankIdReturn({ nonce: input.nonce.reveal() }, { signal }),
  );

  return { startBankIdOrder, collectBankIdOrder, getBankIdQr, confirmBankIdReturn };
}

/**
 * Leaving a running order tells the server, without making the user wait. An action, not
 * an actor: the flow may end in the same step (back, the password form), and an actor
 * spawned then would be stopped before it started; the request must go all the same.
 * Not given a signal, so it reaches the server when the user has moved on; a failure is
 * nobody's to show: the order ends on the server by itself within minutes.
 */
export const cancelOrder = (api: ApiClient, orderId: string | undefined): void => {
  if (orderId) api.cancelBankIdOrder(orderId).catch(() => undefined);
};
