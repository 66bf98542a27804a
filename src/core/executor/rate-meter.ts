/** Counts events over a sliding time window, so a rate reflects the recent pace rather than the whole job. */
export class RateMeter {
  private readonly times: number[] = [];
  private readonly counts: number[] = [];
  private head = 0;
  private inWindow = 0;

  constructor(private readonly windowMs: number) {
    if (!(windowMs > 0)) throw new RangeError(`RateMeter window must be positive, got ${windowMs}`);
  }

  record(at: number, count = 1): void {
    this.times.push(at);
    this.counts.push(count);
    this.inWindow += count;
  }

  /** Events in the last window ending at `now`. Amortised O(1): old entries are dropped once. */
  count(now: number): number {
    const oldest = now - this.windowMs;
    while (this.head < this.times.length && (this.times[this.head] ?? 0) <= oldest) {
      this.inWindow -= this.counts[this.head] ?? 0;
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.counts.splice(0, this.head);
      this.head = 0;
    }
    return this.inWindow;
  }

  /** Events per second over the window, or over the time since `startedAt` while that is shorter. */
  perSecond(now: number, startedAt: number): number {
    const span = Math.min(this.windowMs, now - startedAt);
    if (span <= 0) return 0;
    return (this.count(now) * 1000) / span;
  }
}
