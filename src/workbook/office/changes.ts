/**
 * Pure: what an Excel table's onChanged event (TableChangedEventArgs, ExcelApi 1.7) says in the
 * engine's terms. The event gives the changed area's address, and for one cell its value before
 * and after (details, ExcelApi 1.9); for a paste over many cells the adapter reads the area's
 * values and passes them here. Rows outside the table's data (its header) are left out.
 */
import type { CellChange, TableChangeEvent } from '../../domain/changes';
import type { SheetKey } from '../../domain/schema';
import type { CellValue } from '../../domain/table';
import { recogniseHeaders } from '../../domain/headers';
import { parseAddress, type CellRect } from './address';
import { readCell } from './cells';
import type { OfficeLocated } from './locate';

/** How long after the add-in changed user cells (an audited action) the echo of that write is still expected. */
export const OWN_WRITE_ECHO_MS = 1000;

/** The part of Excel.TableChangedEventArgs the adapter reads. */
export interface TableChangedArgs {
  address: string;
  changeType?: string;
  details?: { valueBefore?: unknown; valueAfter?: unknown } | null;
}

/** The changed area of a table's data: worksheet rows (header = 1) and 0-based worksheet columns. */
export function changedRect(loc: OfficeLocated, address: string): CellRect | null {
  const { rect } = parseAddress(address);
  const firstRow = Math.max(rect.firstRow, loc.headerRow + 1);
  const lastRow = rect.lastRow;
  const firstColumn = Math.max(rect.firstColumn, loc.firstColumn);
  const lastColumn = Math.min(rect.lastColumn, loc.lastColumn);
  if (firstRow > lastRow || firstColumn > lastColumn) return null;
  return { firstRow, lastRow, firstColumn, lastColumn };
}

/**
 * The cells of a changed area, by field: `values` are the area's values now (rows of the rect);
 * `before` the single cell's old value when Excel gave it.
 */
export function cellChanges(
  key: SheetKey,
  loc: OfficeLocated,
  rect: CellRect,
  values: unknown[][],
  before?: unknown,
): CellChange[] {
  const mapping = recogniseHeaders(loc.def, loc.headers);
  const fieldAt = new Map<number, string>();
  for (const [field, offset] of Object.entries(mapping.columns)) fieldAt.set(loc.firstColumn + offset, field);
  const single = rect.firstRow === rect.lastRow && rect.firstColumn === rect.lastColumn;
  const out: CellChange[] = [];
  for (let r = rect.firstRow; r <= rect.lastRow; r++) {
    for (let c = rect.firstColumn; c <= rect.lastColumn; c++) {
      const field = fieldAt.get(c) ?? loc.headers[c - loc.firstColumn] ?? String(c);
      const def = loc.def.fields.find((f) => f.key === field);
      const raw = values[r - rect.firstRow]?.[c - rect.firstColumn];
      const after: CellValue = def ? readCell(def, raw, raw == null ? '' : String(raw)).value : cellOf(raw);
      const change: CellChange = { sheet: key, row: r, field, after };
      if (single && before !== undefined)
        change.before = def ? readCell(def, before, String(before)).value : cellOf(before);
      out.push(change);
    }
  }
  return out;
}

function cellOf(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * Who caused a change: the add-in when every changed cell is one of its own columns (status
 * columns), or when it was writing user cells itself just then (`ownWriting`); a person otherwise.
 */
export function changeSource(
  loc: OfficeLocated,
  changes: CellChange[],
  ownWriting: boolean,
): TableChangeEvent['source'] {
  if (ownWriting) return 'addin';
  const own = new Set(loc.def.fields.filter((f) => f.owner === 'addin').map((f) => f.key));
  return changes.length > 0 && changes.every((c) => own.has(c.field)) ? 'addin' : 'user';
}
