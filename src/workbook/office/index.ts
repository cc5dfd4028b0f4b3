/**
 * OfficeWorkbook: the workbook port over Office.js (Excel). The only module that touches
 * `Excel` and `Office`. Every method is one Excel.run batch with a small, fixed number of
 * context.sync() calls plus one per row chunk; address arithmetic lives in ./address and
 * table location in ./locate (both pure and unit-tested).
 *
 * House rule: user cells change only through updateCells / appendTableRows / removeTableRows,
 * which callers use only for a person's explicit, audited action.
 */
import { SHEETS, SHEET_BY_KEY, label, setupFields } from '../../domain/schema';
import type { AddinSheetKey, FieldDef, Lang, SheetDef, SheetKey } from '../../domain/schema';
import type { CellValue, Table, WorkbookData } from '../../domain/table';
import { recogniseHeaders, headerRowAfterTitles, MAX_TITLE_ROWS } from '../../domain/headers';
import { editColumn } from '../edits';
import { t } from '../../i18n';
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
  StatusValue,
  WholeCell,
  WholeRows,
  WorkbookPort,
} from '../port';
import { isFormulaCell } from '../port';
import {
  DEFAULT_CHUNK_ROWS,
  PAYLOAD_BUDGET_BYTES,
  chunkRowsFor,
  columnLetter,
  jsonBytes,
  quoteSheet,
  rangeAddress,
  rowAreasAddresses,
  rowChunks,
  splitRowsByBytes,
  statusFormula,
  statusFormulaMarker,
} from './address';
import { OWN_WRITE_ECHO_MS, cellChanges, changeSource, changedRect, type TableChangedArgs } from './changes';
import type { TableChangeEvent } from '../../domain/changes';
import { isBlankRow, readCell, writeCell, writeTextSafe, type OfficeCell } from './cells';
import { boundedScoreFields } from '../memory/index';
import { locateAll, type OfficeLocated, type SheetProbe, type TableProbe, type WorkbookProbe } from './locate';
import {
  FORMAT_MARKERS,
  FORMAT_MARKERS_KEY,
  SETTINGS_KEY,
  SETTINGS_MIGRATED,
  documentSettings,
  formatMarkers,
  loadPayloadCell,
  olderVersionRan,
  writePayload,
  type PayloadCell,
  type SettingsStore,
} from './settings-sheet';
import {
  SETTINGS_SHEET,
  ownSheetName,
  resolveOwnSheets,
  type OwnSheets,
  type SettingsPayload,
} from '../memory/own-sheets';

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  run?: ExcelRunner;
  settings?: SettingsStore;
  isSetSupported?: (name: string, version: string) => boolean;
  /** Rows per chunk to start with (default 5,000) and the payload budget per request. */
  chunkRows?: number;
  budgetBytes?: number;
  /** Milliseconds now (default Date.now), for the own-write echo window. */
  now?: () => number;
}

export { SETTINGS_KEY, FORMAT_MARKERS_KEY, type SettingsStore };

/** The workbook as one probe sees it, with the settings sheet's payload. */
type Probe = WorkbookProbe & { settings: PayloadCell };

/** Rows in the first read chunk of a table, which measures the bytes per row. */
const SAMPLE_ROWS = 1000;

/** Column width in points for a field width in characters. */
const POINTS_PER_CHAR = 6;

/** Earliest and latest dates the date validation accepts. */
const DATE_MIN = '1900-01-01';
const DATE_MAX = '2100-12-31';

function fieldName(def: SheetDef, key: string): string {
  return def.fields.find((f) => f.key === key)?.zh ?? key;
}

