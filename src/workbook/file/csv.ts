/**
 * CSV reading, browser-safe: a fast streaming parser (RFC 4180 quotes, CRLF/LF/CR), encoding
 * detection (UTF-16 by BOM or by its zero bytes; UTF-8 when the bytes are UTF-8, a few bad bytes
 * aside; else GB18030 as Chinese Excel saves it), and CSV -> columnar Table / MemoryWorkbook.
 *
 * Nothing is dropped silently: a quote that never closes, bytes the encoding cannot read, and
 * rows or columns past what a sheet holds are read as well as they can be and listed in
 * `problems` (ReadProblem, reported by the validation rules common/file-*).
 */
import { CUSTOMERS, type FieldDef, type SheetDef } from '../../domain/schema';
import type { CellValue, ReadProblem, Table } from '../../domain/table';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from '../../domain/a1';
import { identifySheet, recogniseHeaders } from '../../domain/headers';
import { MemoryWorkbook, longestRow, newSheet } from '../memory';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const REPLACEMENT = '\uFFFD';

/**
 * Columns a CSV row keeps: Excel's 16,384 less the two status columns (校验, 冲突组) the check
 * adds at the table's right, so the annotated copy still fits in a sheet.
 */
export const CSV_MAX_COLUMNS = EXCEL_MAX_COLUMNS - 2;

export interface CsvParserOptions {
  /** Rows (records, the header is row 1) and columns kept; past them a problem is listed. */
  maxRows?: number;
  maxColumns?: number;
  /** The encoding the text was decoded from, named in a 'bytes' problem. */
  encoding?: string;
}

/**
 * Incremental CSV parser: push() text chunks, end() at the close; onRow gets each record.
 *
 * A quoted field keeps what is between its quotes exactly (CR, CRLF and LF included). A quote
 * that is never closed, or closes only lines later before something that is not a delimiter or
 * a line end (`"李娜,138…` on one line, `C5,"x",…` further down), would swallow the records after
 * it into one cell: the field is read to the end of the line the quote opened on instead, the
 * following lines are read as records again, and a 'quote' problem names that line and column.
 */
export class CsvParser {
  /** What the parser worked around, located (see ReadProblem). */
  readonly problems: ReadProblem[] = [];
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** Raw text since the opening quote of the field being read ("" pairs not yet collapsed). */
  private raw = '';
  /** A quote ended the last chunk inside a quoted field: the next char decides ("" or its end). */
  private quoteAtEnd = false;
  private skipLf = false;
  private fieldQuoted = false;
  private readonly delim: number;
  /** Line (1-based) the parser is on, the line the current field started on, and where its quote opened. */
  private line = 1;
  private fieldLine = 1;
  private quoteLine = 1;
  /** Records delivered so far; the one being read becomes row rows + 1. */
  private rows = 0;
  private watchBytes = false;
  private readonly maxRows: number;
  private readonly maxColumns: number;
  private readonly encoding: string;
  private rowsLeftOut = 0;
  private wideRow = 0;
  private widest = 0;

  constructor(
    private readonly onRow: (row: string[]) => void,
    delimiter = ',',
    options: CsvParserOptions = {},
  ) {
    this.delim = delimiter.charCodeAt(0);
    this.maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
    this.maxColumns = options.maxColumns ?? CSV_MAX_COLUMNS;
    this.encoding = options.encoding ?? 'UTF-8';
  }

  push(s: string): void {
    // a chunk holding U+FFFD has bytes the decoder could not read: from then on, fields are looked at
    if (!this.watchBytes && s.indexOf(REPLACEMENT) >= 0) this.watchBytes = true;
    // A quote worked around hands back the lines it had swallowed, to be read again as records
    // before the rest of the text: a stack of [text, position], no recursion and no copy of the rest.
    const work: [string, number][] = [[s, 0]];
    for (let next = work.pop(); next; next = work.pop()) {
      const again = this.pushFrom(next[0], next[1]);
      if (again) work.push([next[0], again.resume], [again.text, 0]);
    }
  }

