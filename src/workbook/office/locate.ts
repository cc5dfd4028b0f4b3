/**
 * Pure: which Excel table or sheet holds each schema sheet, from a snapshot of the workbook's
 * tables and sheets (names, positions, header rows) that the adapter loads in one sync.
 * Order, as in the memory adapter: table name, then table or sheet name, then the header row.
 */
import { SHEETS, type SheetDef, type SheetKey } from '../../domain/schema';
import { identifySheet } from '../../domain/headers';
import { SETTINGS_SHEET, isAddinSheetName } from '../memory/read';

/** Name of the sheet where the add-in keeps nothing but its own metadata (shared with the file adapter). */
export { SETTINGS_SHEET };

export interface TableProbe {
  name: string;
  sheet: string;
  headerRow: number; // 1-based
  firstColumn: number; // 0-based
  lastColumn: number;
  rowCount: number; // data rows
  headers: string[];
}

export interface SheetProbe {
  name: string;
  /** The used range (values only), or null when the sheet is empty. */
  used: { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number; firstRowValues: string[] } | null;
}

export interface WorkbookProbe {
  sheets: SheetProbe[];
  tables: TableProbe[];
}

/** Where a schema sheet lives. `table` is absent for a plain range. */
export interface OfficeLocated {
  def: SheetDef;
  sheet: string;
  table?: string;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Last worksheet row of the data (== headerRow when there is none). */
  lastRow: number;
  headers: string[];
}

export { isAddinSheetName };

function fromTable(def: SheetDef, t: TableProbe): OfficeLocated {
  return {
    def,
    sheet: t.sheet,
    table: t.name,
    headerRow: t.headerRow,
    firstColumn: t.firstColumn,
    lastColumn: t.lastColumn,
    lastRow: t.headerRow + t.rowCount,
    headers: t.headers,
  };
}

function fromSheet(def: SheetDef, s: SheetProbe): OfficeLocated | null {
  if (!s.used) return null;
  const u = s.used;
  return {
    def,
    sheet: s.name,
    headerRow: u.firstRow,
    firstColumn: u.firstColumn,
    lastColumn: u.lastColumn,
    lastRow: u.lastRow,
    headers: u.firstRowValues,
  };
}

/** A sheet whose used range starts inside one of its tables is spoken for by that table. */
function startsInTable(probe: WorkbookProbe, s: SheetProbe): boolean {
  if (!s.used) return false;
  const r = s.used.firstRow;
  return probe.tables.some((t) => t.sheet === s.name && t.headerRow <= r && r <= t.headerRow + Math.max(1, t.rowCount));
}

export function locateAll(probe: WorkbookProbe, wanted?: SheetKey[]): Partial<Record<SheetKey, OfficeLocated>> {
  const out: Partial<Record<SheetKey, OfficeLocated>> = {};
  const defs = SHEETS.filter((d) => !wanted || wanted.includes(d.key));
  const claimedTables = new Set<string>();
  const claimedSheets = new Set<string>();
  const claim = (loc: OfficeLocated) => {
    out[loc.def.key] = loc;
    if (loc.table) claimedTables.add(loc.table);
    else claimedSheets.add(loc.sheet);
  };
  const tableFree = (t: TableProbe) =>
    !claimedTables.has(t.name) && !claimedSheets.has(t.sheet) && !isAddinSheetName(t.sheet);
  const sheetFree = (s: SheetProbe) =>
    !claimedSheets.has(s.name) && !isAddinSheetName(s.name) && !startsInTable(probe, s);

  for (const def of defs) {
    const t = probe.tables.find((x) => x.name.toLowerCase() === def.table.toLowerCase());
    if (t) claim(fromTable(def, t));
  }
  for (const def of defs) {
    if (out[def.key]) continue;
    const t = probe.tables.find(
      (x) => tableFree(x) && (identifySheet(x.name)?.key === def.key || identifySheet(x.sheet)?.key === def.key),
    );
    if (t) {
      claim(fromTable(def, t));
      continue;
    }
    for (const s of probe.sheets) {
      if (!sheetFree(s) || identifySheet(s.name)?.key !== def.key) continue;
      const loc = fromSheet(def, s);
      if (loc) {
        claim(loc);
        break;
      }
    }
  }
  for (const t of probe.tables) {
    if (!tableFree(t)) continue;
    const def = identifySheet('', t.headers);
    if (def && defs.includes(def) && !out[def.key]) claim(fromTable(def, t));
  }
  for (const s of probe.sheets) {
    if (!sheetFree(s) || !s.used) continue;
    const def = identifySheet('', s.used.firstRowValues);
    const loc = def && defs.includes(def) && !out[def.key] ? fromSheet(def, s) : null;
    if (loc) claim(loc);
  }
  return out;
}
