/**
 * Finding the schema's tables in a grid model and turning them into columnar Tables.
 * Shared by MemoryWorkbook.read() and (for header rows) the streaming file reader.
 */
import { SHEETS, type FieldDef, type SheetDef, type SheetKey } from '../../domain/schema';
import type { CellValue, Table } from '../../domain/table';
import { identifySheet, recogniseHeaders, headerRowAfterTitles, MAX_TITLE_ROWS } from '../../domain/headers';
import { numberAsCode } from '../../domain/normalise/text';
import { SETTINGS_SHEET, looksLikeOwnSheetName } from './own-sheets';
import {
  cellKey,
  getCell,
  isBlank,
  lastUsedColumn,
  lastUsedRow,
  type GridSheet,
  type GridTable,
  type WorkbookModel,
} from './model';

export { SETTINGS_SHEET };

/** Where a schema sheet lives in the grid. */
export interface Located {
  def: SheetDef;
  grid: GridSheet;
  table?: GridTable;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Last worksheet row that belongs to the data (>= headerRow). */
  lastRow: number;
}

/** A sheet never read as a schema table: the settings sheet and any sheet named as the add-in names its own. */
export function isAddinSheetName(name: string): boolean {
  return name.toLowerCase() === SETTINGS_SHEET.toLowerCase() || looksLikeOwnSheetName(name);
}

function fromTable(def: SheetDef, grid: GridSheet, table: GridTable): Located {
  return {
    def,
    grid,
    table,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    lastColumn: table.lastColumn,
    lastRow: table.headerRow + table.rowCount,
  };
}

/**
 * A plain range on a sheet without a table: the header is the first non-blank row, or the row
 * after a title above it (headerRowAfterTitles).
 */
function fromRawSheet(def: SheetDef, grid: GridSheet): Located | null {
  const last = lastUsedRow(grid);
  if (last === 0) return null;
  const firstRows: number[] = [];
  for (let r = 1; r <= last && firstRows.length <= MAX_TITLE_ROWS; r++)
    if (lastUsedColumn(grid, r) >= 0) firstRows.push(r);
  const headerRow = firstRows[headerRowAfterTitles(firstRows.map((r) => grid.cells[r - 1] ?? []))];
  const row = grid.cells[headerRow - 1] ?? [];
  let firstColumn = 0;
  while (firstColumn < row.length && isBlank(row[firstColumn])) firstColumn++;
  return { def, grid, headerRow, firstColumn, lastColumn: lastUsedColumn(grid, headerRow), lastRow: last };
}

export function headerValues(loc: {
  grid: GridSheet;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
}): string[] {
  const out: string[] = [];
  for (let c = loc.firstColumn; c <= loc.lastColumn; c++) {
    const v = getCell(loc.grid, loc.headerRow, c);
    out.push(v === null ? '' : String(v));
  }
  return out;
}

/** Is the first non-blank row of this sheet inside one of its tables? (Then the tables speak for it.) */
function hasTableAtHeader(model: WorkbookModel, grid: GridSheet): boolean {
  const tables = model.tables.filter((t) => t.sheet === grid.name);
  if (!tables.length) return false;
  let r = 1;
  const last = lastUsedRow(grid);
  while (r <= last && lastUsedColumn(grid, r) < 0) r++;
  return tables.some((t) => t.headerRow <= r && r <= t.headerRow + Math.max(1, t.rowCount));
}

/**
 * Finds every schema sheet: by Excel table name, then by sheet (or table) name,
 * then by recognising the header row. A sheet is claimed at most once.
 */
