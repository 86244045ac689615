/*
 * Property-based: random sequences of what can happen (the user's events, the answers of
 * running calls, timers running out; mostly ones the state takes, some it does not) on
 * a running actor with fake calls. Whatever happens, the machine does not fail, never
 * ends up where nothing can move it on, and never keeps a secret it was given.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createActor, SimulatedClock, type Actor } from 'xstate';
import { flowOf } from '../../src/shell/children.js';
import type { LoginSnapshot } from './harness.js';
import { apply, eventsIn, LINK_TOKEN, modelMachine, resetPending, USER_EVENTS, type ModelEvent } from './model.js';
import { strings } from './walk.js';
import type { LoginEmitted } from '../../src/shell/types.js';

const RUNS = 1000;
const choices = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 25 });

/** Picks the next event: four times in five the first one the state takes from a random start, else anything at all. */
function pick(snapshot: LoginSnapshot, choice: number, secret?: string): ModelEvent {
  const all = eventsIn(snapshot, secret);
  const start = Math.floor(choice / 5) % all.length;
  if (choice % 5 !== 0) {
    for (let i = 0; i < all.length; i += 1) {
      const event = all[(start + i) % all.length] as ModelEvent;
      if (snapshot.can(event as never)) return event;
    }
  }
  return all[start] as ModelEvent;
}

interface Run {
  snapshots: LoginSnapshot[];
  emitted: LoginEmitted[];
  failures: unknown[];
  persisted: unknown[];
}

async function run(sequence: number[], options: { secret?: string; persist?: boolean } = {}): Promise<Run> {
  resetPending();
  const result: Run = { snapshots: [], emitted: [], failures: [], persisted: [] };
  const actor = createActor(modelMachine, { clock: new SimulatedClock(), input: { search: `?nl-link=${LINK_TOKEN}` } });
  actor.subscribe({ error: (error) => result.failures.push(error) });
  actor.on('*', (event) => result.emitted.push(event as LoginEmitted));
  actor.start();
  for (const choice of sequence) {
    try {
      await apply(actor, pick(actor.getSnapshot(), choice, options.secret));
    } catch (error) {
      result.failures.push(error);
    }
    const snapshot = actor.getSnapshot();
    result.snapshots.push(snapshot);
    if (options.persist) result.persisted.push(persisted(actor));
    if (snapshot.status !== 'active') break;
  }
  actor.stop();
  return result;
}

/**
 * What may be stored of a login. XState persists only children whose logic the machine
 * names, and a flow's logic arrives with import(): while one runs, the shell's context
 * and the flow's own persisted snapshot.
 */
function persisted(actor: Actor<typeof modelMachine>): unknown {
  const snapshot = actor.getSnapshot();
  const flow = flowOf(snapshot);
  return flow ? { context: snapshot.context, flow: flow.getPersistedSnapshot() } : actor.getPersistedSnapshot();
}

describe('Properties of the machine under random events', () => {
  it(`never fails, whatever happens (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(choices, async (sequence) => {
        const { snapshots, failures } = await run(sequence);
        expect(failures).to.deep.equal([]);
        for (const s of snapshots) expect(s.status).to.equal('active');
      }),
      { numRuns: RUNS },
    );
  });

  it(`always has a way on: an event it takes, or a call or timer that will move it (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(choices, async (sequence) => {
        const { snapshots } = await run(sequence);
        for (const s of snapshots) {
          const nodes = (s as LoginSnapshot & { _nodes: { after: unknown[] }[] })._nodes;
          const timer = nodes.some((node) => node.after.length > 0);
          const userCan = USER_EVENTS.some((event) => event.type !== 'tick' && s.can(event));
          expect(userCan || (s.hasTag('busy') && Object.keys(s.children).length > 0) || timer, JSON.stringify(s.value)).to.equal(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`never keeps a password, PIN, code or link token in the persisted snapshot or emitted events (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(choices, fc.stringMatching(/^[a-z]{6}$/), async (sequence, marker) => {
        const secret = `Hemmelig${marker}`;
        const { persisted, emitted } = await run(sequence, { secret, persist: true });
        const leaks = (value: unknown) =>
          strings(JSON.parse(JSON.stringify(value))).filter(
            (text) => text.includes(secret) || text.includes(LINK_TOKEN) || text === '123456' || text === '4321',
          );
        for (const p of persisted) expect(leaks(p)).to.deep.equal([]);
        expect(leaks(emitted)).to.deep.equal([]);
      }),
      { numRuns: RUNS },
    );
  });
});
