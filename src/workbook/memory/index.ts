/**
 * MemoryWorkbook: the workbook port over a plain grid model (model.ts). Used by the
 * CLI (after loading a file), the browser playground and tests. No fs, no Node APIs.
 *
 * House rule: user cells change only through updateCells / appendTableRows. Everything
 * else writes the add-in's own columns (owner 'addin'), sheets, formats and validations.
 */
import {
  SHEETS,
  SHEET_BY_KEY,
  label,
  setupFields,
  userFields,
  type AddinSheetKey,
  type FieldDef,
  type Lang,
  type SheetDef,
  type SheetKey,
} from '../../domain/schema';
import type { CellValue, Table, WorkbookData } from '../../domain/table';
import { editColumn } from '../edits';
import { recogniseHeaders } from '../../domain/headers';
import { t } from '../../i18n';
import type { CellChange, TableChangeEvent } from '../../domain/changes';
import type {
  AddinRow,
  CellEdit,
  ReadOptions,
  ReportSheet,
  SetupReport,
  Settings,
  StatusCell,
  StatusColumn,
  StatusFormatRule,
  WholeCell,
  WholeRows,
  WorkbookPort,
} from '../port';
import { isFormulaCell } from '../port';
import {
  cellKey,
  columnLetter,
  emptyModel,
  getCell,
  internalLink,
  isBlank,
  lastUsedColumn,
  lastUsedRow,
  longestRow,
  newSheet,
  parseRange,
  quoteSheet,
  rangeAddress,
  setCell,
  type CellRange,
  type GridSheet,
  type GridTable,
  type RowFormat,
  type WorkbookModel,
} from './model';
import { buildTable, convertCell, headerValues, locateAll, type Located } from './read';
import { ownSheetName } from './own-sheets';
import { shiftColumnRefs, type ColumnInsert } from './shift-refs';

/** The part of an ExcelJS conditional formatting that names cells. */
interface RawConditionalFormat {
  ref?: unknown;
  rules?: { formulae?: unknown[] }[];
}

/**
 * Re-keys every cell-keyed map of a sheet (formulas, styles, notes, rich text) when cells move:
 * `to` gives a cell's new key, or null when the cell is gone.
 */
function moveCellMaps(grid: GridSheet, to: (row: number, col: number) => string | null): void {
  const move = <T>(map: Map<string, T>): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [k, v] of map) {
      const [r, c] = k.split(',').map(Number);
      const key = to(r, c);
      if (key !== null) out.set(key, v);
    }
    return out;
  };
  grid.formulas = move(grid.formulas);
  const extras = grid.extras;
  if (extras?.styles) extras.styles = move(extras.styles);
  if (extras?.notes) extras.notes = move(extras.notes);
  if (extras?.richText) extras.richText = move(extras.richText);
}

export * from './model';
export { SETTINGS_SHEET, locateAll, buildTable } from './read';
export * from './own-sheets';

/** Prefix of the add-in's conditional-format ids. */
export const ADDIN_FORMAT_PREFIX = 'sd:';

/** Number format the add-in gives a column of this field type. */
export function fieldNumFmt(f: FieldDef): string | undefined {
  if (f.type === 'date') return 'yyyy-mm-dd';
  if (f.type === 'datetime') return 'yyyy-mm-dd hh:mm';
  if (f.type === 'code' || f.type === 'phone') return '@';
  return undefined;
}

/** A field's Chinese label for messages (the key itself when unknown). */
function fieldName(def: SheetDef, key: string): string {
  const f = def.fields.find((x) => x.key === key);
  return f ? f.zh : key;
}

/** Excel serial of a calendar date (1900 date system). */
function serial(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
}

/**
 * User number fields with both bounds whose existing columns setup() validates too: the Reviews scores a person
 * enters (主管评分, 财务信用评分, 财务付款评分; 0-100).
 */
export function boundedScoreFields(def: SheetDef): FieldDef[] {
  if (def.key !== 'Reviews') return [];
  return userFields(def).filter((f) => f.type === 'number' && f.min !== undefined && f.max !== undefined);
}