  /** Reads s from i; when a quote is worked around, returns the swallowed text and where to resume in s. */
  private pushFrom(s: string, start: number): { text: string; resume: number } | null {
    let i = start;
    const n = s.length;
    if (this.skipLf && i < n) {
      this.skipLf = false;
      if (s.charCodeAt(i) === LF) i++;
    }
    if (this.quoteAtEnd && i < n) {
      this.quoteAtEnd = false;
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        this.raw += '""';
        i++;
      } else {
        // the quote that ended the last chunk is re-read (as an opening quote) when the field was unclosed
        const text = this.closeQuote(c, '"');
        if (text !== null) return { text, resume: i };
      }
    }
    while (i < n) {
      if (this.inQuotes) {
        let q = s.indexOf('"', i);
        // "" inside quotes is one quote: skip over the pairs
        while (q >= 0 && q + 1 < n && s.charCodeAt(q + 1) === QUOTE) q = s.indexOf('"', q + 2);
        if (q < 0) {
          this.raw += s.slice(i);
          return null;
        }
        this.raw += s.slice(i, q);
        if (q + 1 >= n) {
          this.quoteAtEnd = true;
          return null;
        }
        const text = this.closeQuote(s.charCodeAt(q + 1), '');
        if (text !== null) return { text, resume: q };
        i = q + 1;
        continue;
      }
      let j = i;
      let c = 0;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c === this.delim || c === LF || c === CR || c === QUOTE) break;
      }
      if (j > i) this.field += s.slice(i, j);
      if (j >= n) return null;
      if (c === QUOTE) {
        if (this.field.length === 0 && !this.fieldQuoted) {
          this.inQuotes = true;
          this.fieldQuoted = true;
          this.quoteLine = this.line;
          this.raw = '';
        } else this.field += '"'; // a stray quote inside an unquoted field: keep it
        i = j + 1;
      } else if (c === this.delim) {
        this.endField();
        i = j + 1;
      } else {
        this.endRow();
        this.line++;
        this.fieldLine = this.line;
        i = j + 1;
        if (c === CR) {
          if (i < n) {
            if (s.charCodeAt(i) === LF) i++;
          } else this.skipLf = true;
        }
      }
    }
    return null;
  }

  /**
   * A lone quote ended a quoted field; c is the char after it (-1 at the end of the text). Returns
   * the text to read again when the quote turns out not to close the field (see the class), with
   * `quote` before it when the closing quote is not in the text being read any more.
   */
  private closeQuote(c: number, quote: string): string | null {
    const raw = this.raw;
    this.inQuotes = false;
    this.raw = '';
    const lineBreak = raw.search(/[\r\n]/);
    const wellClosed = c === -1 || c === this.delim || c === LF || c === CR;
    if (lineBreak >= 0 && !wellClosed) return this.unclosedQuote(raw, lineBreak) + quote;
    this.field += raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
    if (lineBreak >= 0) this.line += countLineBreaks(raw);
    // text after the closing quote and before the delimiter stays in the field, as it always did
    return null;
  }

  /** The field whose quote never closed ends with its line; returns the lines after it, to read again. */
  private unclosedQuote(raw: string, lineBreak: number): string {
    this.problems.push({ kind: 'quote', row: this.rows + 1, column: this.row.length, line: this.quoteLine });
    this.field += raw.slice(0, lineBreak);
    const breakLength = raw.charCodeAt(lineBreak) === CR && raw.charCodeAt(lineBreak + 1) === LF ? 2 : 1;
    this.endRow();
    this.line = this.quoteLine + 1;
    this.fieldLine = this.line;
    return raw.slice(lineBreak + breakLength);
  }

  private endField(): void {
    const f = this.field;
    if (this.watchBytes && f.indexOf(REPLACEMENT) >= 0)
      this.problems.push({
        kind: 'bytes',
        row: this.rows + 1,
        column: this.row.length,
        line: this.fieldQuoted ? this.quoteLine : this.fieldLine,
        encoding: this.encoding,
      });
    this.row.push(f);
    this.field = '';
    this.fieldQuoted = false;
    this.fieldLine = this.line;
  }

  private endRow(): void {
    this.endField();
    const row = this.row;
    this.row = [];
    if (row.length > this.maxColumns) {
      if (row.length > this.widest) this.widest = row.length;
      if (!this.wideRow) this.wideRow = this.rows + 1;
      row.length = this.maxColumns;
    }
    if (this.rows >= this.maxRows) {
      if (row.some((v) => v.trim() !== '')) this.rowsLeftOut++;
      return;
    }
    this.rows++;
    this.onRow(row);
  }

  end(): void {
    for (;;) {
      if (this.quoteAtEnd) {
        this.quoteAtEnd = false;
        this.closeQuote(-1, '');
      }
      if (!this.inQuotes) break;
      // the text ended inside quotes: the quote never closed
      const raw = this.raw;
      this.inQuotes = false;
      this.raw = '';
      const lineBreak = raw.search(/[\r\n]/);
      if (lineBreak < 0) {
        this.problems.push({ kind: 'quote', row: this.rows + 1, column: this.row.length, line: this.quoteLine });
        this.field += raw;
        break;
      }
      this.push(this.unclosedQuote(raw, lineBreak));
    }
    if (this.field.length || this.row.length || this.fieldQuoted) this.endRow();
    this.finishProblems();
  }

  private finishProblems(): void {
    if (this.wideRow && !this.problems.some((p) => p.kind === 'columns'))
      this.problems.push({ kind: 'columns', row: this.wideRow, count: this.widest, kept: this.maxColumns });
    if (this.rowsLeftOut && !this.problems.some((p) => p.kind === 'rows'))
      this.problems.push({ kind: 'rows', row: this.maxRows + 1, count: this.rowsLeftOut });
  }
}

