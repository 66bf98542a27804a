/**
 * --fault-rate: that share of requests fails, chosen by a seeded PRNG so a run repeats exactly for a seed.
 * One draw per request: a failure is a 503 (half), or a dropped connection (half). For writes, half of the
 * dropped connections happen after the update was applied: the ambiguous case clients must handle.
 * An item of a Graph `$batch` is no connection of its own: it draws only the 503 half (`drawItem`), while the
 * `$batch` request draws like any other, its dropped connection losing every item's answer at once.
 */
import { seededRandom, type Random } from './prng.js';

export type Fault = 'none' | 'unavailable' | 'drop-before' | 'drop-after';

export class FaultInjector {
  private readonly random: Random;

  constructor(private readonly rate: number, seed: number) {
    this.random = seededRandom(seed);
  }

  draw(isWrite: boolean): Fault {
    if (this.rate <= 0) return 'none';
    const roll = this.random.next();
    if (roll >= this.rate) return 'none';
    const kind = roll / this.rate;
    if (kind < 0.5) return 'unavailable';
    if (!isWrite || kind < 0.75) return 'drop-before';
    return 'drop-after';
  }

  drawItem(): 'none' | 'unavailable' {
    if (this.rate <= 0) return 'none';
    return this.random.next() < this.rate / 2 ? 'unavailable' : 'none';
  }
}
