/**
 * The in-memory shape of a workbook, shared by every adapter (Office.js, file,
 * in-memory) and the engine. Tables are columnar: one array per field, so a
 * million-row sheet is a handful of arrays rather than a million objects.
 */
import type { SheetKey } from './schema';

/** A cell as an adapter hands it over. Dates arrive as Date, Excel serials or text. */
export type CellValue = string | number | boolean | Date | null;

export interface HeaderMapping {
  /** field key -> 0-based column index in the source header row */
  columns: Record<string, number>;
  /** Header labels that matched no field (kept, never touched). */
  extra: string[];
  /** Required fields that are absent. */
  missing: string[];
  /** field key -> the header text that matched it */
  matchedLabels: Record<string, string>;
}

export interface Table {
  sheet: SheetKey;
  /** Name of the worksheet (or CSV file) the data came from. */
  sourceName: string;
  /** Excel table name when the data came from a table. */
  tableName?: string;
  /** Worksheet row number (1-based) of the header row. */
  headerRow: number;
  /** 0-based worksheet column index of the table's first column. */
  firstColumn: number;
  /** The header row as found. */
  headers: string[];
  mapping: HeaderMapping;
  /** Number of data rows. */
  length: number;
  /** Worksheet row number of each data row (header is headerRow, usually 1). */
  rowNumbers: number[];
  /** field key -> cell values, one per data row (only mapped fields). */
  columns: Record<string, CellValue[]>;
  /**
   * Fields whose cells held numbers where the schema wants text (an 18-digit ID
   * typed as a number keeps only 15 significant digits): field key -> data-row indexes.
   */
  numericCodes?: Record<string, number[]>;
  /**
   * Cells holding a formula whose calculated result the file does not store (files written by
   * programs, not saved by Excel): field key -> data-row indexes. Their value reads as blank.
   */
  uncalculated?: Record<string, number[]>;
  /**
   * Cells holding an Excel error value (#N/A, #REF!, #DIV/0! ...): field key -> data-row indexes, with the
   * error text at the same position in errorTexts. Their value reads as blank (see validation/common/error-value).
   */
  errorValues?: Record<string, number[]>;
  errorTexts?: Record<string, string[]>;
  /** What the reader found wrong in the file itself (a quote never closed, unreadable bytes, past Excel's size). */
  readProblems?: ReadProblem[];
}

/** A problem in the file the reader met and worked around, located for the user (validation/common/file-*). */
export interface ReadProblem {
  /**
   * quote: a quote (") opened a field and never closed it: the field was read to the end of its line;
   * bytes: the cell holds bytes that are not valid in the file's encoding (read as U+FFFD, '\uFFFD');
   * columns / rows: the file is larger than a sheet holds: what is past the limit was not read.
   */
  kind: 'quote' | 'bytes' | 'columns' | 'rows';
  /** Worksheet row (1-based): for a CSV, the record's row once opened in Excel (the header is row 1). */
  row: number;
  /** 0-based worksheet column of the cell, when the problem is in one cell. */
  column?: number;
  /** 1-based line of a text file where it is. */
  line?: number;
  /** columns: the widest row's column count; rows: how many non-blank rows were left out. */
  count?: number;
  /** columns: how many columns each row kept. */
  kept?: number;
  /** bytes: the encoding the file was read as ('UTF-8', 'GB18030', 'UTF-16LE'). */
  encoding?: string;
}

export type WorkbookData = Partial<Record<SheetKey, Table>>;

/** Value of a field in data row i, or null when the column is absent. */
export function cell(t: Table, fieldKey: string, i: number): CellValue {
  const col = t.columns[fieldKey];
  return col ? (col[i] ?? null) : null;
}

