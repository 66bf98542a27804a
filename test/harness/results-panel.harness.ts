/** The results panel in the admin's verbs: progress, counts, the outcome and reason for a user. */
import type { LmResultsPanel } from '../../src/components/results-panel/results-panel.js';
import { textOf } from './a11y.js';
import { Harness } from './harness.js';
import { waitFor } from './wait.js';

export class ResultsPanelHarness extends Harness<LmResultsPanel> {
  progressbar(): HTMLProgressElement {
    return this.get('progressbar', 'Applying license changes') as HTMLProgressElement;
  }

  table(): HTMLTableElement {
    return this.get('table', 'Results') as HTMLTableElement;
  }

  bodyRows(): HTMLTableRowElement[] {
    return Array.from(this.table().tBodies).flatMap((body) => Array.from(body.rows));
  }

  /** Waits until the idle-time chunks have filled `count` rows, failing with how many there were. */
  async untilRows(count: number): Promise<void> {
    await waitFor(() => this.bodyRows().length >= count, `${count} result rows`);
    await this.settle();
  }

  /** The row of a user, found by its row header (the display name). */
  rowOf(displayName: string): HTMLTableRowElement {
    const header = this.get('rowheader', displayName);
    const row = header.closest('tr');
    if (!row) throw new Error(`no row for ${displayName}`);
    return row;
  }

  /** Cell text by column header ("Outcome", "Changes", "Reason"). */
  cell(displayName: string, column: string): string {
    const headers = Array.from(this.table().tHead?.rows[0]?.cells ?? []).map((cell) => textOf(cell).trim());
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column ${column}; columns: ${headers.join(', ')}`);
    const cell = this.rowOf(displayName).cells[index];
    return cell ? textOf(cell).replace(/\s+/g, ' ').trim() : '';
  }

  /** All text on screen (aria-labels left out), whitespace collapsed. */
  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  liveRegion(): string {
    return this.get('status').textContent?.trim() ?? '';
  }
}
