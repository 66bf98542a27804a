/**
 * The license report: the products, then every user of the customer in pages of the largest size the service
 * gives (`LicenseBackend.maxPageSize`), each page written to the report as it arrives. Progress goes into the
 * model; Cancel aborts the request in flight. Loaded on first use (a chunk in the widget).
 */
import { ENGLISH_REPORT_WORDS, LicenseReportWriter, type ReportWords } from '../core/report/license-report.js';
import type { SessionCore } from './session-core.js';
import { isAbort, toViewError } from './view-error.js';
import type { ReportView } from './view-state.js';

/** Bounds the loop over the service's continuations: a million users, far beyond any customer. */
export const MAX_REPORT_PAGES = 1000;

export type ReportResult =
  | { readonly status: 'done'; readonly parts: readonly string[]; readonly users: number; readonly rows: number }
  | { readonly status: 'cancelled' | 'failed' | 'busy' };

export class LicenseReportReader {
  private running: AbortController | null = null;

  constructor(private readonly core: SessionCore) {}

  cancel(): void {
    this.running?.abort();
  }

  async run(words: ReportWords = ENGLISH_REPORT_WORDS): Promise<ReportResult> {
    if (this.running !== null) return { status: 'busy' };
    const controller = (this.running = new AbortController());
    const { signal } = controller;
    this.show({ status: 'reading', users: 0, pages: 0, error: null });
    try {
      const products = await this.core.backend.listProducts(signal);
      const writer = new LicenseReportWriter(products, words);
      const parts = [writer.start()];
      const seen = new Set<string>();
      // The largest page the service gives (Graph 999, Partner Center 1,000): the fewest requests.
      const pageSize = this.core.backend.maxPageSize;
      let continuation: string | undefined;
      for (let pages = 1; ; pages++) {
        const page = await this.core.backend.listUsers({ pageSize, withLicenses: true, signal, ...(continuation ? { continuation } : {}) });
        if (signal.aborted) return this.cancelled();
        parts.push(writer.users(page.users));
        this.show({ status: 'reading', users: writer.userCount, pages, error: null });
        continuation = page.continuation;
        if (continuation === undefined) break;
        if (seen.has(continuation)) throw new Error('The service sent the same continuation twice; the report stopped there.');
        if (pages >= MAX_REPORT_PAGES) throw new Error(`The report stopped after ${MAX_REPORT_PAGES} pages of users.`);
        seen.add(continuation);
      }
      parts.push(writer.end());
      this.show({ status: 'done', users: writer.userCount, pages: this.core.model().report?.pages ?? 0, error: null });
      return { status: 'done', parts, users: writer.userCount, rows: writer.rowCount };
    } catch (error) {
      if (signal.aborted || isAbort(error)) return this.cancelled();
      const viewError = toViewError(error);
      this.core.update((model) => ({ ...model, report: { ...(model.report ?? { users: 0, pages: 0 }), status: 'failed', error: viewError } }));
      this.core.report(viewError);
      return { status: 'failed' };
    } finally {
      if (this.running === controller) this.running = null;
    }
  }

  private cancelled(): ReportResult {
    this.core.update((model) => ({ ...model, report: { ...(model.report ?? { users: 0, pages: 0, error: null }), status: 'cancelled' } }));
    return { status: 'cancelled' };
  }

  private show(report: ReportView): void {
    this.core.update((model) => ({ ...model, report }));
  }
}
