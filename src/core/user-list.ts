/**
 * A pasted list of users: user principal names or object ids, one per line, or a CSV export with a
 * `UserPrincipalName` (or object id) column, as the Microsoft 365 admin center and Partner Center export them.
 * Pure: the text becomes the entries to resolve, with repeated ones counted instead of asked for twice.
 *
 * The CSV reader is our own few lines (RFC 4180: quoted cells, doubled quotes, line breaks in quotes): d3-dsv
 * compiles its row converters with `new Function`, which the extension's content security policy refuses, and
 * papaparse is a UMD script of 7 KB gzipped, more than a pasted column is worth in a widget over its size budget.
 */
import { entryKey } from './user-key.js';

export interface UserList {
  /** Distinct entries in the order pasted, as written. */
  readonly entries: readonly string[];
  /** Entries given again after their first time (compared without case), as written. */
  readonly duplicates: readonly string[];
}

/** Column headers (lower case, spaces removed) that hold a user's principal name or object id. */
const KEY_COLUMNS = ['userprincipalname', 'upn', 'objectid', 'id', 'userid'];

export function parseUserList(text: string): UserList {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const header = (rows[0] ?? []).map((cell) => cell.replace(/\s+/g, '').toLowerCase());
  const column = KEY_COLUMNS.map((name) => header.indexOf(name)).find((index) => index >= 0);
  const cells = column === undefined ? rows.flat() : rows.slice(1).map((row) => row[column] ?? '');
  const seen = new Set<string>();
  const entries: string[] = [];
  const duplicates: string[] = [];
  for (const cell of cells) {
    const entry = cell.trim();
    if (entry === '') continue;
    const key = entryKey(entry);
    if (seen.has(key)) duplicates.push(entry);
    else {
      seen.add(key);
      entries.push(entry);
    }
  }
  return { entries, duplicates };
}

/** Splits CSV text into rows of cells (comma, semicolon or tab, as the first line uses). */
export function csvRows(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].find((candidate) => firstLine.includes(candidate)) ?? ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