/** A cell as trimmed text ('' when empty). */
export function text(t: Table, fieldKey: string, i: number): string {
  const v = cell(t, fieldKey, i);
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Data rows whose cell of this field held a number (the adapter's numericCodes, else the cells' own types). */
export function numericCellRows(t: Table, fieldKey: string): number[] {
  const listed = t.numericCodes?.[fieldKey];
  if (listed) return listed;
  const col = t.columns[fieldKey];
  const out: number[] = [];
  if (!col) return out;
  for (let i = 0; i < col.length; i++) if (typeof col[i] === 'number') out.push(i);
  return out;
}

/**
 * Data rows whose cell of this field is a formula without a stored result (the adapter's
 * uncalculated) or an Excel error value (errorValues), or null when there are none. Such a cell is
 * not empty: the rules that report empty cells skip it (uncalculated-formula and error-value say
 * what it is).
 */
export function uncalculatedRows(t: Table, fieldKey: string): ReadonlySet<number> | null {
  const rows = t.uncalculated?.[fieldKey];
  const errors = t.errorValues?.[fieldKey];
  if (!errors?.length) return rows?.length ? new Set(rows) : null;
  // an error value (#N/A) reads as blank too, and is not empty either: error-value says what it is
  return new Set(rows?.length ? [...rows, ...errors] : errors);
}

/** Digits before the decimal point of a number (3.6e17 -> 18). */
export function integerDigits(v: number): number {
  const a = Math.abs(Math.trunc(v));
  return a === 0 ? 1 : Math.floor(Math.log10(a)) + 1;
}

/**
 * Digits of a code cell that was held as a number: Excel keeps 15 significant digits, so more
 * than that means the digits past the 15th are lost (an 18-digit ID ends in zeros).
 */
export function numericCodeDigits(v: CellValue): number {
  return typeof v === 'number' ? integerDigits(v) : String(v ?? '').replace(/\D/g, '').length;
}

/** Rows whose cell of this field Excel has damaged: held as a number of more than 15 digits. */
export function damagedCodeRows(t: Table, fieldKey: string): number[] {
  const col = t.columns[fieldKey];
  if (!col) return [];
  return numericCellRows(t, fieldKey).filter((i) => numericCodeDigits(col[i]) > 15);
}

/**
 * The table of some of its data rows (indexes ascending), every column and the numeric and
 * uncalculated cells picked with them; `rowNumbers` gives their worksheet rows (default: as they were).
 */
export function pickRows(t: Table, indices: readonly number[], rowNumbers?: number[]): Table {
  const columns: Record<string, CellValue[]> = {};
  for (const [key, column] of Object.entries(t.columns)) {
    const picked = pickValues(column, indices);
    // a column shorter than the table reads as blank cells
    for (let k = 0; k < picked.length; k++) if (picked[k] === undefined) picked[k] = null;
    columns[key] = picked;
  }
  let newIndex: Int32Array | undefined;
  const remap = (lists: Record<string, number[]> | undefined) => {
    if (!lists) return undefined;
    if (!newIndex) {
      newIndex = new Int32Array(Math.max(t.length, ...indices.slice(-1).map((i) => i + 1))).fill(-1);
      for (let k = 0; k < indices.length; k++) newIndex[indices[k]] = k;
    }
    const index = newIndex;
    const out: Record<string, number[]> = {};
    for (const [key, list] of Object.entries(lists)) {
      const picked = list.filter((i) => i < index.length && index[i] >= 0).map((i) => index[i]);
      if (picked.length) out[key] = picked;
    }
    return Object.keys(out).length ? out : undefined;
  };
  return {
    ...t,
    length: indices.length,
    rowNumbers: rowNumbers ?? pickValues(t.rowNumbers, indices),
    columns,
    numericCodes: remap(t.numericCodes),
    uncalculated: remap(t.uncalculated),
  };
}

/**
 * values[i] for each index (ascending), as a new array of the same kind (a typed array stays
 * one). Runs of consecutive indexes are copied whole: removing a few rows from a long column
 * is a few block copies, not a call per cell.
 */
export function pickValues<A extends ArrayLike<unknown>>(values: A, indexes: readonly number[]): A {
  const runs: number[] = []; // [start, end) pairs
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    if (runs.length && runs[runs.length - 1] === i) runs[runs.length - 1] = i + 1;
    else runs.push(i, i + 1);
  }
  if (ArrayBuffer.isView(values)) {
    const typed = values as unknown as {
      constructor: new (n: number) => Int32Array;
      subarray(a: number, b: number): Int32Array;
    };
    const out = new typed.constructor(indexes.length);
    for (let r = 0, at = 0; r < runs.length; r += 2) {
      out.set(typed.subarray(runs[r], runs[r + 1]), at);
      at += runs[r + 1] - runs[r];
    }
    return out as unknown as A;
  }
  const list = values as unknown as unknown[];
  if (runs.length > 16) {
    const out = new Array<unknown>(indexes.length);
    for (let k = 0; k < indexes.length; k++) out[k] = list[indexes[k]];
    return out as unknown as A;
  }
  // a few runs (a few rows left out): one block copy, the gaps cut out from the last one back
  const from = runs.length ? runs[0] : 0;
  const out = list.slice(from, runs.length ? runs[runs.length - 1] : 0);
  for (let r = runs.length - 2; r > 0; r -= 2) out.splice(runs[r - 1] - from, runs[r] - runs[r - 1]);
  // a column shorter than the table reads undefined past its end, as indexing it would
  out.length = indexes.length;
  return out as unknown as A;
}
