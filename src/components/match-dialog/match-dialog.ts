/**
 * "Match licenses": a native modal <dialog> to pick the user whose licenses the selected users get. "Find a user"
 * asks the session to search (it debounces); the users found are a native radio group (arrow keys move and pick),
 * and so is the choice of what happens to licenses the chosen user does not hold. "Use these licenses" asks the
 * session for the plan; the dialog shows the read under way and closes when the state says so. Escape and Cancel
 * close it, and focus returns to the opener.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import type { ExtraLicenses } from '../../core/match.js';
import type { UserId } from '../../core/types.js';
import { describeViewError } from '../../i18n/reasons.js';
import type { MatchView } from '../../session/view-state.js';
import { StateDialogController } from '../controllers/state-dialog-controller.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { emit } from '../events.js';
import { modalDialog } from '../styles/dialog.styles.js';
import { shared } from '../styles/shared.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { matchDialogStyles } from './match-dialog.styles.js';

export const tagName = 'lm-match-dialog';

/**
 * @summary Picks the user whose licenses the selected users get.
 * @fires lm-match-search - "Find a user" changed ({query}).
 * @fires lm-match-use - "Use these licenses" ({userId, extras}).
 * @fires lm-match-close - "Cancel" or Escape.
 */
@localized()
export class LmMatchDialog extends LitElement {
  static override styles = [tokens, shared, modalDialog, matchDialogStyles];

  private readonly contexts = new ViewContextController(this);

  @state() private chosen: UserId | null = null;
  @state() private extras: ExtraLicenses = 'keep';

  @query('dialog') private dialog?: HTMLDialogElement;
  // Not bound to the state's query: the session trims it, and the admin's typing must stay as typed.
  @query('#match-find') private find?: HTMLInputElement;

  private readonly modal = new StateDialogController(this, {
    dialog: () => this.dialog,
    wanted: () => this.match !== null,
    closed: () => emit(this, 'lm-match-close', {}),
    // "Use these licenses" moves on to the licenses step, where the opener is gone: focus goes to the step.
    fallback: () => (this.getRootNode() as ParentNode).querySelector<HTMLElement>('section.step'),
  });

  private get match(): MatchView | null {
    return this.contexts.view?.match ?? null;
  }

  protected override willUpdate(): void {
    if (this.modal.opening) {
      this.chosen = null;
      this.extras = 'keep';
      if (this.find) this.find.value = this.match?.query ?? '';
    }
  }

  protected override render(): TemplateResult {
    const match = this.match;
    const candidates = match?.candidates ?? [];
    const chosen = candidates.find((candidate) => candidate.userId === this.chosen) ?? null;
    const applying = match?.status === 'applying';
    return html`<dialog aria-labelledby="match-title" @close=${this.modal.onClose}>
      <form @submit=${this.onSubmit}>
        <h2 id="match-title">${msg('Match licenses')}</h2>
        <p class="muted">${msg('The selected users get the licenses the chosen user holds, with the same service plans.')}</p>
        <label for="match-find" class="field-label">${msg('Find a user')}</label>
        <input id="match-find" class="wide-field" type="search" autocomplete="off" autofocus @input=${this.onInput} />
        ${candidates.length > 0
          ? html`<fieldset>
              <legend>${msg('Users found')}</legend>
              <ul class="choices">
                ${candidates.map((candidate, index) => html`<li>
                  <input type="radio" name="template" id=${`candidate-${index}`} aria-describedby=${`candidate-upn-${index}`}
                    .checked=${live(candidate.userId === this.chosen)} ?disabled=${applying} @change=${() => this.onPick(candidate.userId)} />
                  <span>
                    <label for=${`candidate-${index}`} class="data">${candidate.displayName}</label>
                    <span id=${`candidate-upn-${index}`} class="upn muted data">${candidate.userPrincipalName}</span>
                  </span>
                </li>`)}
              </ul>
            </fieldset>`
          : nothing}
        ${this.renderStatus(match, chosen?.displayName ?? '')}
        <fieldset class="extras">
          <legend>${msg("Licenses the chosen user doesn't hold")}</legend>
          ${this.renderExtra('keep', msg('Keep extras'), applying)} ${this.renderExtra('remove', msg('Remove extras'), applying)}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${chosen === null || applying}>${msg('Use these licenses')}</button>
          <button type="button" @click=${this.onCancel}>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderExtra(value: ExtraLicenses, label: string, disabled: boolean): TemplateResult {
    return html`<div>
      <input type="radio" name="extras" id=${`extras-${value}`} .checked=${live(this.extras === value)} ?disabled=${disabled}
        @change=${() => { this.extras = value; }} />
      <label for=${`extras-${value}`}>${label}</label>
    </div>`;
  }

  private renderStatus(match: MatchView | null, chosenName: string): TemplateResult {
    if (match?.status === 'error' && match.error !== null) {
      const { summary, detail } = describeViewError(match.error);
      return html`<div class="notice error" role="alert"><p>${summary}${detail === null ? nothing : html`<span class="detail">${detail}</span>`}</p></div>`;
    }
    if (match?.status === 'gone') return html`<div class="notice error" role="alert"><p>${msg('This user no longer exists; choose another.')}</p></div>`;
    return html`<p class="muted" role="status">${this.statusText(match, chosenName)}</p>`;
  }

  private statusText(match: MatchView | null, chosenName: string): string {
    if (match === null) return '';
    if (match.status === 'searching') return msg('Searching…');
    if (match.status === 'applying') return msg(str`Reading the licenses of ${chosenName}…`);
    if (match.candidates.length === 0) return msg('No user matches.');
    return match.more ? msg('More users match: type more of the name to narrow the list.') : '';
  }

  private readonly onInput = (event: Event): void => {
    emit(this, 'lm-match-search', { query: (event.target as HTMLInputElement).value });
  };

  private onPick(userId: UserId): void {
    this.chosen = userId;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const chosen = this.match?.candidates.find((candidate) => candidate.userId === this.chosen);
    if (chosen === undefined || this.match?.status === 'applying') return;
    emit(this, 'lm-match-use', { userId: chosen.userId, extras: this.extras });
  };

  private readonly onCancel = (): void => {
    this.dialog?.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-match-dialog': LmMatchDialog;
  }
}
