/**
 * Selecting more than a page: "Select all N users" (everyone matching the search, or the whole tenant) and
 * "Select from a list" (a modal dialog to paste principal names or object ids). Shows the background resolution's
 * progress with Cancel, then what it found. Renders `viewState.users` and `viewState.bulkSelect`; emits intents.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { BulkSelectView, UsersView } from '../../session/view-state.js';
import { emit } from '../events.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { modalDialog } from '../styles/dialog.styles.js';
import { bulkSelectStyles } from './bulk-select.styles.js';

export const tagName = 'lm-bulk-select';

/** Unknown entries listed by name; past this many the rest are counted. */
const LISTED_UNKNOWN = 50;

/**
 * @summary "Select all N users" and "Select from a list", with progress, Cancel and what was found.
 * @fires lm-select-all - Select every user matching the search.
 * @fires lm-select-list - Select the users of a pasted list ({text}).
 * @fires lm-select-cancel - Stop a running "Select all" or list lookup.
 */
@localized()
export class LmBulkSelect extends LitElement {
  static override styles = [tokens, shared, modalDialog, bulkSelectStyles];

  private readonly contexts = new ViewContextController(this);

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('textarea') private listBox?: HTMLTextAreaElement;

  protected override render(): TemplateResult | typeof nothing {
    const view = this.contexts.view;
    if (!view) return nothing;
    const bulk = view.bulkSelect;
    const running = bulk?.status === 'running';
    return html`
      <div class="actions">
        ${!running && offersSelectAll(view.users)
          ? html`<button type="button" @click=${() => emit(this, 'lm-select-all', {})}>${this.selectAllLabel(view.users)}</button>`
          : nothing}
        <button type="button" ?disabled=${running} @click=${this.openDialog}>${msg('Select from a list')}</button>
      </div>
      <div class="row progress">
        <p role="status">${bulk ? this.statusText(bulk) : nothing}</p>
        ${running ? html`<button type="button" @click=${() => emit(this, 'lm-select-cancel', {})}>${msg('Cancel')}</button>` : nothing}
      </div>
      ${bulk?.status === 'done' && bulk.unknown.length > 0 ? this.renderUnknown(bulk.unknown) : nothing}
      <dialog aria-labelledby="list-title">
        <h2 id="list-title">${msg('Select from a list')}</h2>
        <label>
          ${msg('User principal names or object IDs')}
          <textarea class="text-field" aria-describedby="list-hint" spellcheck="false" autocomplete="off"></textarea>
        </label>
        <p id="list-hint" class="hint muted">${msg('One per line, or the text of a CSV file with a UserPrincipalName column.')}</p>
        <div class="dialog-actions">
          <button type="button" @click=${this.closeDialog}>${msg('Cancel')}</button>
          <button type="button" class="primary" @click=${this.submitList}>${msg('Select these users')}</button>
        </div>
      </dialog>
    `;
  }

  private selectAllLabel(users: UsersView): string {
    if (users.matchingTotal !== null) return msg(str`Select all ${this.contexts.locale.numbers.format(users.matchingTotal)} users`);
    return users.search.trim() === '' ? msg('Select all users') : msg('Select all matching users');
  }

  private statusText(bulk: BulkSelectView): string {
    const format = (n: number): string => this.contexts.locale.numbers.format(n);
    switch (bulk.status) {
      case 'running':
        if (bulk.kind === 'list') return msg(str`Looking up ${format(bulk.total ?? 0)} users…`);
        return bulk.total === null
          ? msg(str`Selecting users: ${format(bulk.resolved)} found…`)
          : msg(str`Selecting users: ${format(bulk.resolved)} of ${format(bulk.total)}…`);
      case 'done':
        if (bulk.kind === 'matching') return msg(str`Selected ${format(bulk.resolved)} matching users.`);
        return msg(str`Selected: ${format(bulk.resolved)}. Unknown: ${format(bulk.unknown.length)}. Duplicates: ${format(bulk.duplicates.length)}.`);
      case 'cancelled':
        return msg('Cancelled. The selection is as it was.');
      case 'failed':
        return msg(str`Couldn't select the users: ${bulk.error?.message ?? ''}`);
    }
  }

  private renderUnknown(unknown: readonly string[]): TemplateResult {
    const rest = unknown.length - LISTED_UNKNOWN;
    return html`<details class="unknown">
      <summary>${msg('Entries no user answers to')}</summary>
      <ul>
        ${unknown.slice(0, LISTED_UNKNOWN).map((entry) => html`<li class="data">${entry}</li>`)}
        ${rest > 0 ? html`<li>${msg(str`and ${this.contexts.locale.numbers.format(rest)} more`)}</li>` : nothing}
      </ul>
    </details>`;
  }

  private openDialog(): void {
    if (this.listBox) this.listBox.value = '';
    this.dialog?.showModal();
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  private submitList(): void {
    const text = this.listBox?.value ?? '';
    this.dialog?.close();
    if (text.trim() !== '') emit(this, 'lm-select-list', { text });
  }
}

/** After a search, or on the first page: only when there is more than the page to select. */
function offersSelectAll(users: UsersView): boolean {
  if (users.onlySelected || users.status !== 'ready' || users.rows.length === 0) return false;
  if (users.pageIndex === 0 && !users.canGoNext) return false;
  return users.pageIndex === 0 || users.search.trim() !== '';
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-bulk-select': LmBulkSelect;
  }
}
