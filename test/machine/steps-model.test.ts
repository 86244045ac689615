/*
 * The flows' machines on their own, as models (walk.ts): the steps (src/steps) started at
 * every Step the server may answer, with every event the steps take, every answer of
 * their calls and every timer; and each flow's machine from its form, as far as the
 * steps and back (the steps' states are the same configuration in every machine). The
 * replayed paths must land where the model said, together visit every state node and
 * take every transition of every machine, and never leave a code, PIN or password in
 * what the actor keeps; the shell's model (model.test.ts) sees a flow only by how it ends.
 */
import { expect } from '@open-wc/testing';
import { fromCallback } from 'xstate';
import type { Step } from '../../src/api/types.js';
import { activationMachine } from '../../src/flows/activation/activation.machine.js';
import { customerNumberRegistrationMachine } from '../../src/flows/customer-number-registration/customer-number-registration.machine.js';
import { emailRegistrationMachine } from '../../src/flows/email-registration/email-registration.machine.js';
import { forgotCustomerNumberMachine } from '../../src/flows/forgot-customer-number/forgot-customer-number.machine.js';
import { forgotPasswordMachine } from '../../src/flows/forgot-password/forgot-password.machine.js';
import { mobileRegistrationMachine } from '../../src/flows/mobile-registration/mobile-registration.machine.js';
import { passwordLinkMachine } from '../../src/flows/password-link/password-link.machine.js';
import { verifyAndCreateMachine } from '../../src/flows/verify-and-create/verify-and-create.machine.js';
import { stepsMachine, type StepsMachine, type StepsSnapshot } from '../../src/steps/steps.machine.js';
import type { FormFlow, NextStep, StepsEvent, StepsInput } from '../../src/steps/steps.setup.js';
import { challenge, DEMO, failure, flowUserEvents, GENERIC_ERRORS, STEPS } from './model.js';
import { answerEvents, buildModel, coverageOf, fakeCall, pathsOf, replay, strings, timerEvents, type Answers, type ModelEvent } from './walk.js';

const SECRET = 'Hemmelig';
const CODE = '123456';
const PIN = '4321';

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

const USER_EVENTS = flowUserEvents(SECRET) as StepsEvent[];

/** Every Step the steps may be started with. */
const INPUTS: StepsInput[] = STEPS.filter((step): step is NextStep => step.next !== 'signedIn').map((step: Step) => ({
  step: step as NextStep,
  flow: 'activation',
  config: DEMO,
  fields: { email: 'kari@hk.example' },
  errorSeq: 2,
}));

/** Each flow's machine, started at its form. */
const FLOWS: Record<FormFlow, StepsMachine> = {
  activation: activationMachine,
  verifyAndCreate: verifyAndCreateMachine,
  mobileRegistration: mobileRegistrationMachine,
  customerNumberRegistration: customerNumberRegistrationMachine,
  forgotCustomerNumber: forgotCustomerNumberMachine,
  emailRegistration: emailRegistrationMachine,
  passwordLink: passwordLinkMachine,
  forgotPassword: forgotPasswordMachine,
};

// Every form's call answers like the steps' calls: any Step, or a failure.
const FORM_CALLS = ['startActivation', 'startVerification', 'registerWithMobile', 'registerWithCustomerNumber', 'recoverCustomerNumber', 'registerEmail', 'requestPasswordLink', 'startPasswordReset'];
for (const call of FORM_CALLS) ANSWERS[call] = { outputs: STEPS, errors: GENERIC_ERRORS };

/** A machine with every call answered by the test and the ticker silent. */
const withFakes = (machine: StepsMachine) =>
  machine.provide({
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

/** From a flow's form: everything there; at the steps, only Back (the rest is the steps' own walk). */
const formEvents = (flow: FormFlow) => (snapshot: StepsSnapshot): ModelEvent[] =>
  typeof snapshot.value === 'object' && flow in snapshot.value ? events(snapshot) : events(snapshot).filter((event) => event.type === 'back');

const keepsNoSecret = (actor: { getPersistedSnapshot(): unknown }) =>
  expect(
    strings(JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))).filter((text) => text.includes(SECRET) || text === CODE || text === PIN),
  ).to.deep.equal([]);

describe('The flows\' machines, model-based paths', () => {
  it('reach every state and take every transition, from every Step and every form, keeping no secret', async function (this: { timeout(ms: number): void }) {
    this.timeout(180_000);
    const coverage = { taken: new Set<string>(), visited: new Set<string>() };
    let replayed = 0;
    const walks = [
      ...INPUTS.map((input) => ({ machine: withFakes(stepsMachine), input, explore: events })),
      ...(Object.entries(FLOWS) as [FormFlow, StepsMachine][]).map(([flow, machine]) => ({
        machine: withFakes(machine),
        input: { flow, config: DEMO, fields: {}, errorSeq: 0 } satisfies StepsInput,
        explore: formEvents(flow),
      })),
    ];
    for (const { machine, input, explore } of walks) {
      for (const path of pathsOf(buildModel<StepsSnapshot>(machine, { input, events: explore, stateKey }))) {
        replayed += 1;
        await replay(machine, path, coverage, input, keepsNoSecret);
      }
    }
    // Node ids and transition keys name the same configuration alike in every machine.
    const all = [stepsMachine, ...Object.values(FLOWS)].map((machine) => coverageOf(machine));
    const stateNodes = [...new Set(all.flatMap((c) => c.stateNodes.map((n) => n.id)))];
    const transitionKeys = [...new Set(all.flatMap((c) => c.transitionKeys))];
    console.log(`flows' models: ${stateNodes.length} state nodes, ${transitionKeys.length} transitions; ${replayed} paths replayed`);
    expect(stateNodes.filter((id) => !coverage.visited.has(id)), 'state nodes never visited').to.deep.equal([]);
    expect(transitionKeys.filter((key) => !coverage.taken.has(key)), 'transitions never taken').to.deep.equal([]);
  });
});
