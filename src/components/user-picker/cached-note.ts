/**
 * Load-state notes shared by the picker and the grid: "Cached 3 minutes ago, refreshing…" while cached data is on
 * screen and a refresh is pending, and a failed load in plain words with the service's message as detail.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ViewError } from '../../session/view-state.js';
import { describeViewError } from '../../i18n/reasons.js';
import { renderMoreDetails } from '../more-details.js';
import { formatAge } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/localization.js';

/** `refreshing` false: the refresh failed, and the cached data is what the admin has (the error says why). */
export function renderCachedNote(cachedAt: number | null, language: UiLanguage, refreshing = true): TemplateResult | typeof nothing {
  if (cachedAt === null) return nothing;
  const age = formatAge(language, cachedAt, Date.now());
  return html`<p class="cached muted">${refreshing ? msg(str`Cached ${age}, refreshing…`) : msg(str`Cached ${age}; couldn't refresh`)}</p>`;
}

function renderViewError(error: ViewError | null): TemplateResult | typeof nothing {
  if (error === null) return nothing;
  const { summary, detail, more } = describeViewError(error);
  return html`<p>${summary}</p>
    ${detail === null ? nothing : html`<p class="muted data">${detail}</p>`}
    ${renderMoreDetails(more)}`;
}

/**
 * A failed load: the headline, the error in plain words and "Try again"; with a cached snapshot (offline), the
 * last known `table` under it. Without one the data is unknown, and a table would show it as empty.
 */
export function renderLoadFailure(
  headline: string,
  error: ViewError | null,
  onRetry: () => void,
  table: (() => TemplateResult) | null,
): TemplateResult {
  const notice = html`
    <div class="notice error" role="alert">
      <p><strong>${headline}</strong></p>
      ${renderViewError(error)}
      <button type="button" @click=${onRetry}>${msg('Try again')}</button>
    </div>
  `;
  return table === null ? notice : html`${notice}${table()}`;
}
