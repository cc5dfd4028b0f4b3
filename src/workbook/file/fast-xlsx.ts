/**
 * A fast streaming .xlsx reader for big files (Node only: fs). It reads the zip's central
 * directory, inflates only the parts it needs (Node's zlib, chunk by chunk: a 500 MB sheet XML is
 * never held whole) and scans the sheet XML bytes with a hand-written incremental scanner: no DOM, no
 * SAX events per node, text decoded only for the values kept.
 *
 * It hands each row over as a 1-based sparse array, as ExcelJS's row.values, so
 * readWorkbookData builds the Tables with the same code whichever reader ran. Anything it does
 * not handle (encryption, CDATA in a value, UTF-16 XML, an unknown compression) throws, and the
 * caller falls back to ExcelJS.
 *
 * Where ExcelJS's streaming reader is plainly wrong this reader follows ExcelJS's full
 * (non-streaming) loader instead: rich inline strings keep every run, text is entity-decoded
 * once (not twice), phonetic runs (<rPh>) are not part of a string's text, a formula's cached
 * boolean stays boolean and its cached error is the error text, a date-formatted formula result
 * is a Date, a formula without a cached value is UNCALCULATED_FORMULA, rows and cells without an r attribute
 * follow the previous one, and the zh-CN built-in date formats (ids 27-36, 50-58) are dates.
 */
import * as fs from 'fs';
import * as stream from 'stream';
import * as zlib from 'zlib';
import type { CellValue } from '../../domain/table';
import { decodeEntities, xmlAttributes } from './xml';

/**
 * A cell with a formula but no stored result, in ExcelJS's shape for it (a formula, no result),
 * so the table builder treats both readers' rows alike.
 */
export const UNCALCULATED_FORMULA: Readonly<{ formula: string }> = Object.freeze({ formula: '' });

/** Where a worksheet's rows go (XlsxSheetTableBuilder in ./index satisfies it). */
export interface XlsxRowSink {
  /** false once the rest of the sheet is not needed. */
  readonly wantsRows: boolean;
  /** values: 1-based and sparse (only non-empty cells), as ExcelJS's row.values. */
  addRow(rowNumber: number, values: (CellValue | typeof UNCALCULATED_FORMULA)[]): void;
  finish(): void;
}

/**
 * Reads the worksheets of an .xlsx in tab order. openSheet returns null for a sheet that is not
 * wanted (its XML is then not even inflated).
 */
export async function readXlsxRows(file: string, openSheet: (name: string) => XlsxRowSink | null): Promise<void> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const zip = await ZipReader.open(file, fd);
    const book = await readBookParts(zip);
    let shared: SharedStrings | null = null;
    for (const sheet of book.sheets) {
      const sink = openSheet(sheet.name);
      if (!sink) continue;
      shared ??=
        book.sharedStringsPath && zip.has(book.sharedStringsPath)
          ? await readSharedStrings(zip, book.sharedStringsPath)
          : [];
      const scanner = new SheetScanner(shared, book.dateStyles, book.date1904, sink, await totalsRows(zip, sheet.path));
      await zip.stream(sheet.path, (chunk) => {
        scanner.push(chunk);
        return sink.wantsRows;
      });
      if (sink.wantsRows) scanner.end();
      sink.finish();
    }
  } finally {
    await fd.close();
  }
}

// ---------------------------------------------------------------- zip

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const READ_CHUNK = 1 << 20;

class ZipReader {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  private constructor(
    private readonly file: string,
    private readonly fd: fs.promises.FileHandle,
  ) {}

