/**
 * Pages of the "Results" table. A table re-lays out all its rows when rows are added, so the DOM holds one page
 * (ROWS_PER_PAGE rows, filled in chunks on idle time) and thousands of results are reached page by page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export const ROWS_PER_PAGE = 500;

export interface ResultsPage {
  readonly index: number;
  readonly total: number;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / ROWS_PER_PAGE));
}

export function rangeText(page: ResultsPage, numbers: Intl.NumberFormat): string {
  const from = numbers.format(page.index * ROWS_PER_PAGE + 1);
  const to = numbers.format(Math.min(page.total, (page.index + 1) * ROWS_PER_PAGE));
  const total = numbers.format(page.total);
  return msg(str`Users ${from}–${to} of ${total}`);
}

export function renderResultsPager(page: ResultsPage, numbers: Intl.NumberFormat, go: (index: number) => void): TemplateResult | typeof nothing {
  const count = pageCount(page.total);
  if (count <= 1) return nothing;
  return html`<nav class="pager" aria-label=${msg('Result pages')}>
    <button type="button" ?disabled=${page.index === 0} @click=${() => go(page.index - 1)}>${msg('Previous page')}</button>
    <span>${rangeText(page, numbers)}</span>
    <button type="button" ?disabled=${page.index >= count - 1} @click=${() => go(page.index + 1)}>${msg('Next page')}</button>
  </nav>`;
}