/** SEARCH treats * ? ~ as wildcards: escape them, and double quotes for the string literal. */
function searchLiteral(text: string): string {
  return text.replace(/[~*?]/g, (c) => '~' + c).replace(/"/g, '""');
}

export class MemoryWorkbook implements WorkbookPort {
  readonly model: WorkbookModel;
  /** Worksheet rows of each table as last returned by read(), to align status values. */
  private lastRowNumbers = new Map<SheetKey, number[]>();

  /** Subscribers of onTablesChanged: the sheets each listens to. */
  private readonly changeListeners = new Set<{ sheets: Set<SheetKey>; handler: (e: TableChangeEvent) => void }>();

  constructor(model?: WorkbookModel) {
    this.model = model ?? emptyModel();
  }

  // ------------------------------------------------------------ change events

  async onTablesChanged(sheets: SheetKey[], handler: (e: TableChangeEvent) => void): Promise<() => void> {
    const listener = { sheets: new Set(sheets), handler };
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  }

  /** Tells the subscribers of a sheet about changed cells (one event per sheet, as Excel raises one per table). */
  private emitChanges(changes: CellChange[], source: TableChangeEvent['source']): void {
    if (!changes.length || !this.changeListeners.size) return;
    const bySheet = new Map<SheetKey, CellChange[]>();
    for (const c of changes) (bySheet.get(c.sheet) ?? bySheet.set(c.sheet, []).get(c.sheet)!).push(c);
    for (const [sheet, list] of bySheet)
      for (const l of [...this.changeListeners]) if (l.sheets.has(sheet)) l.handler({ sheet, changes: list, source });
  }

  /**
   * A person typing or pasting into a table (the playground's grid, tests): the cells change and
   * subscribers hear of it with source 'user'. A row just below the table joins it, as Excel's
   * table auto-expansion does; a field the table has no column for is an error, and nothing changes.
   */
  userEdit(edits: CellEdit[]): void {
    const planned: { grid: GridSheet; row: number; col: number; change: CellChange }[] = [];
    for (const e of edits) {
      const loc = this.mustLocate(e.sheet);
      const table = this.ensureTable(loc);
      const columns = recogniseHeaders(loc.def, headerValues(loc)).columns;
      const last = table.headerRow + table.rowCount;
      const col = editColumn({ ...loc, lastRow: Math.max(last, e.row), columns }, e);
      planned.push({
        grid: loc.grid,
        row: e.row,
        col,
        change: { sheet: e.sheet, row: e.row, field: e.field, before: getCell(loc.grid, e.row, col), after: e.value },
      });
    }
    for (const e of edits) {
      const loc = this.mustLocate(e.sheet);
      const table = this.ensureTable(loc);
      const last = table.headerRow + table.rowCount;
      if (e.row > last) {
        table.rowCount = e.row - table.headerRow;
        this.extendRanges(loc.grid.name, table, last, e.row);
        this.lastRowNumbers.delete(e.sheet);
      }
    }
    for (const p of planned) {
      setCell(p.grid, p.row, p.col, p.change.after);
      p.grid.formulas.delete(cellKey(p.row, p.col));
    }
    this.emitChanges(
      planned.map((p) => p.change),
      'user',
    );
  }

  // ------------------------------------------------------------ lookup helpers

  sheet(name: string): GridSheet | undefined {
    return this.model.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): GridSheet {
    const existing = this.sheet(name);
    if (existing) return existing;
    const s = newSheet(name);
    this.model.sheets.push(s);
    return s;
  }

  /** Where a schema sheet is, or undefined. */
  locate(key: SheetKey): Located | undefined {
    return locateAll(this.model, [key])[key];
  }

  private mustLocate(key: SheetKey, lang: Lang = 'zh'): Located {
    const loc = this.locate(key);
    if (!loc) throw new Error(t(lang, 'workbook.error.noTable', { sheet: label(SHEET_BY_KEY[key], lang) }));
    return loc;
  }

  /** Makes sure a located sheet has an Excel table over it (plain ranges become tables). */
  private ensureTable(loc: Located): GridTable {
    if (loc.table) return loc.table;
    let lastRow = loc.lastRow;
    while (lastRow > loc.headerRow && this.blankRow(loc.grid, lastRow, loc.firstColumn, loc.lastColumn)) lastRow--;
    const name = this.model.tables.some((x) => x.name === loc.def.table)
      ? `${loc.def.table}_${this.model.tables.length}`
      : loc.def.table;
    const table: GridTable = {
      name,
      sheet: loc.grid.name,
      headerRow: loc.headerRow,
      firstColumn: loc.firstColumn,
      lastColumn: loc.lastColumn,
      rowCount: lastRow - loc.headerRow,
      fromRange: true,
    };
    this.model.tables.push(table);
    loc.table = table;
    return table;
  }

  private blankRow(grid: GridSheet, row: number, first: number, last: number): boolean {
    for (let c = first; c <= last; c++) if (!isBlank(getCell(grid, row, c))) return false;
    return true;
  }

  /** The grid sheet of one of the add-in's own sheets (registered in model.addinSheets), if there is one. */
  private addinSheet(key: AddinSheetKey): GridSheet | undefined {
    const name = this.model.addinSheets?.[key];
    return name === undefined ? undefined : this.sheet(name);
  }

  /**
   * The add-in's sheet `key`, emptied when `fresh`, named for `lang` where that name is free (a user's sheet
   * of the plain name keeps it: ownSheetName), created when missing, and registered as the add-in's.
   */
  private ownSheet(key: AddinSheetKey, lang: Lang, fresh: boolean): GridSheet {
    const old = this.addinSheet(key);
    if (old && !fresh) return old;
    if (old) this.clearSheet(old);
    const name = ownSheetName(
      key,
      lang,
      this.model.sheets.filter((s) => s !== old).map((s) => s.name),
    );
    const grid = old ?? this.addSheet(name);
    grid.name = name;
    (this.model.addinSheets ??= {})[key] = name;
    return grid;
  }

  // ------------------------------------------------------------ read

  async read(options?: ReadOptions): Promise<WorkbookData> {
    return this.readSync(options);
  }

  readSync(options?: ReadOptions): WorkbookData {
    const located = locateAll(this.model, options?.sheets);
    const out: WorkbookData = {};
    const keys = Object.keys(located) as SheetKey[];
    keys.forEach((key, i) => {
      if (options?.signal?.aborted) throw new Error('aborted');
      const table: Table = buildTable(located[key]!);
      out[key] = table;
      this.lastRowNumbers.set(key, table.rowNumbers);
      options?.onProgress?.({ phase: 'read', done: i + 1, total: keys.length });
    });
    return out;
  }

  // ------------------------------------------------------------ status columns

  async writeStatusColumns(sheet: SheetKey, columns: StatusColumn[], lang: Lang): Promise<void> {
    const loc = this.mustLocate(sheet, lang);
    const table = this.ensureTable(loc);
    const def = loc.def;
    for (const col of columns) {
      const f = def.fields.find((x) => x.key === col.field);
      if (!f || f.owner !== 'addin') throw new Error(t(lang, 'workbook.error.notAddinField', { field: col.field }));
      const c = this.addinColumn(loc, table, f, lang);
      const rows = this.lastRowNumbers.get(sheet);
      const aligned = rows && rows.length === col.values.length;
      // Clear the whole column first so a shorter run leaves no stale statuses (or formulas).
      for (let r = table.headerRow + 1; r <= table.headerRow + table.rowCount; r++) {
        setCell(loc.grid, r, c, null);
        loc.grid.formulas.delete(cellKey(r, c));
      }
      col.values.forEach((v, i) => {
        const r = aligned ? rows![i] : table.headerRow + 1 + i;
        if (r > table.headerRow + table.rowCount) return;
        if (isFormulaCell(v)) {
          // The grid keeps formulas without '=' (as ExcelJS does); the cell holds the engine's result.
          loc.grid.formulas.set(cellKey(r, c), v.formula.replace(/^=/, ''));
          setCell(loc.grid, r, c, v.value === '' || v.value === undefined ? null : v.value);
        } else setCell(loc.grid, r, c, v === '' ? null : v);
      });
    }
  }

  async readRows(sheet: SheetKey, rows: number[]): Promise<Record<string, CellValue>[]> {
    const loc = this.mustLocate(sheet);
    const mapping = recogniseHeaders(loc.def, headerValues(loc));
    const fields = loc.def.fields.filter((f) => mapping.columns[f.key] !== undefined);
    return rows.map((r) => {
      if (r <= loc.headerRow || r > loc.lastRow) return {};
      const out: Record<string, CellValue> = {};
      for (const f of fields)
        out[f.key] = convertCell(f, getCell(loc.grid, r, loc.firstColumn + mapping.columns[f.key])).value;
      return out;
    });
  }

  async writeStatusCells(cells: StatusCell[], lang: Lang): Promise<void> {
    for (const sheet of new Set(cells.map((c) => c.sheet))) {
      const loc = this.mustLocate(sheet, lang);
      const table = this.ensureTable(loc);
      const columns = new Map<string, number>();
      for (const cell of cells) {
        if (cell.sheet !== sheet) continue;
        let c = columns.get(cell.field);
        if (c === undefined) {
          const f = loc.def.fields.find((x) => x.key === cell.field);
          if (!f || f.owner !== 'addin')
            throw new Error(t(lang, 'workbook.error.notAddinField', { field: cell.field }));
          columns.set(cell.field, (c = this.addinColumn(loc, table, f, lang)));
        }
        if (cell.row <= table.headerRow || cell.row > table.headerRow + table.rowCount) continue;
        loc.grid.formulas.delete(cellKey(cell.row, c));
        setCell(loc.grid, cell.row, c, cell.value === '' ? null : cell.value);
      }
    }
  }

  /** Column index of an add-in column in the table, appending it at the right edge when absent. */
  private addinColumn(loc: Located, table: GridTable, f: FieldDef, lang: Lang): number {
    const headers = headerValues({
      grid: loc.grid,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
    });
    const mapping = recogniseHeaders(loc.def, headers);
    const existing = mapping.columns[f.key];
    if (existing !== undefined) return table.firstColumn + existing;
    const c = table.lastColumn + 1;
    if (this.columnOccupied(loc.grid, c)) this.insertColumn(loc.grid, c);
    table.lastColumn = c;
    loc.lastColumn = c;
    setCell(loc.grid, table.headerRow, c, label(f, lang));
    loc.grid.widths[c] = f.width;
    // A user's autofilter over the data takes the status column in, so that sorting by it moves the statuses too.
    const filter = loc.grid.extras?.autoFilter ? parseRange(loc.grid.name, loc.grid.extras.autoFilter) : null;
    if (filter && filter.firstRow === table.headerRow && filter.lastColumn === c - 1)
      loc.grid.extras!.autoFilter = rangeAddress({ ...filter, lastColumn: c });
    return c;
  }

  /**
   * Does column c hold anything of the user's: a value, a formula (also one whose result the file did not
   * store, which reads as blank), a note, a link or a table? Then a new column goes in before it.
   */
  private columnOccupied(grid: GridSheet, c: number): boolean {
    if (grid.cells.some((row) => row && !isBlank(row[c]))) return true;
    const inColumn = (keys: Iterable<string>) => [...keys].some((k) => Number(k.slice(k.indexOf(',') + 1)) === c);
    if (inColumn(grid.formulas.keys()) || inColumn(grid.extras?.notes?.keys() ?? [])) return true;
    if (this.model.hyperlinks.some((h) => h.sheet === grid.name && h.col === c)) return true;
    return this.model.tables.some((x) => x.sheet === grid.name && x.firstColumn <= c && x.lastColumn >= c);
  }

  /**
   * Inserts an empty column at c as Excel's insert column does: cells, styles, notes, merges, hidden
   * flags, tables, formats, validations, links and the autofilter at or right of it move one right,
   * and every formula, defined name, format rule, list source and link that refers to a moved cell
   * follows it.
   */
  private insertColumn(grid: GridSheet, c: number): void {
    const insert: ColumnInsert = { sheet: grid.name, at: c, count: 1 };
    const moveRefs = (formula: string, on: string) => shiftColumnRefs(formula, on, insert);
    for (const row of grid.cells) if (row && row.length > c) row.splice(c, 0, null);
    if (grid.widths.length > c) grid.widths.splice(c, 0, undefined);
    if (grid.numFmts.length > c) grid.numFmts.splice(c, 0, undefined);
    moveCellMaps(grid, (r, col) => cellKey(r, col >= c ? col + 1 : col));
    const extras = grid.extras;
    if (extras?.merges) extras.merges = extras.merges.map((m) => moveRefs(m, grid.name));
    if (extras?.autoFilter) extras.autoFilter = moveRefs(extras.autoFilter, grid.name);
    // A picture right of the new column moves with it, as in Excel.
    for (const image of extras?.images ?? [])
      for (const corner of [image.range.tl, image.range.br]) if (corner && corner.nativeCol >= c) corner.nativeCol++;
    // A hidden column moves with its cells (the new column is visible).
    if (extras?.columns && extras.columns.length > c) extras.columns.splice(c, 0, undefined);
    for (const sheet of this.model.sheets) {
      for (const [k, f] of sheet.formulas) sheet.formulas.set(k, moveRefs(f, sheet.name));
      for (const cf of (sheet.extras?.rawConditionalFormats ?? []) as RawConditionalFormat[]) {
        if (sheet === grid && typeof cf.ref === 'string') cf.ref = moveRefs(cf.ref, sheet.name);
        for (const rule of cf.rules ?? [])
          if (Array.isArray(rule.formulae))
            rule.formulae = rule.formulae.map((f) => (typeof f === 'string' ? moveRefs(f, sheet.name) : f));
      }
    }
    for (const n of this.model.names ?? []) n.formula = moveRefs(n.formula, n.sheet ?? '');
    const shiftRange = (r: CellRange) => {
      if (r.sheet !== grid.name) return;
      if (r.firstColumn >= c) r.firstColumn++;
      if (r.lastColumn >= c) r.lastColumn++;
    };
    for (const x of this.model.tables) {
      if (x.sheet !== grid.name) continue;
      if (x.firstColumn >= c) x.firstColumn++;
      if (x.lastColumn >= c) x.lastColumn++;
    }
    for (const f of this.model.conditionalFormats) {
      shiftRange(f.range);
      if (f.rule.type === 'expression') f.rule.formula = moveRefs(f.rule.formula, f.range.sheet);
    }
    for (const v of this.model.validations) {
      shiftRange(v.range);
      if (v.rule.type === 'list') v.rule.source = moveRefs(v.rule.source, v.range.sheet);
    }
    for (const h of this.model.hyperlinks) {
      if (h.sheet === grid.name && h.col >= c) h.col++;
      if (h.target.startsWith('#')) h.target = '#' + moveRefs(h.target.slice(1), h.sheet);
    }
  }

  // ------------------------------------------------------------ formats

  async applyStatusFormats(sheet: SheetKey, rules: StatusFormatRule[]): Promise<void> {
    const loc = this.mustLocate(sheet);
    const table = this.ensureTable(loc);
    const prefix = `${ADDIN_FORMAT_PREFIX}${sheet}:`;
    this.model.conditionalFormats = this.model.conditionalFormats.filter(
      (f) => !(f.range.sheet === loc.grid.name && f.id.startsWith(prefix)),
    );
    const headers = headerValues({
      grid: loc.grid,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
    });
    const mapping = recogniseHeaders(loc.def, headers);
    const firstRow = table.headerRow + 1;
    const range: CellRange = {
      sheet: loc.grid.name,
      firstRow,
      lastRow: table.headerRow + Math.max(1, table.rowCount),
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
    };
    for (const rule of rules) {
      const idx = mapping.columns[rule.field];
      if (idx === undefined) {
        throw new Error(t('zh', 'workbook.error.noStatusColumn', { sheet: label(loc.def, 'zh'), field: rule.field }));
      }
      const col = columnLetter(table.firstColumn + idx);
      this.model.conditionalFormats.push({
        id: prefix + rule.id,
        range: { ...range },
        rule: { type: 'expression', formula: `ISNUMBER(SEARCH("${searchLiteral(rule.contains)}",$${col}${firstRow}))` },
        fill: rule.fill,
        fontColor: rule.fontColor,
      });
    }
  }

  // ------------------------------------------------------------ add-in sheets

  async writeReportSheet(report: ReportSheet, lang: Lang): Promise<void> {
    const grid = this.ownSheet(report.sheet, lang, true);
    const name = grid.name;
    report.headers.forEach((h, c) => setCell(grid, 1, c, h));
    report.rows.forEach((row, i) => row.forEach((v, c) => setCell(grid, i + 2, c, v)));
    // The add-in's working data (the snapshot): very hidden, no table, links or widths.
    if (report.hidden) {
      grid.hidden = 'veryHidden';
      return;
    }
    const width = longestRow(report.rows, report.headers.length);
    grid.frozenRows = 1;
    for (let c = 0; c < width; c++) {
      let w = String(report.headers[c] ?? '').length * 2 + 2;
      for (let i = 0; i < Math.min(report.rows.length, 200); i++)
        w = Math.max(w, String(report.rows[i][c] ?? '').length + 2);
      grid.widths[c] = Math.min(60, Math.max(8, w));
    }
    this.model.tables.push({
      name: `SD_${report.sheet}`,
      sheet: name,
      headerRow: 1,
      firstColumn: 0,
      lastColumn: Math.max(0, width - 1),
      rowCount: report.rows.length,
    });
    if (report.links) {
      const located = locateAll(this.model);
      // Each sheet's headers recognised once, not once per link (a report can have a million rows).
      const columns = new Map<string, Record<string, number>>();
      report.links.forEach((link, i) => {
        if (!link) return;
        const loc = located[link.sheet];
        if (!loc) return;
        let col = loc.firstColumn;
        if (link.field) {
          let recognised = columns.get(link.sheet);
          if (!recognised) columns.set(link.sheet, (recognised = recogniseHeaders(loc.def, headerValues(loc)).columns));
          const m = recognised[link.field];
          if (m !== undefined) col = loc.firstColumn + m;
        }
        this.model.hyperlinks.push({
          sheet: name,
          row: i + 2,
          col: 0,
          target: internalLink(loc.grid.name, link.row, col),
        });
      });
    }
  }

  /** Empties a sheet and drops the tables, formats, validations and links on it. */
  private clearSheet(grid: GridSheet): void {
    grid.cells = [];
    grid.formulas = new Map();
    grid.widths = [];
    grid.numFmts = [];
    const n = grid.name;
    this.model.tables = this.model.tables.filter((x) => x.sheet !== n);
    this.model.conditionalFormats = this.model.conditionalFormats.filter((x) => x.range.sheet !== n);
    this.model.validations = this.model.validations.filter((x) => x.range.sheet !== n);
    this.model.hyperlinks = this.model.hyperlinks.filter((x) => x.sheet !== n);
  }

  async appendRows(sheet: AddinSheetKey, headers: string[], rows: CellValue[][], lang: Lang): Promise<void> {
    let grid = this.addinSheet(sheet);
    if (!grid || lastUsedRow(grid) === 0) {
      grid = grid ?? this.ownSheet(sheet, lang, false);
      headers.forEach((h, c) => setCell(grid!, 1, c, h));
      grid.frozenRows = 1;
      headers.forEach((h, c) => (grid!.widths[c] = Math.max(10, h.length * 2 + 2)));
      this.model.tables.push({
        name: `SD_${sheet}`,
        sheet: grid.name,
        headerRow: 1,
        firstColumn: 0,
        lastColumn: Math.max(0, headers.length - 1),
        rowCount: 0,
      });
    }
    const table = this.model.tables.find((x) => x.sheet === grid!.name);
    // A sheet made by an older version may have fewer columns: name the new ones, leave the rest.
    headers.forEach((h, c) => {
      if (isBlank(getCell(grid!, 1, c))) setCell(grid!, 1, c, h);
    });
    if (table) table.lastColumn = Math.max(table.lastColumn, headers.length - 1);
    let r = table ? table.headerRow + table.rowCount + 1 : lastUsedRow(grid) + 1;
    if (table) while (r <= lastUsedRow(grid) && !this.blankRow(grid, r, table.firstColumn, table.lastColumn)) r++;
    for (const row of rows) {
      row.forEach((v, c) => setCell(grid!, r, c, v));
      r++;
    }
    if (table) table.rowCount = r - 1 - table.headerRow;
  }

  async readAddinSheet(sheet: AddinSheetKey, _lang: Lang): Promise<CellValue[][]> {
    return (await this.readAddinRows(sheet)).map((r) => r.cells);
  }

  async readAddinRows(sheet: AddinSheetKey, options: { last?: number } = {}): Promise<AddinRow[]> {
    const grid = this.addinSheet(sheet);
    if (!grid) return [];
    const last = lastUsedRow(grid);
    const width = lastUsedColumn(grid, 1) + 1;
    const out: AddinRow[] = [];
    const from = options.last !== undefined ? Math.max(2, last - options.last + 1) : 2;
    for (let r = from; r <= last; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < width; c++) row.push(getCell(grid, r, c));
      if (row.some((v) => !isBlank(v))) out.push({ row: r, cells: row });
    }
    return out;
  }

  // ------------------------------------------------------------ user data (explicit actions only)

  async updateCells(edits: CellEdit[]): Promise<void> {
    // Validate every edit before changing anything, so a bad edit changes nothing.
    const planned: { grid: GridSheet; sheet: SheetKey; field: string; row: number; col: number; value: CellValue }[] =
      [];
    const cache = new Map<SheetKey, { loc: Located; columns: Record<string, number> }>();
    for (const e of edits) {
      let entry = cache.get(e.sheet);
      if (!entry) {
        const loc = this.mustLocate(e.sheet);
        entry = { loc, columns: recogniseHeaders(loc.def, headerValues(loc)).columns };
        cache.set(e.sheet, entry);
      }
      const { loc, columns } = entry;
      const col = editColumn({ ...loc, columns }, e);
      planned.push({ grid: loc.grid, sheet: e.sheet, field: e.field, row: e.row, col, value: e.value });
    }
    const changes: CellChange[] = [];
    for (const p of planned) {
      changes.push({ sheet: p.sheet, row: p.row, field: p.field, before: getCell(p.grid, p.row, p.col), after: p.value });
      setCell(p.grid, p.row, p.col, p.value);
      p.grid.formulas.delete(cellKey(p.row, p.col));
    }
    this.emitChanges(changes, 'addin');
  }

  async appendTableRows(sheet: SheetKey, rows: Record<string, CellValue>[]): Promise<number[]> {
    const written = this.appendTableRowsSync(sheet, rows);
    this.emitChanges(
      written.flatMap((row, i) =>
        Object.entries(rows[i]).map(([field, after]) => ({ sheet, row, field, after: after ?? null })),
      ),
      'addin',
    );
    return written;
  }

  async readWholeRows(sheet: SheetKey, rows: number[]): Promise<WholeRows> {
    const loc = this.mustLocate(sheet);
    const grid = loc.grid;
    const links = new Map<string, string>();
    for (const h of this.model.hyperlinks) if (h.sheet === grid.name) links.set(cellKey(h.row, h.col), h.target);
    const headers: string[] = [];
    for (let c = loc.firstColumn; c <= loc.lastColumn; c++) headers.push(String(getCell(grid, loc.headerRow, c) ?? ''));
    const whole = rows.map((r) => {
      const cells: WholeCell[] = [];
      for (let c = loc.firstColumn; c <= loc.lastColumn; c++) {
        const cell: WholeCell = { value: getCell(grid, r, c) };
        const formula = grid.formulas.get(cellKey(r, c));
        if (formula !== undefined) cell.formula = '=' + formula;
        const link = links.get(cellKey(r, c));
        if (link !== undefined) cell.link = link;
        cells.push(cell);
      }
      return cells;
    });
    return { headers, rows: whole };
  }

  /**
   * Inserts whole rows into a table (explicit "restore from Archive" only): the cells of the
   * table's columns from `at` down (and what sits below the table in them) move down, with their
   * formulas, styles, notes, links and row formats, as Excel does when inserting table rows.
   */
  async insertTableRows(sheet: SheetKey, at: number, rows: WholeCell[][]): Promise<number[]> {
    const loc = this.mustLocate(sheet);
    const table = this.ensureTable(loc);
    const grid = loc.grid;
    const first = table.headerRow + 1;
    const oldLast = table.headerRow + table.rowCount;
    const start = Math.min(Math.max(at, first), oldLast + 1);
    const n = rows.length;
    const inColumns = (c: number) => c >= table.firstColumn && c <= table.lastColumn;
    const bottom = Math.max(oldLast, lastUsedRow(grid));
    for (let r = bottom; r >= start; r--)
      for (let c = table.firstColumn; c <= table.lastColumn; c++) {
        setCell(grid, r + n, c, getCell(grid, r, c));
        setCell(grid, r, c, null);
      }
    moveCellMaps(grid, (r, c) => cellKey(inColumns(c) && r >= start ? r + n : r, c));
    this.model.hyperlinks = this.model.hyperlinks.map((h) =>
      h.sheet === grid.name && inColumns(h.col) && h.row >= start ? { ...h, row: h.row + n } : h,
    );
    if (grid.extras?.rows) {
      const moved = new Map<number, RowFormat>();
      for (const [r, f] of grid.extras.rows) moved.set(r >= start ? r + n : r, f);
      grid.extras.rows = moved;
    }
    rows.forEach((cells, k) =>
      cells.forEach((cell, j) => {
        const r = start + k;
        const c = table.firstColumn + j;
        if (!inColumns(c)) return;
        setCell(grid, r, c, cell.value);
        if (cell.formula) grid.formulas.set(cellKey(r, c), cell.formula.replace(/^=/, ''));
        if (cell.link) this.model.hyperlinks.push({ sheet: grid.name, row: r, col: c, target: cell.link });
      }),
    );
    table.rowCount += n;
    for (const x of [
      ...this.model.conditionalFormats.map((f) => f.range),
      ...this.model.validations.map((v) => v.range),
    ]) {
      // ranges over the rows from `at` down, or over the table's data down to its end, grow
      if (x.sheet !== grid.name || x.firstRow > oldLast || (x.lastRow < start && x.lastRow !== oldLast)) continue;
      if (x.firstRow >= start) x.firstRow += n;
      x.lastRow += n;
    }
    this.lastRowNumbers.delete(sheet);
    return rows.map((_, k) => start + k);
  }

  /**
   * Removes data rows of a table (explicit "merge duplicates" action only). Cells of the
   * table's columns below them move up, as Excel does when deleting table rows.
   */
  async removeTableRows(sheet: SheetKey, rows: number[]): Promise<void> {
    const loc = this.mustLocate(sheet);
    const table = this.ensureTable(loc);
    const first = table.headerRow + 1;
    const last = table.headerRow + table.rowCount;
    const gone = new Set(rows);
    for (const r of gone) {
      if (r < first || r > last) {
        throw new Error(t('zh', 'workbook.error.rowOutside', { sheet: label(loc.def, 'zh'), row: r, first, last }));
      }
    }
    const grid = loc.grid;
    const kept: number[] = [];
    for (let r = first; r <= last; r++) if (!gone.has(r)) kept.push(r);
    const width = table.lastColumn - table.firstColumn + 1;
    const snapshot = kept.map((r) => {
      const vals: CellValue[] = [];
      for (let c = 0; c < width; c++) vals.push(getCell(grid, r, table.firstColumn + c));
      return vals;
    });
    const rowMap = new Map(kept.map((r, i) => [r, first + i]));
    // Formulas, styles, notes and rich text of the table's cells go with their rows (a note stays with its customer).
    moveCellMaps(grid, (r, c) => {
      const inTable = c >= table.firstColumn && c <= table.lastColumn && r >= first && r <= last;
      if (!inTable) return cellKey(r, c);
      return rowMap.has(r) ? cellKey(rowMap.get(r)!, c) : null;
    });
    const extras = grid.extras;
    // A hidden or resized row stays with its customer; the rows freed at the bottom get the default look.
    if (extras?.rows) {
      const rowsOut = new Map<number, RowFormat>();
      for (const [r, f] of extras.rows) {
        if (r < first || r > last) rowsOut.set(r, f);
        else if (rowMap.has(r)) rowsOut.set(rowMap.get(r)!, f);
      }
      extras.rows = rowsOut;
    }
    for (let r = first; r <= last; r++) {
      const vals = snapshot[r - first];
      for (let c = 0; c < width; c++) setCell(grid, r, table.firstColumn + c, vals ? vals[c] : null);
    }
    this.model.hyperlinks = this.model.hyperlinks.flatMap((h) => {
      if (
        h.sheet !== grid.name ||
        h.col < table.firstColumn ||
        h.col > table.lastColumn ||
        h.row < first ||
        h.row > last
      )
        return [h];
      return rowMap.has(h.row) ? [{ ...h, row: rowMap.get(h.row)! }] : [];
    });
    table.rowCount -= gone.size;
    const newLast = table.headerRow + Math.max(1, table.rowCount);
    for (const x of [
      ...this.model.conditionalFormats.map((f) => f.range),
      ...this.model.validations.map((v) => v.range),
    ]) {
      if (x.sheet === grid.name && x.lastRow === last && x.firstRow >= first) x.lastRow = newLast;
    }
    this.lastRowNumbers.delete(sheet);
  }

  /** Synchronous appendTableRows (the sample generator fills 100k rows with it). */
  appendTableRowsSync(sheet: SheetKey, rows: Record<string, CellValue>[]): number[] {
    const loc = this.mustLocate(sheet);
    const table = this.ensureTable(loc);
    const columns = recogniseHeaders(loc.def, headerValues(loc)).columns;
    for (const row of rows) {
      for (const k of Object.keys(row)) {
        if (columns[k] !== undefined || isBlank(row[k])) continue;
        const known = loc.def.fields.some((f) => f.key === k);
        throw new Error(
          t('zh', known ? 'workbook.error.noColumn' : 'workbook.error.unknownField', {
            sheet: label(loc.def, 'zh'),
            field: fieldName(loc.def, k),
          }),
        );
      }
    }
    const oldLast = table.headerRow + table.rowCount;
    // Excel keeps an empty table with one blank data row: fill that row first.
    let start = oldLast + 1;
    while (start - 1 > table.headerRow && this.blankRow(loc.grid, start - 1, table.firstColumn, table.lastColumn))
      start--;
    const end = start + rows.length - 1;
    for (let r = oldLast + 1; r <= end; r++) {
      if (!this.blankRow(loc.grid, r, table.firstColumn, table.lastColumn)) {
        throw new Error(t('zh', 'workbook.error.rowOccupied', { sheet: label(loc.def, 'zh'), row: r }));
      }
    }
    const keyed = Object.entries(columns).map(([k, idx]) => [k, table.firstColumn + idx] as const);
    rows.forEach((row, i) => {
      const r = start + i;
      const cells = loc.grid.cells[r - 1] ?? [];
      while (loc.grid.cells.length < r) loc.grid.cells.push([]);
      loc.grid.cells[r - 1] = cells;
      while (cells.length <= table.lastColumn) cells.push(null);
      for (const [k, c] of keyed) {
        const v = row[k];
        if (v !== undefined) cells[c] = v;
      }
    });
    table.rowCount = Math.max(table.rowCount, end - table.headerRow);
    this.extendRanges(loc.grid.name, table, Math.max(oldLast, table.headerRow + 1), table.headerRow + table.rowCount);
    return rows.map((_, i) => start + i);
  }

  /** Formats and validations that covered a table's data down to its old last row follow it down. */
  private extendRanges(sheetName: string, table: GridTable, oldLast: number, newLast: number): void {
    const inTable = (r: CellRange) =>
      r.sheet === sheetName &&
      r.firstRow > table.headerRow &&
      r.lastRow === oldLast &&
      r.firstColumn >= table.firstColumn &&
      r.lastColumn <= table.lastColumn;
    for (const f of this.model.conditionalFormats) if (inTable(f.range)) f.range.lastRow = newLast;
    for (const v of this.model.validations) if (inTable(v.range)) v.range.lastRow = newLast;
  }

  // ------------------------------------------------------------ selection

  async select(sheet: SheetKey, rows: number[], field?: string): Promise<void> {
    const loc = this.mustLocate(sheet);
    let cols = `${columnLetter(loc.firstColumn)}{r}:${columnLetter(loc.lastColumn)}{r}`;
    if (field) {
      const idx = recogniseHeaders(loc.def, headerValues(loc)).columns[field];
      if (idx !== undefined) cols = `${columnLetter(loc.firstColumn + idx)}{r}`;
    }
    const sorted = [...rows].sort((a, b) => a - b);
    this.model.lastSelection = {
      sheet: loc.grid.name,
      rows: sorted,
      field,
      address: sorted.map((r) => cols.replace(/\{r\}/g, String(r))).join(','),
    };
  }

  // ------------------------------------------------------------ setup

  async setup(lang: Lang): Promise<SetupReport> {
    return this.setupSync(lang);
  }

  /**
   * Creates the schema's missing sheets, tables and columns with headers in `lang`,
   * a Lists sheet backing dropdowns, and validations on the columns it creates.
   * Existing user columns are never renamed, moved or validated.
   */
  setupSync(lang: Lang): SetupReport {
    const report: SetupReport = { sheets: {} };
    const located = locateAll(this.model);
    const lists = this.writeLists(lang);
    for (const def of SHEETS) {
      const loc = located[def.key];
      const wanted = setupFields(def);
      if (!loc) {
        const grid = this.addSheet(this.freeSheetName(label(def, lang)));
        wanted.forEach((f, c) => {
          setCell(grid, 1, c, label(f, lang));
          grid.widths[c] = f.width;
          grid.numFmts[c] = fieldNumFmt(f);
        });
        grid.frozenRows = 1;
        const table: GridTable = {
          name: def.table,
          sheet: grid.name,
          headerRow: 1,
          firstColumn: 0,
          lastColumn: wanted.length - 1,
          rowCount: 0,
        };
        this.model.tables.push(table);
        wanted.forEach((f, c) => this.addValidation(def, f, grid.name, table, c, lists, lang));
        report.sheets[def.key] = {
          found: false,
          created: true,
          mapped: {},
          missing: [],
          added: wanted.map((f) => f.key),
          extra: [],
        };
        continue;
      }
      const table = this.ensureTable(loc);
      const mapping = recogniseHeaders(def, headerValues(loc));
      const added: string[] = [];
      for (const f of wanted) {
        if (mapping.columns[f.key] !== undefined) continue;
        // Missing user columns go at the right edge; existing columns never move.
        const c = table.lastColumn + 1;
        if (this.columnOccupied(loc.grid, c)) this.insertColumn(loc.grid, c);
        table.lastColumn = c;
        loc.lastColumn = c;
        setCell(loc.grid, table.headerRow, c, label(f, lang));
        loc.grid.widths[c] = f.width;
        loc.grid.numFmts[c] = fieldNumFmt(f);
        this.addValidation(def, f, loc.grid.name, table, c, lists, lang);
        added.push(f.key);
      }
      // Score columns a person fills in (finance's CreditScore/PaymentScore, SupervisorRating) get their 0-100
      // bounds even when the column already existed: validation rules are the add-in's own, the values are not.
      for (const f of boundedScoreFields(def)) {
        const idx = mapping.columns[f.key];
        if (idx === undefined) continue;
        const c = table.firstColumn + idx;
        const data: CellRange = {
          sheet: loc.grid.name,
          firstRow: table.headerRow + 1,
          lastRow: table.headerRow + Math.max(1, table.rowCount),
          firstColumn: c,
          lastColumn: c,
        };
        const hasRule = this.model.validations.some(
          (v) =>
            v.range.sheet === data.sheet &&
            v.range.firstColumn <= c &&
            v.range.lastColumn >= c &&
            v.range.firstRow <= data.lastRow &&
            v.range.lastRow >= data.firstRow,
        );
        if (!hasRule) this.addValidation(def, f, loc.grid.name, table, c, lists, lang);
      }
      report.sheets[def.key] = {
        found: true,
        created: false,
        mapped: mapping.matchedLabels,
        missing: mapping.missing.filter((k) => !added.includes(k)),
        added,
        extra: mapping.extra,
      };
    }
    return report;
  }

  private freeSheetName(name: string): string {
    if (!this.sheet(name)) return name;
    let i = 2;
    while (this.sheet(`${name}${i}`)) i++;
    return `${name}${i}`;
  }

  /** (Re)writes the Lists sheet: one column per enum field, labels in `lang`. Returns field -> source formula. */
  private writeLists(lang: Lang): Map<string, string> {
    const grid = this.ownSheet('Lists', lang, true);
    const sources = new Map<string, string>();
    let c = 0;
    for (const def of SHEETS) {
      for (const f of def.fields) {
        if (!f.values || f.owner === 'addin') continue;
        setCell(grid, 1, c, t(lang, 'workbook.lists.header', { sheet: label(def, lang), field: label(f, lang) }));
        f.values.forEach((v, i) => setCell(grid, i + 2, c, label(v, lang)));
        grid.widths[c] = 16;
        const letter = columnLetter(c);
        sources.set(`${def.key}.${f.key}`, `${quoteSheet(grid.name)}!$${letter}$2:$${letter}$${f.values.length + 1}`);
        c++;
      }
    }
    grid.frozenRows = 1;
    return sources;
  }

  /** Dropdowns on enum columns, bounds on dates and numbers. */
  private addValidation(
    def: SheetDef,
    f: FieldDef,
    sheetName: string,
    table: GridTable,
    c: number,
    lists: Map<string, string>,
    lang: Lang,
  ): void {
    const range: CellRange = {
      sheet: sheetName,
      firstRow: table.headerRow + 1,
      lastRow: table.headerRow + Math.max(1, table.rowCount),
      firstColumn: c,
      lastColumn: c,
    };
    const source = lists.get(`${def.key}.${f.key}`);
    const prompt = label(f, lang);
    if (source) this.model.validations.push({ range, rule: { type: 'list', source }, errorStyle: 'warning', prompt });
    else if (f.type === 'date' || f.type === 'datetime') {
      this.model.validations.push({
        range,
        rule: { type: 'date', min: serial(1900, 1, 1), max: serial(2100, 12, 31) },
        errorStyle: 'warning',
        prompt,
      });
    } else if ((f.type === 'number' || f.type === 'integer') && (f.min !== undefined || f.max !== undefined)) {
      this.model.validations.push({
        range,
        rule: { type: f.type === 'integer' ? 'whole' : 'decimal', min: f.min, max: f.max },
        errorStyle: 'stop',
        prompt,
      });
    }
  }

  // ------------------------------------------------------------ my view

  async applyRowFilter(sheet: SheetKey, field: string, values: string[] | null): Promise<void> {
    const loc = this.locate(sheet);
    if (!loc) return;
    const filters = (this.model.rowFilters ??= {});
    if (values === null) {
      delete filters[loc.grid.name];
      return;
    }
    const idx = recogniseHeaders(loc.def, headerValues(loc)).columns[field];
    if (idx === undefined) return;
    const shown = new Set(values.map((v) => v.trim()));
    const hidden: number[] = [];
    for (let r = loc.headerRow + 1; r <= loc.lastRow; r++) {
      const v = getCell(loc.grid, r, loc.firstColumn + idx);
      if (!shown.has(v === null || v === undefined ? '' : String(v).trim())) hidden.push(r);
    }
    filters[loc.grid.name] = hidden;
  }

  // ------------------------------------------------------------ settings

  async loadSettings(): Promise<Partial<Settings>> {
    return { ...(this.model.settings as Partial<Settings>) };
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    Object.assign(this.model.settings, settings);
  }
}
