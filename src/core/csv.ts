/**
 * CSV (RFC 4180) lines whose cells are data, never formulas: a display name such as "=HYPERLINK(...)" would
 * otherwise run when the file is opened in a spreadsheet. Every file the admin downloads is written through here.
 */
export const CSV_LINE_END = '\r\n';
/** Spreadsheet apps read non-ASCII names as UTF-8 only after a byte-order mark. */
export const BYTE_ORDER_MARK = '\ufeff';

/**
 * Spreadsheets treat these first characters as the start of a formula (tab and CR as well, per OWASP), and some
 * skip leading spaces and zero-width characters first, or read the fullwidth ＝＋－＠ as their ASCII forms.
 */
const FORMULA_START = /^[\t\r]|^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** One line of cells, with its line end. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + CSV_LINE_END;
}

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
