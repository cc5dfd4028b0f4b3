/**
 * .xlsx <-> grid model via ExcelJS. Browser-safe (no fs): works on buffers.
 *
 * What we do not model is carried through where ExcelJS allows: cell styles, merged cells, cell
 * notes, rich text, sheet autofilters (not their criteria), other people's conditional formats and
 * list, number and date validations, hidden sheets, column widths and column number formats, row
 * heights, hidden rows and columns, and outline levels (grouping).
 *
 * Defined names are read from xl/workbook.xml itself (ExcelJS keeps a name only as the cells it
 * covers, loses a local name's sheet and drops a formula-valued one) and handed to ExcelJS's writer
 * whole: workbook and sheet names, reference and formula values, print areas and titles. Left out:
 * hidden names (e.g. _xlnm._FilterDatabase; ExcelJS cannot write the hidden flag), macro names, names
 * whose value points into another workbook, at a sheet or table the copy lacks, or that Excel would
 * refuse (invalid, clashing with a table), and a name's comment. Merge duplicates does not move the
 * names that point into the removed rows.
 *
 * Not carried: row and column styles (other than column number formats), other validation types,
 * print setup, sheet tab colours and protection. ExcelJS itself drops charts, pivot tables and
 * images it cannot read, and a note on a cell the sheet does not list (no value, no style).
 *
 * Internal links are written as HYPERLINK("#'Sheet'!A1", text) formulas: ExcelJS's own
 * hyperlinks always add an external relationship, which Excel would follow as a file.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/table';
import { readZipText } from './zip-entry';
import { excelJs, loadExcelJsWorkbook } from './exceljs-compat';
import { decodeEntities, encodeXstring, xmlAttributes } from './xml';
import {
  MemoryWorkbook,
  SETTINGS_SHEET,
  parsePayload,
  resolveOwnSheets,
  type SettingsPayload,
  cellKey,
  columnLetter,
  emptyModel,
  newSheet,
  parseRange,
  rangeAddress,
  setCell,
  type CellRange,
  type ColumnFormat,
  type ConditionalFormat,
  type DataValidation,
  type DefinedName,
  type GridSheet,
  type ImageAnchor,
  type RowFormat,
  type PrintSetup,
  type SheetImage,
  type ValidationRule,
  type WorkbookModel,
} from '../memory';

/** An internal link as the copy writes one (see internalLinkFormula): HYPERLINK("target","text"). */
export const HYPERLINK_FORMULA = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i;

// ---------------------------------------------------------------- load

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((x) => x.text).join('');
  if ('error' in o) return String(o.error);
  if ('text' in o) return plainValue(o.text);
  if ('result' in o) return plainValue(o.result);
  return String(v);
}

const anchorOf = (a: ImageAnchor): ImageAnchor => ({
  nativeCol: a.nativeCol,
  nativeColOff: a.nativeColOff,
  nativeRow: a.nativeRow,
  nativeRowOff: a.nativeRowOff,
});

/** The sheet's pictures with their bytes, and the ids of the workbook's media they use. */
function readImages(ws: ExcelJS.Worksheet, used: Set<number>): SheetImage[] {
  const images: SheetImage[] = [];
  for (const image of ws.getImages()) {
    const id = Number(image.imageId);
    const media = ws.workbook.getImage(id) as { buffer?: Uint8Array; extension?: string } | undefined;
    if (!media?.buffer || !media.extension) continue;
    used.add(id);
    const { tl, br, ext, editAs } = image.range as unknown as SheetImage['range'];
    images.push({
      buffer: media.buffer,
      extension: media.extension,
      range: { tl: anchorOf(tl), br: br && anchorOf(br), ext, editAs },
    });
  }
  return images;
}

/** A formula whose cached result is an error value. */
function isErrorResult(cell: ExcelJS.Cell): boolean {
  const result = (cell as unknown as { result?: unknown }).result;
  return (
    cell.type === excelJs().ValueType.Formula && typeof result === 'object' && result !== null && 'error' in result
  );
}

function hexFromArgb(argb: unknown): string | undefined {
  if (typeof argb !== 'string') return undefined;
  return '#' + argb.slice(-6).toUpperCase();
}

/** Regroups ExcelJS's per-cell validations into column runs. */
function groupValidations(sheet: string, model: Record<string, unknown>): DataValidation[] {
  const byRule = new Map<unknown, { row: number; col: number }[]>();
  for (const [addr, dv] of Object.entries(model)) {
    const r = parseRange(sheet, addr);
    if (!r) continue;
    const list = byRule.get(dv) ?? [];
    for (let row = r.firstRow; row <= r.lastRow; row++)
      for (let col = r.firstColumn; col <= r.lastColumn; col++) list.push({ row, col });
    byRule.set(dv, list);
  }
  const out: DataValidation[] = [];
  for (const [dv, cells] of byRule) {
    const rule = toValidationRule(dv as Record<string, unknown>);
    if (!rule) continue;
    const x = dv as Record<string, unknown>;
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const prev = cells[i - 1];
      if (i < cells.length && cells[i].col === prev.col && cells[i].row === prev.row + 1) continue;
      out.push({
        range: { sheet, firstRow: cells[start].row, lastRow: prev.row, firstColumn: prev.col, lastColumn: prev.col },
        rule,
        errorStyle: (x.errorStyle as DataValidation['errorStyle']) ?? 'stop',
        prompt: typeof x.prompt === 'string' ? x.prompt : undefined,
      });
      start = i;
    }
  }
  return out;
}

