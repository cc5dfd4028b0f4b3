/**
 * Creating user-data rows: the review rows the schedule says are missing (客户评审). Appended to
 * the table, never touching existing rows, each one audited.
 */
import type { SheetKey } from '../domain/schema';
import { SHEET_BY_KEY } from '../domain/schema';
import type { CellValue, WorkbookData } from '../domain/table';
import { runReviews } from '../domain/reviews';
import type { WorkbookPort } from '../workbook/port';
import { appendAudit } from './audit';
import type { ActionOptions } from './groups';

/** Appends rows to a schema table, auditing each one; returns the worksheet rows written. */
export async function createRows(
  port: WorkbookPort,
  sheet: SheetKey,
  rows: Record<string, CellValue>[],
  { who, lang, now = new Date() }: ActionOptions,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const written = await port.appendTableRows(sheet, rows);
  const keyField = SHEET_BY_KEY[sheet].fields[0].key;
  await appendAudit(
    port,
    rows.map((r, k) => ({
      at: now,
      who,
      action: 'createRows',
      sheet,
      row: written[k] ?? 0,
      field: keyField,
      before: null,
      after: r[keyField] ?? null,
    })),
    lang,
  );
  return written;
}

/** Creates the review rows the schedule proposes (due or overdue reviews without a row); returns how many. */
export async function createReviewRows(
  port: WorkbookPort,
  data: WorkbookData,
  options: ActionOptions & { today: number },
): Promise<number> {
  const { proposals } = runReviews(data, { today: options.today, lang: options.lang });
  await createRows(
    port,
    'Reviews',
    proposals.map((p) => p.row),
    options,
  );
  return proposals.length;
}