  static async open(file: string, fd: fs.promises.FileHandle): Promise<ZipReader> {
    const zip = new ZipReader(file, fd);
    const size = (await fd.stat()).size;
    const tailLen = Math.min(size, 65557);
    const tail = await zip.read(size - tailLen, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // ZIP64: the locator sits just before the classic end record.
      const locAt = size - tailLen + eocd - 20;
      const loc = await zip.read(locAt, 20);
      if (loc.readUInt32LE(0) !== 0x07064b50) throw new Error('zip64 locator missing');
      const rec = await zip.read(Number(loc.readBigUInt64LE(8)), 56);
      if (rec.readUInt32LE(0) !== 0x06064b50) throw new Error('zip64 end record missing');
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
    const cd = await zip.read(cdOffset, cdSize);
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      let compressedSize = cd.readUInt32LE(p + 20);
      let uncompressedSize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      // ZIP64 extra field: the 64-bit values, in this order, for those stored as 0xffffffff.
      for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
        const id = cd.readUInt16LE(x);
        const len = cd.readUInt16LE(x + 2);
        if (id === 1) {
          let y = x + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = Number(cd.readBigUInt64LE(y));
            y += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(cd.readBigUInt64LE(y));
            y += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(cd.readBigUInt64LE(y));
        }
        x += 4 + len;
      }
      const entry = { name, method, flags, compressedSize, localOffset };
      zip.byName.set(name, entry);
      zip.byLowerName.set(name.toLowerCase(), entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
    return zip;
  }

  has(name: string): boolean {
    return !!this.entry(name);
  }

  private entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  private async read(position: number, length: number): Promise<Buffer> {
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fd.read(buf, done, length - done, position + done);
      if (!bytesRead) throw new Error('unexpected end of zip file');
      done += bytesRead;
    }
    return buf;
  }

  private async dataStart(e: ZipEntry): Promise<number> {
    if (e.flags & 1) throw new Error(`encrypted zip entry ${e.name}`);
    if (e.method !== 0 && e.method !== 8) throw new Error(`zip method ${e.method} not supported (${e.name})`);
    const local = await this.read(e.localOffset, 30);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new Error(`bad local header for ${e.name}`);
    return e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  }

  /** The whole part as text (for the small parts: workbook, rels, styles). */
  async text(name: string): Promise<string | null> {
    const e = this.entry(name);
    if (!e) return null;
    const raw = await this.read(await this.dataStart(e), e.compressedSize);
    const bytes = e.method === 8 ? zlib.inflateRawSync(raw) : raw;
    return new TextDecoder('utf-8').decode(bytes);
  }

  /**
   * Streams a part's bytes, inflated chunk by chunk; onChunk returns false to stop early. Node's
   * zlib inflates on the thread pool while this thread scans (5-15x faster than a JS inflater).
   */
  async stream(name: string, onChunk: (chunk: Buffer) => boolean): Promise<void> {
    const e = this.entry(name);
    if (!e) throw new Error(`missing zip entry ${name}`);
    const start = await this.dataStart(e);
    if (e.compressedSize === 0) return;
    const input = fs.createReadStream(this.file, {
      start,
      end: start + e.compressedSize - 1,
      highWaterMark: READ_CHUNK,
    });
    let output: AsyncIterable<Buffer> = input;
    let inflater: zlib.InflateRaw | null = null;
    if (e.method === 8) {
      inflater = zlib.createInflateRaw({ chunkSize: READ_CHUNK });
      // Errors of either stream surface in the loop below; the callback only keeps them from being unhandled.
      stream.pipeline(input, inflater, () => undefined);
      output = inflater;
    }
    try {
      for await (const chunk of output) if (!onChunk(chunk)) break;
    } finally {
      input.destroy();
      inflater?.destroy();
    }
  }
}

/**
 * The totals rows of a sheet's tables (worksheet row numbers): a table's last row when the table
 * part says it has one (totalsRowCount). A totals row sums the customers; it is not one of them.
 */
async function totalsRows(zip: ZipReader, sheetPath: string): Promise<Set<number>> {
  const out = new Set<number>();
  for (const rel of (await readRels(zip, sheetPath)).values()) {
    if (!rel.type.endsWith('/table')) continue;
    const xml = await zip.text(rel.target);
    const table = xml ? [...tags(xml)].find((t) => t.name === 'table' && !t.closing) : undefined;
    const count = Number(table?.attrs.totalsRowCount ?? 0);
    const last = /\d+$/.exec(table?.attrs.ref ?? '');
    if (count > 0 && last) for (let k = 0; k < count; k++) out.add(Number(last[0]) - k);
  }
  return out;
}