function toValidationRule(dv: Record<string, unknown>): ValidationRule | null {
  const f = (dv.formulae as unknown[] | undefined) ?? [];
  const num = (v: unknown) =>
    v instanceof Date
      ? Math.round(v.getTime() / 86400000) + 25569
      : typeof v === 'number'
        ? v
        : v === undefined
          ? undefined
          : Number(v);
  switch (dv.type) {
    case 'list':
      return { type: 'list', source: String(f[0] ?? '') };
    case 'whole':
    case 'decimal':
    case 'date': {
      const op = dv.operator ?? 'between';
      if (op === 'between') return { type: dv.type, min: num(f[0]), max: num(f[1]) };
      if (op === 'greaterThanOrEqual' || op === 'greaterThan') return { type: dv.type, min: num(f[0]) };
      if (op === 'lessThanOrEqual' || op === 'lessThan') return { type: dv.type, max: num(f[0]) };
      return null;
    }
    default:
      return null;
  }
}

/** Loads .xlsx bytes into a MemoryWorkbook. */
export async function xlsxBufferToMemory(buffer: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const xl = await loadExcelJsWorkbook(buffer);
  const model = emptyModel();
  const settingsSheet = xl.getWorksheet(SETTINGS_SHEET);
  // A damaged settings cell is not worth failing the load for: start from defaults.
  const payload = (settingsSheet && parsePayload(plainValue(settingsSheet.getCell('A1').value))) || {
    settings: {},
    formats: [],
  };
  const { settings, formats: _formats, sheets: registry, ...extras } = payload;
  model.settings = settings;
  if (Object.keys(extras).length) model.payloadExtras = extras;
  const date1904 = !!(xl.properties as { date1904?: boolean } | undefined)?.date1904;
  const usedMedia = new Set<number>();
  const activeTab = (xl.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab;
  if (activeTab !== undefined) model.activeSheet = xl.worksheets[activeTab]?.name;
  for (const ws of xl.worksheets) {
    if (ws.name === SETTINGS_SHEET) continue;
    const { grid, lostNumbers } = readSheet(ws, model, date1904);
    const images = readImages(ws, usedMedia);
    if (images.length) (grid.extras ??= {}).images = images;
    model.sheets.push(grid);
    if (lostNumbers.length) await restoreStoredNumbers(grid, buffer, lostNumbers);
    for (const table of ws.getTables() as unknown as { table: Record<string, unknown> }[]) {
      const t = table.table ?? (table as unknown as Record<string, unknown>);
      const ref = parseRange(ws.name, String(t.tableRef ?? t.ref ?? ''));
      if (!ref) continue;
      const headerRow = t.headerRow === false ? ref.firstRow - 1 : ref.firstRow;
      const totals = t.totalsRow ? 1 : 0;
      model.tables.push({
        name: String(t.name),
        sheet: ws.name,
        headerRow,
        firstColumn: ref.firstColumn,
        lastColumn: ref.lastColumn,
        rowCount: ref.lastRow - totals - headerRow,
        style: (t.style as { theme?: string } | undefined)?.theme,
      });
    }
    const raw: unknown[] = [];
    for (const cf of (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] })
      .conditionalFormattings ?? []) {
      const rule = cf.rules?.[0];
      const formula = rule && Array.isArray(rule.formulae) ? String(rule.formulae[0]) : '';
      const ours = payload.formats.find((f) => f.sheet === ws.name && f.ref === cf.ref && f.formula === formula);
      const range = parseRange(ws.name, cf.ref);
      if (ours && range && cf.rules.length === 1) {
        const style = (rule.style ?? {}) as {
          fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } };
          font?: { color?: { argb?: string } };
        };
        model.conditionalFormats.push({
          id: ours.id,
          range,
          rule: { type: 'expression', formula },
          fill: hexFromArgb(style.fill?.bgColor?.argb ?? style.fill?.fgColor?.argb) ?? '#FFFF00',
          fontColor: hexFromArgb(style.font?.color?.argb),
        });
      } else raw.push(cf);
    }
    if (raw.length) (grid.extras ??= {}).rawConditionalFormats = raw;
    const dvModel = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations?.model;
    // one by one: a push(...list) of a sheet with a validation per row would overflow the stack
    if (dvModel) for (const dv of groupValidations(ws.name, dvModel)) model.validations.push(dv);
  }
  const sheetInfo = model.sheets.map((g) => ({
    name: g.name,
    tables: model.tables.filter((t) => t.sheet === g.name).map((t) => t.name),
  }));
  // A settings sheet without a registry was written by an older version (own-sheets.ts).
  model.addinSheets = resolveOwnSheets(sheetInfo, registry, settingsSheet !== undefined);
  // ExcelJS keeps a name only as the cells it covers, without its sheet scope, and drops one whose value is
  // a formula: read them from the workbook part itself.
  const workbookXml = await readZipText(buffer, 'xl/workbook.xml');
  const names = workbookXml ? readDefinedNames(workbookXml) : [];
  if (names.length) model.names = names;
  // A picture no sheet places (a background, one in a header) is not carried: the copy says so.
  if ((xl as unknown as { media?: unknown[] }).media?.some((_, id) => !usedMedia.has(id)))
    model.notCarried = ['images'];
  return new MemoryWorkbook(model);
}

