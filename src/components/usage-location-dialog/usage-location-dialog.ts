/**
 * "Set usage location": a native modal <dialog> with one country picker (names from Intl.DisplayNames in the UI
 * language) and the selected users who have none, all chosen at first. Opens when the state says so
 * (`usageLocation.dialogOpen`); "Apply" asks the session to set it for the chosen users, which closes it; the
 * findings then show the progress, and those users are no longer held back. Focus returns to the opener.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg } from '@lit/localize';
import type { UserId } from '../../core/types.js';
import { regionsIn, type Region } from '../../i18n/regions.js';
import type { Chip } from '../../session/view-state.js';
import { emit } from '../events.js';
import { StateDialogController } from '../controllers/state-dialog-controller.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { modalDialog } from '../styles/dialog.styles.js';
import { shared } from '../styles/shared.styles.js';
import { usageLocationDialogStyles } from './usage-location-dialog.styles.js';

export const tagName = 'lm-usage-location-dialog';

const NO_USERS: readonly Chip[] = [];

/**
 * @summary Sets the usage location of selected users who have none.
 * @fires lm-usage-location-set - "Apply" ({userIds, usageLocation}).
 * @fires lm-usage-location-close - "Cancel" or Escape.
 */
@localized()
export class LmUsageLocationDialog extends LitElement {
  static override styles = [tokens, shared, modalDialog, usageLocationDialogStyles];

  private readonly contexts = new ViewContextController(this);

  @state() private country = '';
  @state() private chosen: ReadonlySet<UserId> = new Set();

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly modal = new StateDialogController(this, {
    dialog: () => this.dialog,
    wanted: () => this.wanted,
    closed: () => emit(this, 'lm-usage-location-close', {}),
  });
  private regions: readonly Region[] = [];
  private regionsLanguage = '';

  private get users(): readonly Chip[] {
    return this.contexts.view?.usageLocation.missing ?? NO_USERS;
  }

  private get wanted(): boolean {
    return this.contexts.view?.usageLocation.dialogOpen ?? false;
  }

  protected override willUpdate(): void {
    if (this.modal.opening) {
      this.country = '';
      this.chosen = new Set(this.users.map((user) => user.userId));
    }
  }

  protected override render(): TemplateResult {
    const users = this.users;
    const chosen = users.filter((user) => this.chosen.has(user.userId)).length;
    return html`<dialog aria-labelledby="location-title" @close=${this.modal.onClose}>
      <form @submit=${this.onSubmit}>
        <h2 id="location-title">${msg('Set usage location')}</h2>
        <p class="muted">${msg('Licenses can only be assigned to users with a usage location.')}</p>
        <label for="country" class="field-label">${msg('Country or region')}</label>
        <select id="country" class="wide-field" required .value=${live(this.country)} @change=${this.onCountry}>
          <option value="">${msg('Choose a country or region')}</option>
          ${this.regionList().map((region) => html`<option value=${region.code}>${region.name}</option>`)}
        </select>
        <fieldset>
          <legend>${msg('Users')}</legend>
          <ul class="choices">
            ${users.map((user, index) => html`<li>
              <input type="checkbox" id=${`user-${index}`} .checked=${live(this.chosen.has(user.userId))}
                @change=${(event: Event) => this.onUser(user.userId, event)} />
              <label for=${`user-${index}`} class="data">${user.displayName}</label>
            </li>`)}
          </ul>
        </fieldset>
        ${chosen === 0 ? html`<p class="muted">${msg('Choose at least one user.')}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.country === '' || chosen === 0}>${msg('Apply')}</button>
          <button type="button" @click=${this.onCancel}>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private regionList(): readonly Region[] {
    const language = this.contexts.locale.language;
    if (language !== this.regionsLanguage) {
      this.regions = regionsIn(language);
      this.regionsLanguage = language;
    }
    return this.regions;
  }

  private readonly onCountry = (event: Event): void => {
    this.country = (event.target as HTMLSelectElement).value;
  };

  private onUser(userId: UserId, event: Event): void {
    const next = new Set(this.chosen);
    if ((event.target as HTMLInputElement).checked) next.add(userId);
    else next.delete(userId);
    this.chosen = next;
  }

  /** The session closes the dialog when it takes the change (the state says closed). */
  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const userIds = this.users.map((user) => user.userId).filter((id) => this.chosen.has(id));
    if (this.country === '' || userIds.length === 0) return;
    emit(this, 'lm-usage-location-set', { userIds, usageLocation: this.country });
  };

  private readonly onCancel = (): void => {
    this.dialog?.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-usage-location-dialog': LmUsageLocationDialog;
  }
}
