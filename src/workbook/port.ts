/**
 * The workbook port: everything the pane and the CLI may ask of a workbook.
 * Adapters: Office.js (src/workbook/office), files via ExcelJS (src/workbook/file)
 * and in-memory (src/workbook/memory, used by the browser playground and tests).
 *
 * Rule of the house: an adapter writes only the add-in's own columns (fields with
 * owner 'addin'), its own sheets and its own formats. User cells change only via
 * `updateCells`, which callers use solely for a person's explicit action and
 * always together with `appendAudit`.
 */
import type { Lang, SheetKey, AddinSheetKey } from '../domain/schema';
import type { WorkbookData, CellValue } from '../domain/table';
import type { TableChangeEvent } from '../domain/changes';

export interface Progress {
  /** 'read' while reading tables, 'match' while the engine runs, 'write' while writing back. */
  phase: 'read' | 'match' | 'write';
  done: number;
  total: number;
}

export interface ReadOptions {
  sheets?: SheetKey[];
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/**
 * A cell the add-in writes as a live Excel formula (e.g. Reviews.TotalScore over the
 * Policy and Weights tables), so it stays right without the add-in and finance can
 * audit it. `value` is the engine's result, for adapters that cannot calculate.
 */
export interface FormulaCell {
  formula: string; // starts with '='
  value?: string | number | null;
}

export type StatusValue = string | number | null | FormulaCell;

export function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === 'object' && v !== null && typeof (v as FormulaCell).formula === 'string';
}

/** Values for one of the add-in's own columns of a table, one per data row. */
export interface StatusColumn {
  field: string; // a field with owner 'addin', e.g. 'Check', 'ConflictGroup', 'TotalScore'
  values: StatusValue[];
}

/** One cell of an add-in status column (Check, ConflictGroup) of a table, by worksheet row. */
export interface StatusCell {
  sheet: SheetKey;
  row: number;
  field: string;
  value: string | null;
}

/**
 * One conditional-format rule keyed on a status column: rows whose status cell
 * matches get the fill. Re-applying replaces the add-in's rules; it never stacks.
 */
export interface StatusFormatRule {
  id: string; // stable rule id, e.g. 'conflict', 'error', 'warning'
  field: string; // the status column the rule looks at
  /** The row is formatted when the status cell contains this text. */
  contains: string;
  fill: string; // '#RRGGBB'
  fontColor?: string;
}

/** A whole add-in sheet (Issues, Conflicts, Audit...). Links point at cells. */
export interface ReportSheet {
  sheet: AddinSheetKey;
  headers: string[];
  rows: CellValue[][];
  /** Optional hyperlink per row: the cell this row is about. */
  links?: ({ sheet: SheetKey; row: number; field?: string } | null)[];
  /**
   * The add-in's working data, not a report (the daily check's snapshot): the sheet is very hidden
   * and gets no table, links, widths or frozen header. Read back with readAddinSheet.
   */
  hidden?: boolean;
  /** Columns (0-based) of long texts (messages, reasons): they wrap, and their rows grow to show them. */
  wrap?: number[];
}

/** A data row of one of the add-in's own sheets, with its worksheet row (header = 1). */
export interface AddinRow {
  row: number;
  cells: CellValue[];
}

export interface AuditEntry {
  at: Date;
  who: string;
  /**
   * 'edit': a person's edit in a table (the change log); 'dealerInfo': a dealer's basic information changed;
   * 'approve': the GM's tier approval; 'finance': finance's entry in a review row.
   */
  action:
    | 'resolve'
    | 'merge'
    | 'notSame'
    | 'createRows'
    | 'setup'
    | 'restore'
    | 'edit'
    | 'dealerInfo'
    | 'approve'
    | 'finance';
  sheet: SheetKey;
  row: number;
  field: string;
  before: CellValue;
  after: CellValue;
  note?: string;
  /** The id every entry of one action shares (a merge, a resolve, an accept-all batch, a restore). */
  batch?: string;
  /**
   * The customer (CustomerId) the entry is about: the archived one for what a merge did because of
   * it (its row archived, a field filled from it, a reference re-pointed from it), so a restore finds them.
   */
  customer?: string;
}

/**
 * A user cell whole: its value, and the formula or hyperlink it holds (a merge archives rows
 * whole, a restore puts them back so).
 */
export interface WholeCell {
  value: CellValue;
  /** With its '=' (e.g. '=HYPERLINK("http://x","合同")'). */
  formula?: string;
  /** The cell's hyperlink: a URL, or '#Sheet!A1' inside the workbook. */
  link?: string;
}

/** Rows of a table whole: every column of the table (the add-in's too), left to right. */
export interface WholeRows {
  headers: string[];
  rows: WholeCell[][];
}

export interface CellEdit {
  sheet: SheetKey;
  row: number; // worksheet row
  field: string;
  value: CellValue;
}

export interface SetupReport {
  /** sheet key -> what was found */
  sheets: Partial<
    Record<
      SheetKey,
      {
        found: boolean;
        created: boolean;
        mapped: Record<string, string>;
        missing: string[];
        added: string[];
        extra: string[];
      }
    >
  >;
}

export interface Settings {
  lang?: Lang;
  staleDays: number;
  /** Matching thresholds the supervisor can tune (see domain/conflicts config). */
  matchThreshold?: number;
  /** Other tunables, stored as JSON in the workbook. */
  [key: string]: unknown;
}

/**
 * How the workbook opens and prints after a check (issue 16): view and print settings, the add-in's
 * own sheets' visibility and one note of its own. No cell a person typed changes.
 */
