/**
 * How a checked workbook opens and prints (issue 16): on the customer file, not on the dropdown
 * lists; the ID and name in view beside the frozen header; a note at the first header saying where
 * the status columns are; the Lists sheet hidden and last; every sheet a person reads printed on A4
 * landscape, one page wide. The plan is data (ANNOTATED_LAYOUT); the port applies it.
 */
import type { Lang } from '../domain/schema';
import type { SheetArrangement, WorkbookPort } from '../workbook/port';

export const ANNOTATED_LAYOUT: SheetArrangement = {
  active: 'Customers',
  // Columns A to the name: frozen only when ID and name sit among the first 4 columns (a wider
  // frozen block would leave little room to scroll on a laptop screen).
  freeze: { sheet: 'Customers', fields: ['CustomerId', 'Name'], maxColumns: 4 },
  statusNote: { sheet: 'Customers', fields: ['Check', 'ConflictGroup'] },
  hide: ['Lists'],
  print: { tables: ['Customers', 'Ledger'], sheets: ['Issues', 'Conflicts'] },
};

export async function arrangeWorkbook(
  port: WorkbookPort,
  lang: Lang,
  plan: SheetArrangement = ANNOTATED_LAYOUT,
): Promise<void> {
  await port.arrangeSheets(plan, lang);
}
