/**
 * Loads an .xlsx into a MemoryWorkbook fast enough for a 1,048,576-row sheet (the CLI's check and
 * check --out). ExcelJS's loader makes an object per cell and took minutes and GBs there.
 *
 * The cells are read here: each sheet's XML is inflated piece by piece and its rows parsed as they
 * come (values, formulas with shared formulas expanded, the cell's style, row heights and flags).
 * Everything else still goes through ExcelJS (xlsxBufferToMemory), on a "frame" of the package: the
 * same parts, each sheet's <sheetData> reduced to the few cells ExcelJS must see (a note's or a link's
 * cell, rich text), and an empty shared-string table. Tables, merges, formats, validations, notes,
 * columns, views and names thus read as before, and the two readings are joined by cell.
 *
 * Differences from ExcelJS's reading, on purpose:
 *  - a user's =HYPERLINK(...) formula stays a formula (ExcelJS's reading turned it into a link,
 *    which the copy then wrote as a static hyperlink); only on the add-in's own sheets is the copy's
 *    own internal link, HYPERLINK("#Sheet!A1","text"), read back as the link it stands for;
 *  - a date-formatted number that is no date Excel can show (below 0, or 1e8 and more: a phone typed
 *    into a date column, 1e308) stays the number: it is not an Invalid Date written back as NaN;
 *  - text escaped as _xHHHH_ (control characters) is decoded, in any case of hex digit;
 *  - the cells a merge hides stay empty (ExcelJS gives them the merge's value).
 */
