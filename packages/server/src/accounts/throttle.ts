/**
 * Slows down password guessing per email, for known and unknown emails alike
 * so the answer reveals nothing. In-process: with several server processes
 * each keeps its own count, and the per-IP rate limit still applies.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; until: number; last: number }>();

  constructor(
    private readonly freeAttempts = 5,
    private readonly baseDelayMs = 1_000,
    private readonly maxDelayMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before this email may try again (0 = go ahead). */
  waitFor(email: string): number {
    const entry = this.failures.get(email.toLowerCase());
    return entry ? Math.max(0, entry.until - this.now()) : 0;
  }

  fail(email: string): void {
    const key = email.toLowerCase();
    const t = this.now();
    const entry = this.failures.get(key);
    // Failures older than the longest delay are forgotten.
    const count = entry && t - entry.last < this.maxDelayMs ? entry.count + 1 : 1;
    // The free failures are used up at the `freeAttempts`-th: from then on every attempt waits.
    const over = count - this.freeAttempts + 1;
    const delay = over > 0 ? Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (over - 1)) : 0;
    this.failures.set(key, { count, until: t + delay, last: t });
    if (this.failures.size > 100_000) this.prune(t);
  }

  succeed(email: string): void {
    this.failures.delete(email.toLowerCase());
  }

  private prune(t: number): void {
    for (const [key, entry] of this.failures)
      if (t - entry.last >= this.maxDelayMs) this.failures.delete(key);
  }
}
