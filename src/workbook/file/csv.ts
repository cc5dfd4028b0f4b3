/**
 * CSV reading, browser-safe: a fast streaming parser (RFC 4180 quotes, CRLF/LF/CR),
 * encoding detection (valid UTF-8 -> UTF-8, else GB18030 as Chinese Excel saves it),
 * and CSV -> columnar Table / MemoryWorkbook.
 */
import { CUSTOMERS, type FieldDef, type SheetDef } from '../../domain/schema';
import type { CellValue, Table } from '../../domain/table';
import { identifySheet, recogniseHeaders } from '../../domain/headers';
import { MemoryWorkbook, newSheet } from '../memory';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Incremental CSV parser: push() text chunks, end() at the close; onRow gets each record. */
export class CsvParser {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** A quote closed the chunk inside a quoted field: the next char decides ("" or end of quotes). */
  private quoteAtEnd = false;
  private skipLf = false;
  private fieldQuoted = false;
  private readonly delim: number;

  constructor(
    private readonly onRow: (row: string[]) => void,
    delimiter = ',',
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  push(s: string): void {
    let i = 0;
    const n = s.length;
    if (this.skipLf) {
      this.skipLf = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    if (this.quoteAtEnd && n > 0) {
      this.quoteAtEnd = false;
      if (s.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else this.inQuotes = false;
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          this.field += s.slice(i);
          return;
        }
        this.field += s.slice(i, q);
        if (q + 1 >= n) {
          this.quoteAtEnd = true;
          return;
        }
        if (s.charCodeAt(q + 1) === QUOTE) {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      let j = i;
      let c = 0;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c === this.delim || c === LF || c === CR || c === QUOTE) break;
      }
      if (j > i) this.field += s.slice(i, j);
      if (j >= n) return;
      if (c === QUOTE) {
        if (this.field.length === 0 && !this.fieldQuoted) {
          this.inQuotes = true;
          this.fieldQuoted = true;
        } else this.field += '"'; // a stray quote inside an unquoted field: keep it
        i = j + 1;
      } else if (c === this.delim) {
        this.row.push(this.field);
        this.field = '';
        this.fieldQuoted = false;
        i = j + 1;
      } else {
        this.endRow();
        i = j + 1;
        if (c === CR) {
          if (i < n) {
            if (s.charCodeAt(i) === LF) i++;
          } else this.skipLf = true;
        }
      }
    }
  }

  private endRow(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldQuoted = false;
    const row = this.row;
    this.row = [];
    this.onRow(row);
  }

  end(): void {
    if (this.quoteAtEnd) this.inQuotes = false;
    if (this.field.length || this.row.length || this.fieldQuoted) this.endRow();
  }
}

/** Parses a whole CSV text (BOM stripped) into rows. */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const rows: string[][] = [];
  const p = new CsvParser((r) => rows.push(r), delimiter ?? sniffDelimiter(text));
  p.push(stripBom(text));
  p.end();
  return rows;
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Comma unless the first line clearly uses tabs or semicolons. */
export function sniffDelimiter(text: string): string {
  const nl = text.search(/[\r\n]/);
  const line = nl < 0 ? text.slice(0, 4096) : text.slice(0, nl);
  const count = (ch: string) => line.split(ch).length - 1;
  const commas = count(',');
  if (count('\t') > commas) return '\t';
  if (count(';') > commas) return ';';
  return ',';
}

export type Encoding = 'utf-8' | 'gb18030';

/**
 * Valid UTF-8 (with or without BOM) is UTF-8; anything else is taken as GB18030.
 * `prefix`: the bytes are only the start of the file, so a character cut at their end is not
 * an error (a 3-byte Chinese character straddles a 64 KB boundary in two files out of three).
 */
export function detectEncoding(bytes: Uint8Array, prefix = false): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: prefix });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes CSV bytes. gb18030 defaults to TextDecoder (browsers, Node with full ICU). */
export function decodeCsvBytes(bytes: Uint8Array, gb18030?: (b: Uint8Array) => string): string {
  const enc = detectEncoding(bytes);
  if (enc === 'utf-8') return stripBom(new TextDecoder('utf-8').decode(bytes));
  return stripBom(gb18030 ? gb18030(bytes) : new TextDecoder('gb18030').decode(bytes));
}

