/** A test that drives a widget through several steps and languages: a minute, not twenty seconds. */
export const slow = (title: string, fn: () => Promise<unknown>): Mocha.Test =>
  it(title, function () {
    this.timeout(60_000);
    return fn();
  });
