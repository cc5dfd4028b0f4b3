/**
 * An action acts on what the pane showed: before it writes, it reads the rows it touches (those
 * rows only) and refuses when they no longer hold what the last check read (the user edited,
 * sorted or deleted rows since), rather than writing into the wrong customer.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { CUSTOMERS, SHEET_BY_KEY, label } from '../domain/schema';
import type { CellValue, WorkbookData } from '../domain/table';
import { t } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import { customersOf, indexOfRow } from './groups';

/** A cell as it compares: dates by day, text trimmed, blank as ''. */
function comparable(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Throws (in the user's language) when a row's user cells differ from the data the check read. */
export async function ensureRowsUnchanged(
  port: WorkbookPort,
  data: WorkbookData,
  rows: readonly number[],
  lang: Lang,
): Promise<void> {
  const table = customersOf(data);
  const fields = CUSTOMERS.fields.filter((f) => f.owner !== 'addin' && table.columns[f.key]).map((f) => f.key);
  const now = await port.readRows('Customers', [...rows]);
  const changed = rows.filter((row, k) => {
    const i = indexOfRow(table, row);
    return fields.some((key) => comparable(now[k]?.[key]) !== comparable(table.columns[key][i]));
  });
  if (changed.length) throw new Error(staleMessage('Customers', changed, lang));
}

function staleMessage(sheet: SheetKey, rows: number[], lang: Lang): string {
  return t(lang, 'action.stale', {
    sheet: label(SHEET_BY_KEY[sheet], lang),
    rows: rows.join(t(lang, 'audit.idSeparator')),
  });
}
