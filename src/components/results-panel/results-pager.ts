/**
 * Pages of a long table (the "Results" table, the review's "Changes by user"). A table re-lays out all its rows
 * when rows are added, so the DOM holds one page and thousands of rows are reached page by page.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * A results row is about 30 DOM nodes (cells, their text, Lit's markers): 100 rows keep a page near 3,200 nodes
 * however many users the job had (`npm run bench -- results`: at most 5,000 for 10,000 users).
 */
export const ROWS_PER_PAGE = 100;

/** For the style sheets of the components that show a pager. */
export const pagerStyles = css`
  .pager {
    margin-top: var(--_lm-space-2);
  }
`;

export interface ResultsPage {
  readonly index: number;
  readonly total: number;
  /** Rows per page; ROWS_PER_PAGE when absent. */
  readonly size?: number;
}

export function pageCount(total: number, size = ROWS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of page `index` (clamped to the last page when the rows shrank). */
export function pageSlice<T>(rows: readonly T[], index: number, size = ROWS_PER_PAGE): readonly T[] {
  const shown = Math.min(index, pageCount(rows.length, size) - 1);
  return rows.slice(shown * size, (shown + 1) * size);
}

export function rangeText(page: ResultsPage, numbers: Intl.NumberFormat): string {
  const size = page.size ?? ROWS_PER_PAGE;
  const from = numbers.format(page.index * size + 1);
  const to = numbers.format(Math.min(page.total, (page.index + 1) * size));
  const total = numbers.format(page.total);
  return msg(str`Users ${from}–${to} of ${total}`);
}

/**
 * Goes to page `index` from a pager button. Reaching the first or last page disables the button pressed, which
 * would drop keyboard focus to the page: it moves to the pager's other button instead.
 */
function turnPage(event: Event, index: number, go: (index: number) => void): void {
  const button = event.currentTarget as HTMLButtonElement;
  go(index);
  requestAnimationFrame(() => {
    if (!button.disabled) return;
    button.closest('nav')?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  });
}

/** "Previous page", the range, "Next page"; `label` names the navigation ("Result pages" by default). */
export function renderResultsPager(page: ResultsPage, numbers: Intl.NumberFormat, go: (index: number) => void, label = msg('Result pages')): TemplateResult | typeof nothing {
  const count = pageCount(page.total, page.size);
  if (count <= 1) return nothing;
  return html`<nav class="row pager" aria-label=${label}>
    <button type="button" ?disabled=${page.index === 0} @click=${(event: Event) => turnPage(event, page.index - 1, go)}>${msg('Previous page')}</button>
    <span>${rangeText(page, numbers)}</span>
    <button type="button" ?disabled=${page.index >= count - 1} @click=${(event: Event) => turnPage(event, page.index + 1, go)}>${msg('Next page')}</button>
  </nav>`;
}
