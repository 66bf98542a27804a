/**
 * The user picker: search, one page of the tenant's users with checkboxes, paging and the "Selected users" view.
 * Renders `viewState.users` and emits intents; the session does the searching, paging and selecting.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import type { UserRow, UsersView } from '../../session/view-state.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { emit, type PageMove, type PartEvent } from '../events.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { renderDataTable } from '../data-table.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { formatLocation } from '../../i18n/format.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { stackedTables } from '../styles/narrow.styles.js';
import { renderCachedNote, renderLoadFailure } from './cached-note.js';
import { renderPager } from './pager.js';
import { userPickerStyles } from './user-picker.styles.js';

export const tagName = 'lm-user-picker';

/**
 * @summary Finds and selects the tenant's users, one page at a time.
 * @fires lm-search - The search box changed ({query}); the session debounces.
 * @fires lm-user-toggle - A row checkbox changed ({userId, selected}).
 * @fires lm-page-select - The header checkbox selects or clears the page ({selected}).
 * @fires lm-page-change - A pager button ({page}).
 * @fires lm-page-size-change - The page size select ({pageSize}).
 * @fires lm-view-change - The "Selected users" toggle ({onlySelected}).
 * @fires lm-retry-load - "Try again" after a load error.
 */
@localized()
export class LmUserPicker extends LitElement {
  static override styles = [tokens, shared, stackedTables, userPickerStyles];

  private readonly contexts = new ViewContextController(this);

  @query('input[type="search"]') private searchBox?: HTMLInputElement;

  private readonly announcer = new AnnouncerController(this, { clock: () => this.contexts.config?.clock });
  /** What the last announcement described; null until the first page is ready. */
  private announcedKey: string | null = null;

  protected override willUpdate(): void {
    if (this.contexts.viewChanged) this.announceResults();
  }

  protected override updated(): void {
    // The box is uncontrolled while the admin types; only an outside change (e.g. cleared) is written back.
    const search = this.contexts.view?.users.search ?? '';
    const box = this.searchBox;
    if (box && box.value !== search && this.shadowRoot?.activeElement !== box) box.value = search;
  }

  protected override render(): TemplateResult | typeof nothing {
    const users = this.contexts.view?.users;
    if (!users) return nothing;
    const locale = this.contexts.locale;
    // Part events stop at a shadow root: lm-bulk-select's are passed on from this picker to the root.
    return html`
      <div class="row toolbar">
        <label class="search">
          ${msg('Search users')}
          <input type="search" class="text-field" value=${users.search} autocomplete="off" spellcheck="false" @input=${this.onSearch} />
        </label>
        <button type="button" aria-pressed=${users.onlySelected ? 'true' : 'false'} @click=${this.onViewToggle}>
          ${msg('Selected users')}
        </button>
      </div>
      <lm-bulk-select
        @lm-select-all=${() => emit(this, 'lm-select-all', {})}
        @lm-select-list=${(event: PartEvent<'lm-select-list'>) => emit(this, 'lm-select-list', event.detail)}
        @lm-select-cancel=${() => emit(this, 'lm-select-cancel', {})}
      ></lm-bulk-select>
      ${renderCachedNote(users.cachedAt, locale.language, users.status !== 'error')}
      ${this.renderBody(users, locale)}
      ${users.rows.length > 0 || users.pageIndex > 0
        ? renderPager(users, users.pageSizes.length > 0 ? users.pageSizes : (this.contexts.config?.pageSizes ?? []), locale.numbers, {
            move: (page: PageMove) => emit(this, 'lm-page-change', { page }),
            pageSize: (pageSize: number) => emit(this, 'lm-page-size-change', { pageSize }),
          })
        : nothing}
      ${this.announcer.render()}
    `;
  }

  private renderBody(users: UsersView, locale: LocaleInfo): TemplateResult {
    if (users.status === 'error') {
      const cached = users.rows.length > 0 && users.cachedAt !== null;
      return renderLoadFailure(msg("Couldn't load users."), users.error, () => emit(this, 'lm-retry-load', {}),
        cached ? () => this.renderTable(users, locale, false) : null);
    }
    const loading = users.status === 'loading';
    if (loading && users.rows.length === 0) {
      return html`<div class="table-wrap" aria-busy="true"><p class="muted loading">${msg('Loading users…')}</p></div>`;
    }
    if (users.rows.length === 0) return html`<p class="empty">${this.emptyText(users)}</p>`;
    return this.renderTable(users, locale, loading);
  }

