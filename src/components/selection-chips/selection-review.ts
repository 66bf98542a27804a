/**
 * A selection too large for chips: one chip, "12,345 users", a disclosure that opens the selected users a page at a
 * time, searchable by name or principal name, each with its remove button. Shown by lm-selection-chips past
 * CHIPS_COLLAPSE_AT; loaded with the bulk selection's chunk, since large selections come from "Select all" and
 * "Select from a list" (and the users list's first download stays as it was).
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { UserId } from '../../core/types.js';
import type { Chip } from '../../session/view-state.js';
import { emit } from '../events.js';
import { SearchPages } from '../controllers/search-pages.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { pageCount, pageSlice, renderResultsPager } from '../results-panel/results-pager.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { selectionReviewStyles } from './selection-review.styles.js';

export const tagName = 'lm-selection-review';

/** Users per page: a screenful at 320 px, and a page of the users list at its default size. */
export const REVIEW_PAGE_SIZE = 25;

/**
 * @summary "N users", opening the selected users paged and searchable, each removable.
 * @fires lm-chip-remove - A user's remove button ({userId}); focus moves to the user that takes its place.
 */
@localized()
export class LmSelectionReview extends LitElement {
  static override styles = [tokens, shared, selectionReviewStyles];

  private readonly contexts = new ViewContextController(this);

  private readonly pages = new SearchPages(this);
  @state() private open = false;

  @query('input[type="search"]') private searchBox?: HTMLInputElement;

  /** Each chip's name and principal name in lower case, made once per selection rather than on every keystroke. */
  private keys: { readonly chips: readonly Chip[]; readonly keys: readonly string[] } | null = null;
  /** After a removal: the row's position on the page and the user, so focus can go to the row in its place. */
  private removal: { readonly index: number; readonly userId: UserId } | null = null;

  protected override updated(): void {
    const removal = this.removal;
    if (removal === null || this.chips().some((chip) => chip.userId === removal.userId)) return;
    this.removal = null;
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.selected-user button');
    (buttons[Math.min(removal.index, buttons.length - 1)] ?? this.searchBox)?.focus();
  }

  protected override render(): TemplateResult {
    const count = this.contexts.locale.numbers.format(this.chips().length);
    return html`
      <button type="button" class="summary" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="review" @click=${this.onToggle}>
        ${msg(str`${count} users`)}
      </button>
      <div id="review" ?hidden=${!this.open}>${this.open ? this.renderReview() : nothing}</div>
    `;
  }

  private renderReview(): TemplateResult {
    const rows = this.visibleChips();
    const numbers = this.contexts.locale.numbers;
    // Removing the last users of the last page leaves the page before it.
    const page = Math.min(this.pages.page, pageCount(rows.length, REVIEW_PAGE_SIZE) - 1);
    return html`
      <label class="search">
        ${msg('Find a selected user')}
        <input type="search" class="text-field" .value=${this.pages.query} autocomplete="off" spellcheck="false" @input=${this.pages.onSearch} />
      </label>
      ${rows.length === 0
        ? html`<p class="muted">${msg('No user matches.')}</p>`
        : html`<ul class="selected-users" aria-label=${msg('Selected users')}>
            ${pageSlice(rows, page, REVIEW_PAGE_SIZE).map((chip, index) => this.renderUser(chip, index))}
          </ul>`}
      ${renderResultsPager({ index: page, total: rows.length, size: REVIEW_PAGE_SIZE }, numbers, this.pages.goToPage, msg('Pages of selected users'))}
    `;
  }

  private renderUser(chip: Chip, index: number): TemplateResult {
    const name = chip.displayName;
    return html`<li class="selected-user" title=${chip.userPrincipalName}>
      <span class="name data">${name}</span>
      ${chip.userPrincipalName === name ? nothing : html`<span class="principal-name data muted">${chip.userPrincipalName}</span>`}
      <button type="button" aria-label=${msg(str`Remove ${name}`)} @click=${() => this.removeUser(chip, index)}>
        <span aria-hidden="true">×</span>
      </button>
    </li>`;
  }

  private chips(): readonly Chip[] {
    return this.contexts.view?.chips ?? [];
  }

  private visibleChips(): readonly Chip[] {
    const chips = this.chips();
    const wanted = this.pages.wanted;
    if (wanted === '') return chips;
    if (this.keys?.chips !== chips) this.keys = { chips, keys: chips.map((chip) => `${chip.displayName}\n${chip.userPrincipalName}`.toLocaleLowerCase()) };
    const keys = this.keys.keys;
    return chips.filter((_, index) => keys[index]?.includes(wanted));
  }

  private removeUser(chip: Chip, index: number): void {
    this.removal = { index, userId: chip.userId };
    emit(this, 'lm-chip-remove', { userId: chip.userId });
  }

  private readonly onToggle = (): void => {
    this.open = !this.open;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-selection-review': LmSelectionReview;
  }
}
