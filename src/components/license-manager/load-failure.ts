/** The notice for a part of the widget (a chunk, or the Swedish translations) that did not load, with "Try again". */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export function renderLoadFailure(onRetry: () => void): TemplateResult {
  return html`<div class="notice error" part="notice" role="alert">
    <p>${msg('Part of License Manager did not load. Check the connection, then try again.')}</p>
    <button type="button" part="button" @click=${onRetry}>${msg('Try again')}</button>
  </div>`;
}
