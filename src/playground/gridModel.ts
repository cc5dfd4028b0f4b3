/**
 * Pure helpers for the playground's grid: which rows the add-in's conditional formats
 * colour, which slice of rows to render, and how a cell reads. No DOM.
 */
import type { CellValue } from '../domain/table';
import type { ConditionalFormat, GridSheet, WorkbookModel } from '../workbook/memory/model';
import { columnIndex, getCell, lastUsedColumn, lastUsedRow } from '../workbook/memory/model';

export interface RowStyle {
  fill: string;
  fontColor?: string;
  rule: string;
}

/** The text a conditional format looks for, and in which column (0-based), or null if not understood. */
export function parseContainsRule(f: ConditionalFormat): { text: string; column: number | null } | null {
  if (f.rule.type === 'containsText') return { text: f.rule.text, column: null };
  // ISNUMBER(SEARCH("⚑",$X2)): the add-in's "status cell contains" rule.
  const m = /SEARCH\("((?:[^"]|"")*)",\s*\$([A-Z]+)\$?\d+\)/i.exec(f.rule.formula);
  if (!m) return null;
  const text = m[1].replace(/""/g, '"').replace(/~([~*?])/g, '$1');
  return { text, column: columnIndex(m[2]) };
}

function cellString(v: CellValue): string {
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Rows of a sheet that the workbook's conditional formats colour, as Excel would: for
 * each rule in order, the first matching rule wins (the add-in's rules never overlap).
 */
export function highlightedRows(model: WorkbookModel, sheet: GridSheet): Map<number, RowStyle> {
  const out = new Map<number, RowStyle>();
  for (const f of model.conditionalFormats) {
    if (f.range.sheet !== sheet.name) continue;
    const rule = parseContainsRule(f);
    if (!rule) continue;
    const needle = rule.text.toLowerCase();
    const last = Math.min(f.range.lastRow, sheet.cells.length);
    for (let r = f.range.firstRow; r <= last; r++) {
      if (out.has(r)) continue;
      let hit = false;
      if (rule.column !== null)
        hit = cellString(getCell(sheet, r, rule.column))
          .toLowerCase()
          .includes(needle);
      else
        for (let c = f.range.firstColumn; c <= f.range.lastColumn && !hit; c++)
          hit = cellString(getCell(sheet, r, c))
            .toLowerCase()
            .includes(needle);
      if (hit) out.set(r, { fill: f.fill, fontColor: f.fontColor, rule: f.id });
    }
  }
  return out;
}

/** First and last worksheet rows to render: from row 1, or a window that shows the first selected row. */
export function visibleRows(
  lastRow: number,
  selected: readonly number[],
  size: number,
): { first: number; last: number } {
  if (lastRow <= size) return { first: 1, last: Math.max(lastRow, 1) };
  // a loop, not Math.min(...selected): a selection of a whole column has a million rows
  let target = selected.length ? selected[0] : 1;
  for (const r of selected) if (r < target) target = r;
  if (target <= size - 20) return { first: 1, last: size };
  const first = Math.max(1, Math.min(target - 20, lastRow - size + 1));
  return { first, last: Math.min(lastRow, first + size - 1) };
}

/**
 * Rows below a window that stops short of the sheet's end: the last `tail` data rows, so the bottom of
 * the table (and the empty row under it to type a new customer) is always in view, next to the rows
 * just typed. Empty when the window already reaches the last row.
 */
export function tailRows(windowLast: number, lastRow: number, tail: number): number[] {
  const out: number[] = [];
  for (let r = Math.max(windowLast + 1, lastRow - tail + 1); r <= lastRow; r++) out.push(r);
  return out;
}

/** Used size of a sheet: last row and last column holding anything. */
export function usedSize(sheet: GridSheet): { rows: number; cols: number } {
  const rows = lastUsedRow(sheet);
  let cols = 0;
  // Header rows set the width; sample a few rows so wide status columns show too.
  for (let r = 1; r <= Math.min(rows, 50); r++) cols = Math.max(cols, lastUsedColumn(sheet, r) + 1);
  return { rows, cols };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cell as the grid shows it: dates as YYYY-MM-DD (or with time), numbers as typed. */
export function displayCell(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const d = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const hm = v.getUTCHours() * 60 + v.getUTCMinutes();
    return hm ? `${d} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}` : d;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
