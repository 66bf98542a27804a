/**
 * The products table over the current selection: a tri-state checkbox per product (Lion's restoring cycle, from
 * core/tri-state.ts), who holds it, units left, "Buy more", service plans and the pre-flight findings.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { displayedState, nextIntent } from '../../core/tri-state.js';
import type { Finding, ProductIntent, SkuId, UserId } from '../../core/types.js';
import type { Chip, ProductRow, ProductsView, ViewState } from '../../session/view-state.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { emit } from '../events.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { renderDataTable } from '../data-table.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { stackedTables } from '../styles/narrow.styles.js';
import { renderCachedNote, renderLoadFailure } from '../user-picker/cached-note.js';
import { renderFindingsSummary } from './findings-summary.js';
import { renderLocationStatus } from './location-status.js';
import { renderProductRow, type ProductRowContext } from './product-row.js';
import { productGridStyles } from './product-grid.styles.js';

export const tagName = 'lm-product-grid';

/** A click the session has not answered yet: valid while the row it was computed from is still the one shown. */
interface PendingIntent {
  readonly row: ProductRow;
  readonly intent: ProductIntent;
}

/**
 * @summary The products table: tri-state checkbox per product, holders, units, "Buy more", service plans, findings.
 * @fires lm-product-change - The product checkbox cycled ({skuId, intent}).
 * @fires lm-plans-open - "View service plans for …" ({skuId}).
 * @fires lm-buy-more-request - Cancelable ({skuId, productName}); the root cancels it when the host page cancels lm-buy-more, and the link is not followed.
 * @fires lm-retry-load - "Try again" after a load error.
 * @fires lm-usage-location-open - "Set usage location" in the findings.
 */
@localized()
export class LmProductGrid extends LitElement {
  static override styles = [tokens, shared, stackedTables, productGridStyles];

  private readonly contexts = new ViewContextController(this);

  private readonly pending = new Map<SkuId, PendingIntent>();
  private readonly announcer = new AnnouncerController(this, { clock: () => this.contexts.config?.clock });
  private announcedFindings: readonly Finding[] | null = null;
  private namesFrom: readonly Chip[] | null = null;
  private names: ReadonlyMap<UserId, string> = new Map();

  protected override willUpdate(): void {
    if (this.contexts.viewChanged) this.announceFindings();
  }

  protected override render(): TemplateResult | typeof nothing {
    const view = this.contexts.view;
    if (!view) return nothing;
    const products = view.products;
    const locale = this.contexts.locale;
    return html`
      ${this.renderReadOnly(view)}
      ${renderFindingsSummary(view.findings, {
        language: locale.language,
        numbers: locale.numbers,
        productNames: view.productNames,
        userNames: this.userNames(view.chips),
        usageLocation: view.usageLocation,
        onSetUsageLocation: this.onSetUsageLocation,
      })}
      ${renderLocationStatus(view.usageLocation.job, locale.language, locale.numbers)}
      ${renderCachedNote(products.cachedAt, locale.language, products.status !== 'error')}
      ${this.renderBody(view, products, locale)}
      ${this.announcer.render()}
    `;
  }

  private renderReadOnly(view: ViewState): TemplateResult | typeof nothing {
    if (view.access.canChange) return nothing;
    return html`<p class="notice read-only">${msg("You can see licenses here but you can't change them.")}</p>`;
  }

  private renderBody(view: ViewState, products: ProductsView, locale: LocaleInfo): TemplateResult {
    if (products.status === 'error') {
      // Offline with cached data, the last known licenses show under the error (Save waits for live ones).
      const cached = products.rows.length > 0 && products.cachedAt !== null;
      return renderLoadFailure(msg("Couldn't load products."), products.error, () => emit(this, 'lm-retry-load', {}),
        cached ? () => this.renderTable(view, products, locale, false) : null);
    }
    const loading = products.status === 'loading';
    if (loading && products.rows.length === 0) {
      return html`<div class="table-wrap" aria-busy="true"><p class="muted">${msg('Loading products…')}</p></div>`;
    }
    if (products.rows.length === 0) return html`<p>${msg('This customer has no products.')}</p>`;
    return this.renderTable(view, products, locale, loading);
  }

  private renderTable(view: ViewState, products: ProductsView, locale: LocaleInfo, loading: boolean): TemplateResult {
    return renderDataTable({
      name: 'products',
      caption: msg('Products'),
      busy: loading,
      columns: [
        msg('Product'),
        { content: msg('Available'), class: 'number' },
        { content: msg('Total'), class: 'number' },
        msg('Holders'),
        msg('Service plans'),
      ],
      body: html`<tbody>${products.rows.map((row, index) => renderProductRow(row, this.rowContext(view, row, index, locale)))}</tbody>`,
    });
  }

  private rowContext(view: ViewState, row: ProductRow, index: number, locale: LocaleInfo): ProductRowContext {
    const intent = this.currentIntent(row);
    return {
      key: `product-${index}`,
      intent,
      shown: intent === row.intent ? row.state : displayedState(row.originalState, intent),
      canChange: view.access.canChange,
      buyMoreUrl: this.contexts.config?.buyMoreUrl ?? null,
      language: locale.language,
      numbers: locale.numbers,
      productNames: view.productNames,
      onCheckboxChange: this.onCheckboxChange,
      onBuyMore: this.onBuyMore,
      onPlansOpen: this.onPlansOpen,
    };
  }

  private currentIntent(row: ProductRow): ProductIntent {
    const pending = this.pending.get(row.product.skuId);
    if (pending && pending.row === row) return pending.intent;
    return row.intent;
  }

  private readonly onCheckboxChange = (row: ProductRow): void => {
    const intent = nextIntent(row.originalState, this.currentIntent(row));
    this.pending.set(row.product.skuId, { row, intent });
    emit(this, 'lm-product-change', { skuId: row.product.skuId, intent });
    // The native click already flipped the box; render the cycle's state instead.
    this.requestUpdate();
  };

  private readonly onBuyMore = (row: ProductRow, event: MouseEvent): void => {
    const go = emit(this, 'lm-buy-more-request', { skuId: row.product.skuId, productName: row.product.displayName }, { cancelable: true });
    if (!go || !this.contexts.config?.buyMoreUrl) event.preventDefault();
  };

  private readonly onSetUsageLocation = (): void => {
    emit(this, 'lm-usage-location-open', {});
  };

  private readonly onPlansOpen = (row: ProductRow): void => {
    emit(this, 'lm-plans-open', { skuId: row.product.skuId });
  };

  private userNames(chips: readonly Chip[]): ReadonlyMap<UserId, string> {
    if (this.namesFrom !== chips) {
      this.namesFrom = chips;
      this.names = new Map(chips.map((chip) => [chip.userId, chip.displayName]));
    }
    return this.names;
  }

  private announceFindings(): void {
    const view = this.contexts.view;
    const findings = view?.findings;
    if (!view || !findings || findings === this.announcedFindings) return;
    const first = this.announcedFindings === null;
    this.announcedFindings = findings;
    // Blocking findings are in an alert, which speaks for itself; per-user ones are announced here.
    const skipped = view.heldBack.length;
    if (first || skipped === 0) return;
    const numbers = this.contexts.locale.numbers;
    this.announcer.announce(
      skipped === 1
        ? msg('1 user has a problem and will be skipped')
        : msg(str`${numbers.format(skipped)} users have problems and will be skipped`),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-product-grid': LmProductGrid;
  }
}
