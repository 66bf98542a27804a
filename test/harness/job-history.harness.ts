/** The job history table: one row per job, found by its date; export one. */
import type { LmJobHistory } from '../../src/components/job-history/job-history.js';
import { accessibleName, textOf } from './a11y.js';
import { Harness } from './harness.js';

export class JobHistoryHarness extends Harness<LmJobHistory> {
  table(): HTMLTableElement {
    return this.get('table', 'Job history') as HTMLTableElement;
  }

  rows(): string[] {
    return Array.from(this.table().tBodies[0]?.rows ?? []).map((row) => textOf(row).replace(/\s+/g, ' ').trim());
  }

  nameOf(element: Element): string {
    return accessibleName(element);
  }

  exportButtons(): HTMLElement[] {
    return this.all('button', /^Export CSV/);
  }
}
