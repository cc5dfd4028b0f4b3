/**
 * A workbook as the user would compare it, cell by cell: value (with its type), formula, number
 * format, hyperlink and note of every non-empty cell of every sheet. Taken from a file read back by
 * ExcelJS (not the code under test's reader) or from the memory model (a CSV's cells as the reader
 * gives them, the pane's workbook through the memory port). diffBooks lists every difference the
 * add-in did not declare as its own: its sheets, the status columns it inserts, the cells a person
 * asked it to change.
 */
import * as fs from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { columnLetter } from '../../../src/domain/a1';
import type { CellValue } from '../../../src/domain/table';
import type { GridSheet, WorkbookModel } from '../../../src/workbook/memory';
import { loadWorkbookFile } from '../../../src/workbook/file';
import { loadExcelJsWorkbook } from '../../../src/workbook/file/exceljs-compat';
import { ADDIN_NOTE_MARK } from '../../../src/workbook/report-layout';

export interface CellSnap {
  /** 's:text', 'n:42', 'b:true', 'd:2026-06-01T00:00:00.000Z', 'e:#N/A', or '' (a formula's missing result). */
  v: string;
  f?: string;
  fmt?: string;
  link?: string;
  note?: string;
}

export interface SheetSnap {
  name: string;
  state: string;
  /** By 'row,col' (1-based row, 0-based column). */
  cells: Map<string, CellSnap>;
}

export interface BookSnap {
  sheets: SheetSnap[];
}

/** What the add-in may change, declared per case. */
export interface Intended {
  /** Sheets the add-in adds or replaces, by name (its report, settings, snapshot, audit sheets). */
  ownSheets: readonly string[];
  /**
   * Status columns on a sheet: the first's 0-based index and their headers (on headerRow, 1-based,
   * default 1). They are inserted (the user's cells from `at` on move right) unless `rewritten`:
   * already there from an earlier check, and written again.
   */
  columns?: readonly {
    sheet: string;
    at: number;
    headers: readonly string[];
    rewritten?: boolean;
    headerRow?: number;
  }[];
  /** Cells a person asked to change ('Sheet!row,col'). */
  cells?: readonly string[];
}

const key = (row: number, col: number) => `${row},${col}`;
const where = (sheet: string, k: string) => {
  const [row, col] = k.split(',').map(Number);
  return `${sheet}!${columnLetter(col)}${row}`;
};

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `d:${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()}`;
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  const o = v as { error?: string; richText?: { text: string }[]; text?: unknown; result?: unknown };
  if (o.error) return `e:${o.error}`;
  if (o.richText) return `s:${o.richText.map((r) => r.text).join('')}`;
  if ('result' in o) return valueText(o.result);
  if ('text' in o) return valueText(o.text);
  return `?:${JSON.stringify(v)}`;
}

/**
 * A cell's note as text. The add-in's own note (its mark first: where the status columns are, on the
 * table's first header) is the add-in's, like its status columns: not a change to a person's cell. A
 * person's note there is kept (arrange.ts), which the cases with notes check.
 */
function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  const texts = (note as { texts?: { text: string }[] }).texts;
  const text = typeof note === 'string' ? note : texts ? texts.map((t) => t.text).join('') : JSON.stringify(note);
  return text.startsWith(ADDIN_NOTE_MARK) ? undefined : text;
}

function withOptional(snap: CellSnap, extra: Omit<CellSnap, 'v'>): CellSnap {
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') (snap as never)[k] = v as never;
  return snap;
}

/** A .xlsx file as ExcelJS reads it. */
export async function snapshotXlsx(file: string): Promise<BookSnap> {
  // ExcelJS, through the project's shim for parts other programs name by absolute paths (openpyxl).
  const xl = await loadExcelJsWorkbook(fs.readFileSync(file));
  return {
    sheets: xl.worksheets.map((ws) => {
      const cells = new Map<string, CellSnap>();
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const value = cell.value as unknown;
          const formula = cell.formula || undefined;
          const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
          const link = cell.hyperlink || undefined;
          const note = noteText(cell.note);
          const v = valueText(value);
          if (!v && !formula && !link && !note) return;
          cells.set(key(r, c - 1), withOptional({ v }, { f: formula, fmt, link, note }));
        }),
      );
      return { name: ws.name, state: ws.state ?? 'visible', cells };
    }),
  };
}

