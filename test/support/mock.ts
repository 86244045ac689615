/** The mock backend the test runner starts (see web-test-runner.config.mjs). */
export const MOCK_ORIGIN: string =
  (globalThis as { __NL_MOCK_ORIGIN__?: string }).__NL_MOCK_ORIGIN__ ?? 'http://localhost:8790';

/** A base URL with a freshly seeded store of its own, so tests never share state. */
export function newSandbox(): string {
  return `${MOCK_ORIGIN}/sandbox/${crypto.randomUUID()}/api`;
}

/** Resolves once `check` holds, asking every 20 ms; fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
