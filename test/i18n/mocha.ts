/*
 * Mocha's globals, typed here (the project has no @types/mocha; the test runner
 * defines them before it imports a test file).
 */
type Done = (error?: unknown) => void;
type Context = { timeout(ms: number): void };
type Test = (this: Context, done: Done) => void | Promise<unknown>;
type TestFn = (title: string, fn?: ((this: Context) => void | Promise<unknown>) | Test) => void;
interface MochaGlobals {
  describe: (title: string, fn: () => void) => void;
  it: TestFn & { skip: TestFn; only: TestFn };
  before: (fn: () => void | Promise<unknown>) => void;
  after: (fn: () => void | Promise<unknown>) => void;
  beforeEach: (fn: () => void | Promise<unknown>) => void;
  afterEach: (fn: () => void | Promise<unknown>) => void;
}
const g = globalThis as unknown as MochaGlobals;
export const { describe, it, before, after, beforeEach, afterEach } = g;

/** A test that drives a widget through several steps and languages: a minute, not twenty seconds. */
export const slow = (title: string, fn: () => Promise<unknown>): void =>
  g.it(title, function (this: Context) {
    this.timeout(60_000);
    return fn();
  });
