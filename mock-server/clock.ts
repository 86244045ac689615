/**
 * The mock's clock: real time plus an offset that tests move forward with
 * `POST <base>/__mock/clock {advanceSeconds}`. Code expiry, resend cool-downs, account
 * locks, link expiry and BankID order progress all read this clock, never Date.now().
 * Frozen (`{frozen: true}`), it moves only when told to: a Storybook story then holds a
 * BankID order or a code at one moment for as long as a designer looks at it.
 */
export class MockClock {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  now(): number {
    return (this.frozenAt ?? Date.now()) + this.offsetMs;
  }

  get frozen(): boolean {
    return this.frozenAt !== undefined;
  }

  /** Stops or restarts real time; the clock reads on from where it stood either way. */
  set frozen(frozen: boolean) {
    if (frozen === this.frozen) return;
    if (this.frozenAt === undefined) this.frozenAt = Date.now();
    else {
      this.offsetMs -= Date.now() - this.frozenAt;
      this.frozenAt = undefined;
    }
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advanceSeconds must be a non-negative number');
    this.offsetMs += seconds * 1000;
  }

  get offsetSeconds(): number {
    return this.offsetMs / 1000;
  }
}