/**
 * The defined names of xl/workbook.xml, a local one with the name of its sheet (localSheetId is a
 * position in <sheets>). Left out: hidden names (programs make them, e.g. _xlnm._FilterDatabase, and
 * ExcelJS cannot write one hidden) and macro names (the copy has no macros).
 */
function readDefinedNames(xml: string): DefinedName[] {
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)].map((m) => xmlAttributes(m[1]).name);
  const out: DefinedName[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\s([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g)) {
    const a = xmlAttributes(m[1]);
    const formula = decodeEntities(m[2]).trim();
    if (!a.name || !formula || [a.hidden, a.function, a.vbProcedure, a.xlm].some((x) => x === '1' || x === 'true'))
      continue;
    const name: DefinedName = { name: a.name, formula };
    if (a.localSheetId !== undefined) {
      const sheet = sheets[Number(a.localSheetId)];
      if (!sheet || sheet === SETTINGS_SHEET) continue;
      name.sheet = sheet;
    }
    out.push(name);
  }
  return out;
}

/**
 * Every cell object ExcelJS holds, with its 1-based row and column. Row.eachCell skips cells
 * without a value, but an empty cell can still carry a note or a fill the user gave it.
 */
function eachStoredCell(ws: ExcelJS.Worksheet, fn: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (!Array.isArray(rows)) {
    ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => fn(cell, r, c)));
    return;
  }
  for (const row of rows) {
    const cells = row && (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells;
    if (!Array.isArray(cells)) continue;
    cells.forEach((cell, i) => {
      if (cell) fn(cell, row!.number, i + 1);
    });
  }
}

/** ExcelJS gives an autofilter as 'A1:Q30' or as { from, to } with addresses or { row, column }. */
function autoFilterRef(af: unknown): string | undefined {
  if (typeof af === 'string') return parseRange('', af) ? af : undefined;
  if (!af || typeof af !== 'object') return undefined;
  const address = (x: unknown): string | undefined =>
    typeof x === 'string'
      ? x
      : x && typeof x === 'object'
        ? `${columnLetter((x as { column: number }).column - 1)}${(x as { row: number }).row}`
        : undefined;
  const { from, to } = af as { from?: unknown; to?: unknown };
  const a = address(from);
  const b = address(to);
  return a && b && parseRange('', `${a}:${b}`) ? `${a}:${b}` : undefined;
}

/** Largest Excel serial (9999-12-31): a date-formatted number past it is not a date. */
const EXCEL_MAX_DATE_SERIAL = 2958465;

/**
 * ExcelJS turns every date-formatted number into a Date, also one no calendar holds (13812345678
 * typed into a date column: an invalid Date; 1e7: the year 29349). Such a cell holds a number, and
 * the rules must see that number to say it is not a date: a Date still valid is turned back into
 * its serial; for an invalid one the caller reads the number from the sheet's XML (restoreStoredNumbers).
 */
function numberPastExcelDates(v: Date, date1904: boolean): number | Date {
  const serial = v.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0);
  return serial >= 0 && serial <= EXCEL_MAX_DATE_SERIAL ? v : serial;
}

/** Puts back the stored numbers of cells ExcelJS read as invalid Dates ([row, 0-based column]). */
async function restoreStoredNumbers(grid: GridSheet, buffer: ArrayBuffer | Uint8Array, cells: [number, number][]) {
  const stored = await storedNumbers(
    buffer,
    grid.name,
    cells.map(([r, c]) => `${columnLetter(c)}${r}`),
  );
  for (const [r, c] of cells) setCell(grid, r, c, stored.get(`${columnLetter(c)}${r}`) ?? null);
}

/** The numbers stored in some cells of a sheet (A1 references), read from the sheet's part of the zip. */
async function storedNumbers(
  buffer: ArrayBuffer | Uint8Array,
  sheet: string,
  refs: string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const book = await readZipText(buffer, 'xl/workbook.xml');
  const rels = await readZipText(buffer, 'xl/_rels/workbook.xml.rels');
  if (!book || !rels) return out;
  const tag = [...book.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)]
    .map((m) => xmlAttributes(m[1]))
    .find((a) => a.name === sheet);
  const id = tag && Object.entries(tag).find(([k]) => k.endsWith(':id'))?.[1];
  const rel = [...rels.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)]
    .map((m) => xmlAttributes(m[1]))
    .find((a) => a.Id === id);
  if (!rel?.Target) return out;
  const part = rel.Target.startsWith('/') ? rel.Target.slice(1) : `xl/${rel.Target}`;
  const xml = await readZipText(buffer, part);
  if (!xml) return out;
  for (const ref of refs) {
    const m = new RegExp(`<c\\s[^>]*?\\br="${ref}"[^>]*>(?:(?!</c>)[\\s\\S])*?<v>([^<]*)</v>`).exec(xml);
    if (m && m[1].trim() !== '') out.set(ref, Number(m[1]));
  }
  return out;
}

