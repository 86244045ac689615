/*
 * The machine as a model for generated tests: every event that can happen in a state
 * (what the user does, what each running call answers, which timers run out), fake
 * actors that answer exactly what a test tells them to, and the machine's full list of
 * state nodes and transitions to measure coverage against.
 */
import { fromCallback, setup, type DoneActorEvent } from 'xstate';
import type { BankIdInput } from '../../src/flows/bankid/bankid.machine.js';
import type { StepsInput } from '../../src/steps/steps.setup.js';
import { ApiError } from '../../src/api/errors.js';
import type { Challenge, Step, TenantConfig } from '../../src/api/types.js';
import type { BootOutput } from '../../src/shell/actors.js';
import { loginMachine } from '../../src/shell/login.machine.js';
import { FLOW_NAMES } from '../../src/shell/navigation.js';
import { Secret } from '../../src/shell/secret.js';
import type { LoginEvent, LoginInput, StartStep } from '../../src/shell/types.js';
import { loadFlowChecks, loadFormChecks } from '../../src/validation/forms.js';
import type { LoginSnapshot } from './harness.js';
import { answerEvents, coverageOf, fakeCall, timerEvents, type Answers, type ModelEvent } from './walk.js';

export { apply, resetPending, type ModelEvent } from './walk.js';

// ------------------------------------------------------------------ answers of the backend

const POLICY: TenantConfig['passwordPolicy'] = {
  minLength: 10,
  maxLength: 128,
  requireLowercase: true,
  requireUppercase: true,
  requireDigit: true,
  requireSymbol: true,
};

export const DEMO: TenantConfig = {
  tenant: { id: 'demo', name: 'Demo' },
  identifier: { kind: 'email', country: 'SE' },
  methods: { password: true, bankid: true, identityProviders: [{ id: 'azure', name: 'Azure AD' }] },
  flows: {
    activation: true,
    verifyAndCreate: true,
    mobileRegistration: true,
    customerNumberRegistration: true,
    forgotCustomerNumber: true,
    emailRegistration: true,
    passwordLink: true,
    forgotPassword: true,
  },
  otp: { channels: ['email', 'sms'], codeLength: 6, expiresInSeconds: 600, maxAttempts: 5 },
  passwordPolicy: POLICY,
  phone: { defaultCountry: '+45' },
  rememberMe: true,
  links: { newCustomer: 'https://demo.example/new' },
  support: { email: 'support@demo.example' },
};

// The real boot and flow loading load the checks of the tenant's national numbers; the fakes answer at once.
await Promise.all([loadFormChecks(DEMO), loadFlowChecks('emailRegistration', DEMO)]);

/** The tenants boot may load: every flow on (with and without F11), and BankID only. */
const CONFIGS: Record<string, TenantConfig> = {
  demo: DEMO,
  plain: { ...DEMO, tenant: { id: 'plain', name: 'Plain' }, links: {} },
  bankidOnly: { ...DEMO, tenant: { id: 'bankidOnly', name: 'BankID' }, methods: { ...DEMO.methods, password: false }, links: {} },
  bankidWelcome: { ...DEMO, tenant: { id: 'bankidWelcome', name: 'BankID' }, methods: { ...DEMO.methods, password: false } },
  // Leads with BankID (`methods.primary`): password is one step further.
  bankidFirst: { ...DEMO, tenant: { id: 'bankidFirst', name: 'BankID first' }, methods: { ...DEMO.methods, primary: 'bankid' }, links: {} },
  // A new-customer link that would run script in the page: refused, never followed.
  hostile: { ...DEMO, tenant: { id: 'hostile', name: 'Hostile' }, links: { newCustomer: ' JavaScript:alert(1)' } },
};

const anonymous = { authenticated: false, csrfToken: 'csrf-token-0123456789' };
const user = { id: 'u-anna', displayName: 'Anna Andersen' };

function boot(config: TenantConfig, extra: Partial<BootOutput> = {}): BootOutput {
  return { config, session: anonymous, order: null, landing: {}, ...extra };
}

/** Link tokens are secrets too: the property test checks this one never leaks. */
export const LINK_TOKEN = 'link-token-7f3a9c';

const BOOTS: BootOutput[] = [
  boot(DEMO),
  boot(DEMO, { landing: { link: new Secret(LINK_TOKEN) } }),
  boot(DEMO, { session: { ...anonymous, authenticated: true, user } }),
  boot(DEMO, { landing: { idp: { result: 'error', error: 'cancelled' } } }),
  boot(DEMO, { order: { orderId: 'o-resumed', device: 'other' } }),
  boot(DEMO, { landing: { bankid: new Secret('bankid-nonce') }, order: { orderId: 'o-same', device: 'same', launchUrl: 'bankid:///?autostarttoken=a&redirect=null' } }),
  boot(CONFIGS.plain!),
  boot(CONFIGS.bankidOnly!),
  boot(CONFIGS.bankidFirst!),
  boot(CONFIGS.bankidWelcome!),
  boot(CONFIGS.hostile!),
];