/** A CSV cell as the engine wants it: '' -> null, numbers in number fields as numbers. */
export function csvCell(f: FieldDef | undefined, raw: string): CellValue {
  if (raw === '') return null;
  if (f && (f.type === 'number' || f.type === 'integer')) {
    const s = raw.trim().replace(/,/g, '');
    if (s !== '' && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
  }
  return raw;
}

/** Which schema sheet a CSV is (by file name, then headers; default Customers). */
export function identifyCsv(name: string, headers: string[]): SheetDef {
  return identifySheet(name, headers) ?? CUSTOMERS;
}

/**
 * Builds a columnar Table straight from CSV rows, for the streaming reader: call
 * addRow for each record after the header.
 */
export class CsvTableBuilder {
  readonly table: Table;
  private readonly fields: { key: string; idx: number; def: FieldDef }[];
  private rowNumber = 1;

  constructor(def: SheetDef, sourceName: string, headers: string[]) {
    const mapping = recogniseHeaders(def, headers);
    this.fields = def.fields
      .filter((f) => mapping.columns[f.key] !== undefined)
      .map((f) => ({ key: f.key, idx: mapping.columns[f.key], def: f }));
    const columns: Record<string, CellValue[]> = {};
    for (const f of this.fields) columns[f.key] = [];
    this.table = {
      sheet: def.key,
      sourceName,
      headerRow: 1,
      firstColumn: 0,
      headers,
      mapping,
      length: 0,
      rowNumbers: [],
      columns,
    };
  }

  addRow(row: string[]): void {
    this.rowNumber++;
    let blank = true;
    for (let i = 0; i < row.length; i++)
      if (row[i] !== '' && row[i].trim() !== '') {
        blank = false;
        break;
      }
    if (blank) return;
    const cols = this.table.columns;
    for (const f of this.fields) {
      const raw = row[f.idx];
      cols[f.key].push(raw === undefined ? null : csvCell(f.def, raw));
    }
    this.table.rowNumbers.push(this.rowNumber);
    this.table.length++;
  }
}

/** A CSV text as a one-sheet MemoryWorkbook with an Excel table named after the schema sheet. */
/**
 * A CSV file's name as a worksheet name: Excel's forbidden characters (: \\ / ? * [ ]) become '_'
 * and it is cut to Excel's 31 characters (links in the Issues and Conflicts sheets name it).
 */
export function csvSheetName(fileName: string): string {
  const safe = fileName
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  return Array.from(safe || 'CSV')
    .slice(0, 31)
    .join('')
    .trim();
}

export function csvToMemory(text: string, fileName: string): MemoryWorkbook {
  const name = csvSheetName(fileName);
  const rows = parseCsv(text);
  const headers = rows[0] ?? [];
  const def = identifyCsv(name, headers);
  const mapping = recogniseHeaders(def, headers);
  const byColumn: (FieldDef | undefined)[] = headers.map(() => undefined);
  for (const f of def.fields) if (mapping.columns[f.key] !== undefined) byColumn[mapping.columns[f.key]] = f;
  const wb = new MemoryWorkbook();
  const grid = newSheet(name);
  grid.frozenRows = 1;
  const width = Math.max(1, ...rows.map((r) => r.length));
  grid.cells = rows.map((r, i) => {
    const out: CellValue[] = new Array(width).fill(null);
    r.forEach((v, c) => (out[c] = i === 0 ? v : csvCell(byColumn[c], v)));
    return out;
  });
  wb.model.sheets.push(grid);
  let last = rows.length;
  while (last > 1 && rows[last - 1].every((v) => v.trim() === '')) last--;
  wb.model.tables.push({
    name: def.table,
    sheet: name,
    headerRow: 1,
    firstColumn: 0,
    lastColumn: width - 1,
    rowCount: Math.max(0, last - 1),
  });
  return wb;
}
