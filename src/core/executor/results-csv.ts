/** The results of a job as CSV for the admin to keep or share, formula-guarded (core/csv.ts). */
import { BYTE_ORDER_MARK, csvLine } from '../csv.js';

export interface ResultRow {
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly outcome: string;
  readonly assigned: readonly string[];
  readonly removed: readonly string[];
  readonly reason: string;
}

export interface CsvOptions {
  /** Start with a byte-order mark so spreadsheet apps read non-ASCII names as UTF-8. */
  readonly byteOrderMark?: boolean;
  /** The six column headings, in the admin's language; English by default. */
  readonly header?: CsvHeader;
}

export type CsvHeader = readonly [displayName: string, userPrincipalName: string, outcome: string, assigned: string, removed: string, reason: string];

const HEADER: CsvHeader = ['Display name', 'User principal name', 'Outcome', 'Assigned', 'Removed', 'Reason'];

export function resultsCsv(rows: readonly ResultRow[], options: CsvOptions = {}): string {
  const lines = [csvLine(options.header ?? HEADER)];
  for (const row of rows) {
    lines.push(csvLine([row.displayName, row.userPrincipalName, row.outcome, row.assigned.join('; '), row.removed.join('; '), row.reason]));
  }
  return (options.byteOrderMark ? BYTE_ORDER_MARK : '') + lines.join('');
}
