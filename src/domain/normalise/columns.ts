/**
 * Whole-column normalisation, computed once per column and shared by everything that
 * reads it in one check (validation and the conflict matcher both need every phone and
 * ID parsed; a million rows is worth parsing once). Cached by the column array itself,
 * so a new read of the workbook gets fresh results and old ones are garbage-collected.
 */
import type { CellValue } from '../table';
import { normalisePhone, type NormalisedPhone } from './phone';
import { parseIdNumber, type ParsedId } from './ids';
import { parseDate } from './dates';

const cache = new WeakMap<readonly CellValue[], Map<string, unknown[]>>();

/** fn applied to every cell of a column, memoised per (column, kind). */
export function mapColumn<T>(column: readonly CellValue[], kind: string, fn: (v: CellValue) => T): T[] {
  let byKind = cache.get(column);
  if (!byKind) cache.set(column, (byKind = new Map()));
  const hit = byKind.get(kind);
  if (hit) return hit as T[];
  const out = new Array<T>(column.length);
  for (let i = 0; i < column.length; i++) out[i] = fn(column[i]);
  byKind.set(kind, out);
  return out;
}

export const phoneColumn = (column: readonly CellValue[]): (NormalisedPhone | null)[] =>
  mapColumn(column, 'phone', normalisePhone);

export const idColumn = (column: readonly CellValue[]): (ParsedId | null)[] => mapColumn(column, 'id', parseIdNumber);

/** Day numbers (NaN for empty or unreadable cells, so the array stays numeric). */
export const dayColumn = (column: readonly CellValue[]): number[] =>
  mapColumn(column, 'day', (v) => parseDate(v) ?? NaN);
