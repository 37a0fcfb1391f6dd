/**
 * Failed API token authentications per client IP, in a fixed one-minute window. Guessing a
 * 256-bit secret is hopeless anyway; this keeps a misconfigured or hostile client from turning
 * every bad guess into a database lookup.
 *
 * Kept in this process's memory: with several API processes behind a load balancer each allows
 * `maxFailures` a minute, which is acceptable for this purpose (the limit is a brake, not an
 * accounting figure — the monthly request limit, which is one, lives in PostgreSQL).
 */
export class AuthFailureLimiter {
  private readonly windows = new Map<string, { startMs: number; failures: number }>();

  constructor(
    readonly maxFailures = 20,
    readonly windowMs = 60_000,
    /** Bounds memory under a flood from many addresses. */
    private readonly maxTracked = 10_000,
  ) {}

  /** When the address may try again, or null when it may try now. */
  blockedUntil(ip: string, now: Date): Date | null {
    const window = this.windows.get(ip);
    if (window === undefined || window.failures < this.maxFailures) return null;
    const endsMs = window.startMs + this.windowMs;
    return endsMs > now.getTime() ? new Date(endsMs) : null;
  }

  recordFailure(ip: string, now: Date): void {
    const nowMs = now.getTime();
    const window = this.windows.get(ip);
    if (window !== undefined && nowMs < window.startMs + this.windowMs) {
      window.failures += 1;
      return;
    }
    this.windows.delete(ip);
    if (this.windows.size >= this.maxTracked) this.forgetOldest(nowMs);
    this.windows.set(ip, { startMs: nowMs, failures: 1 });
  }

  private forgetOldest(nowMs: number): void {
    for (const [ip, window] of this.windows) {
      if (nowMs >= window.startMs + this.windowMs) this.windows.delete(ip);
    }
    // Still full of live windows: drop the oldest (Map keeps insertion order).
    while (this.windows.size >= this.maxTracked) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
  }
}