export interface SheetArrangement {
  /** The table whose sheet is shown (active) when the workbook opens. */
  active: SheetKey;
  /**
   * Columns kept in view beside the frozen header: every column of the table up to the rightmost of
   * these fields. Only the header is frozen when that would freeze more than maxColumns worksheet columns.
   */
  freeze?: { sheet: SheetKey; fields: string[]; maxColumns: number };
  /**
   * A note on the table's first header cell saying in which columns these (status) fields are, so a
   * person finds them at the table's right edge. A person's own note on that cell is kept, not replaced.
   */
  statusNote?: { sheet: SheetKey; fields: string[] };
  /** The add-in's sheets to hide (the Lists sheet: its dropdowns still work) and to keep after the others. */
  hide: AddinSheetKey[];
  /** Sheets printed on A4 landscape, one page wide, the header row on every page. */
  print: { tables: SheetKey[]; sheets: AddinSheetKey[] };
}

export interface WorkbookPort {
  /** Reads every schema table present (by table name, then sheet name, then headers). */
  read(options?: ReadOptions): Promise<WorkbookData>;
  /** Writes the add-in's own columns at the right edge of a table, creating them if needed. */
  writeStatusColumns(sheet: SheetKey, columns: StatusColumn[], lang: Lang): Promise<void>;
  /**
   * Writes a few cells of the add-in's status columns (after an action): the cost follows the
   * number of cells, never the table's size. A column not there yet is added as writeStatusColumns does.
   */
  writeStatusCells(cells: StatusCell[], lang: Lang): Promise<void>;
  /** Replaces the add-in's conditional formats on a table's data range. */
  applyStatusFormats(sheet: SheetKey, rules: StatusFormatRule[]): Promise<void>;
  /** Writes (replaces) one of the add-in's own sheets. */
  writeReportSheet(report: ReportSheet, lang: Lang): Promise<void>;
  /** Appends rows to one of the add-in's own sheets (Audit, Archive, Decisions). */
  appendRows(sheet: AddinSheetKey, headers: string[], rows: CellValue[][], lang: Lang): Promise<void>;
  /** Reads one of the add-in's own sheets (e.g. Decisions); [] when absent. */
  readAddinSheet(sheet: AddinSheetKey, lang: Lang): Promise<CellValue[][]>;
  /**
   * The data rows of one of the add-in's own sheets with their worksheet rows (header = 1; blank
   * rows skipped), so a finding can say which row. `last`: only the sheet's last `last` worksheet
   * rows, a bounded read (the Audit's hash chain reads the last hash so).
   */
  readAddinRows(sheet: AddinSheetKey, options?: { last?: number }): Promise<AddinRow[]>;
  /**
   * The cells of some worksheet rows of a table (field key -> value, as read() gives them), so an
   * action can check that the rows still hold what the last check read before it writes. A bounded
   * read: the cost follows the number of rows asked for. A row outside the table reads as {}.
   */
  readRows(sheet: SheetKey, rows: number[]): Promise<Record<string, CellValue>[]>;
  /**
   * Some worksheet rows of a table whole (values, formulas, hyperlinks of every column), for an
   * action that archives them. A bounded read, like readRows.
   */
  readWholeRows(sheet: SheetKey, rows: number[]): Promise<WholeRows>;
  /**
   * Inserts rows into a table so that the first becomes worksheet row `at` (the rows from there
   * move down; `at` past the end appends), each row given whole by the table's columns (as
   * readWholeRows returned them). Only for the explicit "restore from Archive" action, audited
   * by the caller. Returns the worksheet rows written.
   */
  insertTableRows(sheet: SheetKey, at: number, rows: WholeCell[][]): Promise<number[]>;
  /** Changes user cells. Only for a person's explicit action, always audited by the caller. */
  updateCells(edits: CellEdit[]): Promise<void>;
  /**
   * Appends user-data rows to a schema table (e.g. missing review rows); never touches
   * existing rows. Returns the worksheet row numbers written.
   */
  appendTableRows(sheet: SheetKey, rows: Record<string, CellValue>[]): Promise<number[]>;
  /**
   * Removes data rows from a schema table (only for the explicit "merge duplicates"
   * action, after the caller has copied them to the Archive sheet and audited it).
   */
  removeTableRows(sheet: SheetKey, rows: number[]): Promise<void>;
  /** Selects and scrolls to these worksheet rows of a table (optionally one field). */
  select(sheet: SheetKey, rows: number[], field?: string): Promise<void>;
  /** Arranges how the workbook opens and prints (after a check writes its verdict). */
  arrangeSheets(plan: SheetArrangement, lang: Lang): Promise<void>;
  /** Creates missing sheets/tables/columns of the schema; never touches existing user columns. */
  setup(lang: Lang): Promise<SetupReport>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Partial<Settings>): Promise<void>;
  /**
   * Calls `handler` for every change to these tables while subscribed (Excel: table.onChanged,
   * ExcelApi 1.7). A change the add-in's own write caused comes with source 'addin' (or not at
   * all), never as 'user'. Resolves to the unsubscribe.
   */
  onTablesChanged(sheets: SheetKey[], handler: (e: TableChangeEvent) => void): Promise<() => void>;
  /**
   * "My view": shows only the rows of a table whose `field` cell is one of `values` (an Excel filter on that
   * column of the table, ExcelApi 1.2), or every row again (null). A convenience for reading, never
   * protection: anyone who opens the shared file can clear it (the per-person export is the protection).
   * Optional: an adapter without it leaves the tables as they are.
   */
  applyRowFilter?(sheet: SheetKey, field: string, values: string[] | null): Promise<void>;
}