/** Line breaks in a text: CRLF, CR and LF each count once. */
function countLineBreaks(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(k + 1) === LF) k++;
    }
  }
  return n;
}

/** Parses a whole CSV text (BOM stripped) into rows. */
export function parseCsv(text: string, delimiter?: string): string[][] {
  return parseCsvWithProblems(text, delimiter).rows;
}

/** parseCsv, with what the parser worked around. */
export function parseCsvWithProblems(
  text: string,
  delimiter?: string,
  options?: CsvParserOptions,
): { rows: string[][]; problems: ReadProblem[] } {
  const rows: string[][] = [];
  const p = new CsvParser((r) => rows.push(r), delimiter ?? sniffDelimiter(text), options);
  p.push(stripBom(text));
  p.end();
  return { rows, problems: p.problems };
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

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** The encoding's name as a user knows it (messages). */
export function encodingLabel(e: Encoding): string {
  return e.toUpperCase();
}

/**
 * The encoding of CSV bytes (the whole file, or its start when `prefix`: a character cut at the
 * end of the bytes is then not an error).
 *  - a BOM says it: UTF-8, UTF-16LE, UTF-16BE;
 *  - UTF-16 without a BOM: a CSV is mostly ASCII (digits, commas, line ends), which UTF-16 stores
 *    with a zero byte beside each; UTF-8 and GB18030 text has no zero bytes;
 *  - UTF-8 when the bytes are UTF-8 but for a few bad ones (at most one bad sequence per four good
 *    multi-byte characters; they are read as U+FFFD and reported): GB18030 text read as UTF-8 has
 *    about three bad sequences per good one, so one damaged byte no longer makes a file GB18030;
 *  - else GB18030, as Chinese Excel saves a CSV.
 */
export function detectEncoding(bytes: Uint8Array, prefix = false): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return utf16;
  const { valid, invalid } = utf8Sequences(bytes, prefix);
  // GB18030 text read as UTF-8 is three parts in four invalid; a damaged byte or two is not
  if (invalid === 0 || invalid * 4 <= valid) return 'utf-8';
  return 'gb18030';
}

