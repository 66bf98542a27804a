/** The exported results file in the UI language: the same headings, outcomes and reasons the Results table shows. */
import { msg } from '@lit/localize';
import type { CsvWords } from '../../session/export-csv.js';
import { describeFailure } from '../../i18n/reasons.js';
import { outcomeText } from '../results-panel/outcome-table.js';

export function csvWords(): CsvWords {
  return {
    header: [msg('User'), msg('Principal name'), msg('Outcome'), msg('Assigned'), msg('Removed'), msg('Reason')],
    outcome: outcomeText,
    reason: (reason, productNames) => {
      // The file is for support: the service's whole text, not the line the table cuts it to.
      const { summary, detail, more } = describeFailure(reason, productNames);
      const text = more ?? detail;
      return text === null ? summary : `${summary}: ${text}`;
    },
  };
}