import { Readable } from 'stream';
import type { CellValue } from '../../domain/table';
import {
  SETTINGS_SHEET,
  cellKey,
  columnIndex,
  columnLetter,
  type Hyperlink,
  type MemoryWorkbook,
  type RowFormat,
  type SheetExtras,
} from '../memory';
import { HYPERLINK_FORMULA, xlsxBufferToMemory } from './xlsx';
import { isAddinSheetName } from '../memory/read';
import { escapeText } from './xlsx-write';
import { decodeEntities, xmlAttributes } from './xml';
import {
  bytesSource,
  entryText,
  inflateEntry,
  readZipDirectory,
  storedEntryData,
  type ByteSource,
  type ByteTransform,
  type ZipEntryInfo,
  concatBytes,
} from './zip-entry';
import { ZipWriter } from './zip-write';
import { nodeInflate } from './node-zlib';
import { EXCEL_MAX_DATE_SERIAL, decodeXstring, isDateFormatCode } from './fast-xlsx';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as {
  slideFormula(formula: string, from: string, to: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as new () => {
  parseStream(stream: Readable): Promise<unknown>;
  getStyleModel(id: number): Record<string, unknown> | null;
};

export interface LoadXlsxOptions {
  /** Bytes of sheet XML parsed at a time (default 1 MB; tests lower it to cut tags and characters). */
  pieceBytes?: number;
}

/** Loads .xlsx bytes: cells read here, the rest by ExcelJS on the package's frame (see the file header). */
export async function loadXlsx(bytes: Uint8Array, options: LoadXlsxOptions = {}): Promise<MemoryWorkbook> {
  const pkg = await Package.open(bytesSource(bytes), options.pieceBytes);
  const book = await pkg.book();
  const styles = await pkg.styles(book);
  const strings = await pkg.sharedStrings(book);
  const sheets: ParsedSheet[] = [];
  for (const sheet of book.sheets) {
    const specials = await pkg.specialRefs(sheet.path);
    const parser = new SheetParser(sheet.name, strings, styles, book.date1904, specials);
    for await (const piece of pkg.pieces(sheet.path)) parser.push(piece);
    sheets.push(parser.end());
  }
  const wb = await xlsxBufferToMemory(await pkg.frame(book, sheets));
  for (const parsed of sheets) {
    const grid = wb.sheet(parsed.name);
    if (!grid) continue;
    grid.cells = parsed.cells;
    grid.formulas = parsed.formulas;
    const extras: SheetExtras = { ...grid.extras };
    delete extras.styles;
    delete extras.rows;
    if (parsed.styles.size) extras.styles = parsed.styles;
    if (parsed.rows.size) extras.rows = parsed.rows;
    if (parsed.errors.size) extras.errors = parsed.errors;
    if (Object.keys(extras).length) grid.extras = extras;
    else delete grid.extras;
    // One by one: a report sheet has a link per row, and a spread of 125k+ overflows the stack.
    for (const link of parsed.links) wb.model.hyperlinks.push(link);
  }
  return wb;
}

// ---------------------------------------------------------------- package

interface Book {
  path: string;
  sheets: { name: string; path: string }[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

/** The parts of the zip, by name (case-insensitive, as Excel treats part names). */
class Package {
  private readonly entries = new Map<string, ZipEntryInfo>();

  private readonly inflate: () => ByteTransform;

  private constructor(
    private readonly src: ByteSource,
    entries: ZipEntryInfo[],
    pieceBytes?: number,
  ) {
    this.inflate = () => nodeInflate(pieceBytes);
    for (const e of entries) this.entries.set(e.name.toLowerCase(), e);
  }

  /** The package of a complete zip (the caller sniffed it: ./sniff); throws on one cut short. */
  static async open(src: ByteSource, pieceBytes?: number): Promise<Package> {
    const directory = await readZipDirectory(src);
    if (!directory?.complete) throw new Error('not a complete zip file');
    return new Package(src, directory.entries, pieceBytes);
  }

  private entry(name: string): ZipEntryInfo | undefined {
    return this.entries.get(name.toLowerCase());
  }

  async text(name: string): Promise<string | null> {
    const e = this.entry(name);
    return e ? entryText(this.src, e, this.inflate) : null;
  }

  async *pieces(name: string): AsyncGenerator<string> {
    const e = this.entry(name);
    if (!e) throw new Error(`missing part ${name}`);
    const decoder = new TextDecoder();
    for await (const piece of inflateEntry(this.src, e, this.inflate)) yield decoder.decode(piece, { stream: true });
    yield decoder.decode();
  }

  /** The relationships of a part: id -> { target part, type }. */
  async rels(part: string): Promise<Map<string, { target: string; type: string }>> {
    const slash = part.lastIndexOf('/');
    const dir = part.slice(0, slash + 1);
    const xml = await this.text(`${dir}_rels/${part.slice(slash + 1)}.rels`);
    const out = new Map<string, { target: string; type: string }>();
    for (const m of (xml ?? '').matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
      const a = xmlAttributes(m[1]);
      if (a.TargetMode === 'External' || !a.Id) continue;
      out.set(a.Id, { target: resolvePart(dir, a.Target ?? ''), type: a.Type ?? '' });
    }
    return out;
  }

  async book(): Promise<Book> {
    const office = [...(await this.rels('')).values()].find((r) => r.type.endsWith('/officeDocument'));
    const path = office?.target ?? 'xl/workbook.xml';
    const xml = await this.text(path);
    if (xml === null) throw new Error(`missing ${path}`);
    const rels = await this.rels(path);
    const sheets: Book['sheets'] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
      const a = xmlAttributes(m[1]);
      const id = Object.keys(a).find((k) => k === 'r:id' || k.endsWith(':id'));
      const rel = id ? rels.get(a[id]) : undefined;
      if (rel?.type.endsWith('/worksheet')) sheets.push({ name: a.name ?? '', path: rel.target });
    }
    const pr = /<(?:\w+:)?workbookPr\s([^>]*?)\/?>/.exec(xml);
    const date1904 = !!pr && ['1', 'true'].includes(xmlAttributes(pr[1]).date1904);
    const partOf = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    return { path, sheets, sharedStrings: partOf('/sharedStrings'), styles: partOf('/styles'), date1904 };
  }

  async styles(book: Book): Promise<CellStyleIds> {
    const ids = new CellStyleIds(book.styles ? await this.text(book.styles) : null);
    await ids.load();
    return ids;
  }

  async sharedStrings(book: Book): Promise<SharedStrings> {
    const out: SharedStrings = { texts: [], rich: new Map() };
    if (!book.sharedStrings || !this.entry(book.sharedStrings)) return out;
    let rest = '';
    const SI = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
    for await (const piece of this.pieces(book.sharedStrings)) {
      const text = rest + piece;
      SI.lastIndex = 0;
      let used = 0;
      for (let m = SI.exec(text); m; m = SI.exec(text)) {
        const item = stringItem(m[1] ?? '');
        if (item.rich !== undefined) out.rich.set(out.texts.length, item.rich);
        out.texts.push(item.text);
        used = SI.lastIndex;
      }
      rest = text.slice(used);
    }
    return out;
  }

  /** The cells with a note on them (ExcelJS must see them; the links' cells are known after the cells). */
  async specialRefs(sheetPath: string): Promise<Set<string>> {
    const refs = new Set<string>();
    for (const rel of (await this.rels(sheetPath)).values()) {
      if (!rel.type.endsWith('/comments')) continue;
      for (const m of ((await this.text(rel.target)) ?? '').matchAll(/<(?:\w+:)?comment\s[^>]*?\bref="([^"]+)"/g))
        refs.add(m[1].toUpperCase());
    }
    return refs;
  }

  /**
   * The package for ExcelJS: each sheet's <sheetData> reduced to its special cells, an empty shared-string
   * table; every other part copied as it is stored.
   */
  async frame(book: Book, sheets: ParsedSheet[]): Promise<Uint8Array> {
    const replaced = new Map<string, string>();
    book.sheets.forEach((s, i) => replaced.set(s.path.toLowerCase(), sheets[i].frameXml()));
    if (book.sharedStrings)
      replaced.set(
        book.sharedStrings.toLowerCase(),
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
      );
    const pieces: Uint8Array[] = [];
    const zip = new ZipWriter((chunk) => void pieces.push(chunk.slice()));
    for (const [lower, e] of this.entries) {
      const xml = replaced.get(lower);
      if (xml === undefined) await zip.copy(e, await storedEntryData(this.src, e));
      else await zip.add(e.name, [xml]);
    }
    await zip.finish();
    return concatBytes(pieces);
  }
}

function resolvePart(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const p of (dir + target).split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

// ---------------------------------------------------------------- styles

/** The style of a cell's s="" as ExcelJS gives it (one object per id, shared), and whether it shows a date. */
class CellStyleIds {
  private readonly models: (Record<string, unknown> | null | undefined)[] = [];
  private readonly dates: (boolean | undefined)[] = [];
  private readonly ready: Promise<unknown> | null;
  private readonly xform = new StylesXform();

  constructor(xml: string | null) {
    this.ready = xml ? this.xform.parseStream(Readable.from([xml])) : null;
  }

  async load(): Promise<void> {
    await this.ready;
  }

  /** The ExcelJS style of style id s, or null for none (s 0, or an empty style). */
  style(s: number): Record<string, unknown> | null {
    if (!s || !this.ready) return null;
    let model = this.models[s];
    if (model === undefined) {
      const m = this.xform.getStyleModel(s);
      model = this.models[s] = m && Object.keys(m).length ? m : null;
      // ExcelJS's rule (its own date formats and a custom code with date letters), so the two readings agree.
      this.dates[s] = !!model && typeof model.numFmt === 'string' && isDateFormatCode(model.numFmt);
    }
    return model;
  }

  isDate(s: number): boolean {
    return !!s && this.style(s) !== null && !!this.dates[s];
  }
}

// ---------------------------------------------------------------- text

/** The shared-string table: texts by index (an object per item would cost 100 MB on a 3M-item table). */
interface SharedStrings {
  texts: (string | null)[];
  /** The XML of the items with runs (rich text), for ExcelJS to read the runs from. */
  rich: Map<number, string>;
}

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
const RUN = /<(?:[\w.-]+:)?r>/;

/** A string item (<si> or <is> content): its text, without phonetic runs. */
function stringItem(xml: string): { text: string | null; rich?: string } {
  const plain = /^<t>([^<]*)<\/t>$/.exec(xml);
  if (plain) return { text: plain[1] === '' ? null : xmlText(plain[1]) };
  const body = xml.indexOf('rPh') >= 0 ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(body); m; m = TEXT.exec(body)) if (m[1]) text += xmlText(m[1]);
  return { text: text === '' ? null : text, rich: RUN.test(body) ? xml : undefined };
}

/** Element text as an XML reader gives it (line ends normalised, entities decoded), then _xHHHH_ decoded. */
function xmlText(raw: string): string {
  let s = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  if (s.indexOf('&') >= 0) s = decodeEntities(s);
  return decodeXstring(s);
}

// ---------------------------------------------------------------- sheets

interface ParsedSheet {
  name: string;
  cells: CellValue[][];
  formulas: Map<string, string>;
  styles: Map<string, unknown>;
  rows: Map<number, RowFormat>;
  /** The add-in's internal links on its own sheets (written as HYPERLINK formulas). */
  links: Hyperlink[];
  errors: Set<string>;
  /** The sheet's XML for ExcelJS: its <sheetData> holding the special cells only. */
  frameXml(): string;
}

const ROW = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const FORMULA = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const VALUE = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const SHEET_DATA_START = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/;
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>/;

/** Parses a sheet's XML as it comes: the part before <sheetData>, the rows, the part after. */
class SheetParser implements ParsedSheet {
  readonly cells: CellValue[][] = [];
  readonly formulas = new Map<string, string>();
  readonly styles = new Map<string, unknown>();
  readonly rows = new Map<number, RowFormat>();
  readonly links: Hyperlink[] = [];
  /** Cells holding an error value (#N/A, #REF!…), written back as errors, as the ExcelJS reader keeps them. */
  readonly errors = new Set<string>();
  private head = '';
  private tail = '';
  private state: 'head' | 'rows' | 'tail' = 'head';
  private rest = '';
  private rowNumber = 0;
  /** Shared formulas: si -> the master's formula and address. */
  private readonly shared = new Map<string, { formula: string; address: string }>();
  /** The special cells' XML for the frame, by row and column. */
  private readonly frameRows = new Map<number, Map<number, string>>();
  private readonly letters: string[] = [];
  /** The add-in's settings sheet: ExcelJS reads its settings cell, so the frame keeps all its cells. */
  private readonly settings: boolean;
  private readonly addinSheet: boolean;

  constructor(
    readonly name: string,
    private readonly strings: SharedStrings,
    private readonly cellStyles: CellStyleIds,
    private readonly date1904: boolean,
    private readonly specials: Set<string>,
  ) {
    this.settings = name === SETTINGS_SHEET;
    this.addinSheet = isAddinSheetName(name);
  }

  push(piece: string): void {
    let text = this.rest + piece;
    this.rest = '';
    if (this.state === 'head') {
      const m = SHEET_DATA_START.exec(text);
      if (!m) {
        // keep a tail: the start tag may continue in the next piece
        this.head += text.slice(0, -64);
        this.rest = text.slice(-64);
        return;
      }
      this.head += text.slice(0, m.index);
      text = text.slice(m.index + m[0].length);
      this.state = m[1] ? 'tail' : 'rows';
    }
    if (this.state === 'rows') {
      const end = SHEET_DATA_END.exec(text);
      const rows = end ? text.slice(0, end.index) : text;
      ROW.lastIndex = 0;
      let used = 0;
      for (let m = ROW.exec(rows); m; m = ROW.exec(rows)) {
        this.row(m[1], m[2]);
        used = ROW.lastIndex;
      }
      if (!end) {
        this.rest = text.slice(used);
        return;
      }
      text = text.slice(end.index + end[0].length);
      this.state = 'tail';
    }
    this.tail += text;
  }

  end(): ParsedSheet {
    if (this.state !== 'tail') throw new Error(`sheet ${this.name}: the XML ends inside <sheetData>`);
    // An external link's cell (the links come after the cells): the frame needs the cell, not its value.
    for (const m of this.tail.matchAll(/<(?:\w+:)?hyperlink\s([^>]*?)\/?>/g)) {
      const a = xmlAttributes(m[1]);
      const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.ref ?? '');
      if (!ref || !Object.keys(a).some((k) => k.endsWith(':id'))) continue;
      const r = Number(ref[2]);
      const col = columnIndex(ref[1]);
      if (!this.frameRows.get(r)?.has(col)) this.addFrameCell(r, col, `<c r="${this.address(r, col)}"/>`);
    }
    return this;
  }

  frameXml(): string {
    const rows = [...this.frameRows].sort((a, b) => a[0] - b[0]);
    const row = (cells: Map<number, string>) => [...cells].sort((a, b) => a[0] - b[0]).map((c) => c[1]);
    const data = rows.map(([r, cells]) => `<row r="${r}">${row(cells).join('')}</row>`).join('');
    return `${this.head}<sheetData>${data}</sheetData>${this.tail}`;
  }

  private addFrameCell(r: number, col: number, xml: string): void {
    const cells = this.frameRows.get(r) ?? new Map<number, string>();
    cells.set(col, xml);
    this.frameRows.set(r, cells);
  }

  private row(attrText: string, body: string | undefined): void {
    const rowRef = attribute(attrText, 'r');
    this.rowNumber = rowRef ? Number(rowRef) : this.rowNumber + 1;
    const r = this.rowNumber;
    const ht = attribute(attrText, 'ht');
    const hidden = attribute(attrText, 'hidden');
    const outlineLevel = Number(attribute(attrText, 'outlineLevel'));
    if (ht || hidden === '1' || hidden === 'true' || outlineLevel) {
      const format: RowFormat = {};
      if (ht) format.height = parseFloat(ht);
      if (hidden === '1' || hidden === 'true') format.hidden = true;
      if (outlineLevel) format.outlineLevel = outlineLevel;
      if (format.height || format.hidden || format.outlineLevel) this.rows.set(r, format);
    }
    if (!body) return;
    let col = -1;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(body); m; m = CELL.exec(body)) {
      const ref = attribute(m[1], 'r');
      col = ref ? refColumn(ref) : col + 1;
      this.cell(r, col, m[1], m[2] ?? '');
    }
  }

  private cell(r: number, col: number, attrText: string, body: string): void {
    const a = { s: attribute(attrText, 's'), t: attribute(attrText, 't') };
    const s = a.s ? Number(a.s) : 0;
    const style = this.cellStyles.style(s);
    if (style) this.styles.set(cellKey(r, col), style);
    let value: CellValue = null;
    let rich: string | undefined;
    const f = body.indexOf('<f') >= 0 || body.indexOf(':f') >= 0 ? FORMULA.exec(body) : null;
    const link = f ? this.formula(r, col, attributes(f[1]), f[2]) : null;
    if (a.t === 'inlineStr') {
      const is = INLINE.exec(body);
      const item = is ? stringItem(is[1]) : { text: null };
      value = item.text;
      rich = item.rich;
    } else {
      const v = VALUE.exec(body);
      if (v) value = this.value(a.t, v[1], s, (x) => (rich = x));
    }
    if (link) value ??= link;
    if (a.t === 'e' && typeof value === 'string') this.errors.add(cellKey(r, col));
    if (value !== null) {
      const row = (this.cells[r - 1] ??= []);
      while (row.length < col) row.push(null);
      row[col] = value;
    }
    const address = rich !== undefined || this.specials.size || this.settings ? this.address(r, col) : '';
    // ExcelJS reads a note and rich text only on a cell it sees: the frame keeps the cell.
    if (rich !== undefined || this.specials.has(address) || this.settings)
      this.addFrameCell(r, col, frameCell(address, s, value, rich));
  }

  private address(r: number, col: number): string {
    return `${(this.letters[col] ??= columnLetter(col))}${r}`;
  }

  private value(t: string | undefined, raw: string, s: number, onRich: (xml: string) => void): CellValue {
    switch (t) {
      case 's': {
        const i = Number(raw);
        const rich = this.strings.rich.size ? this.strings.rich.get(i) : undefined;
        if (rich !== undefined) onRich(rich);
        return this.strings.texts[i] ?? null;
      }
      case 'str':
      case 'e':
        return xmlText(raw);
      case 'b':
        return !(raw.trim() === '0' || raw.trim() === 'false');
      case 'd': {
        const v = raw.trim();
        // An ISO date without a zone is UTC, as ExcelJS reads it.
        const d = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(v) || !v.includes('T') ? v : v + 'Z');
        return isNaN(d.getTime()) ? xmlText(raw) : d;
      }
      default: {
        if (raw === '') return null;
        const n = Number(raw);
        if (Number.isNaN(n)) return xmlText(raw);
        // A date-formatted number past Excel's dates (a phone typed into a date column) stays a number.
        if (this.cellStyles.isDate(s) && n >= 0 && n <= EXCEL_MAX_DATE_SERIAL)
          return new Date(Math.round((n - 25569 + (this.date1904 ? 1462 : 0)) * 86400000));
        return n;
      }
    }
  }

  /** Keeps a cell's formula; for the add-in's own internal link, keeps the link instead and returns its text. */
  private formula(r: number, col: number, a: Record<string, string>, text: string | undefined): string | null {
    let formula = text ? xmlText(text) : '';
    if (a.t === 'shared' && a.si !== undefined) {
      const master = this.shared.get(a.si);
      if (formula) this.shared.set(a.si, { formula, address: this.address(r, col) });
      else if (master) formula = slideFormula(master.formula, master.address, this.address(r, col));
    }
    const link = this.addinSheet ? HYPERLINK_FORMULA.exec(formula) : null;
    if (link && link[1].startsWith('#')) {
      this.links.push({ sheet: this.name, row: r, col, target: link[1].replace(/""/g, '"') });
      return link[2].replace(/""/g, '"');
    }
    if (formula) this.formulas.set(cellKey(r, col), formula);
    return null;
  }
}