// ---------------------------------------------------------------- workbook, rels, styles

interface BookParts {
  sheets: { name: string; path: string }[];
  sharedStringsPath: string | null;
  /** cellXfs index -> is a date format */
  dateStyles: boolean[];
  date1904: boolean;
}

interface Tag {
  name: string; // local name, no prefix
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** Tags of a small XML part (workbook, rels, styles: a few KB to a few hundred KB). */
function* tags(xml: string): Generator<Tag> {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const attrs = xmlAttributes(m[3]);
    const colon = m[2].indexOf(':');
    yield { name: colon >= 0 ? m[2].slice(colon + 1) : m[2], closing: m[1] === '/', selfClosing: m[4] === '/', attrs };
  }
}

function attrByLocalName(attrs: Record<string, string>, local: string, prefixed: boolean): string | undefined {
  for (const k in attrs) {
    const colon = k.indexOf(':');
    if (colon >= 0 === prefixed && k.slice(colon + 1) === local) return attrs[k];
  }
  return undefined;
}

function resolvePart(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? baseDir.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

async function readRels(zip: ZipReader, partPath: string): Promise<Map<string, { target: string; type: string }>> {
  const slash = partPath.lastIndexOf('/');
  const dir = slash >= 0 ? partPath.slice(0, slash) : '';
  const relsPath = `${dir ? dir + '/' : ''}_rels/${partPath.slice(slash + 1)}.rels`;
  const xml = await zip.text(relsPath);
  const out = new Map<string, { target: string; type: string }>();
  if (!xml) return out;
  for (const t of tags(xml)) {
    if (t.closing || t.name !== 'Relationship' || t.attrs.TargetMode === 'External') continue;
    out.set(t.attrs.Id, { target: resolvePart(dir, t.attrs.Target ?? ''), type: t.attrs.Type ?? '' });
  }
  return out;
}

async function readBookParts(zip: ZipReader): Promise<BookParts> {
  const root = await readRels(zip, '');
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  const bookPath = office?.target ?? 'xl/workbook.xml';
  const xml = await zip.text(bookPath);
  if (xml === null) throw new Error(`missing ${bookPath}`);
  const rels = await readRels(zip, bookPath);
  const sheets: BookParts['sheets'] = [];
  let date1904 = false;
  for (const t of tags(xml)) {
    if (t.closing) continue;
    if (t.name === 'workbookPr') date1904 = t.attrs.date1904 === '1' || t.attrs.date1904 === 'true';
    if (t.name !== 'sheet') continue;
    const rel = rels.get(attrByLocalName(t.attrs, 'id', true) ?? '');
    if (rel && rel.type.endsWith('/worksheet')) sheets.push({ name: t.attrs.name ?? '', path: rel.target });
  }
  const partOf = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? null;
  const stylesPath = partOf('/styles');
  const stylesXml = stylesPath ? await zip.text(stylesPath) : null;
  return {
    sheets,
    sharedStringsPath: partOf('/sharedStrings'),
    dateStyles: stylesXml ? dateStylesOf(stylesXml) : [],
    date1904,
  };
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, plus the zh-CN ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** ExcelJS's rule, so both readers agree: a date/time letter outside [..] and "..". */
export function isDateFormatCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function dateStylesOf(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  for (const t of tags(xml)) {
    if (t.name === 'numFmt' && !t.closing) custom.set(Number(t.attrs.numFmtId), t.attrs.formatCode ?? '');
    else if (t.name === 'cellXfs') inCellXfs = !t.closing && !t.selfClosing;
    else if (t.name === 'xf' && inCellXfs && !t.closing) {
      const id = Number(t.attrs.numFmtId ?? 0);
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
    }
  }
  return out;
}

// ---------------------------------------------------------------- text

/**
 * Text content between a start and end tag: UTF-8, line ends normalised as XML says (a literal CR
 * is a line end; a character reference &#13; is a CR and stays one), entities decoded, and the
 * _xHHHH_ escapes of a <t> decoded when `escapes` (see decodeXstring).
 */
function textOf(b: Buffer, start: number, end: number, escapes = false): string {
  let amp = false;
  let cr = false;
  let underscore = false;
  for (let k = start; k < end; k++) {
    const c = b[k];
    if (c === 38) amp = true;
    else if (c === 13) cr = true;
    else if (c === 95) underscore = true;
  }
  let s = b.toString('utf8', start, end);
  if (cr) s = s.replace(/\r\n?/g, '\n');
  if (amp) s = decodeEntities(s);
  if (escapes && underscore) s = decodeXstring(s);
  return s;
}

/**
 * The escapes of an xlsx string (ECMA-376 22.9.2.19 ST_Xstring): _xHHHH_ is the character U+HHHH,
 * which is how Excel stores a character XML cannot hold (control characters; a CR as _x000D_), and
 * _x005F_ before such a sequence keeps it literal. ExcelJS's loader reads them the same way.
 */
export function decodeXstring(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Largest Excel serial (9999-12-31): a date-formatted number past it is not a date (a phone in a date column). */
export const EXCEL_MAX_DATE_SERIAL = 2958465;

function numberOf(b: Buffer, start: number, end: number): number {
  const len = end - start;
  if (len > 0 && len < 16) {
    let v = 0;
    let k = start;
    const neg = b[k] === 45;
    if (neg) k++;
    if (k < end) {
      for (; k < end; k++) {
        const d = b[k] - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (k === end) return neg ? -v : v;
    }
  }
  return parseFloat(b.toString('latin1', start, end));
}

// ---------------------------------------------------------------- incremental byte scanner

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QMARK = 63;

/**
 * Feeds complete pieces of XML (a tag, or a text element with its end tag) to scan(); an
 * incomplete tail is kept and retried with the next chunk.
 */
abstract class ByteScanner {
  private rest: Buffer | null = null;
  private first = true;

  push(chunk: Uint8Array): void {
    let b: Buffer;
    if (this.rest) {
      b = Buffer.allocUnsafe(this.rest.length + chunk.length);
      b.set(this.rest, 0);
      b.set(chunk, this.rest.length);
    } else b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.first && b.length >= 2) {
      this.first = false;
      if (b[0] === 0xfe || b[0] === 0xff || b[1] === 0) throw new Error('UTF-16 XML is not supported');
    }
    const used = this.scan(b);
    this.rest = used < b.length ? Buffer.from(b.subarray(used)) : null;
  }

  end(): void {
    if (this.rest && this.rest.indexOf(LT) >= 0) throw new Error('XML ends in the middle of a tag');
  }

  /** Returns how many bytes were consumed. */
  protected abstract scan(b: Buffer): number;

  /**
   * Skips a comment, processing instruction or declaration at lt; returns the index after it,
   * or -1 when it is incomplete.
   */
  protected skipSpecial(b: Buffer, lt: number): number {
    if (b[lt + 1] === QMARK) {
      const e = b.indexOf('?>', lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (b.length < lt + 4) return -1;
    if (b[lt + 2] === 45 && b[lt + 3] === 45) {
      const e = b.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (b[lt + 2] === 91) throw new Error('CDATA is not supported');
    const e = b.indexOf(GT, lt + 2);
    return e < 0 ? -1 : e + 1;
  }
}

// Local names the scanners care about.
const N_OTHER = 0;
const N_ROW = 1;
const N_C = 2;
const N_V = 3;
const N_IS = 4;
const N_T = 5;
const N_RPH = 6;
const N_SI = 7;
const N_F = 8;

function nameCode(b: Buffer, start: number, end: number): number {
  for (let k = end - 1; k > start; k--) {
    if (b[k] === 58) {
      start = k + 1; // drop a namespace prefix
      break;
    }
  }
  const len = end - start;
  const c0 = b[start];
  if (len === 1) return c0 === 99 ? N_C : c0 === 118 ? N_V : c0 === 116 ? N_T : c0 === 102 ? N_F : N_OTHER;
  if (len === 2) {
    const c1 = b[start + 1];
    if (c0 === 105 && c1 === 115) return N_IS;
    if (c0 === 115 && c1 === 105) return N_SI;
    return N_OTHER;
  }
  if (len === 3) {
    if (c0 === 114 && b[start + 1] === 111 && b[start + 2] === 119) return N_ROW;
    if (c0 === 114 && b[start + 1] === 80 && b[start + 2] === 104) return N_RPH;
  }
  return N_OTHER;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

/**
 * The end of a text element whose text starts at `from`: the index of its end tag's '<' (the
 * text ends there), or -1 when the chunk ends first. The end tag's '>' is then endTagEnd(b, lt).
 */
function textEnd(b: Buffer, from: number): number {
  const n = b.length;
  let lt = from;
  while (lt < n && b[lt] !== LT) lt++;
  if (lt + 1 >= n) return -1;
  if (b[lt + 1] !== SLASH) throw new Error('markup inside a text element is not supported');
  return lt;
}

/** The index after the '>' of the end tag at lt, or -1 when the chunk ends first. */
function endTagEnd(b: Buffer, lt: number): number {
  const n = b.length;
  let gt = lt + 2;
  while (gt < n && b[gt] !== GT) gt++;
  return gt >= n ? -1 : gt + 1;
}

class SheetScanner extends ByteScanner {
  private rowNumber = 0;
  private values: (CellValue | typeof UNCALCULATED_FORMULA)[] | null = null;
  private col = 0;
  private cellType = 0; // see T_*
  private cellStyle = 0;
  private cellValue: CellValue = null;
  private cellFormula = false;
  private inCell = false;
  private inInline = false;
  private inPhonetic = false;
  private inlineText = '';
  private stopped = false;

  constructor(
    private readonly shared: SharedStrings,
    private readonly dateStyles: boolean[],
    private readonly date1904: boolean,
    private readonly sink: XlsxRowSink,
    /** Rows not handed over: tables' totals rows. */
    private readonly skipRows: ReadonlySet<number> = new Set(),
  ) {
    super();
  }

  protected override scan(b: Buffer): number {
    const n = b.length;
    let i = 0;
    while (!this.stopped) {
      // Plain loops, not Buffer#indexOf: a native call per short hop costs more than the hop.
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt >= n) return n; // text between elements: nothing we keep
      if (lt + 1 >= n) return lt;
      const c1 = b[lt + 1];
      if (c1 === SLASH) {
        let gt = lt + 2;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt >= n) return lt;
        let e = lt + 2;
        while (e < gt && !isNameEnd(b[e])) e++;
        this.endTag(nameCode(b, lt + 2, e));
        i = gt + 1;
        continue;
      }
      if (c1 === BANG || c1 === QMARK) {
        const next = this.skipSpecial(b, lt);
        if (next < 0) return lt;
        i = next;
        continue;
      }
      const next = this.startTag(b, lt);
      if (next < 0) return lt;
      i = next;
    }
    return n;
  }

  /** Reads the start tag at lt (and, for <v> and <t>, its text and end tag); -1 when incomplete. */
  private startTag(b: Buffer, lt: number): number {
    const n = b.length;
    let e = lt + 1;
    while (e < n && !isNameEnd(b[e])) e++;
    if (e >= n) return -1;
    const name = nameCode(b, lt + 1, e);
    // Attributes: only r, s, t of <row> and <c> matter.
    let r = -1;
    let rEnd = -1;
    let s = -1;
    let sEnd = -1;
    let t = -1;
    let tEnd = -1;
    let k = e;
    let selfClosing = false;
    for (;;) {
      while (k < n && (b[k] === 32 || b[k] === 9 || b[k] === 10 || b[k] === 13)) k++;
      if (k >= n) return -1;
      const c = b[k];
      if (c === GT) break;
      if (c === SLASH) {
        if (k + 1 >= n) return -1;
        selfClosing = true;
        k++;
        break;
      }
      const attrStart = k;
      while (k < n && b[k] !== 61 && b[k] !== 32) k++;
      const attrLen = k - attrStart;
      while (k < n && b[k] !== 34 && b[k] !== 39) k++;
      if (k >= n) return -1;
      const quote = b[k];
      let close = k + 1;
      while (close < n && b[close] !== quote) close++;
      if (close >= n) return -1;
      if (attrLen === 1) {
        const a = b[attrStart];
        if (a === 114) {
          r = k + 1;
          rEnd = close;
        } else if (a === 115) {
          s = k + 1;
          sEnd = close;
        } else if (a === 116) {
          t = k + 1;
          tEnd = close;
        }
      }
      k = close + 1;
    }
    const after = k + 1;
    switch (name) {
      case N_ROW:
        this.rowNumber = r >= 0 ? numberOf(b, r, rEnd) : this.rowNumber + 1;
        this.values = [];
        this.col = 0;
        if (selfClosing) this.endRow();
        return after;
      case N_C: {
        this.col = r >= 0 ? columnOf(b, r, rEnd) : this.col + 1;
        this.cellType = t >= 0 ? typeOf(b, t, tEnd) : T_NUMBER;
        this.cellStyle = s >= 0 ? numberOf(b, s, sEnd) : 0;
        this.cellValue = null;
        this.cellFormula = false;
        this.inCell = !selfClosing;
        return after;
      }
      case N_F:
        if (this.inCell) this.cellFormula = true;
        return after;
      case N_V: {
        if (!this.inCell) return after;
        if (selfClosing) return after;
        const lt = textEnd(b, after);
        const next = lt < 0 ? -1 : endTagEnd(b, lt);
        if (next < 0) return -1;
        this.cellValue = this.convertValue(b, after, lt);
        return next;
      }
      case N_IS:
        if (this.inCell && !selfClosing) {
          this.inInline = true;
          this.inlineText = '';
        }
        return after;
      case N_RPH:
        if (this.inInline && !selfClosing) this.inPhonetic = true;
        return after;
      case N_T: {
        if (!this.inInline || selfClosing) return after;
        const lt = textEnd(b, after);
        const next = lt < 0 ? -1 : endTagEnd(b, lt);
        if (next < 0) return -1;
        if (!this.inPhonetic) this.inlineText += textOf(b, after, lt, true);
        return next;
      }
      default:
        return after;
    }
  }

  private endTag(name: number): void {
    switch (name) {
      case N_C:
        this.inCell = false;
        if (this.cellValue !== null && this.values) this.values[this.col] = this.cellValue;
        else if (this.cellFormula && this.values) this.values[this.col] = UNCALCULATED_FORMULA;
        break;
      case N_ROW:
        this.endRow();
        break;
      case N_IS:
        if (this.inInline) {
          this.inInline = false;
          this.cellValue = this.inlineText;
        }
        break;
      case N_RPH:
        this.inPhonetic = false;
        break;
    }
  }

  private endRow(): void {
    if (!this.values) return;
    const values = this.values;
    this.values = null;
    if (this.skipRows.size && this.skipRows.has(this.rowNumber)) return;
    this.sink.addRow(this.rowNumber, values);
    if (!this.sink.wantsRows) this.stopped = true;
  }

  private convertValue(b: Buffer, start: number, end: number): CellValue {
    switch (this.cellType) {
      case T_SHARED: {
        const v = this.shared[numberOf(b, start, end)];
        return v === undefined ? null : v;
      }
      case T_STRING:
      case T_INLINE:
      case T_ERROR:
        return textOf(b, start, end);
      case T_BOOL: {
        const v = textOf(b, start, end).trim();
        return !(v === '0' || v === 'false');
      }
      case T_DATE: {
        const v = textOf(b, start, end).trim();
        const d = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(v) || !v.includes('T') ? v : v + 'Z');
        return isNaN(d.getTime()) ? v : d;
      }
      default: {
        if (start === end) return null;
        const v = numberOf(b, start, end);
        if (this.dateStyles[this.cellStyle] && v >= 0 && v <= EXCEL_MAX_DATE_SERIAL) {
          // As ExcelJS (utils.excelToDate): serial days since 1899-12-30, UTC. A number past Excel's
          // dates (13812345678 typed into a date column) stays the number: no Date can hold it.
          return new Date(Math.round((v - 25569 + (this.date1904 ? 1462 : 0)) * 86400000));
        }
        return v;
      }
    }
  }
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_STRING = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

function typeOf(b: Buffer, start: number, end: number): number {
  const len = end - start;
  const c0 = b[start];
  if (len === 1)
    return c0 === 115 ? T_SHARED : c0 === 98 ? T_BOOL : c0 === 101 ? T_ERROR : c0 === 100 ? T_DATE : T_NUMBER;
  if (len === 3 && c0 === 115) return T_STRING; // str
  if (len === 9 && c0 === 105) return T_INLINE; // inlineStr
  return T_NUMBER;
}

/** 1-based column of a cell reference such as "AB12". */
function columnOf(b: Buffer, start: number, end: number): number {
  let col = 0;
  for (let k = start; k < end; k++) {
    const c = b[k];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // $ of an absolute reference
  }
  return col;
}

// ---------------------------------------------------------------- shared strings

/** Empty strings are null, as ExcelJS caches them. */
type SharedStrings = (string | null)[];

class SharedStringsScanner extends ByteScanner {
  readonly strings: SharedStrings = [];
  private inItem = false;
  private inPhonetic = false;
  private text = '';

  protected override scan(b: Buffer): number {
    const n = b.length;
    let i = 0;
    for (;;) {
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt >= n) return n;
      if (lt + 1 >= n) return lt;
      const c1 = b[lt + 1];
      if (c1 === BANG || c1 === QMARK) {
        const next = this.skipSpecial(b, lt);
        if (next < 0) return lt;
        i = next;
        continue;
      }
      let gt = lt + 1;
      while (gt < n && b[gt] !== GT) gt++;
      if (gt >= n) return lt;
      const closing = c1 === SLASH;
      let e = closing ? lt + 2 : lt + 1;
      const nameStart = e;
      while (e < gt && !isNameEnd(b[e])) e++;
      const name = nameCode(b, nameStart, e);
      const selfClosing = b[gt - 1] === SLASH;
      i = gt + 1;
      if (name === N_SI) {
        if (closing) {
          this.strings.push(this.text === '' ? null : this.text);
          this.inItem = false;
        } else if (selfClosing) this.strings.push(null);
        else {
          this.inItem = true;
          this.text = '';
        }
      } else if (name === N_RPH) {
        this.inPhonetic = !closing && !selfClosing;
      } else if (name === N_T && !closing && !selfClosing && this.inItem) {
        const tlt = textEnd(b, i);
        const next = tlt < 0 ? -1 : endTagEnd(b, tlt);
        if (next < 0) return lt;
        if (!this.inPhonetic) this.text += textOf(b, i, tlt, true);
        i = next;
      }
    }
  }
}

async function readSharedStrings(zip: ZipReader, path: string): Promise<SharedStrings> {
  const scanner = new SharedStringsScanner();
  await zip.stream(path, (chunk) => {
    scanner.push(chunk);
    return true;
  });
  scanner.end();
  return scanner.strings;
}

/** The sheet scanner on its own, fed the given chunks (for tests: XML split at any byte reads the same). */
export function scanSheetXml(
  chunks: Uint8Array[],
  sink: XlsxRowSink,
  context: { sharedStrings?: (string | null)[]; dateStyles?: boolean[]; date1904?: boolean } = {},
): void {
  const scanner = new SheetScanner(
    context.sharedStrings ?? [],
    context.dateStyles ?? [],
    context.date1904 ?? false,
    sink,
  );
  for (const chunk of chunks) {
    scanner.push(chunk);
    if (!sink.wantsRows) return;
  }
  scanner.end();
  sink.finish();
}
