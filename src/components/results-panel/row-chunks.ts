/**
 * Splits a long list of rows into fixed-size chunks and hands back the previous chunk arrays when their rows are the
 * same objects, so the panel can guard() each chunk and re-render only the chunks a new snapshot really changed.
 * Without it, each added chunk (and each progress tick) would re-evaluate every row already shown.
 */
export class RowChunker<T> {
  private previous: readonly (readonly T[])[] = [];

  constructor(readonly size: number) {}

  chunks(rows: readonly T[]): readonly (readonly T[])[] {
    const next: (readonly T[])[] = [];
    for (let start = 0, index = 0; start < rows.length; start += this.size, index++) {
      const end = Math.min(start + this.size, rows.length);
      const old = this.previous[index];
      next.push(old !== undefined && sameRows(old, rows, start, end) ? old : rows.slice(start, end));
    }
    this.previous = next;
    return next;
  }
}

function sameRows<T>(chunk: readonly T[], rows: readonly T[], start: number, end: number): boolean {
  if (chunk.length !== end - start) return false;
  for (let i = start; i < end; i++) if (chunk[i - start] !== rows[i]) return false;
  return true;
}
