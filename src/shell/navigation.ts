/*
 * Moving between screens without the network: opening a flow's form, and `back`, which
 * returns to the form the current flow started from.
 */
import type { FlowName, LoginEvent } from './types.js';

/** Every flow with a form of its own, in FLOWS.md order. */
export const FLOW_NAMES: readonly FlowName[] = [
  'signIn',
  'activation',
  'verifyAndCreate',
  'mobileRegistration',
  'customerNumberRegistration',
  'forgotCustomerNumber',
  'emailRegistration',
  'passwordLink',
  'forgotPassword',
];

type FlowStart = Extract<LoginEvent, { type: 'flow.start' }>;

const flowStartHandlers = (chosen: boolean) =>
  FLOW_NAMES.map((flow) => ({
    guard: { type: 'opensFlow' as const, params: ({ event }: { event: FlowStart }) => ({ requested: event.flow, flow }) },
    target: `#login.${flow}`,
    actions: { type: 'startFlow' as const, params: { flow, chosen } },
  }));

/** `flow.start` handlers: one per flow, each opening its form when the tenant offers it. */
export const flowStart = flowStartHandlers(false);

/** The same from the registration chooser: Back from the flow's form returns to the chooser. */
export const chosenFlowStart = flowStartHandlers(true);

/** "I want to become a customer": to the tenant's page for it, if that is an address the page may go to. */
export const toNewCustomer = [
  { guard: 'newCustomerLinkSafe' as const, actions: 'navigateToNewCustomer' as const },
  { guard: 'hasNewCustomerLink' as const, actions: { type: 'showError' as const, params: { draft: { code: 'unsafe_url' as const } } } },
];

/** `back` from a step of a flow: to the form the flow started from (sign-in for F1 and links). */
export const backToFlow = [
  ...FLOW_NAMES.filter((flow): flow is Exclude<FlowName, 'signIn'> => flow !== 'signIn').map((flow) => ({
    guard: { type: 'flowIs' as const, params: { flow } },
    target: `#login.${flow}`,
  })),
  { target: '#login.signIn' },
];
