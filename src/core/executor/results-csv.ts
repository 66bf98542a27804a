/**
 * The results of a job as CSV (RFC 4180) for the admin to keep or share. Cells are data, never formulas:
 * a display name such as "=HYPERLINK(...)" would otherwise run when the file is opened in a spreadsheet.
 */
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
const LINE_END = '\r\n';
/**
 * Spreadsheets treat these first characters as the start of a formula (tab and CR as well, per OWASP), and some
 * skip leading spaces and zero-width characters first, or read the fullwidth ＝＋－＠ as their ASCII forms.
 */
const FORMULA_START = /^[\t\r]|^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

export function resultsCsv(rows: readonly ResultRow[], options: CsvOptions = {}): string {
  const lines = [(options.header ?? HEADER).map(cell).join(',')];
  for (const row of rows) {
    lines.push(
      [row.displayName, row.userPrincipalName, row.outcome, row.assigned.join('; '), row.removed.join('; '), row.reason]
        .map(cell)
        .join(','),
    );
  }
  return (options.byteOrderMark ? '\ufeff' : '') + lines.join(LINE_END) + LINE_END;
}

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
