/**
 * A workbook model as comparable data, leaving out the add-in's Audit and Archive sheets (a merge
 * and a restore write their bookkeeping there): every other sheet's cells (trailing blanks
 * dropped), formulas, hyperlinks, tables, formats and validations.
 */
import type { MemoryWorkbook } from '../../src/workbook/memory';

export function modelSnapshot(workbook: MemoryWorkbook): unknown {
  const model = workbook.model;
  const skipped = new Set([model.addinSheets?.Audit, model.addinSheets?.Archive].filter((x) => x !== undefined));
  const sheets = model.sheets
    .filter((s) => !skipped.has(s.name))
    .map((s) => ({
      name: s.name,
      cells: trimRows(s.cells.map((r) => trimRow((r ?? []).map((v) => (v === undefined || v === '' ? null : v))))),
      formulas: [...s.formulas].sort(),
    }));
  return {
    sheets,
    tables: model.tables.filter((t) => !skipped.has(t.sheet)),
    hyperlinks: model.hyperlinks.filter((h) => !skipped.has(h.sheet)).sort((a, b) => a.row - b.row || a.col - b.col),
    conditionalFormats: model.conditionalFormats,
    validations: model.validations,
  };
}

function trimRow<T>(row: T[]): T[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === null) n--;
  return row.slice(0, n);
}

function trimRows<T>(rows: T[][]): T[][] {
  let n = rows.length;
  while (n > 0 && rows[n - 1].length === 0) n--;
  return rows.slice(0, n);
}
