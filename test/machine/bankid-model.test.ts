/*
 * F8 BankID's machine on its own, as a model (walk.ts): every input the shell may start
 * it with, every event the step takes, every answer of its calls and every timer. The
 * replayed paths must land where the model said and together visit every state node
 * and take every transition the machine defines; the shell's model (model.test.ts) sees
 * the flow only by how it ends.
 */
import { expect } from '@open-wc/testing';
import { fromCallback } from 'xstate';
import { ApiError } from '../../src/api/errors.js';
import type { BankIdCollect } from '../../src/api/types.js';
import { bankidMachine, type BankIdEvent, type BankIdInput, type BankIdSnapshot } from '../../src/flows/bankid/bankid.machine.js';
import { Secret } from '../../src/shell/secret.js';
import { answerEvents, buildModel, coverageOf, fakeCall, pathsOf, replay, timerEvents, type Answers, type ModelEvent } from './walk.js';

const user = { id: 'u-sven', displayName: 'Sven Svensson' };
const launchUrl = 'bankid:///?autostarttoken=a&redirect=null';
const failure = (code: ApiError['code'], retryAfterSeconds?: number) =>
  new ApiError(code, { status: 400, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });

const COLLECTS: BankIdCollect[] = [
  { status: 'pending', hintCode: 'outstandingTransaction' },
  { status: 'pending', hintCode: 'userSign' },
  { status: 'failed', hintCode: 'userCancel' },
  { status: 'complete', user },
];

const ANSWERS: Answers = {
  startBankIdOrder: {
    outputs: [{ orderId: 'o-1', device: 'other' }, { orderId: 'o-2', device: 'same', launchUrl }],
    errors: [failure('bankid_already_in_progress'), failure('rate_limited', 60)],
  },
  confirmBankIdReturn: { outputs: [{ orderId: 'o-same', device: 'same', launchUrl }], errors: [failure('bankid_return_invalid')] },
  collectBankIdOrder: { outputs: COLLECTS, errors: [failure('bankid_unavailable'), failure('not_found')] },
  getBankIdQr: { outputs: [{ qrData: 'bankid.t.0.00' }], errors: [failure('network'), failure('not_found')] },
};

const USER_EVENTS: BankIdEvent[] = [
  { type: 'bankid.start', device: 'other' },
  { type: 'bankid.start', device: 'same' },
  { type: 'bankid.autostartTried' },
  { type: 'bankid.cancel' },
  { type: 'bankid.retry' },
  { type: 'bankid.leave' },
  { type: 'back' },
  { type: 'method.password' },
  { type: 'page.visible' },
];

/** A computer: the flow walked through and through. */
const COMPUTER: BankIdInput = { mobile: false, passwordOffered: true, errorSeq: 0 };

/** The other ways the shell may start the flow: a phone, a return from the app, an order to resume; only their way in is new. */
const OTHER_INPUTS: BankIdInput[] = [
  { mobile: true, passwordOffered: false, errorSeq: 3 },
  { mobile: true, passwordOffered: true, errorSeq: 0, nonce: new Secret('nonce') },
  { mobile: false, passwordOffered: true, errorSeq: 0, resume: { orderId: 'o-1', device: 'other' } },
];

/** The machine with every call answered by the test, the ticker silent and the cancel counted. */
let cancels = 0;
const modelMachine = bankidMachine.provide({
  actors: { ...Object.fromEntries(Object.keys(ANSWERS).map((id) => [id, fakeCall(id)])), ticker: fromCallback(() => () => undefined) } as never,
  actions: { abandonOrder: () => void (cancels += 1) },
});

/** What decides which transitions a state can take: its value and the context its guards read. */
function stateKey(snapshot: BankIdSnapshot): string {
  const { order, error, nonce, passwordOffered } = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    snapshot.status,
    order?.device,
    order?.hintCode,
    order?.orderId !== undefined,
    order?.collectFailures ?? 0,
    (error?.retryAt ?? 0) > Date.now(),
    nonce !== undefined,
    passwordOffered,
  ]);
}

/** Only events the state takes (the rest would be self-loops that change nothing); none once the flow has ended. */
const events = (snapshot: BankIdSnapshot): ModelEvent[] =>
  snapshot.status !== 'active'
    ? []
    : [...USER_EVENTS, ...answerEvents(ANSWERS, snapshot), ...timerEvents(snapshot)].filter((event) => snapshot.can(event as never));

/** The first answers of a start other than the computer's, then nothing: the rest is the computer's walk. */
const eventsAtStart = (snapshot: BankIdSnapshot): ModelEvent[] =>
  ['returning', 'starting'].includes(String(snapshot.value)) ? events(snapshot).filter((event) => event.type.startsWith('xstate.')) : [];

describe('F8 BankID, model-based paths', () => {
  it('reach every state and take every transition from every input, on a running actor', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    const coverage = { taken: new Set<string>(), visited: new Set<string>() };
    let replayed = 0;
    for (const [input, explore] of [[COMPUTER, events] as const, ...OTHER_INPUTS.map((input) => [input, eventsAtStart] as const)]) {
      for (const path of pathsOf(buildModel<BankIdSnapshot>(modelMachine, { input, events: explore, stateKey }))) {
        replayed += 1;
        await replay(modelMachine, path, coverage, input);
      }
    }
    const { stateNodes, transitionKeys } = coverageOf(modelMachine);
    console.log(`BankID model: ${stateNodes.length} state nodes, ${transitionKeys.length} transitions; ${replayed} paths replayed, ${cancels} orders cancelled`);
    expect(stateNodes.map((n) => n.id).filter((id) => !coverage.visited.has(id)), 'state nodes never visited').to.deep.equal([]);
    expect(transitionKeys.filter((key) => !coverage.taken.has(key)), 'transitions never taken').to.deep.equal([]);
    expect(cancels, 'leaving a running order cancels it').to.be.greaterThan(0);
  });
});
