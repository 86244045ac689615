/*
 * Walking a machine as a model (@xstate/graph): the events a state can take, fake calls
 * a test answers, the shortest path to every state, the replay of a path on a running
 * actor, and the machine's full list of state nodes and transitions to measure coverage
 * against. The shell (model.ts) and each machine of its own (bankid-model.test.ts,
 * steps-model.test.ts) are walked with it.
 */
import { expect } from '@open-wc/testing';
import { createActor, fromPromise, SimulatedClock, type AnyActorLogic, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type EventObject, type InspectionEvent } from 'xstate';
import { getAdjacencyMap, getStateNodes, serializeEvent } from '@xstate/graph';

export type ModelEvent = EventObject & { output?: unknown; error?: unknown; snapshot?: unknown };

/** What each call may answer: outputs and errors, by actor id (each invoke's id is its actor's name). */
export type Answers = Record<string, { outputs: unknown[]; errors: unknown[] }>;

type Snapshot = AnyMachineSnapshot & { _nodes: AnyStateNode[] };

/** Delayed transitions of the active states, as the events XState would raise for them. */
export function timerEvents(snapshot: AnyMachineSnapshot): ModelEvent[] {
  return (snapshot as Snapshot)._nodes.flatMap((node) => node.after.map((t) => ({ type: t.eventType })));
}

/** Answers of the calls running in this state. */
export function answerEvents(answers: Answers, snapshot: AnyMachineSnapshot): ModelEvent[] {
  return Object.keys(snapshot.children).flatMap((id) => {
    const answer = answers[id];
    if (!answer) return [];
    return [
      ...answer.outputs.map((output) => ({ type: `xstate.done.actor.${id}`, output })),
      ...answer.errors.map((error) => ({ type: `xstate.error.actor.${id}`, error })),
    ];
  });
}

// ------------------------------------------------------------------ fakes

type Pending = Map<string, { resolve: (output: unknown) => void; reject: (error: unknown) => void }>;

/** Calls wait here until the test answers them. */
export let pending: Pending = new Map();
export const resetPending = () => {
  pending = new Map();
};

/** A call that waits until the test answers it, by its actor id. */
export const fakeCall = (id: string) =>
  fromPromise<unknown, unknown>(
    () =>
      new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
      }),
  );

/** Applies one model event to a running actor: user events are sent, answers resolve their fake. */
export async function apply(actor: { send(event: never): void }, event: ModelEvent): Promise<void> {
  const done = /^xstate\.(done|error)\.actor\.(.+)$/.exec(event.type);
  if (done) {
    const call = pending.get(done[2] ?? '');
    if (!call) throw new Error(`no running call ${done[2]}`);
    pending.delete(done[2] ?? '');
    if (done[1] === 'done') call.resolve(event.output);
    else call.reject(event.error);
    // The answer travels promise -> actor -> machine over a few microtasks.
    for (let i = 0; i < 8; i += 1) await null;
    return;
  }
  actor.send(event as never);
}

/** Every string anywhere in a value, for finding a secret in what an actor keeps (numbers such as timestamps are not text a secret could hide in). */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

// ------------------------------------------------------------------ coverage

interface TransitionRef {
  source: AnyStateNode;
  eventType: string;
}

/** A stable name for a transition: its state, its event and its place among that event's candidates. */
export function transitionKey(t: TransitionRef & object): string {
  const list = t.eventType === '' ? t.source.always ?? [] : t.source.transitions.get(t.eventType) ?? [];
  return `${t.source.id} --${t.eventType || '(always)'}#${list.indexOf(t as never)}`;
}

/** Every state node (but the root) and every transition a machine defines. */
export function coverageOf(machine: AnyStateMachine): { stateNodes: AnyStateNode[]; transitionKeys: string[] } {
  return {
    stateNodes: getStateNodes(machine.root).filter((node) => node !== machine.root),
    transitionKeys: getStateNodes(machine.root).flatMap((node) => [
      ...[...node.transitions.values()].flatMap((list) => list.map((t) => transitionKey(t))),
      ...(node.always ?? []).map((t) => transitionKey(t)),
    ]),
  };
}

