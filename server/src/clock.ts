/** Where billing and sessions read the time, so tests and benchmarks can move it. */
export interface Clock {
  now(): Date;
  /**
   * Re-reads whatever the clock depends on beyond real time (the persisted test-clock offset), so
   * work that starts now sees what other processes set. Real-time clocks have nothing to re-read.
   */
  refresh?(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date): void {
    this.current = new Date(to.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