export const challenge = (extra: Partial<Challenge> = {}): Challenge => ({
  id: 'c-1',
  channel: 'email',
  destination: 'a***@example.com',
  codeLength: 6,
  expiresInSeconds: 600,
  resendAfterSeconds: 0,
  attemptsLeft: 5,
  ...extra,
});

export const STEPS: Step[] = [
  { next: 'signedIn', user },
  { next: 'verifyCode', flowId: 'f-1', challenge: challenge() },
  // A code that has already run out, to reach the expired screen the way the clock does.
  { next: 'verifyCode', flowId: 'f-1', challenge: challenge({ expiresInSeconds: 0 }) },
  { next: 'enrolPhone', flowId: 'f-1' },
  { next: 'setPassword', flowId: 'f-1' },
  { next: 'checkInbox', channel: 'email' },
  { next: 'contactSupport', reason: 'phoneUnknown' },
];


export const failure = (code: ApiError['code'], retryAfterSeconds?: number, attemptsLeft?: number) =>
  new ApiError(code, {
    status: 400,
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
    ...(attemptsLeft !== undefined ? { problem: { type: 't', title: 't', status: 400, code: 'code_invalid', attemptsLeft } } : {}),
  });

export const GENERIC_ERRORS = [failure('internal_error'), failure('rate_limited', 60)];

/** What each call may answer: outputs and errors, by actor id (each invoke's id is its actor's name). */
const ANSWERS: Answers = {
  boot: { outputs: BOOTS, errors: [failure('service_unavailable')] },
  redeemLink: { outputs: STEPS, errors: [failure('link_invalid'), failure('validation_failed')] },
  signInWithPassword: { outputs: STEPS, errors: GENERIC_ERRORS },
  loadSteps: { outputs: [], errors: [new Error('Failed to fetch dynamically imported module')] },
  // A flow's machine as the shell sees it: a child that ends one of four ways (its own model: steps-model.test.ts).
  steps: {
    outputs: [
      { result: 'signedIn', user, fields: {} },
      { result: 'back', fields: { countryCode: '+45' } },
      { result: 'signIn', fields: {} },
      ...FLOW_NAMES.map((flow) => ({ result: 'flow', flow, fields: {} })),
    ],
    errors: [new Error('a fault in the steps')],
  },
  loadBankId: { outputs: [], errors: [new Error('Failed to fetch dynamically imported module')] },
  // F8 as the shell sees it: a child that ends one of three ways (its own model: bankid-model.ts).
  bankid: { outputs: [{ result: 'signedIn', user }, { result: 'password' }, { result: 'back' }], errors: [new Error('a fault in the flow')] },
  startIdentityProvider: { outputs: [{ redirectUrl: 'https://idp.example/authorize' }], errors: [failure('idp_failed')] },
  signOut: { outputs: [undefined], errors: [failure('internal_error')] },
};

export const ACTOR_IDS = Object.keys(ANSWERS);

// ------------------------------------------------------------------ what the user does

/**
 * What the user does inside a flow's machine (the shell forwards it): its forms and steps.
 * Secrets are marked with `secret` so a test can find any copy of them.
 */
