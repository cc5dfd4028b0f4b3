/**
 * Checks a person's cell edit against the table it targets, for every adapter: all edits
 * are checked before any is written, so a bad edit changes nothing.
 */
import type { SheetDef } from '../domain/schema';
import { label } from '../domain/schema';
import { t } from '../i18n';
import type { CellEdit } from './port';

export interface EditTarget {
  def: SheetDef;
  headerRow: number;
  lastRow: number;
  firstColumn: number;
  /** field key -> 0-based column index within the table (from recogniseHeaders) */
  columns: Record<string, number>;
}

/** The 0-based worksheet column the edit writes, or an error naming the sheet, field or row. */
export function editColumn(target: EditTarget, edit: CellEdit): number {
  const { def } = target;
  const idx = target.columns[edit.field];
  if (idx === undefined) {
    const field = def.fields.find((f) => f.key === edit.field)?.zh ?? edit.field;
    throw new Error(t('zh', 'workbook.error.noColumn', { sheet: label(def, 'zh'), field }));
  }
  if (edit.row <= target.headerRow || edit.row > target.lastRow) {
    throw new Error(
      t('zh', 'workbook.error.rowOutside', {
        sheet: label(def, 'zh'),
        row: edit.row,
        first: target.headerRow + 1,
        last: target.lastRow,
      }),
    );
  }
  return target.firstColumn + idx;
}
