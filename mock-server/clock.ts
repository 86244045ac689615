/**
 * The mock's clock: real time plus an offset that tests move forward with
 * `POST <base>/__mock/clock {advanceSeconds}`. Code expiry, resend cool-downs, account
 * locks, link expiry and BankID order progress all read this clock, never Date.now().
 */
export class MockClock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advanceSeconds must be a non-negative number');
    this.offsetMs += seconds * 1000;
  }

  get offsetSeconds(): number {
    return this.offsetMs / 1000;
  }
}