function readSheet(
  ws: ExcelJS.Worksheet,
  model: WorkbookModel,
  date1904: boolean,
): { grid: GridSheet; lostNumbers: [number, number][] } {
  const grid = newSheet(ws.name);
  const lostNumbers: [number, number][] = [];
  if (ws.state === 'hidden' || ws.state === 'veryHidden') grid.hidden = ws.state;
  const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
  if (view?.state === 'frozen' && view.ySplit) grid.frozenRows = view.ySplit;
  if (view?.state === 'frozen' && view.xSplit) grid.frozenColumns = view.xSplit;
  const print = readPrintSetup(ws);
  if (print) grid.print = print;
  const styles = new Map<string, unknown>();
  const notes = new Map<string, unknown>();
  const richText = new Map<string, { text: string }[]>();
  const errors = new Set<string>();
  eachStoredCell(ws, (cell, r, c) => {
    const col = c - 1;
    const key = cellKey(r, col);
    const style = cell.style as Record<string, unknown> | undefined;
    if (style && Object.keys(style).length) styles.set(key, style);
    const note = cell.note as unknown;
    if (note !== undefined && note !== null && note !== '') notes.set(key, note);
    if (cell.type === excelJs().ValueType.Null) return;
    const v = cell.value as unknown;
    let value: CellValue;
    if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
      const formula = String((v as { formula?: string }).formula ?? cell.formula ?? '');
      // cell.value drops a falsy result (ExcelJS copies only truthy keys): read cell.result so 0 stays 0.
      value = plainValue((cell as unknown as { result?: unknown }).result ?? (v as { result?: unknown }).result);
      // An internal link is how the add-in writes its jumps; a user's link elsewhere stays the formula it is.
      const link = HYPERLINK_FORMULA.exec(formula);
      if (link && link[1].startsWith('#')) {
        model.hyperlinks.push({ sheet: ws.name, row: r, col, target: link[1].replace(/""/g, '"') });
        value = value ?? link[2].replace(/""/g, '"');
      } else if (formula) grid.formulas.set(key, formula);
    } else if (v && typeof v === 'object' && 'hyperlink' in v) {
      value = plainValue((v as { text?: unknown }).text);
      model.hyperlinks.push({ sheet: ws.name, row: r, col, target: String((v as { hyperlink: string }).hyperlink) });
    } else {
      value = plainValue(v);
      const runs = (v as { richText?: unknown } | null)?.richText;
      if (Array.isArray(runs) && cell.type === excelJs().ValueType.RichText) richText.set(key, runs);
    }
    if (cell.type === excelJs().ValueType.Error || isErrorResult(cell)) errors.add(key);
    if (value instanceof Date) {
      value = numberPastExcelDates(value, date1904);
      if (Number.isNaN(value)) lostNumbers.push([r, col]);
    }
    setCell(grid, r, col, value);
  });
  const filter = autoFilterRef(ws.autoFilter as unknown);
  if (filter) (grid.extras ??= {}).autoFilter = filter;
  if (notes.size) (grid.extras ??= {}).notes = notes;
  if (richText.size) (grid.extras ??= {}).richText = richText;
  if (errors.size) (grid.extras ??= {}).errors = errors;
  if (styles.size) (grid.extras ??= {}).styles = styles;
  const merges = (ws.model as unknown as { merges?: string[] }).merges;
  if (merges?.length) (grid.extras ??= {}).merges = merges;
  const protection = (ws as unknown as { sheetProtection?: object | null }).sheetProtection;
  if (protection) (grid.extras ??= {}).protection = protection;
  // A hidden or resized column past the last value is listed in ws.columns only (columnCount counts cells).
  const count = Math.max(ws.columnCount, ws.columns?.length ?? 0);
  const columns: (ColumnFormat | undefined)[] = [];
  for (let c = 1; c <= count; c++) {
    const column = ws.getColumn(c);
    if (column.width) grid.widths[c - 1] = column.width;
    if (column.numFmt) grid.numFmts[c - 1] = column.numFmt;
    if (column.hidden || column.outlineLevel)
      columns[c - 1] = { hidden: column.hidden || undefined, outlineLevel: column.outlineLevel || undefined };
  }
  if (columns.length) (grid.extras ??= {}).columns = columns;
  const rows = new Map<number, RowFormat>();
  for (const row of (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? []) {
    if (row && (row.height || row.hidden || row.outlineLevel))
      rows.set(row.number, {
        height: row.height || undefined,
        hidden: row.hidden || undefined,
        outlineLevel: row.outlineLevel || undefined,
      });
  }
  if (rows.size) (grid.extras ??= {}).rows = rows;
  const { outlineLevelRow, outlineLevelCol } = ws.properties ?? {};
  if (outlineLevelRow || outlineLevelCol)
    (grid.extras ??= {}).outline = { rows: outlineLevelRow ?? 0, columns: outlineLevelCol ?? 0 };
  return { grid, lostNumbers };
}