export function locateAll(model: WorkbookModel, wanted?: SheetKey[]): Partial<Record<SheetKey, Located>> {
  const out: Partial<Record<SheetKey, Located>> = {};
  const claimed = new Set<string>();
  const defs = SHEETS.filter((d) => !wanted || wanted.includes(d.key));
  const gridByName = new Map(model.sheets.map((s) => [s.name, s]));
  const claim = (loc: Located) => {
    out[loc.def.key] = loc;
    claimed.add(loc.grid.name + '\u0000' + (loc.table?.name ?? ''));
    if (!loc.table) claimed.add(loc.grid.name);
  };
  const isClaimed = (grid: string, table?: string) => claimed.has(grid + '\u0000' + (table ?? '')) || claimed.has(grid);

  // 1. table name
  for (const def of defs) {
    const t = model.tables.find((x) => x.name.toLowerCase() === def.table.toLowerCase());
    const grid = t && gridByName.get(t.sheet);
    if (t && grid) claim(fromTable(def, grid, t));
  }
  // 2. table or sheet name
  for (const def of defs) {
    if (out[def.key]) continue;
    for (const t of model.tables) {
      const grid = gridByName.get(t.sheet);
      if (!grid || isClaimed(t.sheet, t.name) || isAddinSheetName(t.sheet)) continue;
      if (identifySheet(t.name)?.key === def.key || identifySheet(t.sheet)?.key === def.key) {
        claim(fromTable(def, grid, t));
        break;
      }
    }
    if (out[def.key]) continue;
    for (const grid of model.sheets) {
      if (isClaimed(grid.name) || isAddinSheetName(grid.name) || hasTableAtHeader(model, grid)) continue;
      if (identifySheet(grid.name)?.key === def.key) {
        const loc = fromRawSheet(def, grid);
        if (loc) {
          claim(loc);
          break;
        }
      }
    }
  }
  // 3. header recognition (tables first, then plain sheets)
  for (const t of model.tables) {
    const grid = gridByName.get(t.sheet);
    if (!grid || isClaimed(t.sheet, t.name) || isAddinSheetName(t.sheet)) continue;
    const probe = fromTable(SHEETS[0], grid, t);
    const def = identifySheet('', headerValues(probe));
    if (def && defs.includes(def) && !out[def.key]) claim({ ...probe, def });
  }
  for (const grid of model.sheets) {
    if (isClaimed(grid.name) || isAddinSheetName(grid.name) || hasTableAtHeader(model, grid)) continue;
    const probe = fromRawSheet(SHEETS[0], grid);
    if (!probe) continue;
    const def = identifySheet('', headerValues(probe));
    if (def && defs.includes(def) && !out[def.key]) claim({ ...probe, def });
  }
  return out;
}

export { numberAsCode };

/**
 * Converts a cell of a field as the engine expects it: codes and phones as text
 * (a number in a 'code' field is reported via numericCodes).
 */
export function convertCell(f: FieldDef, v: CellValue): { value: CellValue; numeric: boolean } {
  if (typeof v === 'number' && (f.type === 'code' || f.type === 'phone')) {
    return { value: numberAsCode(v), numeric: f.type === 'code' };
  }
  return { value: v, numeric: false };
}

/** Builds the columnar Table for a located sheet. Trailing blank rows are dropped; blank rows of plain ranges skipped. */
export function buildTable(loc: Located): Table {
  const { def, grid } = loc;
  const headers = headerValues(loc);
  const mapping = recogniseHeaders(def, headers);
  const fields = def.fields.filter((f) => mapping.columns[f.key] !== undefined);
  const columns: Record<string, CellValue[]> = {};
  for (const f of fields) columns[f.key] = [];
  const rowNumbers: number[] = [];
  const numericCodes: Record<string, number[]> = {};
  const uncalculated: Record<string, number[]> = {};
  let lastRow = loc.lastRow;
  // a formula whose result the file did not store reads as blank, but the row is not empty
  const anyFormulas = grid.formulas.size > 0;
  const blankRow = (r: number) => {
    for (let c = loc.firstColumn; c <= loc.lastColumn; c++)
      if (!isBlank(getCell(grid, r, c)) || (anyFormulas && grid.formulas.has(cellKey(r, c)))) return false;
    return true;
  };
  while (lastRow > loc.headerRow && blankRow(lastRow)) lastRow--;
  for (let r = loc.headerRow + 1; r <= lastRow; r++) {
    if (!loc.table && blankRow(r)) continue;
    const i = rowNumbers.length;
    rowNumbers.push(r);
    for (const f of fields) {
      const c = loc.firstColumn + mapping.columns[f.key];
      const raw = getCell(grid, r, c);
      const { value, numeric } = convertCell(f, raw);
      columns[f.key].push(value);
      if (numeric) (numericCodes[f.key] ??= []).push(i);
      else if (raw === null && anyFormulas && grid.formulas.has(cellKey(r, c))) (uncalculated[f.key] ??= []).push(i);
    }
  }
  return {
    sheet: def.key,
    sourceName: grid.name,
    tableName: loc.table?.name,
    headerRow: loc.headerRow,
    firstColumn: loc.firstColumn,
    headers,
    mapping,
    length: rowNumbers.length,
    rowNumbers,
    columns,
    numericCodes: Object.keys(numericCodes).length ? numericCodes : undefined,
    uncalculated: Object.keys(uncalculated).length ? uncalculated : undefined,
    readProblems: grid.readProblems,
  };
}
