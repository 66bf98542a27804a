/**
 * When new requests may start: never before the service's Retry-After (one shared "not before" time for the
 * whole job), and, once the service has throttled us, no faster than the rate it was seen to accept.
 *
 * Why pace at all: Retry-After comes in whole seconds, so every 429 costs a pause of up to a second for the
 * whole job. Backing off alone keeps hitting the limit and pausing; sending at the accepted rate rarely does.
 * The accepted rate between two throttling episodes is what the service let through; it is the estimate.
 */
export interface PacerTuning {
  /** Pace at this share of the estimated sustainable rate, to stay just under it. */
  readonly margin: number;
  /** After a quiet spell, raise the pace by this share per second, in case the limit went up. */
  readonly probePerSecond: number;
  readonly quietMs: number;
  /** Starts allowed back to back when timers fire late (milliseconds of pace). */
  readonly burstMs: number;
}

export const DEFAULT_PACER_TUNING: PacerTuning = { margin: 0.97, probePerSecond: 0.01, quietMs: 5_000, burstMs: 20 };

/** Too short a span says nothing about a per-second limit. */
const MIN_ESTIMATE_SPAN_MS = 250;
const BANKED_MS = 1_000;
const MIN_PACE = 1;

export class ThrottlePacer {
  private notBefore = Number.NEGATIVE_INFINITY;
  private basePace: number | null = null;
  private paceSetAt = 0;
  private nextSlot = Number.NEGATIVE_INFINITY;
  private accepted = 0;
  private episodeAt: number;
  private acceptedAtEpisode = 0;
  private episodes = 0;
  private pausedMs = 0;

  constructor(
    startedAt: number,
    private readonly tuning: PacerTuning = DEFAULT_PACER_TUNING,
  ) {
    this.episodeAt = startedAt;
  }

  /** Throttling episodes seen (429s on requests sent after the previous episode began). */
  get throttleEpisodes(): number {
    return this.episodes;
  }

  /** Starts per second now, or null while the service has not pushed back. */
  pace(now: number): number | null {
    if (this.basePace === null) return null;
    const quietFor = now - this.paceSetAt - this.tuning.quietMs;
    if (quietFor <= 0) return this.basePace;
    return this.basePace * (1 + (this.tuning.probePerSecond * quietFor) / 1000);
  }

  /** A request the service processed (anything but a 429). */
  accept(): void {
    this.accepted += 1;
  }

  /**
   * A 429. Its Retry-After holds back every new start; the first 429 of an episode also re-estimates the pace.
   * Returns true when it opened a new episode.
   */
  throttle(requestStartedAt: number, now: number, retryAfterSeconds: number | undefined): boolean {
    const opened = requestStartedAt >= this.episodeAt || this.episodes === 0;
    if (opened) this.openEpisode(now);
    if (retryAfterSeconds !== undefined && retryAfterSeconds > 0) this.holdUntil(now + retryAfterSeconds * 1000);
    return opened;
  }

  /** The service asked for a pause: no new starts until then. */
  holdUntil(time: number): void {
    const from = Math.max(this.notBefore, this.episodeAt);
    if (time > from) this.pausedMs += time - from;
    this.notBefore = Math.max(this.notBefore, time);
  }

  private openEpisode(now: number): void {
    // A limiter banks about a second of unused rate at most; a longer pause is time it gave nothing for.
    const span = now - this.episodeAt - Math.max(0, this.pausedMs - BANKED_MS);
    if (span >= MIN_ESTIMATE_SPAN_MS) {
      const estimate = ((this.accepted - this.acceptedAtEpisode) * 1000) / span;
      this.basePace = Math.max(MIN_PACE, estimate * this.tuning.margin);
      this.paceSetAt = now;
    }
    this.episodes += 1;
    this.episodeAt = now;
    this.acceptedAtEpisode = this.accepted;
    this.pausedMs = 0;
  }

  /** The admin asked to retry now: the pause the service asked for ends (the pace learned stays). */
  release(): void {
    this.notBefore = Number.NEGATIVE_INFINITY;
  }

  /** The earliest time a new request may start. */
  nextStartAt(now: number): number {
    const pace = this.pace(now);
    const paced = pace === null ? now : this.nextSlot - this.tuning.burstMs;
    return Math.max(this.notBefore, paced);
  }

  /**
   * A request carrying `operations` started now: the next one waits its turn. Counted in operations, not calls,
   * because the service counts each item of a $batch on its own.
   */
  started(now: number, operations = 1): void {
    const pace = this.pace(now);
    if (pace === null) return;
    const interval = (1000 * Math.max(1, operations)) / pace;
    // Late timers may catch up by the burst allowance, no more, so a stall is not followed by a flood.
    this.nextSlot = Math.max(this.nextSlot, now - this.tuning.burstMs) + interval;
  }
}
