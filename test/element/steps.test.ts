/*
 * The harness (test/support/steps.ts) names every step the widget has, so a new step is
 * taught there before any test or story can reach it; and a route that lands elsewhere fails.
 */
import { expect } from '@open-wc/testing';
import { loginMachine } from '../../src/shell/login.machine.js';
import { stepsMachine } from '../../src/steps/steps.machine.js';
import { STEPS } from '../support/steps.js';
import { Login } from './harness.js';

/** Passed through on the way to a step, never shown as one: choosing the first step, loading the steps' code, starting them. */
const TRANSIENT = ['choosingStart', 'steps', 'start'];

/** The screens: the shell's states, and the steps' (src/steps) but the ends they hand back to the shell. */
const SCREENS = [
  ...Object.keys(loginMachine.config.states ?? {}),
  ...Object.entries(stepsMachine.config.states ?? {}).filter(([, state]) => state.type !== 'final').map(([name]) => name),
];

describe('the harness', () => {
  it('has a route to every step of the machine', () => {
    const reached = new Set<string | undefined>(Object.values(STEPS).map((route) => route.at));
    const steps = SCREENS.filter((step) => !TRANSIENT.includes(step));
    expect(steps.filter((step) => !reached.has(step))).to.deep.equal([]);
  });

  it('the page signing out before the widget has loaded: the session ends first', async () => {
    const login = await Login.open({ step: 'F10.endingSession' });
    expect(login.heading).to.equal('Loading…');
  });

  it('fails where a route goes astray, naming the step it expected and where the widget is', async () => {
    const login = await Login.open({ tenant: 'hk', step: 'F1.form' });
    const error = await login.at('welcome', { timeoutMs: 300 }).catch((e: Error) => e);
    expect(String(error)).to.contain('expected the widget at "welcome"').and.to.contain('"signIn.idle"');
  });
});
