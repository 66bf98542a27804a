/**
 * How many requests may be in flight at once, adapted to what the backend sustains (AIMD, as TCP does):
 * doubles per round trip until the first sign of overload, then grows by about one per round trip while
 * responses keep coming back without throttling and at a stable latency; halves on 429/503.
 */
export interface ConcurrencyBounds {
  readonly initial: number;
  readonly min: number;
  readonly max: number;
}

export const DEFAULT_CONCURRENCY: ConcurrencyBounds = { initial: 4, min: 1, max: 32 };

/** Latency counts as stable while the recent average stays under this multiple of the best seen. */
const LATENCY_TOLERANCE = 2;
const LATENCY_SLACK_MS = 10;

export class AdaptiveConcurrency {
  private value: number;
  private slowStart = true;
  private episodeStartedAt = Number.NEGATIVE_INFINITY;
  private episodeFloor: number;
  private bestLatencyMs = Number.POSITIVE_INFINITY;
  private recentLatencyMs: number | null = null;

  constructor(private readonly bounds: ConcurrencyBounds = DEFAULT_CONCURRENCY) {
    if (!(bounds.min >= 1) || !(bounds.max >= bounds.min)) {
      throw new RangeError(`Concurrency bounds must satisfy 1 <= min <= max, got min ${bounds.min}, max ${bounds.max}`);
    }
    this.value = clamp(bounds.initial, bounds.min, bounds.max);
    this.episodeFloor = bounds.min;
  }

  /** Whole requests allowed in flight now. */
  get limit(): number {
    return Math.max(this.bounds.min, Math.floor(this.value));
  }

  /**
   * A request came back without throttling. Grows only when the limit was what held requests back
   * (`wasLimiting`), so a limit nobody reaches does not creep up to the maximum.
   */
  onSuccess(latencyMs: number, wasLimiting: boolean): void {
    this.observeLatency(latencyMs);
    if (!wasLimiting || !this.latencyStable()) return;
    const step = this.slowStart ? 1 : 1 / Math.max(1, this.value);
    this.value = Math.min(this.bounds.max, this.value + step);
  }

  /**
   * The backend said 429 or 503, for `share` of the operations in one call (1 for a single request; a $batch
   * where 1 of 20 items failed says much less than one where all did). One episode halves the limit at most:
   * requests already on their way when it began carry news of the same overload.
   */
  onOverload(requestStartedAt: number, now: number, share = 1): void {
    this.slowStart = false;
    if (requestStartedAt >= this.episodeStartedAt) {
      this.episodeStartedAt = now;
      this.episodeFloor = Math.max(this.bounds.min, this.value / 2);
    }
    const weight = Math.min(1, Math.max(0, share));
    this.value = Math.max(this.episodeFloor, this.value * (1 - weight / 2));
  }

  private observeLatency(latencyMs: number): void {
    if (!(latencyMs >= 0)) return;
    this.bestLatencyMs = Math.min(this.bestLatencyMs, latencyMs);
    this.recentLatencyMs = this.recentLatencyMs === null ? latencyMs : this.recentLatencyMs * 0.8 + latencyMs * 0.2;
  }

  private latencyStable(): boolean {
    if (this.recentLatencyMs === null) return true;
    return this.recentLatencyMs <= this.bestLatencyMs * LATENCY_TOLERANCE + LATENCY_SLACK_MS;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));
}
