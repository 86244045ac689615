/** The mock backend the test runner starts (see web-test-runner.config.mjs). */
export const MOCK_ORIGIN: string =
  (globalThis as { __NL_MOCK_ORIGIN__?: string }).__NL_MOCK_ORIGIN__ ?? 'http://localhost:8790';

/** A base URL with a freshly seeded store of its own, so tests never share state. */
export function newSandbox(): string {
  return `${MOCK_ORIGIN}/sandbox/${crypto.randomUUID()}/api`;
}
