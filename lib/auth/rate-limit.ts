/**
 * A sliding-window counter per key (an IP address, an action) kept in this process's memory:
 * enough to slow down guessing against one server. Accounts are also locked in the database
 * after repeated failures, which holds across processes.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs)
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.prune(now)
    return recent.length > this.limit ? Math.ceil((recent[0] + this.windowMs - now) / 1000) : 0
  }

  reset(key: string) {
    this.hits.delete(key)
  }

  private prune(now: number) {
    for (const [k, v] of this.hits) if (v.every((t) => now - t >= this.windowMs)) this.hits.delete(k)
  }
}
