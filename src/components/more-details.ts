/** The whole of a service answer that was cut to one line (a long message, an HTML error page), behind "Details". */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export function renderMoreDetails(more: string | undefined): TemplateResult | typeof nothing {
  if (more === undefined) return nothing;
  return html`<details class="more-details">
    <summary>${msg('Details')}</summary>
    <p class="data">${more}</p>
  </details>`;
}