/** UTF-16 without a BOM, told by where its zero bytes are (the first 4 KB). */
function utf16ByZeroBytes(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let k = 0; k < n; k += 2) {
    if (bytes[k] === 0) evenZeros++;
    if (bytes[k + 1] === 0) oddZeros++;
  }
  // ASCII puts its zero byte on one side; a CJK character has one (一 is U+4E00) on the other side rarely
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.2 && evenZeros * 4 < oddZeros) return 'utf-16le';
  if (evenZeros >= pairs * 0.2 && oddZeros * 4 < evenZeros) return 'utf-16be';
  return null;
}

/** Valid multi-byte UTF-8 characters, and invalid sequences, in the bytes (RFC 3629). */
export function utf8Sequences(bytes: Uint8Array, prefix = false): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let k = 0; k < n;) {
    const b = bytes[k];
    if (b < 0x80) {
      k++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    if (need === 0) {
      invalid++;
      k++;
      continue;
    }
    let m = 1;
    for (; m <= need && k + m < n; m++) {
      const c = bytes[k + m];
      if (c < (m === 1 ? lo : 0x80) || c > (m === 1 ? hi : 0xbf)) break;
    }
    if (m > need) valid++;
    else if (!(prefix && k + m >= n)) invalid++; // a character cut by the end of a prefix is not an error
    k += m > need ? need + 1 : Math.max(1, m);
  }
  return { valid, invalid };
}

/**
 * A streaming decoder for the encoding (TextDecoder: browsers, and Node with full ICU). gb18030
 * may be given its own (iconv-lite in Node). Invalid bytes become U+FFFD, which the parser reports.
 */
export function csvDecoder(
  encoding: Encoding,
  gb18030?: () => { write(b: Uint8Array): string; end(): string | undefined },
): { write(b: Uint8Array): string; end(): string } {
  if (encoding === 'gb18030' && gb18030) {
    const d = gb18030();
    return { write: (b) => d.write(b), end: () => d.end() ?? '' };
  }
  const d = new TextDecoder(encoding);
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/** Decodes CSV bytes; the encoding is detected. gb18030 defaults to TextDecoder (browsers, Node with full ICU). */
export function decodeCsvBytes(bytes: Uint8Array, gb18030?: (b: Uint8Array) => string): string {
  return decodeCsv(bytes, gb18030).text;
}

/** The text of CSV bytes (BOM stripped) and the encoding it was read as. */
export function decodeCsv(
  bytes: Uint8Array,
  gb18030?: (b: Uint8Array) => string,
): { text: string; encoding: Encoding } {
  const encoding = detectEncoding(bytes);
  const text = encoding === 'gb18030' && gb18030 ? gb18030(bytes) : new TextDecoder(encoding).decode(bytes);
  return { text: stripBom(text), encoding };
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

export function csvToMemory(text: string, fileName: string, encoding?: Encoding): MemoryWorkbook {
  const name = csvSheetName(fileName);
  const { rows, problems } = parseCsvWithProblems(text, undefined, {
    encoding: encoding && encodingLabel(encoding),
  });
  const headers = rows[0] ?? [];
  const def = identifyCsv(name, headers);
  const mapping = recogniseHeaders(def, headers);
  const byColumn: (FieldDef | undefined)[] = headers.map(() => undefined);
  for (const f of def.fields) if (mapping.columns[f.key] !== undefined) byColumn[mapping.columns[f.key]] = f;
  const wb = new MemoryWorkbook();
  const grid = newSheet(name);
  grid.frozenRows = 1;
  const width = longestRow(rows, 1);
  grid.cells = rows.map((r, i) => {
    const out: CellValue[] = new Array(width).fill(null);
    r.forEach((v, c) => (out[c] = i === 0 ? v : csvCell(byColumn[c], v)));
    return out;
  });
  if (problems.length) grid.readProblems = problems;
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
    // The header cells are the user's, as written: a copy keeps them (a plain range when two are alike or one is blank).
    fromRange: true,
  });
  return wb;
}