/** Cells for the add-in's own sheets: dates as readable text, never a bare serial. */
function reportCell(v: CellValue | undefined): string | number | boolean {
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())} ${p(v.getHours())}:${p(v.getMinutes())}`;
  }
  return writeCell(v);
}

/** A status cell as the Office adapter writes it: the add-in's formulas live, empty as '' (clears the cell). */
export function statusCell(v: StatusValue): OfficeCell {
  if (isFormulaCell(v)) return { formula: v.formula };
  return v ?? '';
}

/** Status cells queued per sync after an action (each is a small range request). */
const STATUS_CELLS_PER_SYNC = 500;

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly settingsStore: () => SettingsStore;
  private readonly isSetSupported: (name: string, version: string) => boolean;
  private readonly chunkRows: number;
  private readonly budgetBytes: number;
  /** Worksheet rows of each table as last returned by read(), to align status values. */
  private readonly lastRowNumbers = new Map<SheetKey, number[]>();

  /** Batches writing user cells now running (an audited action, setup): their change events are the add-in's. */
  private ownWriting = 0;
  /** Until when (ms) the echo of the last such write may still arrive. */
  private ownEchoUntil = 0;
  /** Time source (tests pin it). */
  private readonly now: () => number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.settingsStore = () => options.settings ?? (Office.context.document.settings as unknown as SettingsStore);
    this.isSetSupported =
      options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
    this.chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
    this.budgetBytes = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  }

  // ------------------------------------------------------------ helpers

  /** An Excel.run that writes user cells for the add-in: the change events it raises come back as 'addin'. */
  private async ownRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.ownWriting++;
    try {
      return await this.run(batch);
    } finally {
      this.ownWriting--;
      this.ownEchoUntil = this.now() + OWN_WRITE_ECHO_MS;
    }
  }

  /**
   * Two syncs: names of sheets and tables, then each table's position and header row, each sheet's used
   * range and the settings sheet's payload.
   */
  private async probe(context: Excel.RequestContext): Promise<Probe> {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const tableParts = tables.items.map((table) => {
      const ws = table.worksheet.load('name');
      const range = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
      const header = table.getHeaderRowRange().load('values');
      return { table, ws, range, header };
    });
    const sheetParts = sheets.items.map((ws) => {
      const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
      // the first rows, so that a title above the header is seen as one (headerRowAfterTitles)
      const first = used.getRow(0).getResizedRange(MAX_TITLE_ROWS, 0).load('values');
      return { ws, used, first };
    });
    const settings = loadPayloadCell(
      context,
      sheets.items.some((ws) => ws.name === SETTINGS_SHEET),
    );
    await context.sync();
    const tableProbes: TableProbe[] = tableParts.map(({ table, ws, range, header }) => ({
      name: table.name,
      sheet: ws.name,
      headerRow: range.rowIndex + 1,
      firstColumn: range.columnIndex,
      lastColumn: range.columnIndex + range.columnCount - 1,
      rowCount: range.rowCount - 1,
      headers: (header.values[0] ?? []).map((v) => String(v ?? '')),
    }));
    const sheetProbes: SheetProbe[] = sheetParts.map(({ ws, used, first }) => {
      const top = first.values.slice(0, used.rowCount).map((row) => row.map((v) => String(v ?? '')));
      const filled = top.map((_, r) => r).filter((r) => top[r].some((v) => v.trim() !== ''));
      const offset = filled.length ? filled[headerRowAfterTitles(filled.map((r) => top[r]))] : 0;
      const firstRowValues = top[offset] ?? [];
      const empty = used.rowCount === 1 && used.columnCount === 1 && firstRowValues.every((v) => v === '');
      return {
        name: ws.name,
        used: empty
          ? null
          : {
              firstRow: used.rowIndex + 1 + offset,
              firstColumn: used.columnIndex,
              lastRow: used.rowIndex + used.rowCount,
              lastColumn: used.columnIndex + used.columnCount - 1,
              firstRowValues,
            },
      };
    });
    return { sheets: sheetProbes, tables: tableProbes, settings: settings() };
  }

  private mustLocate(probe: WorkbookProbe, key: SheetKey, lang: Lang = 'zh'): OfficeLocated {
    const loc = locateAll(probe, [key])[key];
    if (!loc) throw new Error(t(lang, 'workbook.error.noTable', { sheet: label(SHEET_BY_KEY[key], lang) }));
    return loc;
  }

  /** Suspends calculation until the next sync; screen updating too, once per write batch. */
  private suspend(context: Excel.RequestContext, screen: boolean): void {
    context.application.suspendApiCalculationUntilNextSync();
    if (screen && this.isSetSupported('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
  }

  /** The add-in's own sheets: those the payload registers (or an older version left: own-sheets.ts). */
  private ownSheets(probe: Probe): OwnSheets {
    const info = probe.sheets.map((s) => ({
      name: s.name,
      tables: probe.tables.filter((x) => x.sheet === s.name).map((x) => x.name),
    }));
    return resolveOwnSheets(
      info,
      probe.settings.payload?.sheets,
      olderVersionRan(this.settingsStore(), probe.settings),
    );
  }

  /** The sheet holding the add-in's sheet `key`, when there is one. */
  private addinSheetName(probe: Probe, key: AddinSheetKey): string | undefined {
    return this.ownSheets(probe)[key];
  }

  /** Queues the registration of `name` as the add-in's sheet `key`, with every other own sheet found. */
  private registerOwnSheet(context: Excel.RequestContext, probe: Probe, key: AddinSheetKey, name: string): void {
    const sheets: OwnSheets = { ...this.ownSheets(probe), [key]: name };
    const stored = probe.settings.payload?.sheets ?? {};
    const same = (a: OwnSheets, b: OwnSheets) => (Object.keys(a) as AddinSheetKey[]).every((k) => a[k] === b[k]);
    if (probe.settings.payload?.sheets && same(sheets, stored) && same(stored, sheets)) return;
    this.savePayload(context, probe, { sheets });
  }

  /**
   * Queues the write of the payload with `patch` applied. It always carries the registry of own sheets
   * (with what an older version left, once recognised): a payload without one means an older version.
   */
  private savePayload(context: Excel.RequestContext, probe: Probe, patch: Partial<SettingsPayload>): void {
    writePayload(context, probe.settings, { sheets: this.ownSheets(probe), ...patch });
  }

  /**
   * Writes rows at a position in byte- and row-bounded chunks, one sync each, every string as text
   * (textSafeBlock). `own`: the add-in's cells (its sheets and columns), not a user's.
   */
  private async writeRows(
    context: Excel.RequestContext,
    sheet: string,
    firstRow: number,
    firstColumn: number,
    rows: OfficeCell[][],
    own: boolean,
  ): Promise<void> {
    let screen = true;
    // Each cell travels with its number format: half the budget for the values.
    for (const [start, end] of splitRowsByBytes(rows, this.budgetBytes / 2, this.chunkRows)) {
      const width = Math.max(...rows.slice(start, end).map((r) => r.length));
      if (width === 0) continue;
      const block = rows
        .slice(start, end)
        .map((r) => (r.length === width ? r : [...r, ...Array<OfficeCell>(width - r.length).fill('')]));
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(firstRow - 1 + start, firstColumn, end - start, width);
      writeTextSafe(range, block, own);
      this.suspend(context, screen);
      screen = false;
      await context.sync();
    }
  }

  // ------------------------------------------------------------ read

  async read(options?: ReadOptions): Promise<WorkbookData> {
    return this.run(async (context) => {
      const located = locateAll(await this.probe(context), options?.sheets);
      const keys = Object.keys(located) as SheetKey[];
      // Progress counts worksheet rows over every table found.
      const total = keys.reduce((n, k) => n + Math.max(0, located[k]!.lastRow - located[k]!.headerRow), 0);
      let done = 0;
      const onRows = (rows: number) => {
        done += rows;
        options?.onProgress?.({ phase: 'read', done, total });
      };
      const out: WorkbookData = {};
      for (const key of keys) {
        const table = await this.readTable(context, located[key]!, onRows, options?.signal);
        out[key] = table;
        this.lastRowNumbers.set(key, table.rowNumbers);
      }
      return out;
    });
  }

  /**
   * Reads one table in row chunks: `values` over the whole width plus `text` of the code and
   * phone columns, one sync per chunk. The chunk shrinks if a chunk's payload was large.
   */
  private async readTable(
    context: Excel.RequestContext,
    loc: OfficeLocated,
    onRows: (rows: number) => void,
    signal?: AbortSignal,
  ): Promise<Table> {
    const mapping = recogniseHeaders(loc.def, loc.headers);
    const fields = loc.def.fields.filter((f) => mapping.columns[f.key] !== undefined);
    const textFields = fields.filter((f) => f.type === 'code' || f.type === 'phone');
    const width = loc.lastColumn - loc.firstColumn + 1;
    const columns: Record<string, CellValue[]> = Object.fromEntries(fields.map((f) => [f.key, []]));
    const rowNumbers: number[] = [];
    const numericCodes: Record<string, number[]> = {};
    // The first chunk is a sample that measures what a row costs; later chunks are sized from it.
    let chunk = Math.min(
      SAMPLE_ROWS,
      this.chunkRows,
      chunkRowsFor(width + textFields.length, undefined, this.budgetBytes),
    );
    let lastNonBlank = 0; // rows kept so far that end in a non-blank row (trailing blank rows are dropped)
    let row = loc.headerRow + 1;
    while (row <= loc.lastRow) {
      if (signal?.aborted) throw new Error('aborted');
      const count = Math.min(chunk, loc.lastRow - row + 1);
      const ws = context.workbook.worksheets.getItem(loc.sheet);
      const values = ws.getRangeByIndexes(row - 1, loc.firstColumn, count, width).load('values');
      const texts = textFields.map((f) =>
        ws.getRangeByIndexes(row - 1, loc.firstColumn + mapping.columns[f.key], count, 1).load('text'),
      );
      await context.sync();
      const textByField = new Map(textFields.map((f, k) => [f.key, texts[k].text]));
      values.values.forEach((cells, j) => {
        const blank = isBlankRow(cells);
        if (blank && !loc.table) return; // plain ranges: skip blank rows
        const i = rowNumbers.length;
        rowNumbers.push(row + j);
        for (const f of fields) {
          const { value, numeric } = readCell(f, cells[mapping.columns[f.key]], textByField.get(f.key)?.[j]?.[0]);
          columns[f.key].push(value);
          if (numeric) (numericCodes[f.key] ??= []).push(i);
        }
        if (!blank) lastNonBlank = rowNumbers.length;
      });
      const bytes = jsonBytes(values.values) + texts.reduce((s, r) => s + jsonBytes(r.text), 0);
      chunk = Math.min(this.chunkRows, chunkRowsFor(width + textFields.length, bytes / count, this.budgetBytes));
      row += count;
      onRows(count);
    }
    rowNumbers.length = lastNonBlank;
    for (const f of fields) columns[f.key].length = lastNonBlank;
    for (const k of Object.keys(numericCodes)) {
      numericCodes[k] = numericCodes[k].filter((i) => i < lastNonBlank);
      if (!numericCodes[k].length) delete numericCodes[k];
    }
    return {
      sheet: loc.def.key,
      sourceName: loc.sheet,
      tableName: loc.table,
      headerRow: loc.headerRow,
      firstColumn: loc.firstColumn,
      headers: loc.headers,
      mapping,
      length: rowNumbers.length,
      rowNumbers,
      columns,
      numericCodes: Object.keys(numericCodes).length ? numericCodes : undefined,
    };
  }

  /** Some rows of a table: one range per row (values and shown text), one sync after the probe. */
  async readRows(sheet: SheetKey, rows: number[]): Promise<Record<string, CellValue>[]> {
    return this.run(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet);
      const mapping = recogniseHeaders(loc.def, loc.headers);
      const fields = loc.def.fields.filter((f) => mapping.columns[f.key] !== undefined);
      const width = loc.lastColumn - loc.firstColumn + 1;
      const ws = context.workbook.worksheets.getItem(loc.sheet);
      const ranges = rows.map((r) =>
        r > loc.headerRow && r <= loc.lastRow
          ? {
              values: ws.getRangeByIndexes(r - 1, loc.firstColumn, 1, width).load('values'),
              text: ws.getRangeByIndexes(r - 1, loc.firstColumn, 1, width).load('text'),
            }
          : null,
      );
      await context.sync();
      return ranges.map((range) => {
        if (!range) return {};
        const out: Record<string, CellValue> = {};
        for (const f of fields) {
          const c = mapping.columns[f.key];
          out[f.key] = readCell(f, range.values.values[0][c], range.text.text[0][c]).value;
        }
        return out;
      });
    });
  }

  // ------------------------------------------------------------ status columns

  async writeStatusColumns(sheet: SheetKey, columns: StatusColumn[], lang: Lang): Promise<void> {
    await this.run(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet, lang);
      const positions = await this.ensureAddinColumns(context, loc, columns, lang);
      const first = loc.headerRow + 1;
      const last = loc.lastRow;
      if (last < first) {
        await context.sync();
        return;
      }
      const rows = this.lastRowNumbers.get(sheet);
      const byRow = columns.map((col) => {
        const aligned = rows && rows.length === col.values.length;
        const map = new Map<number, StatusValue>();
        col.values.forEach((v, i) => map.set(aligned ? rows![i] : first + i, v));
        return map;
      });
      let screen = true;
      for (const { first: r0, count } of rowChunks(first, last, this.chunkRows)) {
        const ws = context.workbook.worksheets.getItem(loc.sheet);
        columns.forEach((_, k) => {
          const cells: StatusValue[] = [];
          for (let r = r0; r < r0 + count; r++) cells.push(byRow[k].get(r) ?? null);
          writeTextSafe(
            ws.getRangeByIndexes(r0 - 1, positions[k], count, 1),
            cells.map((v) => [statusCell(v)]),
            true,
          );
        });
        this.suspend(context, screen);
        screen = false;
        await context.sync();
      }
    });
  }

  /**
   * A few status cells after an action: one range per cell, queued together and sent in one sync
   * per STATUS_CELLS_PER_SYNC cells (after the probe's two), whatever the table's size.
   */
  async writeStatusCells(cells: StatusCell[], lang: Lang): Promise<void> {
    if (!cells.length) return;
    await this.run(async (context) => {
      const probe = await this.probe(context);
      let queued = 0;
      for (const sheet of new Set(cells.map((c) => c.sheet))) {
        const loc = this.mustLocate(probe, sheet, lang);
        const mine = cells.filter((c) => c.sheet === sheet && c.row > loc.headerRow && c.row <= loc.lastRow);
        const fields = [...new Set(mine.map((c) => c.field))];
        const positions = await this.ensureAddinColumns(
          context,
          loc,
          fields.map((field) => ({ field, values: [] })),
          lang,
        );
        const ws = context.workbook.worksheets.getItem(loc.sheet);
        for (const cell of mine) {
          const range = ws.getRangeByIndexes(cell.row - 1, positions[fields.indexOf(cell.field)], 1, 1);
          writeTextSafe(range, [[statusCell(cell.value)]], true);
          if (++queued % STATUS_CELLS_PER_SYNC === 0) await context.sync();
        }
      }
      if (queued % STATUS_CELLS_PER_SYNC !== 0) await context.sync();
    });
  }

  /**
   * Absolute column index of each status column, queueing a new column at the table's right
   * edge (a table column, or a header cell after a plain range) when it is missing.
   */
  private async ensureAddinColumns(
    context: Excel.RequestContext,
    loc: OfficeLocated,
    columns: StatusColumn[],
    lang: Lang,
  ): Promise<number[]> {
    const mapping = recogniseHeaders(loc.def, loc.headers);
    const fields = columns.map((col) => {
      const f = loc.def.fields.find((x) => x.key === col.field);
      if (!f || f.owner !== 'addin') throw new Error(t(lang, 'workbook.error.notAddinField', { field: col.field }));
      return f;
    });
    const added = fields.filter((f) => mapping.columns[f.key] === undefined).length;
    if (added && !loc.table) await this.makeRoomRightOf(context, loc, added);
    let next = loc.lastColumn + 1;
    return fields.map((f) => {
      const idx = mapping.columns[f.key];
      if (idx !== undefined) return loc.firstColumn + idx;
      const c = next++;
      if (loc.table) context.workbook.tables.getItem(loc.table).columns.add(undefined, undefined, label(f, lang));
      else
        writeTextSafe(
          context.workbook.worksheets.getItem(loc.sheet).getRangeByIndexes(loc.headerRow - 1, c, 1, 1),
          [[label(f, lang)]],
          true,
        );
      context.workbook.worksheets.getItem(loc.sheet).getRangeByIndexes(0, c, 1, 1).format.columnWidth =
        (f.width ?? 12) * POINTS_PER_CHAR;
      loc.headers = [...loc.headers, label(f, lang)];
      loc.lastColumn = c;
      return c;
    });
  }

  /**
   * The columns right of a plain range where new status columns go must be empty down to its last row.
   * The range's extent comes from the values-only used range, which misses a formula without a value
   * (e.g. one returning ""), and formats or notes: when anything is there, whole columns are inserted so
   * the user's cells move right (Excel moves every reference to them) instead of being overwritten. One
   * sync. (A table's columns.add inserts its new column itself.)
   */
  private async makeRoomRightOf(context: Excel.RequestContext, loc: OfficeLocated, count: number): Promise<void> {
    const ws = context.workbook.worksheets.getItem(loc.sheet);
    const first = loc.lastColumn + 1;
    const used = ws.getRangeByIndexes(0, first, loc.lastRow, count).getUsedRangeOrNullObject(false);
    used.load('address');
    await context.sync();
    if (used.isNullObject) return;
    ws.getRange(`${columnLetter(first)}:${columnLetter(first + count - 1)}`).insert('Right');
  }

  // ------------------------------------------------------------ formats

  async applyStatusFormats(sheet: SheetKey, rules: StatusFormatRule[]): Promise<void> {
    await this.run(async (context) => {
      const probe = await this.probe(context);
      const loc = this.mustLocate(probe, sheet);
      const stored = formatMarkers(this.settingsStore(), probe.settings.payload);
      const known = new Set([...rules.map((r) => r.contains), ...stored]);
      const mapping = recogniseHeaders(loc.def, loc.headers);
      const statusColumns = rules.map((rule) => {
        const idx = mapping.columns[rule.field];
        if (idx === undefined) {
          throw new Error(t('zh', 'workbook.error.noStatusColumn', { sheet: label(loc.def, 'zh'), field: rule.field }));
        }
        return loc.firstColumn + idx;
      });
      const firstRow = loc.headerRow + 1;
      const data = context.workbook.worksheets
        .getItem(loc.sheet)
        .getRangeByIndexes(
          loc.headerRow,
          loc.firstColumn,
          Math.max(1, loc.lastRow - loc.headerRow),
          loc.lastColumn - loc.firstColumn + 1,
        );
      // Find the add-in's earlier rules (custom formulas it made) and delete them, so re-runs replace.
      const existing = data.conditionalFormats.load('items/type');
      await context.sync();
      const customs = existing.items.filter((cf) => cf.type === 'Custom');
      const rulesOf = customs.map((cf) => cf.custom.rule.load('formula'));
      if (customs.length) await context.sync();
      customs.forEach((cf, i) => {
        const marker = statusFormulaMarker(rulesOf[i].formula ?? '');
        if (marker !== null && known.has(marker)) cf.delete();
      });
      rules.forEach((rule, i) => {
        const cf = data.conditionalFormats.add('Custom');
        cf.custom.rule.formula = statusFormula(statusColumns[i], firstRow, rule.contains);
        cf.custom.format.fill.color = rule.fill;
        if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
      });
      // The markers of every rule the add-in made, so a later run finds them (the payload, not the document).
      if (known.size !== stored.length || probe.settings.payload?.[FORMAT_MARKERS] === undefined)
        this.savePayload(context, probe, { [FORMAT_MARKERS]: [...known] });
      this.suspend(context, true);
      await context.sync();
    });
  }

  // ------------------------------------------------------------ add-in sheets

  async writeReportSheet(report: ReportSheet, lang: Lang): Promise<void> {
    await this.run(async (context) => {
      const probe = await this.probe(context);
      const { ws, name } = this.freshAddinSheet(context, probe, report.sheet, lang);
      if (report.hidden) {
        // The add-in's working data (the snapshot): very hidden (ExcelApi 1.2), no table, links or widths.
        ws.visibility = 'VeryHidden';
        await this.writeRows(context, name, 1, 0, [report.headers, ...report.rows.map((r) => r.map(reportCell))], true);
        return;
      }
      const located = locateAll(probe);
      const rows: OfficeCell[][] = [report.headers.map((h) => h)];
      report.rows.forEach((row, i) => {
        const cells: OfficeCell[] = row.map(reportCell);
        const link = report.links?.[i];
        const loc = link ? located[link.sheet] : undefined;
        if (link && loc) {
          const idx = link.field ? recogniseHeaders(loc.def, loc.headers).columns[link.field] : undefined;
          const target = `#${quoteSheet(loc.sheet)}!${columnLetter(loc.firstColumn + (idx ?? 0))}${link.row}`;
          const shown =
            typeof cells[0] === 'number' ? String(cells[0]) : `"${String(cells[0] ?? '').replace(/"/g, '""')}"`;
          cells[0] = { formula: `=HYPERLINK("${target}",${shown})` };
        }
        rows.push(cells);
      });
      const width = Math.max(1, ...rows.map((r) => r.length));
      report.headers.forEach((h, c) => {
        let w = String(h).length * 2 + 2;
        for (const r of report.rows.slice(0, 200)) w = Math.max(w, String(r[c] ?? '').length + 2);
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.min(60, Math.max(8, w)) * POINTS_PER_CHAR;
      });
      ws.freezePanes.freezeRows(1);
      await this.writeRows(context, name, 1, 0, rows, true);
      const table = ws.tables.add(rangeAddress(1, 0, Math.max(2, rows.length), width - 1), true);
      table.name = `SD_${report.sheet}`;
      await context.sync();
    });
  }

  /**
   * The add-in's sheet `key` emptied (its tables deleted, cells cleared), or a new one; named for the
   * language where that name is free (a user's sheet keeps its name: ownSheetName) and registered.
   */
  private freshAddinSheet(
    context: Excel.RequestContext,
    probe: Probe,
    key: AddinSheetKey,
    lang: Lang,
  ): { ws: Excel.Worksheet; name: string } {
    const existing = this.addinSheetName(probe, key);
    const name = ownSheetName(
      key,
      lang,
      probe.sheets.filter((s) => s.name !== existing).map((s) => s.name),
    );
    this.registerOwnSheet(context, probe, key, name);
    if (!existing) return { ws: context.workbook.worksheets.add(name), name };
    const ws = context.workbook.worksheets.getItem(existing);
    for (const tbl of probe.tables.filter((x) => x.sheet === existing))
      context.workbook.tables.getItem(tbl.name).delete();
    ws.getRange().clear('All');
    if (existing !== name) ws.name = name;
    return { ws, name };
  }

  async appendRows(sheet: AddinSheetKey, headers: string[], rows: CellValue[][], lang: Lang): Promise<void> {
    await this.run(async (context) => {
      const probe = await this.probe(context);
      const existing = this.addinSheetName(probe, sheet);
      const used = probe.sheets.find((s) => s.name === existing)?.used;
      const name =
        existing ??
        ownSheetName(
          sheet,
          lang,
          probe.sheets.map((s) => s.name),
        );
      this.registerOwnSheet(context, probe, sheet, name);
      const block: OfficeCell[][] = [];
      let firstRow = (used?.lastRow ?? 0) + 1;
      if (!existing || !used) {
        const ws = existing ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
        headers.forEach(
          (h, c) =>
            (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.max(10, h.length * 2 + 2) * POINTS_PER_CHAR),
        );
        ws.freezePanes.freezeRows(1);
        block.push(headers);
        firstRow = 1;
      } else if (used && headers.length > used.lastColumn + 1) {
        // A sheet made by an older version has fewer columns: name the new ones.
        const extra = headers.slice(used.lastColumn + 1);
        await this.writeRows(context, name, 1, used.lastColumn + 1, [extra], true);
      }
      for (const r of rows) block.push(r.map(reportCell));
      await this.writeRows(context, name, firstRow, 0, block, true);
    });
  }

  async readAddinSheet(sheet: AddinSheetKey, _lang: Lang): Promise<CellValue[][]> {
    return (await this.readAddinRows(sheet)).map((r) => r.cells);
  }

  async readAddinRows(sheet: AddinSheetKey, options: { last?: number } = {}): Promise<AddinRow[]> {
    return this.run(async (context) => {
      const probe = await this.probe(context);
      const name = this.addinSheetName(probe, sheet);
      const used = probe.sheets.find((s) => s.name === name)?.used;
      if (!name || !used || used.lastRow < 2) return [];
      const width = used.lastColumn + 1;
      const from = options.last !== undefined ? Math.max(2, used.lastRow - options.last + 1) : 2;
      const out: AddinRow[] = [];
      for (const { first, count } of rowChunks(from, used.lastRow, chunkRowsFor(width, undefined, this.budgetBytes))) {
        const range = context.workbook.worksheets
          .getItem(name)
          .getRangeByIndexes(first - 1, 0, count, width)
          .load('values');
        await context.sync();
        range.values.forEach((row, i) => {
          if (!isBlankRow(row))
            out.push({ row: first + i, cells: row.map((v) => (v === '' ? null : (v as CellValue))) });
        });
      }
      return out;
    });
  }

  // ------------------------------------------------------------ user data (explicit actions only)

  async updateCells(edits: CellEdit[]): Promise<void> {
    if (!edits.length) return;
    await this.ownRun(async (context) => {
      const probe = await this.probe(context);
      // Validate every edit before writing anything, so a bad edit changes nothing.
      const planned = edits.map((e) => {
        const loc = this.mustLocate(probe, e.sheet);
        const col = editColumn({ ...loc, columns: recogniseHeaders(loc.def, loc.headers).columns }, e);
        return { sheet: loc.sheet, row: e.row, col, value: writeCell(e.value) };
      });
      for (const p of planned)
        writeTextSafe(
          context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.row - 1, p.col, 1, 1),
          [[p.value]],
          false,
        );
      this.suspend(context, true);
      await context.sync();
    });
  }

  async appendTableRows(sheet: SheetKey, rows: Record<string, CellValue>[]): Promise<number[]> {
    if (!rows.length) return [];
    return this.ownRun(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet);
      const columns = recogniseHeaders(loc.def, loc.headers).columns;
      for (const row of rows) {
        for (const k of Object.keys(row)) {
          if (columns[k] !== undefined || row[k] === null || row[k] === '') continue;
          const known = loc.def.fields.some((f) => f.key === k);
          throw new Error(
            t('zh', known ? 'workbook.error.noColumn' : 'workbook.error.unknownField', {
              sheet: label(loc.def, 'zh'),
              field: fieldName(loc.def, k),
            }),
          );
        }
      }
      const width = loc.lastColumn - loc.firstColumn + 1;
      const block = rows.map((row) => {
        const cells: (string | number | boolean)[] = Array(width).fill('');
        for (const [k, idx] of Object.entries(columns)) if (row[k] !== undefined) cells[idx] = writeCell(row[k]);
        return cells;
      });
      const start = loc.lastRow + 1;
      if (loc.table) {
        // rows.add reads strings as typed: add the rows with the text left out, then write them as text.
        let screen = true;
        for (const [a, b] of splitRowsByBytes(block, this.budgetBytes / 2, this.chunkRows)) {
          const part = block.slice(a, b);
          context.workbook.tables.getItem(loc.table).rows.add(
            undefined,
            part.map((r) => r.map((v) => (typeof v === 'string' ? '' : v))),
          );
          writeTextSafe(
            context.workbook.worksheets
              .getItem(loc.sheet)
              .getRangeByIndexes(start - 1 + a, loc.firstColumn, b - a, width),
            part,
            false,
          );
          this.suspend(context, screen);
          screen = false;
          await context.sync();
        }
      } else {
        await this.writeRows(context, loc.sheet, start, loc.firstColumn, block, false);
      }
      return rows.map((_, i) => start + i);
    });
  }

  /** Rows whole: values and formulas of one range per row, each cell's hyperlink; one sync after the probe. */
  async readWholeRows(sheet: SheetKey, rows: number[]): Promise<WholeRows> {
    return this.run(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet);
      const width = loc.lastColumn - loc.firstColumn + 1;
      const ws = context.workbook.worksheets.getItem(loc.sheet);
      const loaded = rows.map((r) => ({
        range: ws.getRangeByIndexes(r - 1, loc.firstColumn, 1, width).load('values, formulas'),
        links: Array.from({ length: width }, (_, c) =>
          ws.getRangeByIndexes(r - 1, loc.firstColumn + c, 1, 1).load('hyperlink'),
        ),
      }));
      await context.sync();
      return {
        headers: loc.headers.slice(0, width).map((h) => String(h ?? '')),
        rows: loaded.map(({ range, links }) =>
          range.values[0].map((v, c): WholeCell => {
            const cell: WholeCell = { value: v === '' ? null : (v as CellValue) };
            const formula = range.formulas[0][c];
            // a text cell holding '=1+1' (typed in a Text cell) reads the same through formulas: not a formula
            if (typeof formula === 'string' && formula.startsWith('=') && formula !== v) cell.formula = formula;
            const link = links[c].hyperlink;
            if (link?.address) cell.link = link.address;
            else if (link?.documentReference) cell.link = '#' + link.documentReference;
            return cell;
          }),
        ),
      };
    });
  }

  /** Rows added to the table at their place (rows.add with an index), then their formulas and links. */
  async insertTableRows(sheet: SheetKey, at: number, rows: WholeCell[][]): Promise<number[]> {
    if (!rows.length) return [];
    return this.ownRun(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet);
      const first = loc.headerRow + 1;
      const start = Math.min(Math.max(at, first), loc.lastRow + 1);
      const width = loc.lastColumn - loc.firstColumn + 1;
      const block: OfficeCell[][] = rows.map((r) =>
        Array.from({ length: width }, (_, c) => (r[c]?.formula ? { formula: r[c].formula! } : writeCell(r[c]?.value))),
      );
      const ws = context.workbook.worksheets.getItem(loc.sheet);
      if (loc.table)
        context.workbook.tables.getItem(loc.table).rows.add(
          start - first,
          block.map((r) => r.map(() => '')),
        );
      else ws.getRangeByIndexes(start - 1, loc.firstColumn, rows.length, width).insert('Down');
      // the user's own formulas go back live (own = false writes every other string as text)
      writeTextSafe(ws.getRangeByIndexes(start - 1, loc.firstColumn, rows.length, width), block, false);
      rows.forEach((r, k) =>
        r.forEach((cell, c) => {
          if (!cell.link) return;
          const target = ws.getRangeByIndexes(start - 1 + k, loc.firstColumn + c, 1, 1);
          target.hyperlink = cell.link.startsWith('#')
            ? { documentReference: cell.link.slice(1) }
            : { address: cell.link };
        }),
      );
      this.suspend(context, true);
      await context.sync();
      this.lastRowNumbers.delete(sheet);
      return rows.map((_, k) => start + k);
    });
  }

  async removeTableRows(sheet: SheetKey, rows: number[]): Promise<void> {
    if (!rows.length) return;
    await this.ownRun(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet);
      const first = loc.headerRow + 1;
      for (const r of rows) {
        if (r < first || r > loc.lastRow) {
          throw new Error(
            t('zh', 'workbook.error.rowOutside', { sheet: label(loc.def, 'zh'), row: r, first, last: loc.lastRow }),
          );
        }
      }
      // Bottom-up, so earlier deletions do not move the rows still to delete.
      const width = loc.lastColumn - loc.firstColumn + 1;
      for (const r of [...new Set(rows)].sort((a, b) => b - a)) {
        if (loc.table)
          context.workbook.tables
            .getItem(loc.table)
            .rows.getItemAt(r - first)
            .delete();
        else
          context.workbook.worksheets
            .getItem(loc.sheet)
            .getRangeByIndexes(r - 1, loc.firstColumn, 1, width)
            .delete('Up');
      }
      this.suspend(context, true);
      await context.sync();
      this.lastRowNumbers.delete(sheet);
    });
  }

  // ------------------------------------------------------------ selection

  async select(sheet: SheetKey, rows: number[], field?: string): Promise<void> {
    await this.run(async (context) => {
      const loc = this.mustLocate(await this.probe(context), sheet);
      let c1 = loc.firstColumn;
      let c2 = loc.lastColumn;
      if (field) {
        const idx = recogniseHeaders(loc.def, loc.headers).columns[field];
        if (idx !== undefined) c1 = c2 = loc.firstColumn + idx;
      }
      // One RangeAreas can be selected at a time; when the rows need more than one 8192-character
      // address, the first (topmost) rows are selected.
      const [address] = rowAreasAddresses(rows, c1, c2);
      if (!address) return;
      const ws = context.workbook.worksheets.getItem(loc.sheet);
      ws.activate();
      ws.getRanges(address).select();
      await context.sync();
    });
  }

  // ------------------------------------------------------------ setup

  async setup(lang: Lang): Promise<SetupReport> {
    return this.ownRun(async (context) => {
      const probe = await this.probe(context);
      const located = locateAll(probe);
      const lists = this.writeLists(context, probe, lang);
      const report: SetupReport = { sheets: {} };
      const sheetNames = new Set(probe.sheets.map((s) => s.name));
      const tableNames = new Set(probe.tables.map((x) => x.name.toLowerCase()));
      const scoreColumns: { field: FieldDef; range: Excel.Range }[] = [];
      for (const def of SHEETS) {
        const loc = located[def.key];
        if (!loc) {
          this.createSchemaSheet(context, def, lang, lists, sheetNames, tableNames);
          report.sheets[def.key] = {
            found: false,
            created: true,
            mapped: {},
            missing: [],
            added: setupFields(def).map((f) => f.key),
            extra: [],
          };
          continue;
        }
        const mapping = recogniseHeaders(def, loc.headers);
        const added: string[] = [];
        let c = loc.lastColumn + 1;
        for (const f of setupFields(def)) {
          if (mapping.columns[f.key] !== undefined) continue;
          // Missing user columns go at the right edge; existing columns are never touched.
          if (loc.table) context.workbook.tables.getItem(loc.table).columns.add(undefined, undefined, label(f, lang));
          else
            writeTextSafe(
              context.workbook.worksheets.getItem(loc.sheet).getRangeByIndexes(loc.headerRow - 1, c, 1, 1),
              [[label(f, lang)]],
              true,
            );
          const ws = context.workbook.worksheets.getItem(loc.sheet);
          this.formatColumn(ws, def, f, loc.headerRow, c, Math.max(1, loc.lastRow - loc.headerRow), lists, lang);
          added.push(f.key);
          c++;
        }
        report.sheets[def.key] = {
          found: true,
          created: false,
          mapped: mapping.matchedLabels,
          missing: mapping.missing.filter((k) => !added.includes(k)),
          added,
          extra: mapping.extra,
        };
        for (const f of boundedScoreFields(def)) {
          const idx = mapping.columns[f.key];
          if (idx === undefined) continue;
          const range = context.workbook.worksheets
            .getItem(loc.sheet)
            .getRangeByIndexes(loc.headerRow, loc.firstColumn + idx, Math.max(1, loc.lastRow - loc.headerRow), 1);
          range.dataValidation.load('type');
          scoreColumns.push({ field: f, range });
        }
      }
      if (scoreColumns.length) {
        // Existing score columns a person fills in get their 0-100 bounds unless they already have a rule.
        await context.sync();
        for (const { field: f, range } of scoreColumns)
          if (range.dataValidation.type === 'None') this.numberValidation(range, f, lang);
      }
      this.suspend(context, true);
      await context.sync();
      return report;
    });
  }

  private createSchemaSheet(
    context: Excel.RequestContext,
    def: SheetDef,
    lang: Lang,
    lists: Map<string, string>,
    sheetNames: Set<string>,
    tableNames: Set<string>,
  ): void {
    let name = label(def, lang);
    for (let i = 2; sheetNames.has(name); i++) name = `${label(def, lang)}${i}`;
    sheetNames.add(name);
    const ws = context.workbook.worksheets.add(name);
    const fields = setupFields(def);
    writeTextSafe(ws.getRangeByIndexes(0, 0, 1, fields.length), [fields.map((f) => label(f, lang))], true);
    const table = ws.tables.add(rangeAddress(1, 0, 2, fields.length - 1), true);
    if (!tableNames.has(def.table.toLowerCase())) table.name = def.table;
    tableNames.add(def.table.toLowerCase());
    fields.forEach((f, c) => this.formatColumn(ws, def, f, 1, c, 1, lists, lang));
    ws.freezePanes.freezeRows(1);
  }

  /** Width, number format and validation of a column the add-in created (data rows below the header). */
  private formatColumn(
    ws: Excel.Worksheet,
    def: SheetDef,
    f: FieldDef,
    headerRow: number,
    col: number,
    dataRows: number,
    lists: Map<string, string>,
    lang: Lang,
  ): void {
    ws.getRangeByIndexes(headerRow - 1, col, 1, 1).format.columnWidth = (f.width ?? 12) * POINTS_PER_CHAR;
    const data = ws.getRangeByIndexes(headerRow, col, dataRows, 1);
    const format =
      f.type === 'date'
        ? 'yyyy-mm-dd'
        : f.type === 'datetime'
          ? 'yyyy-mm-dd hh:mm'
          : f.type === 'code' || f.type === 'phone'
            ? '@'
            : null;
    if (format) data.numberFormat = Array.from({ length: dataRows }, () => [format]);
    const source = lists.get(`${def.key}.${f.key}`);
    const prompt = { showPrompt: true, title: label(f, lang).slice(0, 32), message: label(f, lang) };
    if (source) {
      data.dataValidation.rule = { list: { inCellDropDown: true, source } };
      data.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: label(f, lang).slice(0, 32),
        message: label(f, lang),
      };
      data.dataValidation.prompt = prompt;
    } else if (f.type === 'date' || f.type === 'datetime') {
      data.dataValidation.rule = { date: { operator: 'Between', formula1: DATE_MIN, formula2: DATE_MAX } };
      data.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: label(f, lang).slice(0, 32),
        message: label(f, lang),
      };
    } else this.numberValidation(data, f, lang);
  }

  /** Bounds on a number column (a field with min and/or max); nothing for other fields. */
  private numberValidation(data: Excel.Range, f: FieldDef, lang: Lang): void {
    if ((f.type !== 'number' && f.type !== 'integer') || (f.min === undefined && f.max === undefined)) return;
    const basic =
      f.min !== undefined && f.max !== undefined
        ? { operator: 'Between' as const, formula1: f.min, formula2: f.max }
        : f.min !== undefined
          ? { operator: 'GreaterThanOrEqualTo' as const, formula1: f.min }
          : { operator: 'LessThanOrEqualTo' as const, formula1: f.max! };
    data.dataValidation.rule = f.type === 'integer' ? { wholeNumber: basic } : { decimal: basic };
    data.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: label(f, lang).slice(0, 32),
      message: label(f, lang),
    };
  }

  /** (Re)writes the Lists sheet: one column per enum field. Returns 'Sheet.Field' -> list source formula. */
  private writeLists(context: Excel.RequestContext, probe: Probe, lang: Lang): Map<string, string> {
    const { ws, name } = this.freshAddinSheet(context, probe, 'Lists', lang);
    const sources = new Map<string, string>();
    let c = 0;
    for (const def of SHEETS) {
      for (const f of def.fields) {
        if (!f.values || f.owner === 'addin') continue;
        const column = [
          [t(lang, 'workbook.lists.header', { sheet: label(def, lang), field: label(f, lang) })],
          ...f.values.map((v) => [label(v, lang)]),
        ];
        writeTextSafe(ws.getRangeByIndexes(0, c, column.length, 1), column, true);
        const letter = columnLetter(c);
        sources.set(`${def.key}.${f.key}`, `=${quoteSheet(name)}!$${letter}$2:$${letter}$${f.values.length + 1}`);
        c++;
      }
    }
    ws.freezePanes.freezeRows(1);
    return sources;
  }

  // ------------------------------------------------------------ settings

  /**
   * The settings in the settings sheet's payload (the same the CLI reads). An older version's settings in
   * the document are taken over on first use: merged under the payload's and marked as taken over.
   */
  /**
   * "My view": a values filter on one column of the table (Excel.Filter, ExcelApi 1.2), or clearFilters.
   * A plain range (no Excel table) is left as it is: setup makes every schema sheet a table.
   */
  async applyRowFilter(sheet: SheetKey, field: string, values: string[] | null): Promise<void> {
    await this.run(async (context) => {
      const loc = locateAll(await this.probe(context), [sheet])[sheet];
      if (!loc?.table) return;
      const table = context.workbook.tables.getItem(loc.table);
      if (values === null) {
        table.clearFilters();
      } else {
        const idx = recogniseHeaders(loc.def, loc.headers).columns[field];
        if (idx === undefined) return;
        table.columns.getItemAt(idx).filter.applyValuesFilter(values);
      }
      await context.sync();
    });
  }

  async loadSettings(): Promise<Partial<Settings>> {
    return this.run(async (context) => {
      const probe = await this.probe(context);
      const payload = probe.settings.payload;
      const old = documentSettings(this.settingsStore(), payload);
      if (!Object.keys(old).length) return { ...payload?.settings } as Partial<Settings>;
      const settings = { ...old, ...payload?.settings };
      this.savePayload(context, probe, { settings, [SETTINGS_MIGRATED]: true });
      await context.sync();
      return settings as Partial<Settings>;
    });
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    await this.run(async (context) => {
      const probe = await this.probe(context);
      const payload = probe.settings.payload;
      const base = { ...documentSettings(this.settingsStore(), payload), ...payload?.settings };
      this.savePayload(context, probe, { settings: { ...base, ...settings }, [SETTINGS_MIGRATED]: true });
      await context.sync();
    });
  }

  // ------------------------------------------------------------ change events (ExcelApi 1.7)

  async onTablesChanged(sheets: SheetKey[], handler: (e: TableChangeEvent) => void): Promise<() => void> {
    let live = true;
    const registered = await this.run(async (context) => {
      const probe = await this.probe(context);
      const located = locateAll(probe, sheets);
      const results: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>[] = [];
      for (const key of sheets) {
        const loc = located[key];
        if (!loc?.table) continue; // a plain range raises no table events: the next check sees its edits
        results.push(
          context.workbook.tables.getItem(loc.table).onChanged.add(async (args) => {
            if (live) await this.tableChanged(key, args as unknown as TableChangedArgs, handler);
          }),
        );
      }
      await context.sync();
      return results;
    });
    return () => {
      live = false;
      for (const r of registered) {
        r.remove();
        void r.context.sync().catch(() => undefined);
      }
    };
  }

  /** One onChanged event: the changed cells (from details, or read from the changed area), then the handler. */
  private async tableChanged(
    key: SheetKey,
    args: TableChangedArgs,
    handler: (e: TableChangeEvent) => void,
  ): Promise<void> {
    const own = this.ownWriting > 0 || this.now() < this.ownEchoUntil;
    if (args.changeType === 'RowDeleted' || args.changeType === 'ColumnDeleted' || args.changeType === 'CellDeleted')
      return; // nothing left to check: the next check sees what is gone
    let details: TableChangedArgs['details'];
    try {
      details = args.details; // absent (or refusing to be read) when the change covers several cells
    } catch {
      details = undefined;
    }
    const event = await this.run(async (context) => {
      const loc = locateAll(await this.probe(context), [key])[key];
      const rect = loc && changedRect(loc, args.address);
      if (!loc || !rect) return null;
      const single = rect.firstRow === rect.lastRow && rect.firstColumn === rect.lastColumn;
      let values: unknown[][];
      if (single && details && 'valueAfter' in details) values = [[details.valueAfter]];
      else {
        const range = context.workbook.worksheets
          .getItem(loc.sheet)
          .getRangeByIndexes(
            rect.firstRow - 1,
            rect.firstColumn,
            rect.lastRow - rect.firstRow + 1,
            rect.lastColumn - rect.firstColumn + 1,
          )
          .load('values');
        await context.sync();
        values = range.values;
      }
      const changes = cellChanges(key, loc, rect, values, single ? details?.valueBefore : undefined);
      return { sheet: key, changes, source: changeSource(loc, changes, own) } satisfies TableChangeEvent;
    });
    if (event && event.changes.length) handler(event);
  }
}