// ------------------------------------------------------------------ paths

export interface Edge<S> {
  from: string;
  event: ModelEvent;
  to: S;
}

/** Breadth first from the initial state: the shortest way to every state, and every step the walk found. */
export function buildModel<S extends AnyMachineSnapshot>(
  machine: AnyStateMachine,
  options: { input: unknown; events: (snapshot: S) => ModelEvent[]; stateKey: (snapshot: S) => string },
): { states: Map<string, Edge<S>[]>; edges: Edge<S>[] } {
  // @xstate/graph is typed against its own copy of XState's declarations: the machine crosses untyped.
  const adjacency = getAdjacencyMap(machine as never, {
    events: options.events,
    serializeState: options.stateKey,
    serializeEvent,
    input: options.input,
    limit: 200_000,
  } as never);
  const nodes = adjacency as Record<string, { state: unknown; transitions: Record<string, { event: unknown; state: unknown }> }>;
  const initial = Object.keys(nodes)[0] ?? '';
  const pathTo = new Map<string, Edge<S>[]>([[initial, []]]);
  const edges: Edge<S>[] = [];
  const queue = [initial];
  while (queue.length > 0) {
    const from = queue.shift() ?? '';
    const node = nodes[from];
    if (!node) continue;
    for (const { event, state } of Object.values(node.transitions)) {
      const to = state as S;
      const edge = { from, event: event as ModelEvent, to };
      edges.push(edge);
      const key = options.stateKey(to);
      if (!pathTo.has(key)) {
        pathTo.set(key, [...(pathTo.get(from) ?? []), edge]);
        queue.push(key);
      }
    }
  }
  return { states: pathTo, edges };
}

/** One path per state, then one per distinct step out of a state (its shortest path plus that step). */
export function pathsOf<S>(model: { states: Map<string, Edge<S>[]>; edges: Edge<S>[] }): Edge<S>[][] {
  const paths = new Map<string, Edge<S>[]>();
  for (const [key, path] of model.states) paths.set(`state ${key}`, path);
  for (const edge of model.edges) {
    const key = `step ${edge.from} ${serializeEvent(edge.event as never)}`;
    if (!paths.has(key)) paths.set(key, [...(model.states.get(edge.from) ?? []), edge]);
  }
  return [...paths.values()];
}

/**
 * Replays a path on a running actor whose calls are answered by fakes: each step must land
 * where the model said. Every microstep counts, so states passed through on the way do too.
 */
export async function replay<S extends AnyMachineSnapshot>(
  machine: AnyActorLogic,
  path: Edge<S>[],
  coverage: { taken: Set<string>; visited: Set<string> },
  input: unknown,
  /** Looked at after every step, e.g. for what the actor keeps. */
  check: (actor: { getPersistedSnapshot(): unknown }) => void = () => undefined,
): Promise<void> {
  resetPending();
  const actor = createActor(machine, {
    clock: new SimulatedClock(),
    input,
    // The root's microsteps only (not its children's), from the first: a flow may move on as it starts.
    inspect: (event: InspectionEvent) => {
      if (event.type !== '@xstate.microstep' || event.actorRef.sessionId !== event.rootId) return;
      // A transition's source was active as it was taken: so is a transient state (`always`) no snapshot shows.
      for (const t of event._transitions) {
        coverage.taken.add(transitionKey(t));
        coverage.visited.add(t.source.id);
      }
      for (const node of (event.snapshot as Snapshot)._nodes) coverage.visited.add(node.id);
    },
  });
  actor.start();
  for (const node of (actor.getSnapshot() as Snapshot)._nodes) coverage.visited.add(node.id);
  for (const edge of path) {
    await apply(actor, edge.event);
    const snapshot = actor.getSnapshot() as Snapshot;
    // A flow ends in a final state; the shell never does.
    expect(snapshot.status, `after ${edge.event.type}`).to.equal(edge.to.status);
    expect(snapshot.value, `after ${edge.event.type}`).to.deep.equal(edge.to.value);
    check(actor);
  }
  actor.stop();
}
