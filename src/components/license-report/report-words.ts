/** The license report file in the UI language: its column headings. */
import { msg } from '@lit/localize';
import type { ReportWords } from '../../core/report/license-report.js';

export function reportWords(): ReportWords {
  return {
    userHeader: [msg('User'), msg('Principal name'), msg('Usage location'), msg('Product'), msg('SKU'), msg('Assigned through'), msg('Disabled service plans')],
    summaryHeader: [msg('Product'), msg('SKU'), msg('Total'), msg('Assigned'), msg('Available'), msg('Users in this report')],
    direct: msg('Direct'),
  };
}