export const flowUserEvents = (secret: string): LoginEvent[] => [
  {
    type: 'customerNumberRegistration.submit',
    customerNumber: '100200',
    pin: '4321',
    email: 'per@example.com',
    password: `${secret}-Pw1!Aa`,
    confirm: `${secret}-Pw1!Aa`,
  },
  { type: 'code.submit', code: '123456' },
  { type: 'password.submit', password: `${secret}-Pw1!Aa`, confirm: `${secret}-Pw1!Aa` },
  { type: 'activation.submit', email: 'kari@hk.example' },
  { type: 'activation.submit', email: 'kari' },
  { type: 'verifyAndCreate.submit', email: 'ny@nokas.example' },
  { type: 'verifyAndCreate.submit', email: '' },
  { type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-12' },
  { type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '12', birthDate: '1985-13-12' },
  { type: 'customerNumberRegistration.submit', customerNumber: 'x', pin: '1', email: 'y', password: 'short', confirm: 'other' },
  { type: 'forgotCustomerNumber.submit', email: 'ingrid@polarkraft.example', mobile: '', customerNumber: '', channel: 'email' },
  { type: 'forgotCustomerNumber.submit', email: '', mobile: '', customerNumber: '', channel: 'sms' },
  { type: 'emailRegistration.submit', customerNumber: '556677', personalNumber: '19800101-1231', email: 'sven@example.se' },
  { type: 'emailRegistration.submit', customerNumber: '556677', personalNumber: '19800101-1236', email: 'sven@example.se' },
  { type: 'passwordLink.submit', customerNumber: '445566' },
  { type: 'passwordLink.submit', customerNumber: '44' },
  { type: 'forgotPassword.submit', identifier: 'anna@example.com' },
  { type: 'forgotPassword.submit', identifier: '' },
  { type: 'code.submit', code: '12' },
  { type: 'code.resend' },
  { type: 'phone.submit', countryCode: '+45', nationalNumber: '20123456' },
  { type: 'phone.submit', countryCode: '+45', nationalNumber: '2012' },
  { type: 'password.submit', password: 'Nordlys-2026!x', confirm: 'Nordlys-2026!y' },
  { type: 'back' },
  { type: 'flow.start', flow: 'forgotPassword' },
  { type: 'tick' },
];

const userEvents = (secret: string): LoginEvent[] => [
  { type: 'retry' },
  { type: 'restart' },
  { type: 'back' },
  { type: 'customer.existing' },
  { type: 'customer.new' },
  { type: 'register.open' },
  { type: 'method.password' },
  { type: 'method.bankid' },
  { type: 'idp.start', providerId: 'azure' },
  { type: 'signOut' },
  { type: 'reset' },
  { type: 'host.signOut', endSession: true },
  { type: 'host.signOut', endSession: false },
  { type: 'tick' },
  { type: 'page.visible' },
  ...FLOW_NAMES.map((flow): LoginEvent => ({ type: 'flow.start', flow })),
  { type: 'signIn.submit', identifier: 'anna@example.com', password: `${secret}-Pw1!`, rememberMe: true },
  { type: 'signIn.submit', identifier: 'not an address', password: '', rememberMe: false },
  ...flowUserEvents(secret),
  { type: 'bankid.start', device: 'other' },
  { type: 'bankid.start', device: 'same' },
  { type: 'bankid.autostartTried' },
  { type: 'bankid.cancel' },
  { type: 'bankid.retry' },
];

/** A running flow's snapshots, as they reach the shell: its error count moved on. */
function flowEvents(snapshot: LoginSnapshot): ModelEvent[] {
  return ['bankid', 'steps'].filter((id) => snapshot.children[id]).map((id) => ({ type: `xstate.snapshot.${id}`, snapshot: { context: { errorSeq: 9 } } }));
}

export const USER_EVENTS = userEvents('Sommar');

/** Everything that can happen next in `snapshot`; `secret` marks the passwords typed. */
export function eventsIn(snapshot: LoginSnapshot, secret = 'Sommar'): ModelEvent[] {
  return [...(secret === 'Sommar' ? USER_EVENTS : userEvents(secret)), ...answerEvents(ANSWERS, snapshot), ...flowEvents(snapshot), ...timerEvents(snapshot)];
}

// ------------------------------------------------------------------ fakes

/** A flow for the shell: it runs until the test answers how it ended (`id` in ANSWERS). */
const flowStandIn = <Input extends { errorSeq: number }>(id: string) =>
  setup({
    types: { input: {} as Input },
    actors: { ended: fakeCall(id) },
  }).createMachine({
    context: ({ input }) => ({ errorSeq: input.errorSeq }),
    initial: 'running',
    states: {
      running: { invoke: { src: 'ended', onDone: 'ended' } },
      ended: { type: 'final', output: ({ event }) => (event as DoneActorEvent).output },
    },
    output: ({ event }) => event.output,
  });

/** The machine with every call answered by the test and the countdown ticker silent. */
export const modelMachine = loginMachine.provide({
  actors: {
    ...Object.fromEntries(ACTOR_IDS.map((id) => [id, fakeCall(id)])),
    ticker: fromCallback(() => () => undefined),
  } as never,
});

// Loading F8 or the steps answers a stand-in; the graph is walked with it as the loaded logic.
ANSWERS.loadBankId!.outputs.push(flowStandIn<BankIdInput>('bankid'));
ANSWERS.loadSteps!.outputs.push(flowStandIn<StepsInput>('steps'));

/** A client that must never be called: every call goes through the fakes. */
/** The machine's inputs the model starts from: none, and each first step an integrator may choose. */
export const START_STEPS: readonly StartStep[] = [...FLOW_NAMES, 'bankid'];
export const modelInput = (start?: StartStep): LoginInput => (start ? { start, identifier: 'anna@example.com' } : {});

// ------------------------------------------------------------------ coverage

export const { stateNodes: STATE_NODES, transitionKeys: TRANSITION_KEYS } = coverageOf(modelMachine);
