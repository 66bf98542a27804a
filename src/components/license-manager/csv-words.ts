/** The exported results file in the UI language: the same headings, outcomes and reasons the Results table shows. */
import { msg } from '@lit/localize';
import type { CsvWords } from '../../session/export-csv.js';
import { describeFailure } from '../../i18n/reasons.js';
import { outcomeText } from '../results-panel/outcome-table.js';

export function csvWords(): CsvWords {
  return {
    header: [msg('User'), msg('Principal name'), msg('Outcome'), msg('Assigned'), msg('Removed'), msg('Reason')],
    outcome: outcomeText,
    reason: (reason) => {
      const { summary, detail } = describeFailure(reason);
      return detail === null ? summary : `${summary}: ${detail}`;
    },
  };
}
