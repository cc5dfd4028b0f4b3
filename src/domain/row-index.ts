/**
 * A table's data-row index of a worksheet row, built once per rowNumbers array (a WeakMap): an
 * action at 100k customers looks rows up many times, and an indexOf each time is O(n).
 */
import type { Table } from './table';

const rowIndexes = new WeakMap<readonly number[], (row: number) => number>();

/** Data-row index of a worksheet row (-1 when it is not in the table); built once per table's rows. */
export function rowIndexOf(table: Pick<Table, 'rowNumbers'>): (row: number) => number {
  const rows = table.rowNumbers;
  let index = rowIndexes.get(rows);
  if (index) return index;
  const first = rows.length ? rows[0] : 0;
  let consecutive = true;
  for (let i = 1; i < rows.length && consecutive; i++) consecutive = rows[i] === first + i;
  if (consecutive) index = (row) => (row >= first && row < first + rows.length ? row - first : -1);
  else {
    const map = new Map<number, number>();
    rows.forEach((r, i) => map.set(r, i));
    index = (row) => map.get(row) ?? -1;
  }
  rowIndexes.set(rows, index);
  return index;
}
