/*
 * Model-based: @xstate/graph walks the machine with every event each state allows
 * (model.ts), and the test replays, on a running actor whose calls are answered by
 * fakes, a shortest path to every state followed by every distinct step out of it.
 * Each replayed step must land where the model said, and together the paths must
 * visit every state node and take every transition the machine defines.
 */
import { expect } from '@open-wc/testing';
import { createActor, SimulatedClock, type AnyStateNode, type InspectionEvent } from 'xstate';
import { getAdjacencyMap, serializeEvent } from '@xstate/graph';
import type { LoginInput } from '../../src/shell/types.js';
import { REGISTRATION_FLOWS } from '../../src/shell/methods.js';
import { statePath, type LoginSnapshot } from './harness.js';
import {
  apply,
  eventsIn,
  modelInput,
  modelMachine,
  START_STEPS,
  resetPending,
  STATE_NODES,
  TRANSITION_KEYS,
  transitionKey,
  type ModelEvent,
} from './model.js';

/**
 * What decides which transitions a state can take: its value, and the context its guards
 * read there (the flow for `back` from a step, whether a registration form was opened from
 * the chooser, the code's lock and expiry on the code screen).
 */
function stateKey(snapshot: LoginSnapshot): string {
  const c = snapshot.context;
  const screen = statePath(snapshot).split('.')[0] ?? '';
  return JSON.stringify([
    snapshot.value,
    c.config?.tenant.id,
    ['code', 'enrolPhone', 'setPassword'].includes(screen) ? c.flow : null,
    // Where Back from a registration flow's form leads: the chooser it was opened from, or sign-in.
    REGISTRATION_FLOWS.includes(screen as never) ? c.chosen === true : null,
    screen === 'code'
      ? [c.challenge?.attemptsLeft === 0, (c.codeExpiresAt ?? Infinity) <= Date.now()]
      : null,
  ]);
}

/** Tenants other than the demo one are explored only as far as the start screens they change. */
function explore(snapshot: LoginSnapshot): ModelEvent[] {
  const tenant = snapshot.context.config?.tenant.id;
  if (tenant && tenant !== 'demo' && !['welcome', 'choosingStart', 'signIn.idle', 'signIn.leading', 'register'].includes(statePath(snapshot))) return [];
  // Only events the state takes: the rest would be self-loops that change nothing.
  return eventsIn(snapshot).filter((event) => snapshot.can(event as never));
}

interface Edge {
  from: string;
  event: ModelEvent;
  to: LoginSnapshot;
}

/** With a first step chosen, only the way to it is new: the model follows boot's answers and stops at the first screen. */
function exploreStart(snapshot: LoginSnapshot): ModelEvent[] {
  if (statePath(snapshot) !== 'loading') return [];
  return eventsIn(snapshot).filter((event) => event.type.startsWith('xstate.') && snapshot.can(event as never));
}

function buildModel(input: LoginInput = modelInput(), events: (snapshot: LoginSnapshot) => ModelEvent[] = explore) {
  // @xstate/graph is typed against its own copy of XState's declarations: the machine crosses untyped.
  const adjacency = getAdjacencyMap(
    modelMachine as never,
    {
      events,
      serializeState: stateKey,
      serializeEvent,
      input,
      limit: 200_000,
    } as never,
  );
  const nodes = adjacency as Record<string, { state: unknown; transitions: Record<string, { event: unknown; state: unknown }> }>;
  const initial = Object.keys(nodes)[0] ?? '';
  // Breadth first from the initial state: the shortest way to every state.
  const pathTo = new Map<string, Edge[]>([[initial, []]]);
  const edges: Edge[] = [];
  const queue = [initial];
  while (queue.length > 0) {
    const from = queue.shift() ?? '';
    const node = nodes[from];
    if (!node) continue;
    const source = node.state as LoginSnapshot;
    for (const { event, state } of Object.values(node.transitions)) {
      const to = state as LoginSnapshot;
      const edge = { from, event: event as ModelEvent, to };
      edges.push(edge);
      const key = stateKey(to);
      if (!pathTo.has(key)) {
        pathTo.set(key, [...(pathTo.get(from) ?? []), edge]);
        queue.push(key);
      }
    }
  }
  return { states: pathTo, edges };
}

async function replay(path: Edge[], taken: Set<string>, visited: Set<string>, input: LoginInput = modelInput()): Promise<void> {
  resetPending();
  const actor = createActor(modelMachine, {
    clock: new SimulatedClock(),
    input,
    // Every microstep, so that states passed through on the way (transient ones) count too.
    inspect: (event: InspectionEvent) => {
      if (event.type !== '@xstate.microstep' || event.actorRef !== actor) return;
      for (const t of event._transitions) taken.add(transitionKey(t));
      for (const node of (event.snapshot as unknown as { _nodes: AnyStateNode[] })._nodes) visited.add(node.id);
    },
  });
  actor.start();
  for (const node of (actor.getSnapshot() as unknown as { _nodes: AnyStateNode[] })._nodes) visited.add(node.id);
  for (const edge of path) {
    await apply(actor, edge.event);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status, `after ${edge.event.type}`).to.equal('active');
    expect(snapshot.value, `after ${edge.event.type}`).to.deep.equal(edge.to.value);
  }
  actor.stop();
}

describe('Model-based paths', () => {
  it('reach every state and take every transition, on a running actor', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    const { states, edges } = buildModel();

    // One path per state, then one per distinct step out of a state (its shortest path plus that step).
    const paths = new Map<string, Edge[]>();
    for (const [key, path] of states) paths.set(`state ${key}`, path);
    for (const edge of edges) {
      const key = `step ${edge.from} ${serializeEvent(edge.event as never)}`;
      if (!paths.has(key)) paths.set(key, [...(states.get(edge.from) ?? []), edge]);
    }

    const taken = new Set<string>();
    const visited = new Set<string>();
    for (const path of paths.values()) await replay(path, taken, visited);
    // Each first step an integrator may choose (start="activation", ...), from every answer of boot.
    let startPaths = 0;
    for (const step of START_STEPS) {
      const input = modelInput(step);
      const model = buildModel(input, exploreStart);
      for (const path of model.states.values()) {
        startPaths += 1;
        await replay(path, taken, visited, input);
      }
    }

    const missingStates = STATE_NODES.map((n) => n.id).filter((id) => !visited.has(id));
    const missingTransitions = TRANSITION_KEYS.filter((key) => !taken.has(key));
    console.log(
      `model: ${STATE_NODES.length} state nodes, ${TRANSITION_KEYS.length} transitions; graph: ${states.size} states, ${edges.length} steps; ${paths.size} paths replayed, ${startPaths} more with a first step`,
    );
    expect(missingStates, 'state nodes never visited').to.deep.equal([]);
    expect(missingTransitions, 'transitions never taken').to.deep.equal([]);
  });
});
