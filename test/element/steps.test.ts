/*
 * The harness (test/support/steps.ts) names every step the widget has, so a new step is
 * taught there before any test or story can reach it; and a route that lands elsewhere fails.
 */
import { expect } from '@open-wc/testing';
import { loginMachine } from '../../src/shell/login.machine.js';
import { STEPS } from '../support/steps.js';
import { Login } from './harness.js';

/** Passed through on the way to the first step, never shown. */
const TRANSIENT = ['choosingStart'];

describe('the harness', () => {
  it('has a route to every step of the machine', () => {
    const reached = new Set<string | undefined>(Object.values(STEPS).map((route) => route.at));
    const steps = Object.keys(loginMachine.config.states ?? {}).filter((step) => !TRANSIENT.includes(step));
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
