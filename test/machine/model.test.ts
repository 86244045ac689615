/*
 * Model-based: @xstate/graph walks the machine with every event each state allows
 * (model.ts), and the test replays, on a running actor whose calls are answered by
 * fakes, a shortest path to every state followed by every distinct step out of it.
 * Each replayed step must land where the model said, and together the paths must
 * visit every state node and take every transition the machine defines.
 */
import { expect } from '@open-wc/testing';
import type { LoginInput } from '../../src/shell/types.js';
import { type LoginSnapshot } from './harness.js';
import { statePath } from '../support/state.js';
import { eventsIn, modelInput, modelMachine, START_STEPS, STATE_NODES, TRANSITION_KEYS, type ModelEvent } from './model.js';
import { buildModel, pathsOf, replay } from './walk.js';

/**
 * What decides which transitions a state can take: its value, and the context its guards
 * read there (which flow's machine runs, and whether it was opened from the chooser).
 */
function stateKey(snapshot: LoginSnapshot): string {
  const c = snapshot.context;
  // The shell's own screen: the steps' stand-in is seen only by how it ends.
  const screen = typeof snapshot.value === 'string' ? snapshot.value : (Object.keys(snapshot.value)[0] ?? '');
  return JSON.stringify([
    snapshot.value,
    c.config?.tenant.id,
    // Which flow's machine loads, and where Back out of it leads: the chooser it was opened from, or sign-in.
    screen === 'steps' ? [c.flow, c.next !== undefined, c.chosen === true] : null,
  ]);
}

/** Tenants other than the demo one are explored only as far as the start screens they change. */
function explore(snapshot: LoginSnapshot): ModelEvent[] {
  const tenant = snapshot.context.config?.tenant.id;
  if (tenant && tenant !== 'demo' && !['welcome', 'choosingStart', 'signIn.idle', 'signIn.leading', 'register'].includes(statePath(snapshot))) return [];
  // Only events the state takes: the rest would be self-loops that change nothing.
  return eventsIn(snapshot).filter((event) => snapshot.can(event as never));
}

/** With a first step chosen, only the way to it is new: the model follows boot's answers and stops at the first screen. */
function exploreStart(snapshot: LoginSnapshot): ModelEvent[] {
  if (statePath(snapshot) !== 'loading') return [];
  return eventsIn(snapshot).filter((event) => event.type.startsWith('xstate.') && snapshot.can(event as never));
}

const buildShell = (input: LoginInput = modelInput(), events: (snapshot: LoginSnapshot) => ModelEvent[] = explore) =>
  buildModel<LoginSnapshot>(modelMachine, { input, events, stateKey });

describe('Model-based paths', () => {
  it('reach every state and take every transition, on a running actor', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    const model = buildShell();
    const { states, edges } = model;
    const paths = pathsOf(model);

    const coverage = { taken: new Set<string>(), visited: new Set<string>() };
    const { taken, visited } = coverage;
    for (const path of paths) await replay(modelMachine, path, coverage, modelInput());
    // Each first step an integrator may choose (start="activation", ...), from every answer of boot.
    let startPaths = 0;
    for (const step of START_STEPS) {
      const input = modelInput(step);
      const model = buildShell(input, exploreStart);
      for (const path of model.states.values()) {
        startPaths += 1;
        await replay(modelMachine, path, coverage, input);
      }
    }

    const missingStates = STATE_NODES.map((n) => n.id).filter((id) => !visited.has(id));
    const missingTransitions = TRANSITION_KEYS.filter((key) => !taken.has(key));
    console.log(
      `model: ${STATE_NODES.length} state nodes, ${TRANSITION_KEYS.length} transitions; graph: ${states.size} states, ${edges.length} steps; ${paths.length} paths replayed, ${startPaths} more with a first step`,
    );
    expect(missingStates, 'state nodes never visited').to.deep.equal([]);
    expect(missingTransitions, 'transitions never taken').to.deep.equal([]);
  });
});
