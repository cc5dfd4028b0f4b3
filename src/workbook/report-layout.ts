/**
 * How the add-in's report sheets (Issues, Conflicts...) are laid out, the same in every adapter:
 * column widths measured as Excel measures them (a CJK character is two character widths), long
 * texts wrapped in a column of bounded width, and the rows that wrap made tall enough to show them.
 * Pure functions (no Office.js, no Node), shared by the memory/file and the Office adapters.
 */
import type { CellValue } from '../domain/table';
import type { ReportSheet } from './port';

/** Widest a plain column gets, in character widths. */
export const MAX_COLUMN_WIDTH = 60;
/** Width of a column whose texts wrap, in character widths. */
export const WRAP_COLUMN_WIDTH = 50;
/** Narrowest column. */
export const MIN_COLUMN_WIDTH = 8;
/** Height of one line of 11 pt text, in points (Excel's default row is 15). */
export const LINE_POINTS = 15;
/** A wrapped row shows at most this many lines (the rest shows when the row is opened up). */
export const MAX_LINES = 8;
/** Rows measured for the column widths (a report can have a million). */
const SAMPLE_ROWS = 200;

/** The colour and underline of a link, as Excel's Hyperlink cell style has them. */
export const LINK_COLOR = '#0563C1';

/** Wide characters (CJK, full-width forms, Hangul, kana) take two character widths. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many character widths a text takes in Excel's default font. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return '0000-00-00';
  return String(v);
}

/** Each column's width in character widths: the header's and the first rows' texts, bounded. */
export function reportColumnWidths(report: Pick<ReportSheet, 'headers' | 'rows' | 'wrap'>, width: number): number[] {
  const wrap = new Set(report.wrap ?? []);
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    let w = displayWidth(cellText(report.headers[c])) + 4; // the table's filter button
    for (let i = 0; i < Math.min(report.rows.length, SAMPLE_ROWS); i++)
      w = Math.max(w, displayWidth(cellText(report.rows[i][c])) + 2);
    out.push(Math.max(MIN_COLUMN_WIDTH, Math.min(wrap.has(c) ? WRAP_COLUMN_WIDTH : MAX_COLUMN_WIDTH, w)));
  }
  return out;
}

/** How many lines a text takes wrapped in a column this many character widths wide. */
export function wrappedLines(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(part) / usable));
  return lines;
}

/**
 * The height (points) of each data row that wraps onto more than one line, by 0-based row index:
 * rows of one line keep the default height (most of a big report).
 */
export function wrappedRowHeights(report: Pick<ReportSheet, 'rows' | 'wrap'>, widths: number[]): Map<number, number> {
  const out = new Map<number, number>();
  const wrap = report.wrap ?? [];
  if (!wrap.length) return out;
  report.rows.forEach((row, i) => {
    let lines = 1;
    for (const c of wrap) {
      const v = row[c];
      if (typeof v === 'string' && v.length) lines = Math.max(lines, wrappedLines(v, widths[c] ?? WRAP_COLUMN_WIDTH));
    }
    if (lines > 1) out.set(i, Math.min(lines, MAX_LINES) * LINE_POINTS + 3);
  });
  return out;
}

/** The mark the add-in's own note starts with, so a later check replaces its note and never a person's. */
export const ADDIN_NOTE_MARK = 'ⓘ ';
