/**
 * A plain grid model of a workbook: what the in-memory workbook holds and what the
 * file adapter reads from / writes to .xlsx. No fs, no Node APIs (browser-safe).
 *
 * Coordinates: rows are 1-based worksheet row numbers, columns 0-based indexes
 * (A = 0), matching Table.headerRow / Table.firstColumn in domain/table.ts.
 */
import type { CellValue, ReadProblem } from '../../domain/table';
import { columnLetter, columnIndex } from '../../domain/a1';
import type { OwnSheets } from './own-sheets';

export interface GridSheet {
  name: string;
  /** cells[r - 1][c]: row r (1-based), column c (0-based). Rows may be missing or short. */
  cells: CellValue[][];
  /** Column widths in characters (undefined = default). */
  widths: (number | undefined)[];
  /** Number format per column (e.g. 'yyyy-mm-dd', '@'). */
  numFmts: (string | undefined)[];
  /** Rows frozen at the top (1 = header row frozen). */
  frozenRows: number;
  /** Formulas by 'row,col' key; the cell holds the last calculated result. */
  formulas: Map<string, string>;
  hidden?: 'hidden' | 'veryHidden';
  /** What the file reader found wrong in this sheet's file (a CSV's unclosed quote...); read() hands it on. */
  readProblems?: ReadProblem[];
  /** Opaque data the file adapter carries through untouched (styles, merges...). */
  extras?: SheetExtras;
}

export interface SheetExtras {
  /** ExcelJS style objects by 'row,col' key. */
  styles?: Map<string, unknown>;
  merges?: string[];
  /** ExcelJS conditional formattings that are not the add-in's. */
  rawConditionalFormats?: unknown[];
  /** Cell notes (comments) as ExcelJS reads them, by 'row,col' key. */
  notes?: Map<string, unknown>;
  /** Cells holding an Excel error value (#N/A...), by 'row,col' key: the cell holds its text, and is written back as the error while it does. */
  errors?: Set<string>;
  /** Rich-text runs by 'row,col' key: the cell holds their joined text, and gets the runs back while it does. */
  richText?: Map<string, { text: string }[]>;
  /** The sheet's autofilter range ('A1:Q30'). */
  autoFilter?: string;
  /** Pictures on the sheet: they move with the columns the add-in inserts, and are written back. */
  images?: SheetImage[];
  /** The sheet's protection as ExcelJS reads it (password hash, what it allows), written back unchanged. */
  protection?: object;
  /** Row heights, hidden rows and outline levels by 1-based row (a supervisor's hidden rows stay hidden). */
  rows?: Map<number, RowFormat>;
  /** Hidden columns and outline levels by 0-based column (widths are GridSheet.widths). */
  columns?: (ColumnFormat | undefined)[];
  /** The sheet's outline depth: a row or column at that level or deeper shows collapsed. */
  outline?: { rows: number; columns: number };
}

export interface RowFormat {
  /** In points. */
  height?: number;
  hidden?: boolean;
  outlineLevel?: number;
}

export interface ColumnFormat {
  hidden?: boolean;
  outlineLevel?: number;
}

export interface GridTable {
  name: string;
  sheet: string;
  /** Worksheet row of the header (1-based). */
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Data rows below the header. */
  rowCount: number;
  style?: string;
  /**
   * Made by the add-in over a plain range (no Excel table was there). The file adapter writes it
   * as an Excel table only when its header cells already are valid column names.
   */
  fromRange?: boolean;
}