  private renderTable(users: UsersView, locale: LocaleInfo, loading: boolean): TemplateResult {
    return renderDataTable({
      name: 'users',
      caption: msg('Users'),
      busy: loading,
      columns: [
        { content: this.renderHeaderCheckbox(users), class: 'select-cell shown-narrow' },
        { content: msg('Display name'), class: 'shown-narrow' },
        msg('Principal name'),
        msg('Usage location'),
      ],
      body: html`<tbody>${users.rows.map((row) => this.renderRow(row, locale))}</tbody>`,
    });
  }

  private renderHeaderCheckbox(users: UsersView): TemplateResult {
    const header = users.headerState;
    return html`<input
      type="checkbox"
      aria-label=${msg('Select all users on this page')}
      aria-checked=${header === 'mixed' ? 'mixed' : nothing}
      .checked=${live(header === 'checked')}
      .indeterminate=${live(header === 'mixed')}
      @change=${this.onHeaderChange}
    />`;
  }

  private renderRow(row: UserRow, locale: LocaleInfo): TemplateResult {
    const user = row.user;
    const name = user.displayName;
    return html`
      <tr class=${row.selected ? 'selected' : ''}>
        <td class="select-cell">
          <input
            type="checkbox"
            aria-label=${msg(str`Select ${name}`)}
            .checked=${live(row.selected)}
            @change=${(event: Event) => this.onRowChange(row, event)}
          />
        </td>
        <th scope="row" class="data">${name}</th>
        <td class="data principal-name one-line" title=${user.userPrincipalName}>${user.userPrincipalName}</td>
        <td class="location">
          ${user.usageLocation === null
            ? html`<span class="muted">${msg('Not set')}</span>`
            : html`<span title=${user.usageLocation}>${formatLocation(locale.language, user.usageLocation)}</span>`}
        </td>
      </tr>
    `;
  }

  private emptyText(users: UsersView): string {
    const search = users.search.trim();
    if (search !== '') return msg(str`No users match “${search}”`);
    if (users.onlySelected) return msg('No users are selected');
    return msg('This customer has no users');
  }

  private onSearch(event: Event): void {
    emit(this, 'lm-search', { query: (event.target as HTMLInputElement).value });
  }

  private onViewToggle(): void {
    emit(this, 'lm-view-change', { onlySelected: !(this.contexts.view?.users.onlySelected ?? false) });
  }

  private onHeaderChange(): void {
    // Mixed or none selects the whole page; all clears it (the usual select-all cycle).
    emit(this, 'lm-page-select', { selected: this.contexts.view?.users.headerState !== 'checked' });
    // The native toggle already happened; re-render so the box shows the state the session publishes.
    this.requestUpdate();
  }

  private onRowChange(row: UserRow, event: Event): void {
    emit(this, 'lm-user-toggle', { userId: row.user.id, selected: (event.target as HTMLInputElement).checked });
    this.requestUpdate();
  }

  private announceResults(): void {
    const users = this.contexts.view?.users;
    if (!users || users.status !== 'ready') return;
    const key = [users.search, users.onlySelected, users.pageIndex, users.pageSize].join('\u0000');
    const previous = this.announcedKey;
    this.announcedKey = key;
    if (previous === key) return;
    // The first page of an unfiltered list is not news; a first answer to a search is.
    if (previous === null && users.search.trim() === '' && !users.onlySelected) return;
    const numbers = this.contexts.locale.numbers;
    if (users.rows.length === 0) {
      this.announcer.announce(this.emptyText(users));
      return;
    }
    const count = numbers.format(users.rows.length);
    const page = numbers.format(users.pageIndex + 1);
    this.announcer.announce(
      users.rows.length === 1 ? msg(str`1 user shown on page ${page}`) : msg(str`${count} users shown on page ${page}`),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-user-picker': LmUserPicker;
  }
}
