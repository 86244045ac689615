/*
 * Moving between screens without the network: opening a flow's form, and `back`, which
 * returns to the form the current flow started from.
 */
import type { EventObject } from 'xstate';
import type { StepsOutput } from '../steps/steps.setup.js';
import type { FlowName } from './types.js';

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

/** Where a flow opens: sign-in's form is the shell's; every other flow is a machine of its own (steps.ts). */
export const screenOf = (flow: FlowName): string => (flow === 'signIn' ? '#login.signIn' : '#login.steps');

/** The flow asked for: by `flow.start`, or by the steps that ended choosing it. */
type Requested = (event: EventObject) => FlowName | undefined;

const flowStartHandlers = (chosen: boolean, requested: Requested = (event) => (event as unknown as { flow: FlowName }).flow) =>
  FLOW_NAMES.map((flow) => ({
    guard: { type: 'opensFlow' as const, params: ({ event }: { event: EventObject }) => ({ requested: requested(event), flow }) },
    target: screenOf(flow),
    actions: { type: 'startFlow' as const, params: { flow, chosen } },
  }));

/** `flow.start` handlers: one per flow, each opening its form when the tenant offers it. */
export const flowStart = flowStartHandlers(false);

/** The same from the registration chooser: Back from the flow's form returns to the chooser. */
export const chosenFlowStart = flowStartHandlers(true);

/** The same for the flow the steps ended choosing (their output). */
export const flowChosenInSteps = flowStartHandlers(false, (event) => {
  const { output } = event as unknown as { output: StepsOutput };
  return output.result === 'flow' ? output.flow : undefined;
});

/** "I want to become a customer": to the tenant's page for it, if that is an address the page may go to. */
export const toNewCustomer = [
  { guard: 'newCustomerLinkSafe' as const, actions: 'navigateToNewCustomer' as const },
  { guard: 'hasNewCustomerLink' as const, actions: { type: 'showError' as const, params: { draft: { code: 'unsafe_url' as const } } } },
];