/**
 * One attribute of a start tag's attribute text ('' when absent): the fast path for a cell's r, s and t,
 * read a million times over (other attributes, quoting with ' and entities go through attributes()).
 */
function attribute(text: string, name: string): string {
  if (text.indexOf("'") >= 0 || text.indexOf('&') >= 0) return attributes(text)[name] ?? '';
  const at = text.indexOf(` ${name}="`);
  if (at < 0) return '';
  const start = at + name.length + 3;
  return text.slice(start, text.indexOf('"', start));
}

/** The 0-based column of a cell reference such as "AB12" or "$AB$12". */
function refColumn(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 32; // lower case
    if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else if (ch !== 36 /* $ */) break;
  }
  return col - 1;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) {
    const v = m[2] ?? m[3] ?? '';
    out[m[1]] = v.indexOf('&') >= 0 ? decodeEntities(v) : v;
  }
  return out;
}

/** A cell as the frame gives it to ExcelJS: its rich text as written, or its plain value. */
function frameCell(address: string, s: number, value: CellValue, rich: string | undefined): string {
  const head = `<c r="${address}"${s ? ` s="${s}"` : ''}`;
  if (rich !== undefined) return `${head} t="inlineStr"><is>${rich}</is></c>`;
  if (typeof value === 'string')
    return `${head} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `${head}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${head}/>`;
}
