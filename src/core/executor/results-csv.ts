/** The results of a job as CSV for the admin to keep or share, formula-guarded (core/csv.ts). */
import { BYTE_ORDER_MARK, csvLine } from '../csv.js';

/**
 * One user's line of a job's results: in the results view as kinds and ids (session/view-state.ts OutcomeRow), in
 * the CSV as words (the default types).
 */
export interface UserResult<Outcome = string, Product = string, Reason = string> {
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly outcome: Outcome;
  readonly assigned: readonly Product[];
  readonly removed: readonly Product[];
  readonly reason: Reason;
}

/** A CSV line: every column in words. */
export type ResultRow = UserResult;

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