export interface CellRange {
  sheet: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export type ConditionalRule = { type: 'expression'; formula: string } | { type: 'containsText'; text: string };

export interface ConditionalFormat {
  /** The add-in's rules have ids prefixed 'sd:'. */
  id: string;
  range: CellRange;
  rule: ConditionalRule;
  fill: string; // '#RRGGBB'
  fontColor?: string;
}

export type ValidationRule =
  | { type: 'list'; source: string } // a formula like '列表'!$A$2:$A$5, or a comma list "a,b"
  | { type: 'whole' | 'decimal'; min?: number; max?: number }
  | { type: 'date'; min?: number; max?: number }; // bounds as Excel serials

export interface DataValidation {
  range: CellRange;
  rule: ValidationRule;
  /** Error alert style: 'stop' rejects, 'warning' lets the user override. */
  errorStyle?: 'stop' | 'warning' | 'information';
  prompt?: string;
}

export interface Hyperlink {
  sheet: string;
  row: number;
  col: number;
  /** '#Sheet!A12' for an internal link, otherwise a URL. */
  target: string;
}

export interface Selection {
  sheet: string;
  rows: number[];
  field?: string;
  /** A1-style addresses of the selected cells or rows. */
  address: string;
}

/** A defined name (Name Manager), carried through for the user's formulas that use it. */
export interface DefinedName {
  name: string;
  /** What it stands for, as the file stores it (no '='): 参数!$B$2, OFFSET(参数!$A$1,0,0,5). */
  formula: string;
  /** The sheet a local (sheet-scoped) name belongs to; absent for a workbook name. */
  sheet?: string;
}

export interface WorkbookModel {
  sheets: GridSheet[];
  tables: GridTable[];
  conditionalFormats: ConditionalFormat[];
  validations: DataValidation[];
  hyperlinks: Hyperlink[];
  settings: Record<string, unknown>;
  lastSelection?: Selection;
  /** The user's defined names, in file order. */
  names?: DefinedName[];
  /** The add-in's own sheets (key -> sheet name): any other sheet is the user's, whatever its name. */
  addinSheets?: OwnSheets;
  /** Fields of the settings payload that another adapter keeps there (carried through as read). */
  payloadExtras?: Record<string, unknown>;
  /** What the file held that a copy written from this model does not carry (read from its zip parts). */
  notCarried?: NotCarried[];
  /**
   * Rows hidden by the pane's "my view" filter (applyRowFilter), by sheet name: worksheet rows. Like an
   * Excel filter, it hides and never removes; the file writer does not carry it.
   */
  rowFilters?: Record<string, number[]>;
}

/** Where a picture's corner sits: 0-based column and row, and the offset within the cell (EMU). */
export interface ImageAnchor {
  nativeCol: number;
  nativeColOff: number;
  nativeRow: number;
  nativeRowOff: number;
}

/** A picture on a sheet, as ExcelJS reads it: its bytes, and its corners (or top-left and size). */
export interface SheetImage {
  buffer: Uint8Array;
  extension: string;
  range: { tl: ImageAnchor; br?: ImageAnchor; ext?: { width: number; height: number }; editAs?: string };
}

/** Parts of an .xlsx the copy writer cannot carry through. */
export type NotCarried = 'charts' | 'images' | 'pivotTables' | 'slicers';

/**
 * The length of the longest of many rows, at least `atLeast`. A loop: Math.max(...rows.map(...))
 * passes one argument per row, and 130k rows overflow the call stack.
 */
export function longestRow(rows: readonly { length: number }[], atLeast = 0): number {
  let n = atLeast;
  for (const r of rows) if (r.length > n) n = r.length;
  return n;
}

export function emptyModel(): WorkbookModel {
  return { sheets: [], tables: [], conditionalFormats: [], validations: [], hyperlinks: [], settings: {} };
}

export function newSheet(name: string): GridSheet {
  return { name, cells: [], widths: [], numFmts: [], frozenRows: 0, formulas: new Map() };
}

// ---------------------------------------------------------------- addresses

export { columnLetter, columnIndex };

/** Quotes a sheet name for a formula or link when Excel needs it. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rangeAddress(r: CellRange, absolute = false): string {
  const d = absolute ? '$' : '';
  const a = `${d}${columnLetter(r.firstColumn)}${d}${r.firstRow}`;
  const b = `${d}${columnLetter(r.lastColumn)}${d}${r.lastRow}`;
  return a === b ? a : `${a}:${b}`;
}

/** Parses 'A1' or 'A1:C9' (no sheet). */
export function parseRange(sheet: string, ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    sheet,
    firstRow: Math.min(r1, r2),
    lastRow: Math.max(r1, r2),
    firstColumn: Math.min(c1, c2),
    lastColumn: Math.max(c1, c2),
  };
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** An internal hyperlink target to a cell. */
export function internalLink(sheet: string, row: number, col: number): string {
  return `#${quoteSheet(sheet)}!${columnLetter(col)}${row}`;
}

// ---------------------------------------------------------------- cells

export function getCell(sheet: GridSheet, row: number, col: number): CellValue {
  const r = sheet.cells[row - 1];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function setCell(sheet: GridSheet, row: number, col: number, value: CellValue): void {
  while (sheet.cells.length < row) sheet.cells.push([]);
  const r = sheet.cells[row - 1] ?? (sheet.cells[row - 1] = []);
  while (r.length < col) r.push(null);
  r[col] = value === undefined ? null : value;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Last worksheet row holding a non-blank cell (0 when the sheet is empty). */
export function lastUsedRow(sheet: GridSheet): number {
  for (let r = sheet.cells.length; r >= 1; r--) {
    const row = sheet.cells[r - 1];
    if (row && row.some((v) => !isBlank(v))) return r;
  }
  return 0;
}

export function rowValues(sheet: GridSheet, row: number, firstCol: number, lastCol: number): CellValue[] {
  const out: CellValue[] = [];
  for (let c = firstCol; c <= lastCol; c++) out.push(getCell(sheet, row, c));
  return out;
}

/** Last column with a non-blank cell in a row (-1 when none). */
export function lastUsedColumn(sheet: GridSheet, row: number): number {
  const r = sheet.cells[row - 1];
  if (!r) return -1;
  for (let c = r.length - 1; c >= 0; c--) if (!isBlank(r[c])) return c;
  return -1;
}
