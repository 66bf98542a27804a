/**
 * Tells overload from bad luck. A 429, or a 503 that says when to come back (Retry-After), is the service
 * asking for less; so are failures that cluster in time. An isolated 503, dropped connection or timeout among
 * answers that otherwise come back fine is bad luck: slowing the whole job down for it only costs time.
 */
export interface OverloadTuning {
  /** Answers count while they are this recent... */
  readonly windowMs: number;
  /** ...and among the last this many. */
  readonly windowAnswers: number;
  /** Failed answers within the window, at least this many... */
  readonly minFailures: number;
  /** ...and at least this share of the answers within it, make a cluster. */
  readonly minShare: number;
}

export const DEFAULT_OVERLOAD_TUNING: OverloadTuning = { windowMs: 1_000, windowAnswers: 48, minFailures: 2, minShare: 0.3 };

interface Answer {
  readonly at: number;
  readonly failed: number;
}

export class OverloadDetector {
  private answers: Answer[] = [];

  constructor(private readonly tuning: OverloadTuning = DEFAULT_OVERLOAD_TUNING) {}

  /**
   * One answer came back at `at`; `failedShare` of the operations it carried failed without the service saying
   * why (5xx, lost, timed out): 1 for a lost call, 1/20 for one item of a `$batch`. A call counts once, whatever
   * it carried. Returns true when the failures among the recent answers cluster.
   */
  note(at: number, failedShare: number): boolean {
    this.answers.push({ at, failed: Math.min(1, Math.max(0, failedShare)) });
    const from = at - this.tuning.windowMs;
    const drop = Math.max(this.answers.length - this.tuning.windowAnswers, this.answers.findIndex((answer) => answer.at >= from));
    if (drop > 0) this.answers = this.answers.slice(drop);
    if (failedShare <= 0) return false;
    const failed = this.answers.reduce((sum, answer) => sum + answer.failed, 0);
    return failed >= this.tuning.minFailures && failed >= this.answers.length * this.tuning.minShare;
  }
}
