/**
 * The file adapter (Node only: fs). Browser code imports ./browser instead.
 *  - loadWorkbookFile / saveWorkbookFile: .xlsx and .csv <-> MemoryWorkbook
 *  - readWorkbookData: a fast streaming read straight to columnar Tables for big files
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { SHEETS, type SheetDef, type SheetKey } from '../../domain/schema';
import type { CellValue, Table, WorkbookData } from '../../domain/table';
import {
  identifySheet,
  recogniseHeaders,
  couldBeHeader,
  headerRowAfterTitles,
  MAX_TITLE_ROWS,
} from '../../domain/headers';
import { MemoryWorkbook, SETTINGS_SHEET, getCell, lastUsedRow, locateAll } from '../memory';
import { convertCell, isAddinSheetName } from '../memory/read';
import { csvToMemory } from './csv';
import { decodeCsvFileText, readCsvData } from './csv-file';
import { xlsxBufferToMemory } from './xlsx';
import { memoryToXlsxBuffer, writeXlsx } from './xlsx-write';
import { loadXlsx } from './xlsx-load';
import { nodeZipOptions } from './node-zlib';
import { excelJs } from './exceljs-compat';
import { readXlsxRows } from './fast-xlsx';
import { writeFileAtomically } from './atomic';
import { WorkbookFileError } from './file-error';
import { openXlsxBytes } from './open-xlsx';
import { explainReadFailure, requireContent, sniffContent, type Sniffed } from './sniff';
import type { ByteSource } from './zip-entry';

export * from './browser';
export { decodeCsvFile } from './csv-file';

export type FileKind = 'xlsx' | 'csv';

export class UnsupportedFileError extends Error {
  constructor(readonly file: string) {
    super(`Unsupported file type: ${file}`);
  }
}

export function fileKind(file: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  throw new UnsupportedFileError(file);
}

/** Loads .xlsx or .csv (UTF-8 with or without BOM, or GB18030) into a MemoryWorkbook. */
export async function loadWorkbookFile(file: string): Promise<MemoryWorkbook> {
  const kind = fileKind(file);
  const src = await openFileSource(file);
  let bytes: Buffer;
  try {
    if (kind === 'csv') requireContent(await sniffContent(src), 'csv', file);
    bytes = await src.handle.readFile();
  } finally {
    await src.close();
  }
  // The fast loader (./xlsx-load): ExcelJS's own took minutes and GBs on a 1,048,576-row sheet.
  if (kind === 'xlsx') return openXlsxBytes(bytes, file, loadXlsx);
  const { text, encoding } = decodeCsvFileText(bytes);
  return csvToMemory(text, path.basename(file, path.extname(file)), encoding);
}

/** What a file really is, from its content (./sniff). */
export async function sniffFile(file: string): Promise<Sniffed> {
  const src = await openFileSource(file);
  try {
    return await sniffContent(src);
  } finally {
    await src.close();
  }
}

/** A file to read, opened once for sniffing and reading. A folder is a WorkbookFileError. */
async function openFileSource(
  file: string,
): Promise<ByteSource & { handle: fs.promises.FileHandle; close(): Promise<void> }> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new WorkbookFileError('directory', file);
    throw e;
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw new WorkbookFileError('directory', file);
  }
  return {
    handle,
    size: stat.size,
    read: async (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, stat.size - offset)));
      let done = 0;
      while (done < buffer.length) {
        const { bytesRead } = await handle.read(buffer, done, buffer.length - done, offset + done);
        if (!bytesRead) break;
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    },
    close: () => handle.close(),
  };
}

/**
 * Writes .xlsx (tables, formats, validations, links) or, for .csv, the Customers table as UTF-8 with
 * BOM. Atomically (./atomic): a kill during the write leaves the old file, never half a new one.
 */
export async function saveWorkbookFile(wb: MemoryWorkbook, file: string): Promise<void> {
  await writeFileAtomically(file, async (temp) => {
    if (fileKind(file) === 'xlsx') {
      await writeXlsxFile(wb, temp);
      return;
    }
    await writeCustomersCsv(wb, temp);
  });
}

/** Deflate level of the copy's parts: 4 writes a big sheet about twice as fast as the default 6, ~10% bigger. */
const DEFLATE_LEVEL = 4;
const WRITE_BUFFER = 1 << 20;

/** Streams the workbook as .xlsx to a file: Node's zlib deflates on its thread pool, writes go out in 1 MB pieces. */
async function writeXlsxFile(wb: MemoryWorkbook, file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  try {
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = async () => {
      if (!size) return;
      const chunk = Buffer.concat(pending, size);
      pending = [];
      size = 0;
      await handle.write(chunk);
    };
    await writeXlsx(
      wb.model,
      async (chunk) => {
        pending.push(chunk);
        size += chunk.length;
        if (size >= WRITE_BUFFER) await flush();
      },
      nodeZipOptions(DEFLATE_LEVEL),
    );
    await flush();
  } finally {
    await handle.close();
  }
}

