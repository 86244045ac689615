/*
 * Mocha's globals, typed (the project has no @types/mocha; the test runner defines
 * them before it imports a test file). A copy per test folder keeps folders independent.
 */
type Done = (error?: unknown) => void;
type Test = (this: unknown, done: Done) => void | Promise<unknown>;
type TestFn = (title: string, fn?: (() => void | Promise<unknown>) | Test) => void;
interface MochaGlobals {
  describe: (title: string, fn: () => void) => void;
  it: TestFn & { skip: TestFn; only: TestFn };
}
const g = globalThis as unknown as MochaGlobals;
export const { describe, it } = g;
