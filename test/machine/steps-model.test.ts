/*
 * The steps after a flow's form (src/steps) on their own, as a model (walk.ts): started at
 * every Step the server may answer, with every event the steps take, every answer of
 * their calls and every timer. The replayed paths must land where the model said,
 * together visit every state node and take every transition, and never leave a code or
 * password in what the actor keeps; the shell's model (model.test.ts) sees the steps
 * only by how they end.
 */
import { expect } from '@open-wc/testing';
import { fromCallback } from 'xstate';
import type { Step } from '../../src/api/types.js';
import { stepsMachine, type StepsSnapshot } from '../../src/steps/steps.machine.js';
import type { NextStep, StepsEvent, StepsInput } from '../../src/steps/steps.setup.js';
import { challenge, DEMO, failure, GENERIC_ERRORS, STEPS } from './model.js';
import { answerEvents, buildModel, coverageOf, fakeCall, pathsOf, replay, timerEvents, type Answers, type ModelEvent } from './walk.js';

const SECRET = 'Hemmelig-Pw1!';
const CODE = '123456';

const ANSWERS: Answers = {
  verifyCode: {
    outputs: STEPS,
    errors: [
      ...GENERIC_ERRORS,
      failure('code_invalid', undefined, 3),
      failure('code_expired'),
      failure('code_attempts_exceeded'),
      failure('flow_expired'),
    ],
  },
  resendCode: { outputs: [challenge()], errors: [...GENERIC_ERRORS, failure('resend_too_soon', 30), failure('flow_expired')] },
  enrolPhone: { outputs: STEPS, errors: [...GENERIC_ERRORS, failure('flow_expired')] },
  setPassword: { outputs: STEPS, errors: [...GENERIC_ERRORS, failure('flow_expired')] },
};

const USER_EVENTS: StepsEvent[] = [
  { type: 'code.submit', code: CODE },
  { type: 'code.submit', code: '12' },
  { type: 'code.resend' },
  { type: 'phone.submit', countryCode: '+45', nationalNumber: '20123456' },
  { type: 'phone.submit', countryCode: '+45', nationalNumber: '2012' },
  { type: 'password.submit', password: SECRET, confirm: SECRET },
  { type: 'password.submit', password: SECRET, confirm: `${SECRET}x` },
  { type: 'back' },
  { type: 'flow.start', flow: 'forgotPassword' },
  { type: 'tick' },
];

/** Every Step the steps may be started with. */
const INPUTS: StepsInput[] = STEPS.filter((step): step is NextStep => step.next !== 'signedIn').map((step: Step) => ({
  step: step as NextStep,
  flow: 'activation',
  config: DEMO,
  fields: { email: 'kari@hk.example' },
  errorSeq: 2,
}));

/** The machine with every call answered by the test and the ticker silent. */
const modelMachine = stepsMachine.provide({
  actors: { ...Object.fromEntries(Object.keys(ANSWERS).map((id) => [id, fakeCall(id)])), ticker: fromCallback(() => () => undefined) } as never,
});

/** What decides which transitions a state can take: its value and the context its guards read. */
function stateKey(snapshot: StepsSnapshot): string {
  const { challenge: c, codeExpiresAt, error } = snapshot.context;
  return JSON.stringify([snapshot.value, snapshot.status, c?.attemptsLeft === 0, (codeExpiresAt ?? Infinity) <= Date.now(), (error?.retryAt ?? 0) > Date.now()]);
}

/** Only events the state takes (the rest would be self-loops that change nothing); none once the steps have ended. */
const events = (snapshot: StepsSnapshot): ModelEvent[] =>
  snapshot.status !== 'active'
    ? []
    : [...USER_EVENTS, ...answerEvents(ANSWERS, snapshot), ...timerEvents(snapshot)].filter((event) => snapshot.can(event as never));

/** Every string anywhere in a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const keepsNoSecret = (actor: { getPersistedSnapshot(): unknown }) =>
  expect(strings(JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))).filter((text) => text.includes(SECRET) || text === CODE)).to.deep.equal([]);

describe('The steps after a form, model-based paths', () => {
  it('reach every state and take every transition from every Step, keeping no secret', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    const coverage = { taken: new Set<string>(), visited: new Set<string>() };
    let replayed = 0;
    for (const input of INPUTS) {
      for (const path of pathsOf(buildModel<StepsSnapshot>(modelMachine, { input, events, stateKey }))) {
        replayed += 1;
        await replay(modelMachine, path, coverage, input, keepsNoSecret);
      }
    }
    const { stateNodes, transitionKeys } = coverageOf(modelMachine);
    console.log(`steps model: ${stateNodes.length} state nodes, ${transitionKeys.length} transitions; ${replayed} paths replayed`);
    expect(stateNodes.map((n) => n.id).filter((id) => !coverage.visited.has(id)), 'state nodes never visited').to.deep.equal([]);
    expect(transitionKeys.filter((key) => !coverage.taken.has(key)), 'transitions never taken').to.deep.equal([]);
  });
});
