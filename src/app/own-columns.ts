/**
 * The add-in's own columns of a table (the review scores, formulas and suggestions), added when a
 * use case is about to write them into a workbook that lacks them (set up by an older version, or
 * by hand). Only add-in columns: a user column that is missing stays missing and the port says so.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { SHEET_BY_KEY } from '../domain/schema';
import type { Table } from '../domain/table';
import type { WorkbookPort } from '../workbook/port';

/** The add-in fields among `fields` that `table` has no column for. */
export function missingOwnColumns(sheet: SheetKey, table: Table, fields: Iterable<string>): string[] {
  const own = new Set(SHEET_BY_KEY[sheet].fields.filter((f) => f.owner === 'addin').map((f) => f.key));
  return [...new Set(fields)].filter((k) => own.has(k) && table.mapping.columns[k] === undefined);
}

/**
 * Adds the add-in columns of `fields` that the table lacks (blank, at its right edge, in the given
 * order) and returns the table as it is then; the table unchanged when none was missing.
 */
export async function ensureOwnColumns(
  port: WorkbookPort,
  sheet: SheetKey,
  table: Table,
  fields: Iterable<string>,
  lang: Lang,
): Promise<Table | undefined> {
  const missing = missingOwnColumns(sheet, table, fields);
  if (missing.length === 0) return table;
  const blank = new Array<null>(table.length).fill(null);
  await port.writeStatusColumns(
    sheet,
    missing.map((field) => ({ field, values: blank })),
    lang,
  );
  return (await port.read({ sheets: [sheet] }))[sheet];
}