// ---------------------------------------------------------------- save

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase().padStart(6, '0');
}

/** Are these header cells table column names as they stand: unique, non-empty text, no formulas? */
function validColumnNames(grid: GridSheet, headerRow: number, firstColumn: number, headers: CellValue[]): boolean {
  const seen = new Set<string>();
  return headers.every((v, i) => {
    if (typeof v !== 'string' || v.trim() === '' || grid.formulas.has(cellKey(headerRow, firstColumn + i)))
      return false;
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Excel table column names must be unique, non-empty text. */
function tableColumnNames(values: CellValue[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    let name = v === null || v === undefined || String(v).trim() === '' ? `Column${i + 1}` : String(v);
    const base = name;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** 'row,col' -> [row, col] (indexOf: split would cost a big sheet's styles pass a noticeable time). */
export function splitKey(key: string): [number, number] {
  const i = key.indexOf(',');
  return [Number(key.slice(0, i)), Number(key.slice(i + 1))];
}

/** One sheet of the copy: its ExcelJS worksheet and what its cells are written with. */
export interface SheetFrame {
  grid: GridSheet;
  ws: ExcelJS.Worksheet;
  /** The header cells of the tables written, by 'row,col' key: Excel's column names, which the cells must show. */
  headerNames: Map<string, string>;
  /** Hyperlink targets on the sheet by 'row,col' key ('#Sheet!A1' for an internal one). */
  links: Map<string, string>;
}

/**
 * The whole workbook as ExcelJS writes it, cells included. The CLI's copy does not use it: ./xlsx-write
 * writes the cells itself into the frame (buildExcelFrame) and streams the zip.
 */
export function buildExcelWorkbook(model: WorkbookModel): ExcelJS.Workbook {
  const { xl, frames } = buildExcelFrame(model, (frame) => writeCellsWithExcelJS(frame));
  for (const frame of frames) writeRowFormats(frame);
  return xl;
}

/**
 * Everything of the copy but the cell values: sheets, column formats, tables, filters, merges,
 * conditional formats, validations, notes, external links (as cells, so that ExcelJS writes their
 * relationships), the settings sheet and the defined names. `cells` runs where the cells belong in
 * ExcelJS's order: after the tables (whose header and rows it overwrites), before the column formats
 * (set on the column model alone so ExcelJS does not copy a style into every cell).
 */
export function buildExcelFrame(
  model: WorkbookModel,
  cells: (frame: SheetFrame) => void = writeExternalLinksOnly,
): { xl: ExcelJS.Workbook; frames: SheetFrame[] } {
  const xl = new (excelJs().Workbook)();
  xl.creator = 'Showroom Desk';
  const payload: SettingsPayload = {
    ...model.payloadExtras,
    settings: model.settings,
    formats: [],
    sheets: model.addinSheets ?? {},
  };
  const frames: SheetFrame[] = [];
  const active = openingSheet(model);
  const activeTab = model.sheets.findIndex((g) => g.name === active);
  if (activeTab > 0) xl.views = [{ activeTab, firstSheet: 0, visibility: 'visible' } as ExcelJS.WorkbookView];
  for (const grid of model.sheets) {
    const ws = xl.addWorksheet(grid.name, {
      state: grid.hidden ?? 'visible',
      views: sheetViews(grid, grid.name === active),
      pageSetup: pageSetup(grid.print),
    });
    const width = Math.max(grid.widths.length, grid.numFmts.length);
    for (let c = 0; c < width; c++) if (grid.widths[c]) ws.getColumn(c + 1).width = grid.widths[c];
    // Hidden and grouped columns as the user left them.
    const outline = grid.extras?.outline;
    if (outline) {
      ws.properties.outlineLevelRow = outline.rows;
      ws.properties.outlineLevelCol = outline.columns;
    }
    grid.extras?.columns?.forEach((f, c) => {
      if (!f) return;
      const column = ws.getColumn(c + 1);
      if (f.hidden) column.hidden = true;
      if (f.outlineLevel) column.outlineLevel = f.outlineLevel;
    });
    const { headerNames, tableRanges } = addTables(ws, grid, model);
    const filter = grid.extras?.autoFilter ? parseRange(grid.name, grid.extras.autoFilter) : null;
    // Excel forbids a sheet autofilter that overlaps a table: the table's own filter buttons replace it.
    if (filter && !tableRanges.some((t) => overlaps(t, filter))) ws.autoFilter = rangeAddress(filter);
    const links = new Map(
      model.hyperlinks.filter((h) => h.sheet === grid.name).map((h) => [cellKey(h.row, h.col), h.target]),
    );
    const frame: SheetFrame = { grid, ws, headerNames, links };
    frames.push(frame);
    cells(frame);
    for (const [key, note] of grid.extras?.notes ?? []) {
      const [r, c] = splitKey(key);
      ws.getCell(r, c + 1).note = note as ExcelJS.Comment;
    }
    for (let c = 0; c < width; c++) {
      const fmt = grid.numFmts[c];
      if (fmt) (ws.getColumn(c + 1) as unknown as { style: Partial<ExcelJS.Style> }).style = { numFmt: fmt };
    }
    for (const image of grid.extras?.images ?? [])
      ws.addImage(
        xl.addImage({ buffer: image.buffer as unknown as ExcelJS.Buffer, extension: image.extension as 'png' }),
        image.range as unknown as ExcelJS.ImageRange,
      );
    // The user's protection (its password hash and what it allows) stays as it was.
    if (grid.extras?.protection)
      (ws as unknown as { sheetProtection: object }).sheetProtection = grid.extras.protection;
    for (const m of grid.extras?.merges ?? []) {
      try {
        ws.mergeCells(m);
      } catch {
        // overlapping merges from a damaged file: skip them rather than fail the save
      }
    }
    let priority = 1;
    for (const cf of model.conditionalFormats.filter((f) => f.range.sheet === grid.name)) {
      addConditionalFormat(ws, cf, priority++);
      if (cf.rule.type === 'expression')
        payload.formats.push({ id: cf.id, sheet: grid.name, ref: rangeAddress(cf.range), formula: cf.rule.formula });
    }
    for (const raw of grid.extras?.rawConditionalFormats ?? [])
      ws.addConditionalFormatting(raw as ExcelJS.ConditionalFormattingOptions);
    for (const dv of model.validations.filter((v) => v.range.sheet === grid.name)) addValidation(ws, dv);
  }
  const meta = xl.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  meta.getCell('A1').value = encodeXstring(JSON.stringify(payload));
  // ExcelJS writes each name's ranges joined as its text and localSheetId as given: hand it the names whole.
  const names = writableNames(model, xl);
  if (names.length)
    Object.defineProperty(xl.definedNames, 'model', {
      get: () => names,
      configurable: true,
    });
  return { xl, frames };
}

/** The sheet the copy opens on: the model's active sheet when it is visible, else the first visible one. */
function openingSheet(model: WorkbookModel): string | undefined {
  const visible = model.sheets.filter((g) => !g.hidden);
  return (visible.find((g) => g.name === model.activeSheet) ?? visible[0])?.name;
}

/**
 * The sheet's view: its frozen rows and columns (the pane's top-left cell right of and below them), and
 * whether its tab is the selected one (exactly one tab is: two selected tabs are a group in Excel).
 */
function sheetViews(grid: GridSheet, selected: boolean): Partial<ExcelJS.WorksheetView>[] {
  const xSplit = grid.frozenColumns ?? 0;
  const ySplit = grid.frozenRows;
  if (!xSplit && !ySplit) return selected ? [{ tabSelected: true } as Partial<ExcelJS.WorksheetView>] : [];
  const topLeftCell = `${columnLetter(xSplit)}${ySplit + 1}`;
  return [{ state: 'frozen', xSplit, ySplit, topLeftCell, tabSelected: selected } as Partial<ExcelJS.WorksheetView>];
}

/** ExcelJS's page setup for a sheet's print settings (paper size 9 is A4). */
function pageSetup(print: PrintSetup | undefined): Partial<ExcelJS.PageSetup> | undefined {
  if (!print) return undefined;
  return {
    paperSize: (print.paper === 'A4' ? 9 : print.paperCode) as ExcelJS.PaperSize | undefined,
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: print.fitToWidth, fitToHeight: 0 } : {}),
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows[0]}:${print.titleRows[1]}` } : {}),
  };
}

/** A sheet's print settings as ExcelJS read them, when it has any beyond the defaults. */
function readPrintSetup(ws: ExcelJS.Worksheet): PrintSetup | undefined {
  const p = ws.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
  if (!p || (!p.paperSize && p.orientation !== 'landscape' && !p.fitToPage)) return undefined;
  return {
    paper: p.paperSize === 9 ? 'A4' : 'other',
    paperCode: p.paperSize && p.paperSize !== 9 ? Number(p.paperSize) : undefined,
    orientation: p.orientation === 'landscape' ? 'landscape' : 'portrait',
    fitToWidth: p.fitToPage ? (p.fitToWidth ?? 1) : undefined,
  };
}

/**
 * The sheet's tables, without rows (ExcelJS would create a cell object for every blank table cell): the
 * cells are written separately and each table's range is set to cover its data.
 */
function addTables(
  ws: ExcelJS.Worksheet,
  grid: GridSheet,
  model: WorkbookModel,
): { headerNames: Map<string, string>; tableRanges: CellRange[] } {
  const headerNames = new Map<string, string>();
  const tableRanges: CellRange[] = [];
  for (const t of model.tables.filter((x) => x.sheet === grid.name)) {
    const headers: CellValue[] = [];
    for (let c = t.firstColumn; c <= t.lastColumn; c++) headers.push(grid.cells[t.headerRow - 1]?.[c] ?? null);
    // Excel would rename a blank, repeated, numeric or formula header of a table: a plain range the
    // add-in works on stays a plain range then (status columns, formats and filter work on it too).
    if (t.fromRange && !validColumnNames(grid, t.headerRow, t.firstColumn, headers)) continue;
    const names = tableColumnNames(headers);
    names.forEach((n, i) => headerNames.set(cellKey(t.headerRow, t.firstColumn + i), n));
    const added = ws.addTable({
      name: t.name,
      ref: `${columnLetter(t.firstColumn)}${t.headerRow}`,
      headerRow: true,
      style: {
        theme: (t.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'],
        showRowStripes: true,
      },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows: [],
    });
    const table = (added as unknown as { table: { tableRef: string; autoFilterRef: string } }).table;
    const ref = rangeAddress({
      sheet: grid.name,
      firstRow: t.headerRow,
      lastRow: t.headerRow + Math.max(1, t.rowCount),
      firstColumn: t.firstColumn,
      lastColumn: t.lastColumn,
    });
    table.tableRef = ref;
    table.autoFilterRef = ref;
    tableRanges.push(parseRange(grid.name, ref)!);
  }
  return { headerNames, tableRanges };
}

/** The text a link cell shows: its value, or the target when it has none. */
export function linkText(v: CellValue, target: string): string {
  return v === null ? target : String(v instanceof Date ? v.toISOString().slice(0, 10) : v);
}

/** An internal link as Excel keeps one that works in any copy: a HYPERLINK formula (no relationship). */
export function internalLinkFormula(target: string, text: string): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `HYPERLINK("${q(target)}","${q(text)}")`;
}

/**
 * The frame's cells for ./xlsx-write: only the external links, so that ExcelJS writes their
 * relationships and <hyperlinks>; the cells themselves, these included, are written by xlsx-write.
 */
function writeExternalLinksOnly({ grid, ws, links }: SheetFrame): void {
  for (const [key, target] of links) {
    if (target.startsWith('#')) continue;
    const [r, c] = splitKey(key);
    ws.getCell(r, c + 1).value = { text: linkText(grid.cells[r - 1]?.[c] ?? null, target), hyperlink: target };
  }
}

/** The cells through ExcelJS's own cell objects (buildExcelWorkbook). */
function writeCellsWithExcelJS({ grid, ws, headerNames, links }: SheetFrame): void {
  const styles = grid.extras?.styles;
  const richText = grid.extras?.richText;
  grid.cells.forEach((rowValues, ri) => {
    if (!rowValues) return;
    const r = ri + 1;
    const row = ws.getRow(r);
    rowValues.forEach((cellValue, c) => {
      const key = cellKey(r, c);
      const v = headerNames.get(key) ?? cellValue;
      const formula = grid.formulas.get(key);
      const link = links.get(key);
      if (v === null && !formula && !link && !styles?.has(key)) return;
      const cell = row.getCell(c + 1);
      const style = styles?.get(key);
      if (style) cell.style = style as Partial<ExcelJS.Style>;
      const runs = richText?.get(key);
      // An error value read from the file, still there: written back as the error, not as its text.
      const error = typeof v === 'string' && grid.extras?.errors?.has(key) ? { error: v } : undefined;
      if (link !== undefined) {
        const text = linkText(v, link);
        if (link.startsWith('#'))
          cell.value = { formula: internalLinkFormula(link, text), result: text } as ExcelJS.CellFormulaValue;
        else cell.value = { text: encodeXstring(text), hyperlink: link };
      } else if (formula) {
        cell.value = {
          formula,
          result: (error ?? v ?? undefined) as ExcelJS.CellFormulaValue['result'],
        } as ExcelJS.CellFormulaValue;
        // ExcelJS's value setter drops a falsy result; a cached 0 (e.g. tier D's discount) must still be written.
        if (v === 0 || v === false) (cell as unknown as { _value: { result: unknown } })._value.result = v;
      } else if (runs && typeof v === 'string' && runs.map((x) => x.text).join('') === v) {
        // The add-in left this cell's text alone: keep the user's bold, colours and fonts within it.
        cell.value = {
          richText: runs.map((x) => ({ ...x, text: encodeXstring(x.text) })),
        } as ExcelJS.CellRichTextValue;
      } else if (error) cell.value = error as ExcelJS.CellErrorValue;
      else cell.value = typeof v === 'string' ? encodeXstring(v) : v;
      // Only dates need a cell format (else Excel shows serials); other formats go on the column.
      if (v instanceof Date && !style) cell.numFmt = grid.numFmts[c] ?? 'yyyy-mm-dd';
    });
  });
  // A filled or commented cell past the last value of its row (the pass above covers the rest).
  for (const [key, style] of styles ?? []) {
    const [r, c] = splitKey(key);
    if (c >= (grid.cells[r - 1]?.length ?? 0)) ws.getCell(r, c + 1).style = style as Partial<ExcelJS.Style>;
  }
}

/**
 * Hidden, resized and grouped rows (buildExcelWorkbook). After the cells: ExcelJS writes a row without
 * cells only when it has a height, so an empty hidden row gets the sheet's default one.
 */
function writeRowFormats({ grid, ws }: SheetFrame): void {
  for (const [r, f] of grid.extras?.rows ?? []) {
    const row = ws.getRow(r);
    if (f.hidden) row.hidden = true;
    if (f.outlineLevel) row.outlineLevel = f.outlineLevel;
    if (f.height) row.height = f.height;
    else if (row.cellCount === 0) row.height = ws.properties.defaultRowHeight || 15;
  }
}

/**
 * The names Excel and LibreOffice will accept in the copy, in ExcelJS's model shape: a valid name,
 * unique in its scope, not a table's name, whose sheets are in the copy and whose value points
 * into no other workbook and at no table but the copy's.
 */
function writableNames(
  model: WorkbookModel,
  xl: ExcelJS.Workbook,
): { name: string; ranges: string[]; localSheetId?: number }[] {
  const sheetIndex = new Map(model.sheets.map((g, i) => [g.name.toLowerCase(), i]));
  const tables = new Set<string>();
  for (const ws of xl.worksheets)
    for (const t of ws.getTables() as unknown as { table?: { name: string }; name?: string }[])
      tables.add(String(t.table?.name ?? t.name).toLowerCase());
  const seen = new Set<string>();
  const out: { name: string; ranges: string[]; localSheetId?: number }[] = [];
  for (const n of model.names ?? []) {
    // A sheet's print titles are written from its page setup when it has one (ExcelJS names them then).
    if (/^_xlnm\.Print_Titles$/i.test(n.name) && model.sheets.some((g) => g.name === n.sheet && g.print?.titleRows))
      continue;
    const scope = n.sheet === undefined ? -1 : (sheetIndex.get(n.sheet.toLowerCase()) ?? -2);
    const key = `${scope}:${n.name.toLowerCase()}`;
    if (scope === -2 || seen.has(key) || !validName(n.name) || tables.has(n.name.toLowerCase())) continue;
    if (!referencesResolve(n.formula, sheetIndex, tables)) continue;
    seen.add(key);
    out.push(
      scope < 0 ? { name: n.name, ranges: [n.formula] } : { name: n.name, ranges: [n.formula], localSheetId: scope },
    );
  }
  return out;
}

/** Excel's rules for a name: letter, _ or \ first, no spaces, and not something that reads as a cell (A1, R1C1). */
function validName(name: string): boolean {
  if (name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name)) return false;
  return !/^[Rr]([0-9]*|\[-?[0-9]+\])[Cc]([0-9]*|\[-?[0-9]+\])$/.test(name) && !/^[RrCc][0-9]+$/.test(name);
}

/** Are the sheets a name's value names in the copy, and is every [ a reference into one of its tables? */
function referencesResolve(formula: string, sheets: Map<string, number>, tables: Set<string>): boolean {
  const s = formula;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      i++;
      while (i < s.length && !(s[i] === '"' && s[i + 1] !== '"')) i += s[i] === '"' ? 2 : 1;
      i++;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < s.length && !(s[j] === "'" && s[j + 1] !== "'")) j += s[j] === "'" ? 2 : 1;
      const quoted = s.slice(i + 1, j).replace(/''/g, "'");
      if (s[j + 1] === '!' && quoted.split(':').some((sheet) => !sheets.has(sheet.toLowerCase()))) return false;
      i = j + 1;
    } else if (/[\p{L}_\\]/u.test(ch)) {
      let j = i;
      while (j < s.length && /[\p{L}\p{N}_.\\?]/u.test(s[j])) j++;
      const token = s.slice(i, j);
      if (s[j] === '!' && s[i - 1] !== '#' && !sheets.has(token.toLowerCase())) return false;
      if (s[j] === '[') {
        if (!tables.has(token.toLowerCase())) return false;
        let depth = 0;
        do {
          if (s[j] === '[') depth++;
          else if (s[j] === ']') depth--;
          j++;
        } while (j < s.length && depth > 0);
      }
      i = j;
    } else if (ch === '[')
      return false; // [1]Sheet!A1: another workbook, whose link the copy does not carry
    else i++;
  }
  return true;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return (
    a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn
  );
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat, priority: number): void {
  const style: Partial<ExcelJS.Style> = {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) }, fgColor: { argb: argb(cf.fill) } },
  };
  if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
  const rule: ExcelJS.ConditionalFormattingRule =
    cf.rule.type === 'expression'
      ? { type: 'expression', formulae: [cf.rule.formula], priority, style }
      : ({
          type: 'containsText',
          operator: 'containsText',
          text: cf.rule.text,
          priority,
          style,
        } as ExcelJS.ConditionalFormattingRule);
  ws.addConditionalFormatting({ ref: rangeAddress(cf.range), rules: [rule] });
}

function addValidation(ws: ExcelJS.Worksheet, dv: DataValidation): void {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv.errorStyle ?? 'stop',
    showInputMessage: !!dv.prompt,
    promptTitle: dv.prompt,
  };
  const r = dv.rule;
  let v: ExcelJS.DataValidation;
  if (r.type === 'list') v = { ...base, type: 'list', formulae: [r.source] };
  else {
    const fmt = (n: number) => (r.type === 'date' ? new Date((n - 25569) * 86400000) : n);
    if (r.min !== undefined && r.max !== undefined)
      v = { ...base, type: r.type, operator: 'between', formulae: [fmt(r.min), fmt(r.max)] };
    else if (r.min !== undefined) v = { ...base, type: r.type, operator: 'greaterThanOrEqual', formulae: [fmt(r.min)] };
    else if (r.max !== undefined) v = { ...base, type: r.type, operator: 'lessThanOrEqual', formulae: [fmt(r.max)] };
    else return;
  }
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    rangeAddress(dv.range),
    v,
  );
}
