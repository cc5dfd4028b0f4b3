/**
 * The people a report names: staff IDs shown with their names ("S008 王芳"), and the owner of the row
 * an issue is about, so the Issues and Conflicts sheets say who, not only which code.
 */
import type { Lang, SheetKey } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { readStaff } from '../domain/reviews/input';
import { t } from '../i18n';

export interface ReportPeople {
  /** Staff ID -> name, from the Staff table. */
  names: ReadonlyMap<string, string>;
  /** The Owner cell of a worksheet row of a table (undefined when the table has no Owner column). */
  ownerOf(sheet: SheetKey, row: number): string | undefined;
}

/** The people of a workbook's data: the Staff table's names, and each table's Owner column by worksheet row. */
export function reportPeople(data: WorkbookData): ReportPeople {
  const names = new Map<string, string>();
  for (const s of readStaff(data.Staff)) if (s.name) names.set(s.staffId, s.name);
  const byRow = new Map<SheetKey, Map<number, string>>();
  const ownersOf = (sheet: SheetKey): Map<number, string> | undefined => {
    const cached = byRow.get(sheet);
    if (cached) return cached;
    const table = data[sheet];
    const owners = table?.columns.Owner;
    if (!table || !owners) return undefined;
    const map = new Map<number, string>();
    table.rowNumbers.forEach((r, i) => {
      const v = owners[i];
      if (v !== null && v !== undefined && String(v).trim() !== '') map.set(r, String(v).trim());
    });
    byRow.set(sheet, map);
    return map;
  };
  return { names, ownerOf: (sheet, row) => ownersOf(sheet)?.get(row) };
}

/** A staff ID with its name when the roster has it: "S008 王芳"; the ID alone otherwise. */
export function staffLabel(id: string, people: ReportPeople | undefined, lang: Lang): string {
  const name = people?.names.get(id.trim());
  return name ? t(lang, 'report.staff', { id, name }) : id;
}
