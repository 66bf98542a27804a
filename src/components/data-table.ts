/**
 * The frame every data table of the parts shares (users, products, review, results, job history): a wrapper that
 * scrolls sideways, a stacking table (styles/narrow.styles.ts) with a caption for screen readers and a header row.
 * Each part renders its own body rows.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** A column header: its text, or its content (a control, hidden text) and its class. */
export type Column = string | { readonly content: unknown; readonly class?: string };

export interface DataTable {
  /** The table's own class beside `stack` (e.g. "results"), for the part's styles. */
  readonly name: string;
  /** Read by screen readers only. */
  readonly caption: string;
  readonly columns: readonly Column[];
  /** The body: one `<tbody>` or several. */
  readonly body: unknown;
  /** The caption's id, for a table that can grow long: its wrapper is then a focusable region named by the caption. */
  readonly regionId?: string;
  /** While the rows are being read again (the wrapper's aria-busy); absent for a table that is never reloaded. */
  readonly busy?: boolean;
}

function renderColumn(column: Column): TemplateResult {
  return typeof column === 'string'
    ? html`<th scope="col">${column}</th>`
    : html`<th scope="col" class=${column.class ?? nothing}>${column.content}</th>`;
}

export function renderDataTable(table: DataTable): TemplateResult {
  const region = table.regionId;
  return html`
    <div
      class="table-wrap"
      role=${region === undefined ? nothing : 'region'}
      aria-labelledby=${region ?? nothing}
      tabindex=${region === undefined ? nothing : '0'}
      aria-busy=${table.busy === undefined ? nothing : String(table.busy)}
    >
      <table class=${`stack ${table.name}`}>
        <caption id=${region ?? nothing} class="visually-hidden">${table.caption}</caption>
        <thead>
          <tr>
            ${table.columns.map(renderColumn)}
          </tr>
        </thead>
        ${table.body}
      </table>
    </div>
  `;
}
