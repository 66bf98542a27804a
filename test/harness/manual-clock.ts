/** A clock the test moves by hand: `advance` runs what fell due, in time order. Nothing happens on its own. */
import type { Clock } from '../../src/components/controllers/clock.js';

interface Due {
  readonly at: number;
  readonly run: () => void;
}

export class ManualClock implements Clock {
  private time = 0;
  private queue: Due[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): () => void {
    const due: Due = { at: this.time + Math.max(0, ms), run };
    this.queue.push(due);
    return () => {
      this.queue = this.queue.filter((each) => each !== due);
    };
  }

  /** Moves time forward, running each callback that falls due on the way. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = this.queue.filter((due) => due.at <= until).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) break;
      this.queue = this.queue.filter((due) => due !== next);
      this.time = next.at;
      next.run();
    }
    this.time = until;
  }

  /** Callbacks still waiting. */
  get pending(): number {
    return this.queue.length;
  }
}
