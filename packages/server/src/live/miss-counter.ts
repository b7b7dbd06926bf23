/**
 * Counts misses (wrong join codes) per client address in a sliding window.
 * Only misses count, so a whole room joining from one venue address is never
 * blocked while guessing codes is.
 */
export class MissCounter {
  private readonly misses = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  blocked(key: string): boolean {
    return this.recent(key).length >= this.max;
  }

  miss(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.misses.set(key, list);
    if (this.misses.size > 50_000) this.misses.clear();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.misses.get(key) ?? []).filter((t) => t > since);
  }
}
