/**
 * The review step's content: what Save (or an undo) will do. Per product, how many users it is assigned to and
 * removed from and what is left available; who is held back and why; and the "Changes by user" table, paged and
 * searchable, with each user's exact change. The root holds "Confirm" and "Back" beside it.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ProductChangeCount } from '../../core/review.js';
import type { ReviewChange, ReviewView } from '../../session/view-state.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { formatDateTime, plural } from '../../i18n/format.js';
import { failureSummary } from '../../i18n/reasons.js';
import { renderDataTable } from '../data-table.js';
import { SearchPages } from '../controllers/search-pages.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { pageSlice, renderResultsPager } from '../results-panel/results-pager.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { stackedTables } from '../styles/narrow.styles.js';
import { renderChange } from './review-words.js';
import { reviewStyles } from './review.styles.js';

export const tagName = 'lm-review';

/** Users per page of "Changes by user". */
export const REVIEW_PAGE_SIZE = 100;

/**
 * @summary What a save or an undo will change, before it runs.
 */
@localized()
export class LmReview extends LitElement {
  static override styles = [tokens, shared, stackedTables, reviewStyles];

  private readonly contexts = new ViewContextController(this);

  private readonly pages = new SearchPages(this);
  @state() private heldBackOnly = false;
  private shownReview: ReviewView | null = null;

  protected override willUpdate(): void {
    const review = this.contexts.view?.review ?? null;
    // Another review (an undo after a save's): start from its first page, unfiltered.
    if (review !== null && (this.shownReview === null || review.kind !== this.shownReview.kind || review.undoOf?.jobId !== this.shownReview.undoOf?.jobId)) {
      this.pages.clear();
      this.heldBackOnly = false;
    }
    this.shownReview = review;
  }

  protected override render(): TemplateResult | typeof nothing {
    const review = this.contexts.view?.review;
    if (!review) return nothing;
    const locale = this.contexts.locale;
    return html`
      <h2>${this.heading(review, locale)}</h2>
      ${this.renderProducts(review, locale)} ${this.renderHeldBack(review, locale)} ${this.renderChanges(review, locale)}
    `;
  }

  private heading(review: ReviewView, locale: LocaleInfo): string {
    if (review.kind === 'save') return msg('What Save will change');
    const startedAt = review.undoOf?.startedAt ?? null;
    return startedAt === null ? msg('Undo the job shown') : msg(str`Undo the job of ${formatDateTime(locale.language, startedAt)}`);
  }

  private renderProducts(review: ReviewView, locale: LocaleInfo): TemplateResult {
    if (review.products.length === 0) return html`<p>${msg('Nothing will be sent.')}</p>`;
    return html`<ul class="products">
      ${review.products.map((count) => html`<li><strong>${review.productNames.get(count.skuId) ?? count.skuId}</strong>: ${this.countText(count, locale)}</li>`)}
    </ul>`;
  }

  private countText(count: ProductChangeCount, locale: LocaleInfo): string {
    const n = locale.numbers;
    const { language } = locale;
    const parts: string[] = [];
    if (count.assigned > 0) {
      parts.push(plural(language, count.assigned, { one: msg('assigned to 1 user'), other: msg(str`assigned to ${n.format(count.assigned)} users`) }));
    }
    if (count.removed > 0) {
      parts.push(plural(language, count.removed, { one: msg('removed from 1 user'), other: msg(str`removed from ${n.format(count.removed)} users`) }));
    }
    if (count.plansChanged > 0) parts.push(msg(str`other service plans for ${n.format(count.plansChanged)}`));
    if (count.availableAfter !== null) {
      const short = -count.availableAfter;
      parts.push(count.availableAfter < 0
        ? plural(language, short, { one: msg('1 more license than available'), other: msg(str`${n.format(short)} more licenses than available`) })
        : plural(language, count.availableAfter, { one: msg('1 license left available'), other: msg(str`${n.format(count.availableAfter)} licenses left available`) }));
    }
    return parts.join('; ');
  }

  private renderHeldBack(review: ReviewView, locale: LocaleInfo): TemplateResult | typeof nothing {
    if (review.heldBackCount === 0) return nothing;
    const count = locale.numbers.format(review.heldBackCount);
    const text = review.kind === 'undo'
      ? plural(locale.language, review.heldBackCount, {
          one: msg("1 user's licenses changed since that job: skipped, not overwritten."),
          other: msg(str`${count} users' licenses changed since that job: they are skipped, not overwritten.`),
        })
      : plural(locale.language, review.heldBackCount, {
          one: msg('1 user is held back by the check before saving and will not be sent.'),
          other: msg(str`${count} users are held back by the check before saving and will not be sent.`),
        });
    return html`<p class="held-back notice warning">${text}</p>`;
  }

  private renderChanges(review: ReviewView, locale: LocaleInfo): TemplateResult {
    const rows = this.visibleRows(review);
    return html`
      <div class="tools">
        <label>${msg('Find a user in the changes')}
          <input type="search" .value=${this.pages.query} @input=${this.pages.onSearch} />
        </label>
        ${review.heldBackCount > 0
          ? html`<button type="button" aria-pressed=${this.heldBackOnly ? 'true' : 'false'} @click=${this.onHeldBackOnly}>${msg('Show only held back')}</button>`
          : nothing}
      </div>
      ${renderDataTable({
        name: 'review',
        caption: msg('Changes by user'),
        regionId: 'changes-caption',
        columns: [msg('User'), msg('Principal name'), msg('Change'), msg('Held back')],
        body: html`<tbody>${pageSlice(rows, this.pages.page, REVIEW_PAGE_SIZE).map((change) => this.renderRow(change, review, locale))}</tbody>`,
      })}
      ${rows.length === 0 ? html`<p class="muted">${msg('No user matches.')}</p>` : nothing}
      ${renderResultsPager({ index: this.pages.page, total: rows.length, size: REVIEW_PAGE_SIZE }, locale.numbers, this.pages.goToPage, msg('Pages of changes'))}
    `;
  }

  private renderRow(change: ReviewChange, review: ReviewView, locale: LocaleInfo): TemplateResult {
    return html`<tr>
      <th scope="row" class="data">${change.displayName}</th>
      <td class="data principal-name one-line" title=${change.userPrincipalName}>${change.userPrincipalName}</td>
      <td>${renderChange(change, review, locale.language)}</td>
      <td>${change.heldBack ? html`<span class="reason">${failureSummary(change.heldBack.kind)}</span>` : nothing}</td>
    </tr>`;
  }

  private visibleRows(review: ReviewView): readonly ReviewChange[] {
    const query = this.pages.wanted;
    if (query === '' && !this.heldBackOnly) return review.changes;
    return review.changes.filter((change) =>
      (!this.heldBackOnly || change.heldBack !== null) &&
      (query === '' || change.displayName.toLocaleLowerCase().includes(query) || change.userPrincipalName.toLocaleLowerCase().includes(query)));
  }

  private readonly onHeldBackOnly = (): void => {
    this.heldBackOnly = !this.heldBackOnly;
    this.pages.goToPage(0);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-review': LmReview;
  }
}
