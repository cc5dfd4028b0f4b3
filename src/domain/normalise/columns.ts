/**
 * Whole-column normalisation, computed once per column and shared by everything that
 * reads it in one check (validation and the conflict matcher both need every phone and
 * ID parsed; a million rows is worth parsing once). Cached by the column array itself,
 * so a new read of the workbook gets fresh results and old ones are garbage-collected.
 */
import type { CellValue } from '../table';
import { parsePhoneColumn, type PhoneColumn } from './phone';
import { parseIdColumn, type IdColumn } from './ids';
import { parseDate } from './dates';

const cache = new WeakMap<readonly CellValue[], Map<string, unknown>>();

function cached<T>(column: readonly CellValue[], kind: string): T | undefined {
  return cache.get(column)?.get(kind) as T | undefined;
}

function store<T>(column: readonly CellValue[], kind: string, out: T): T {
  let byKind = cache.get(column);
  if (!byKind) cache.set(column, (byKind = new Map()));
  byKind.set(kind, out);
  return out;
}

/** fn applied to every cell of a column, memoised per (column, kind). */
export function mapColumn<T>(column: readonly CellValue[], kind: string, fn: (v: CellValue) => T): T[] {
  const hit = cached<T[]>(column, kind);
  if (hit) return hit;
  const out = new Array<T>(column.length);
  for (let i = 0; i < column.length; i++) out[i] = fn(column[i]);
  return store(column, kind, out);
}

// The three columns below have loops of their own rather than mapColumn's: a call through `fn`
// shared by every kind is not inlined, and these run on every cell of a million-row sheet.
// Phones and IDs are columnar (an array per field, not an object per row): these results live
// through the whole check, and a million objects more is a million more for each GC to trace.

/** normalisePhone of every cell, as arrays (see PhoneColumn). */
export function phoneColumn(column: readonly CellValue[]): PhoneColumn {
  return cached<PhoneColumn>(column, 'phone') ?? store(column, 'phone', parsePhoneColumn(column));
}

/** parseIdNumber of every cell, as arrays (see IdColumn). */
export function idColumn(column: readonly CellValue[]): IdColumn {
  return cached<IdColumn>(column, 'id') ?? store(column, 'id', parseIdColumn(column));
}

/** Day numbers (NaN for empty or unreadable cells, so the array stays numeric). */
export function dayColumn(column: readonly CellValue[]): number[] {
  const hit = cached<number[]>(column, 'day');
  if (hit) return hit;
  const out = new Array<number>(column.length);
  for (let i = 0; i < column.length; i++) out[i] = parseDate(column[i]) ?? NaN;
  return store(column, 'day', out);
}
