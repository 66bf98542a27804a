/** The interrupted-job banner: the region, its progress and its two choices. */
import type { LmJobBanner } from '../../src/components/job-banner/job-banner.js';
import { Harness } from './harness.js';

export class JobBannerHarness extends Harness<LmJobBanner> {
  region(): HTMLElement | null {
    return this.query('region', 'Interrupted job');
  }

  progress(): HTMLProgressElement {
    return this.get('progressbar', 'Interrupted job') as HTMLProgressElement;
  }

  /** All text on screen (aria-labels left out), whitespace collapsed. */
  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
}