/** The memory model (a CSV as the reader gives it, or the pane's workbook). */
export function snapshotModel(model: WorkbookModel): BookSnap {
  const sheetSnap = (s: GridSheet): SheetSnap => {
    const cells = new Map<string, CellSnap>();
    const links = new Map(model.hyperlinks.filter((h) => h.sheet === s.name).map((h) => [key(h.row, h.col), h]));
    const notes = s.extras?.notes;
    const keys = new Set<string>([...s.formulas.keys(), ...links.keys(), ...(notes?.keys() ?? [])]);
    s.cells.forEach((row, r) =>
      row?.forEach((v: CellValue, c) => {
        if (v !== null && v !== undefined && v !== '') keys.add(key(r + 1, c));
      }),
    );
    for (const k of keys) {
      const [r, c] = k.split(',').map(Number);
      const v = valueText(s.cells[r - 1]?.[c]);
      const formula = s.formulas.get(k);
      const link = links.get(k)?.target;
      cells.set(
        k,
        withOptional({ v }, { f: formula, fmt: v ? s.numFmts[c] : undefined, link, note: noteText(notes?.get(k)) }),
      );
    }
    return { name: s.name, state: s.hidden ?? 'visible', cells };
  };
  return { sheets: model.sheets.map(sheetSnap) };
}

/** A file of either kind: .xlsx through ExcelJS, .csv through the file adapter's reader. */
export async function snapshotFile(file: string): Promise<BookSnap> {
  if (/\.xlsx$/i.test(file) && fs.statSync(file).size > 0) return snapshotXlsx(file);
  return snapshotModel((await loadWorkbookFile(file)).model);
}

/** Cell values of every sheet of an .xlsx as stored: none may be NaN or Infinity (other programs cannot open them). */
export function nonFiniteValues(file: string): string[] {
  const parts = unzipSync(fs.readFileSync(file));
  return Object.entries(parts)
    .filter(([name]) => /^xl\/worksheets\/.*\.xml$/.test(name))
    .flatMap(([name, bytes]) =>
      (strFromU8(bytes).match(/<v>[^<]*(NaN|Infinity)[^<]*<\/v>/g) ?? []).map((v) => `${name}: ${v}`),
    );
}

const show = (c: CellSnap | undefined) => {
  const text = c ? JSON.stringify(c) : 'empty';
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
};

/** The number of header cells in row 1 of a sheet: where status columns go in after them. */
export function headerWidth(book: BookSnap, sheet: string): number {
  const cells = book.sheets.find((s) => s.name === sheet)?.cells;
  let width = 0;
  for (const k of cells?.keys() ?? []) if (k.startsWith('1,')) width = Math.max(width, Number(k.slice(2)) + 1);
  return width;
}

/**
 * Every difference between before and after that intended does not declare, as readable lines
 * ('客户档案!D2: {"v":"s:138…"} -> {"v":"n:138…"}'); [] when the add-in changed only its own.
 */
export function diffBooks(before: BookSnap, after: BookSnap, intended: Intended): string[] {
  const found: string[] = [];
  const own = new Set(intended.ownSheets);
  const cellsAsked = new Set(intended.cells ?? []);
  for (const sheet of after.sheets)
    if (!own.has(sheet.name) && !before.sheets.some((s) => s.name === sheet.name))
      found.push(`sheet ${sheet.name}: added, not declared as the add-in's`);
  for (const b of before.sheets) {
    if (own.has(b.name)) continue;
    const a = after.sheets.find((s) => s.name === b.name);
    if (!a) {
      found.push(`sheet ${b.name}: gone`);
      continue;
    }
    if (a.state !== b.state) found.push(`sheet ${b.name}: ${b.state} -> ${a.state}`);
    const inserted = (intended.columns ?? []).filter((c) => c.sheet === b.name);
    const moved = (k: string) => {
      const [r, c] = k.split(',').map(Number);
      const shift = inserted.filter((i) => c >= i.at && !i.rewritten).reduce((n, i) => n + i.headers.length, 0);
      return key(r, c + shift);
    };
    const statusColumn = (k: string) => {
      const c = Number(k.split(',')[1]);
      return inserted.some((i) => c >= i.at && c < i.at + i.headers.length);
    };
    for (const i of inserted)
      i.headers.forEach((h, n) => {
        const at = key(i.headerRow ?? 1, i.at + n);
        const header = a.cells.get(at)?.v;
        if (header !== `s:${h}`) found.push(`${where(b.name, at)}: header ${header} is not "${h}"`);
      });
    const reached = new Set<string>();
    for (const [k, cell] of b.cells) {
      const to = moved(k);
      reached.add(to);
      if (cellsAsked.has(`${b.name}!${k}`) || statusColumn(to)) continue;
      const now = a.cells.get(to);
      if (JSON.stringify(now) !== JSON.stringify(cell))
        found.push(
          `${where(b.name, k)}${to === k ? '' : ` (now ${where(b.name, to)})`}: ${show(cell)} -> ${show(now)}`,
        );
    }
    for (const [k, cell] of a.cells)
      if (!reached.has(k) && !statusColumn(k) && !cellsAsked.has(`${b.name}!${k}`))
        found.push(`${where(b.name, k)}: empty -> ${show(cell)}`);
  }
  return found;
}
