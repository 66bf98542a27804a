/** The user picker's pager: first / previous / next / last, "Page 2 of 5" and the page size. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { UsersView } from '../../session/view-state.js';
import type { PageMove } from '../events.js';

export interface PagerActions {
  readonly move: (page: PageMove) => void;
  readonly pageSize: (size: number) => void;
}

export function pageIndicator(users: UsersView, numbers: Intl.NumberFormat): string {
  if (users.usersReadSoFar !== null) return msg(str`Reading users: ${numbers.format(users.usersReadSoFar)} so far`);
  const page = numbers.format(users.pageIndex + 1);
  if (users.pageCount === null) return msg(str`Page ${page}`);
  const count = numbers.format(users.pageCount);
  return msg(str`Page ${page} of ${count}`);
}

export function renderPager(users: UsersView, pageSizes: readonly number[], numbers: Intl.NumberFormat, actions: PagerActions): TemplateResult {
  const sizes = pageSizes.includes(users.pageSize) ? pageSizes : [...pageSizes, users.pageSize].sort((a, b) => a - b);
  return html`
    <nav class="row pager" aria-label=${msg('Pages')}>
      <div class="row pager-buttons">
        <button type="button" aria-label=${msg('First page')} ?disabled=${!users.canGoPrevious} @click=${() => actions.move('first')}>
          <span aria-hidden="true">«</span>
        </button>
        <button type="button" aria-label=${msg('Previous page')} ?disabled=${!users.canGoPrevious} @click=${() => actions.move('previous')}>
          <span aria-hidden="true">‹</span>
        </button>
        <span class="page-indicator">${pageIndicator(users, numbers)}</span>
        <button type="button" aria-label=${msg('Next page')} ?disabled=${!users.canGoNext} @click=${() => actions.move('next')}>
          <span aria-hidden="true">›</span>
        </button>
        <button type="button" aria-label=${msg('Last page')} ?disabled=${!users.canGoNext} @click=${() => actions.move('last')}>
          <span aria-hidden="true">»</span>
        </button>
      </div>
      <label class="row page-size">
        ${msg('Users per page')}
        <select class="text-field" @change=${(event: Event) => actions.pageSize(Number((event.target as HTMLSelectElement).value))}>
          ${sizes.map((size) => html`<option value=${String(size)} ?selected=${size === users.pageSize}>${numbers.format(size)}</option>`)}
        </select>
      </label>
    </nav>
  `;
}
