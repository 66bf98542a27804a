/**
 * The selected users as chips: one tab stop for all of them (roving tabindex, arrows / Home / End), a remove
 * button per chip, a count, and "Show all 42" past 20 chips. Past 50 the chips collapse to one, "12,345 users":
 * lm-selection-review, which opens the same users a page at a time, searchable, each removable. Both come in the
 * bulk selection's chunk.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { UserId } from '../../core/types.js';
import type { Chip } from '../../session/view-state.js';
import { emit, type PartEvent } from '../events.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { RovingTabindexController } from '../controllers/roving-tabindex-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { selectionChipsStyles } from './selection-chips.styles.js';

export const tagName = 'lm-selection-chips';

/** Chips shown before "Show all": enough to see who is in, few enough to stay one glance. */
export const COLLAPSED_CHIPS = 20;

/**
 * Past this many the chips collapse to "N users". Two pages of the users list picked by hand (25 a page) still
 * show as chips; more than that comes from "Select all" or a pasted list, where a chip per user is a wall of names
 * (50 chips are already some 50 lines at 320 px) and 100,000 of them would stall the page.
 */
export const CHIPS_COLLAPSE_AT = 50;

/**
 * @summary The selected users as removable chips, with a count and "Clear selection".
 * @fires lm-chip-remove - A chip's remove button, Delete or Backspace, or a remove button of the review ({userId});
 * focus moves to the next chip.
 * @fires lm-selection-clear - "Clear selection".
 */
@localized()
export class LmSelectionChips extends LitElement {
  static override styles = [tokens, shared, selectionChipsStyles];

  private readonly contexts = new ViewContextController(this);

  @state() private expanded = false;

  @query('.count') private countText?: HTMLElement;

  private readonly roving = new RovingTabindexController(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.chip button')),
  });
  private readonly announcer = new AnnouncerController(this, { clock: () => this.contexts.config?.clock });
  /** After a removal: the chip's position and id, so focus can go to the chip that takes its place. */
  private removal: { readonly index: number; readonly userId: UserId } | null = null;
  /** After "Clear selection": the button goes away with the chips, so focus goes to the count. */
  private clearing = false;
  private announcedCount: number | null = null;

  protected override willUpdate(): void {
    if (!this.contexts.viewChanged) return;
    const count = this.contexts.view?.chips.length;
    if (count === undefined || count === this.announcedCount) return;
    const first = this.announcedCount === null;
    this.announcedCount = count;
    if (!first) this.announcer.announce(this.countLabel(count));
  }

  protected override updated(): void {
    const removal = this.removal;
    const chips = this.contexts.view?.chips ?? [];
    if (this.clearing && chips.length === 0) {
      this.clearing = false;
      this.countText?.focus();
    }
    if (removal === null || chips.some((chip) => chip.userId === removal.userId)) return;
    this.removal = null;
    if (!this.roving.focusItem(removal.index)) this.countText?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const chips = this.contexts.view?.chips;
    if (!chips) return nothing;
    const numbers = this.contexts.locale.numbers;
    const review = chips.length > CHIPS_COLLAPSE_AT;
    const collapsed = !this.expanded && chips.length > COLLAPSED_CHIPS;
    const shown = collapsed ? chips.slice(0, COLLAPSED_CHIPS) : chips;
    return html`
      <div class="row header">
        <p class="count" tabindex="-1">${this.countLabel(chips.length)}</p>
        ${chips.length > 0
          ? html`<button type="button" class="link" @click=${this.onClear}>${msg('Clear selection')}</button>`
          : nothing}
      </div>
      ${review
        ? html`<lm-selection-review @lm-chip-remove=${(event: PartEvent<'lm-chip-remove'>) => emit(this, 'lm-chip-remove', event.detail)}></lm-selection-review>`
        : chips.length > 0
        ? html`<div
            class="chips"
            role="toolbar"
            aria-label=${msg('Selected users')}
            @keydown=${this.onKeydown}
            @focusin=${this.roving.handleFocusin}
          >
            ${shown.map((chip, index) => this.renderChip(chip, index))}
          </div>`
        : nothing}
      ${!review && chips.length > COLLAPSED_CHIPS
        ? html`<button type="button" class="link" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${this.onToggleAll}>
            ${this.expanded ? msg('Show fewer') : msg(str`Show all ${numbers.format(chips.length)}`)}
          </button>`
        : nothing}
      ${this.announcer.render()}
    `;
  }

  private renderChip(chip: Chip, index: number): TemplateResult {
    const name = chip.displayName;
    return html`<span class="chip" title=${chip.userPrincipalName}>
      <span class="chip-name data">${name}</span>
      <button type="button" aria-label=${msg(str`Remove ${name}`)} @click=${() => this.removeChip(chip, index)}>
        <span aria-hidden="true">×</span>
      </button>
    </span>`;
  }

  private countLabel(count: number): string {
    if (count === 0) return msg('No users selected');
    if (count === 1) return msg('1 user selected');
    return msg(str`${this.contexts.locale.numbers.format(count)} users selected`);
  }

  private removeChip(chip: Chip, index: number): void {
    this.removal = { index, userId: chip.userId };
    emit(this, 'lm-chip-remove', { userId: chip.userId });
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      const chips = this.contexts.view?.chips ?? [];
      const index = this.roving.activeIndex;
      const chip = chips[index];
      if (chip) {
        event.preventDefault();
        this.removeChip(chip, index);
      }
      return;
    }
    this.roving.handleKeydown(event);
  };

  private readonly onClear = (): void => {
    this.clearing = true;
    emit(this, 'lm-selection-clear', {});
  };

  private onToggleAll(): void {
    this.expanded = !this.expanded;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-selection-chips': LmSelectionChips;
  }
}