async function writeCustomersCsv(wb: MemoryWorkbook, file: string): Promise<void> {
  const loc = locateAll(wb.model, ['Customers']).Customers ?? Object.values(locateAll(wb.model))[0];
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  out.write('\ufeff');
  if (loc) {
    const last = loc.table ? loc.table.headerRow + loc.table.rowCount : lastUsedRow(loc.grid);
    for (let r = loc.headerRow; r <= last; r++) {
      const vals: string[] = [];
      for (let c = loc.firstColumn; c <= loc.lastColumn; c++) vals.push(csvField(getCell(loc.grid, r, c)));
      out.write(vals.join(',') + '\r\n');
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

function csvField(v: CellValue): string {
  if (v === null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export { memoryToXlsxBuffer, xlsxBufferToMemory };

// ---------------------------------------------------------------- streaming read

export interface ReadDataOptions {
  sheets?: SheetKey[];
}

/**
 * Reads the schema tables of a big file straight into columnar Tables without
 * building a MemoryWorkbook. CSV: one sheet, identified by name/headers (default
 * Customers). XLSX: sheets identified by name, then headers (Excel tables are not
 * parsed in streaming mode; the header is the sheet's first non-blank row).
 */
export async function readWorkbookData(file: string, options: ReadDataOptions = {}): Promise<WorkbookData> {
  const kind = fileKind(file);
  const src = await openFileSource(file);
  try {
    const sniffed = await sniffContent(src);
    requireContent(sniffed, kind, file);
    try {
      return kind === 'csv' ? await readCsvData(file, options) : await readXlsxData(file, options);
    } catch (e) {
      throw await explainReadFailure(src, sniffed, file, e);
    }
  } finally {
    await src.close();
  }
}

/**
 * Turns one worksheet's rows into a Table: the header is the first non-blank row, the sheet is
 * identified by name then headers, blank rows are skipped. Both xlsx readers (ExcelJS streaming
 * and ./fast-xlsx) feed it the same rows, so they cannot drift apart.
 */
export class XlsxSheetTableBuilder {
  private def: SheetDef | null = null;
  private decided = false;
  private table?: Table;
  private fields: { key: string; col: number; f: SheetDef['fields'][number] }[] = [];
  private numericCodes: Record<string, number[]> = {};
  private uncalculated: Record<string, number[]> = {};
  private readonly byName: SheetDef | null;
  /** The first non-blank rows, held back until the header is known (a title may sit above it). */
  private firstRows: { rowNumber: number; values: unknown[]; headers: string[] }[] = [];

  private constructor(
    private readonly sheetName: string,
    private readonly out: WorkbookData,
    private readonly options: ReadDataOptions,
  ) {
    this.byName = identifySheetByNameOnly(sheetName);
  }

  /** null for sheets that are never data (the add-in's settings and own sheets): skip them unread. */
  static forSheet(sheetName: string, out: WorkbookData, options: ReadDataOptions): XlsxSheetTableBuilder | null {
    if (sheetName === SETTINGS_SHEET || isAddinSheetName(sheetName)) return null;
    return new XlsxSheetTableBuilder(sheetName, out, options);
  }

  /** false once the header showed the sheet is not wanted: the rest of it need not be read. */
  get wantsRows(): boolean {
    return !this.decided || !!this.table;
  }

  /** values: 1-based and sparse, as ExcelJS's row.values. */
  addRow(rowNumber: number, values: unknown[]): void {
    if (this.decided) {
      this.addDataRow(rowNumber, values);
      return;
    }
    const headers = values.slice(1).map((v) => (v === null || v === undefined ? '' : String(cellPlain(v))));
    if (headers.every((h) => h.trim() === '')) return;
    this.firstRows.push({ rowNumber, values, headers });
    // one cell may be a title above the header (often merged across the table): wait for the next row
    if (!couldBeHeader(headers) && this.firstRows.length <= MAX_TITLE_ROWS) return;
    this.decidePending();
  }

  /** Picks the header among the rows held back (headerRowAfterTitles); the rows after it are data. */
  private decidePending(): void {
    if (this.decided || !this.firstRows.length) return;
    const rows = this.firstRows;
    this.firstRows = [];
    const k = headerRowAfterTitles(rows.map((r) => r.headers));
    this.decide(rows[k].rowNumber, rows[k].headers);
    for (const r of rows.slice(k + 1)) this.addDataRow(r.rowNumber, r.values);
  }

  private decide(rowNumber: number, headers: string[]): void {
    const def = this.byName ?? identifySheet('', headers);
    this.decided = true;
    if (!def || this.out[def.key] || (this.options.sheets && !this.options.sheets.includes(def.key))) return;
    this.def = def;
    const mapping = recogniseHeaders(def, headers);
    this.fields = def.fields
      .filter((f) => mapping.columns[f.key] !== undefined)
      .map((f) => ({ key: f.key, col: mapping.columns[f.key] + 1, f }));
    const columns: Record<string, CellValue[]> = {};
    for (const f of this.fields) columns[f.key] = [];
    this.table = {
      sheet: def.key,
      sourceName: this.sheetName,
      headerRow: rowNumber,
      firstColumn: 0,
      headers,
      mapping,
      length: 0,
      rowNumbers: [],
      columns,
    };
  }

  private addDataRow(rowNumber: number, values: unknown[]): void {
    if (!this.table) return;
    const t = this.table;
    let blank = true;
    for (let c = 1; c < values.length; c++) {
      const v = values[c];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) {
        blank = false;
        break;
      }
    }
    if (blank) return;
    const i = t.length;
    for (const fld of this.fields) {
      const raw = values[fld.col];
      const { value, numeric } = convertCell(fld.f, cellPlain(raw));
      t.columns[fld.key].push(value);
      if (numeric) (this.numericCodes[fld.key] ??= []).push(i);
      else if (value === null && isUncalculatedFormula(raw)) (this.uncalculated[fld.key] ??= []).push(i);
    }
    t.rowNumbers.push(rowNumber);
    t.length++;
  }

  finish(): void {
    this.decidePending();
    if (!this.table) return;
    if (Object.keys(this.numericCodes).length) this.table.numericCodes = this.numericCodes;
    if (Object.keys(this.uncalculated).length) this.table.uncalculated = this.uncalculated;
    this.out[this.table.sheet] = this.table;
  }
}

async function readXlsxData(file: string, options: ReadDataOptions): Promise<WorkbookData> {
  let fastError: unknown;
  try {
    return await readXlsxDataFast(file, options);
  } catch (e) {
    // Something the fast reader does not handle: ExcelJS reads it (slowly).
    fastError = e;
  }
  try {
    return await readXlsxDataExcelJS(file, options);
  } catch (e) {
    throw new Error(
      `Cannot read ${file}: ${(e as Error).message} (fast reader: ${(fastError as Error)?.message ?? fastError})`,
    );
  }
}

/** The fast path alone (./fast-xlsx), without the ExcelJS fallback. */
export async function readXlsxDataFast(file: string, options: ReadDataOptions = {}): Promise<WorkbookData> {
  const out: WorkbookData = {};
  await readXlsxRows(file, (name) => XlsxSheetTableBuilder.forSheet(name, out, options));
  return out;
}

/** The ExcelJS streaming path: the fallback, and the reference the fast reader is tested against. */
export async function readXlsxDataExcelJS(file: string, options: ReadDataOptions = {}): Promise<WorkbookData> {
  const out: WorkbookData = {};
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // needed to tell dates from numbers
    worksheets: 'emit',
    entries: 'emit',
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  for await (const ws of reader as unknown as AsyncIterable<
    AsyncIterable<ExcelJS.Row> & { name?: string; id?: number }
  >) {
    const builder = XlsxSheetTableBuilder.forSheet(String((ws as { name?: string }).name ?? ''), out, options);
    for await (const row of ws) builder?.addRow(row.number, row.values as unknown[]); // drains unwanted sheets too
    builder?.finish();
  }
  return out;
}

function identifySheetByNameOnly(name: string): SheetDef | null {
  // identifySheet without headers also tries a prefix of the name; that is fine for sheet names.
  return name ? identifySheet(name) : null;
}

function cellPlain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((x) => x.text).join('');
  if ('result' in o) return cellPlain(o.result);
  if ('formula' in o || 'sharedFormula' in o) return null; // no stored result: see isUncalculatedFormula
  if ('text' in o) return cellPlain(o.text);
  if ('error' in o) return String(o.error);
  return String(v);
}

/** A formula cell without a stored result, from either reader (ExcelJS's shape, or fast-xlsx's marker). */
function isUncalculatedFormula(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || v instanceof Date) return false;
  const o = v as Record<string, unknown>;
  return ('formula' in o || 'sharedFormula' in o) && (o.result === undefined || o.result === null);
}

/** For tests and tools: every schema sheet found in a MemoryWorkbook, by key. */
export function sheetsFound(wb: MemoryWorkbook): SheetKey[] {
  return SHEETS.map((d) => d.key).filter((k) => !!wb.locate(k));
}
