/**
 * Writes a MemoryWorkbook as .xlsx, streaming: the annotated copy of a 1,048,576-row sheet in seconds
 * and a few hundred MB, where ExcelJS's writer took minutes and 7 GB (a cell object per cell, the
 * whole zip built in memory by JSZip in JavaScript).
 *
 * How: ExcelJS still writes everything but the cells (buildExcelFrame: tables, formats, validations,
 * notes, merges, names, the settings sheet, styles.xml), which is small. This module then writes each
 * sheet's <sheetData> itself from the grid, row by row into a streaming deflate, and copies the
 * frame's other parts as ExcelJS compressed them. The cells' styles are registered with ExcelJS's
 * style manager before it renders styles.xml, so a cell's s="" is the id ExcelJS gives its style.
 * Measured on a 100k-customer workbook with 141k issues: 89 s and 2.6 GB for buildExcelWorkbook +
 * writeFile; see bench/write.ts for this writer.
 *
 * Chosen over ExcelJS's streaming WorkbookWriter (still a cell object per cell, ~7 µs a cell, and no
 * tables) and over writing every part ourselves (styles, conditional formats and notes in all their
 * forms would be a second ExcelJS). Every value that reaches a file is one other programs open:
 *  - a number that is not finite (NaN, Infinity) is the error #NUM!, never <v>NaN</v>;
 *  - text keeps every character: XML 1.0 cannot hold U+0000-U+001F (but tab, LF, CR), U+FFFE,
 *    U+FFFF or a lone surrogate, so those are escaped the way the format allows (_xHHHH_, which
 *    Excel, LibreOffice and ExcelJS decode), a user's own "_x0041_" keeps its underscore escaped
 *    (_x005F_x0041_), and CR is _x000D_ as Excel writes it (a literal CR would be read back as LF);
 *  - text goes to the shared-string table, each distinct text once.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/table';
import { cellKey, columnLetter, type GridSheet, type MemoryWorkbook, type WorkbookModel } from '../memory';
import { buildExcelFrame, internalLinkFormula, linkText, splitKey, type SheetFrame } from './xlsx';
import { excelJs } from './exceljs-compat';
import { bytesSource, concatBytes, entryText, readZipDirectory, storedEntryData } from './zip-entry';
import { ZipWriter, type ZipOutput, type ZipWriterOptions } from './zip-write';

export interface WriteXlsxOptions extends ZipWriterOptions {
  /** Characters of sheet XML per piece handed to the deflater (tests lower it to cross piece ends). */
  pieceChars?: number;
}

/** Characters of XML handed to the deflater at a time. */
const PIECE_CHARS = 1 << 20;

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A sheet holds more rows or columns than Excel's grid: no program would open the copy. */
export class SheetTooBigError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`sheet ${sheet} has ${rows} rows and ${columns} columns; Excel allows ${MAX_ROWS} by ${MAX_COLUMNS}`);
  }
}

/** Writes the workbook as .xlsx bytes to output, in order. */
export async function writeXlsx(
  model: WorkbookModel,
  output: ZipOutput,
  options: WriteXlsxOptions = {},
): Promise<void> {
  for (const grid of model.sheets) checkGridSize(grid);
  const { xl, frames } = buildExcelFrame(model);
  const sheets = frames.map((f) => new SheetCells(f));
  const styles = new CellStyles(sheets);
  styles.registerWith(xl);
  const frame = new Uint8Array((await xl.xlsx.writeBuffer()) as ArrayBuffer);
  const sheetFiles = new Map(frames.map((f, i) => [`xl/worksheets/sheet${f.ws.id}.xml`, sheets[i]]));
  const src = bytesSource(frame);
  const entries = (await readZipDirectory(src))?.entries ?? [];
  // The frame's own strings (the settings cell, link texts) keep their indexes; the cells' follow them.
  const sstEntry = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (!sstEntry) throw new Error('the workbook frame has no shared strings part');
  const strings = new SharedStrings(await entryText(src, sstEntry));
  const zip = new ZipWriter(output, options);
  for (const entry of entries) {
    const sheet = sheetFiles.get(entry.name);
    if (sheet) await zip.add(entry.name, sheetXml(sheet, await entryText(src, entry), styles, strings, options));
    else if (entry === sstEntry) await zip.add(entry.name, strings.xml(options.pieceChars ?? PIECE_CHARS));
    else await zip.copy(entry, await storedEntryData(src, entry));
  }
  await zip.finish();
}

/** Serialises a MemoryWorkbook to .xlsx bytes. */
export async function memoryToXlsxBuffer(wb: MemoryWorkbook): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  await writeXlsx(wb.model, (chunk) => void pieces.push(chunk.slice()));
  return concatBytes(pieces);
}

function checkGridSize(grid: GridSheet): void {
  let columns = 0;
  for (const row of grid.cells) if (row && row.length > columns) columns = row.length;
  if (grid.cells.length > MAX_ROWS || columns > MAX_COLUMNS)
    throw new SheetTooBigError(grid.name, grid.cells.length, columns);
}

// ---------------------------------------------------------------- styles

/**
 * The style id (s="") of each cell. The grid keeps ExcelJS style objects, shared between cells; they are
 * handed to ExcelJS's style manager once each, which renders them into styles.xml. A date needs a date
 * format: one without a style (or with a style that has no number format) gets its column's format or
 * yyyy-mm-dd, as buildExcelWorkbook gives it.
 */
class CellStyles {
  private readonly objects = new Set<object>();
  private readonly ids = new Map<object, number>();
  /** Date styles derived from a cell style (or none) and a number format. */
  private readonly dated = new Map<object | null, Map<string, object>>();

  constructor(sheets: SheetCells[]) {
    for (const { grid, styles } of sheets) {
      for (const row of styles) for (const style of row ?? []) if (style) this.objects.add(style);
      grid.cells.forEach((row, i) => {
        row?.forEach((v, c) => {
          if (v instanceof Date) this.dateStyle(styles[i + 1]?.[c] ?? null, grid.numFmts[c]);
        });
      });
    }
  }

  /** Registers every style with ExcelJS's style manager as it prepares to write (before styles.xml). */
  registerWith(xl: ExcelJS.Workbook): void {
    const xlsx = xl.xlsx as unknown as { prepareModel(model: unknown, options: unknown): void };
    const prepare = xlsx.prepareModel.bind(xlsx);
    xlsx.prepareModel = (model, options) => {
      prepare(model, options);
      const manager = (model as { styles: { addStyleModel(style: object, type: number): number } }).styles;
      for (const style of this.objects) this.ids.set(style, manager.addStyleModel(style, excelJs().ValueType.Number));
    };
  }

  /** The s="" of a cell with this style (0 for none) holding this value. */
  id(style: object | undefined, value: CellValue, numFmt: string | undefined): number {
    const s = value instanceof Date ? this.dateStyle(style ?? null, numFmt) : style;
    return s ? (this.ids.get(s) ?? 0) : 0;
  }

  private dateStyle(style: object | null, numFmt: string | undefined): object | null {
    if (style && (style as { numFmt?: string }).numFmt) return style;
    const fmt = numFmt ?? 'yyyy-mm-dd';
    let byFormat = this.dated.get(style);
    if (!byFormat) this.dated.set(style, (byFormat = new Map()));
    let derived = byFormat.get(fmt);
    if (!derived) {
      derived = { ...(style ?? {}), numFmt: fmt };
      byFormat.set(fmt, derived);
      this.objects.add(derived);
    }
    return derived;
  }
}

// ---------------------------------------------------------------- shared strings

/**
 * The shared-string table: each distinct text once (Excel's own way, and a smaller file). Inline strings
 * would need no table, but ExcelJS's streaming reader (the fallback reader) garbles a multi-byte character
 * that a chunk boundary splits inside one.
 */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  /** Plain texts, and rich-text items as their XML (their indexes in richItems). */
  private readonly items: string[] = [];
  private readonly richItems = new Set<number>();
  private readonly head: string;
  private readonly frameItems: string;
  private readonly frameCount: number;
  /** Whether the last index() found its text already there. */
  lastWasShared = false;

  /** frameXml: the frame's sharedStrings.xml, whose items keep their places at the start. */
  constructor(frameXml: string) {
    const open = /<sst\b[^>]*?(\/?)>/.exec(frameXml);
    if (!open) throw new Error('no <sst> in the frame');
    this.head = frameXml.slice(0, open.index);
    const end = frameXml.lastIndexOf('</sst>');
    this.frameItems = open[1] ? '' : frameXml.slice(open.index + open[0].length, end < 0 ? undefined : end);
    this.frameCount = (this.frameItems.match(/<si[\s>/]/g) ?? []).length;
  }

  /** The item of a text: shared with the same text before when `share`, else a new one. */
  index(text: string, share = true): number {
    this.lastWasShared = false;
    if (!share || text.length > SHARED_TEXT_LENGTH) return this.add(text);
    const i = this.indexes.get(text);
    if (i !== undefined) {
      this.lastWasShared = true;
      return i;
    }
    const added = this.add(text);
    this.indexes.set(text, added);
    return added;
  }

  /** A rich-text item (its <r> runs), not shared with others. */
  richIndex(runsXml: string): number {
    this.richItems.add(this.items.length);
    return this.add(runsXml);
  }

  private add(item: string): number {
    this.items.push(item);
    return this.frameCount + this.items.length - 1;
  }

  *xml(pieceChars: number): Generator<string> {
    const count = this.frameCount + this.items.length;
    yield `${this.head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`;
    yield this.frameItems;
    let piece = '';
    for (let i = 0; i < this.items.length; i++) {
      piece += `<si>${this.richItems.has(i) ? this.items[i] : textElement(this.items[i])}</si>`;
      if (piece.length < pieceChars) continue;
      yield piece;
      piece = '';
    }
    yield piece + '</sst>';
  }
}

/** Longer texts (messages, addresses) are not looked up for sharing. */
const SHARED_TEXT_LENGTH = 64;

/**
 * A column's texts are shared while at least one in SHARE_HIT_RATE repeats an earlier one: cities, stages
 * and owners repeat; customer IDs, phones and names hardly do, and a map of millions of them cost more
 * than the file gains (4.6 s of a 1M-row copy's 10 s). Decided after the first SHARE_SAMPLE texts.
 */
const SHARE_SAMPLE = 1000;
const SHARE_HIT_RATE = 4;

// ---------------------------------------------------------------- sheet XML

const SHEET_DATA = /<sheetData\s*\/>|<sheetData>[\s\S]*<\/sheetData>/;

/** The frame's sheet XML with its <sheetData> (and <dimension>) replaced by the grid's, piece by piece. */
function* sheetXml(
  cells: SheetCells,
  frameXml: string,
  styles: CellStyles,
  strings: SharedStrings,
  options: WriteXlsxOptions,
): Generator<string> {
  const m = SHEET_DATA.exec(frameXml);
  if (!m) throw new Error(`no <sheetData> in the frame of sheet ${cells.grid.name}`);
  const rows = new SheetRows(cells, styles, strings);
  yield frameXml.slice(0, m.index).replace(/<dimension ref="[^"]*"\s*\/>/, `<dimension ref="${rows.dimension()}"/>`);
  yield '<sheetData>';
  yield* rows.pieces(options.pieceChars ?? PIECE_CHARS);
  yield '</sheetData>';
  yield frameXml.slice(m.index + m[0].length);
}

/** A cell-keyed map ('row,col') regrouped by row and column: one key parse per entry, none per cell. */
function byRow<T>(map: Map<string, T> | undefined): (T[] | undefined)[] {
  const rows: (T[] | undefined)[] = [];
  for (const [key, value] of map ?? []) {
    const [r, c] = splitKey(key);
    (rows[r] ??= [])[c] = value;
  }
  return rows;
}

/** What a sheet's cells are written from, by row. */
class SheetCells {
  readonly grid: GridSheet;
  readonly styles: (object[] | undefined)[];
  readonly formulas: (string[] | undefined)[];
  readonly links: (string[] | undefined)[];
  readonly headerNames: (string[] | undefined)[];
  readonly notes: (unknown[] | undefined)[];
  readonly richText: ({ text: string; font?: unknown }[][] | undefined)[];
  readonly lastRow: number;

  constructor(frame: SheetFrame) {
    const grid = (this.grid = frame.grid);
    this.styles = byRow(grid.extras?.styles as Map<string, object> | undefined);
    this.formulas = byRow(grid.formulas);
    this.links = byRow(frame.links);
    this.headerNames = byRow(frame.headerNames);
    this.notes = byRow(grid.extras?.notes);
    this.richText = byRow(grid.extras?.richText as Map<string, { text: string; font?: unknown }[]> | undefined);
    let lastRow = grid.cells.length;
    for (const rows of [this.styles, this.formulas, this.links, this.notes])
      lastRow = Math.max(lastRow, rows.length - 1);
    for (const r of grid.extras?.rows?.keys() ?? []) if (r > lastRow) lastRow = r;
    this.lastRow = lastRow;
  }

  /** One past the last column row r has anything in. */
  width(r: number): number {
    return Math.max(
      this.grid.cells[r - 1]?.length ?? 0,
      this.styles[r]?.length ?? 0,
      this.formulas[r]?.length ?? 0,
      this.links[r]?.length ?? 0,
      this.notes[r]?.length ?? 0,
    );
  }
}

/** The rows of one sheet as <row> elements. */
class SheetRows {
  private readonly letters: string[] = [];
  /** Per column: texts looked up for sharing, and how many were already there. */
  private readonly sharing: { tries: number; hits: number }[] = [];

  constructor(
    private readonly cells: SheetCells,
    private readonly cellStyles: CellStyles,
    private readonly strings: SharedStrings,
  ) {}

  dimension(): string {
    let width = 1;
    for (let r = 1; r <= this.cells.lastRow; r++) width = Math.max(width, this.cells.width(r));
    return this.cells.lastRow > 0 ? `A1:${columnLetter(width - 1)}${this.cells.lastRow}` : 'A1';
  }

  *pieces(pieceChars: number): Generator<string> {
    let parts: string[] = [];
    let size = 0;
    for (let r = 1; r <= this.cells.lastRow; r++) {
      const xml = this.row(r);
      if (!xml) continue;
      parts.push(xml);
      size += xml.length;
      if (size >= pieceChars) {
        yield parts.join('');
        parts = [];
        size = 0;
      }
    }
    if (parts.length) yield parts.join('');
  }

  private row(r: number): string {
    const { grid } = this.cells;
    const values = grid.cells[r - 1];
    const styles = this.cells.styles[r];
    const formulas = this.cells.formulas[r];
    const links = this.cells.links[r];
    const headerNames = this.cells.headerNames[r];
    const notes = this.cells.notes[r];
    const width = this.cells.width(r);
    let cells = '';
    for (let c = 0; c < width; c++) {
      let v = values?.[c] ?? null;
      if (v === '') v = null;
      if (headerNames) v = headerNames[c] ?? v;
      const formula = formulas?.[c];
      const link = links?.[c];
      const style = styles?.[c];
      if (v === null && formula === undefined && link === undefined && !style && notes?.[c] === undefined) continue;
      const s = this.cellStyles.id(style, v, grid.numFmts[c]);
      const head = `<c r="${(this.letters[c] ??= columnLetter(c))}${r}"${s ? ` s="${s}"` : ''}`;
      cells += this.cell(head, r, c, v, formula, link);
    }
    const format = grid.extras?.rows?.get(r);
    if (!cells && !format) return '';
    let attrs = ` r="${r}"`;
    if (format?.height) attrs += ` ht="${format.height}" customHeight="1"`;
    if (format?.hidden) attrs += ' hidden="1"';
    if (format?.outlineLevel) attrs += ` outlineLevel="${format.outlineLevel}"`;
    return cells ? `<row${attrs}>${cells}</row>` : `<row${attrs}/>`;
  }

  private cell(head: string, r: number, c: number, v: CellValue, formula?: string, link?: string): string {
    if (link !== undefined) {
      const text = linkText(v, link);
      if (link.startsWith('#')) return formulaCell(head, internalLinkFormula(link, text), text);
      return `${head} t="s"><v>${this.stringIndex(c, text)}</v></c>`;
    }
    const error = typeof v === 'string' && this.cells.grid.extras?.errors?.has(cellKey(r, c));
    if (formula !== undefined)
      return error
        ? `${head} t="e"><f>${escapeText(formula)}</f><v>${escapeText(v as string)}</v></c>`
        : formulaCell(head, formula, v);
    if (error) return `${head} t="e"><v>${escapeText(v as string)}</v></c>`;
    if (typeof v === 'string') {
      const runs = this.cells.richText[r]?.[c];
      const rich = runs && runs.map((x) => x.text).join('') === v;
      return `${head} t="s"><v>${rich ? this.strings.richIndex(richTextXml(runs)) : this.stringIndex(c, v)}</v></c>`;
    }
    return valueCell(head, v);
  }

  private stringIndex(c: number, text: string): number {
    const stats = (this.sharing[c] ??= { tries: 0, hits: 0 });
    if (stats.tries >= SHARE_SAMPLE && stats.hits * SHARE_HIT_RATE < stats.tries)
      return this.strings.index(text, false);
    const i = this.strings.index(text);
    stats.tries++;
    if (this.strings.lastWasShared) stats.hits++;
    return i;
  }
}

/** A number as <v> text, or null when it is not finite (no program reads NaN or Infinity there). */
function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** Excel's serial day number of a date (1900 date system); null for an invalid date. */
function dateSerial(d: Date): string | null {
  return numberText(d.getTime() / 86400000 + 25569);
}

const NUM_ERROR = ' t="e"><v>#NUM!</v></c>';

/** A cell holding no text (text goes to the shared strings). */
function valueCell(head: string, v: Exclude<CellValue, string>): string {
  if (v === null) return head + '/>';
  if (typeof v === 'boolean') return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  const n = v instanceof Date ? dateSerial(v) : numberText(v);
  return n === null ? head + NUM_ERROR : `${head}><v>${n}</v></c>`;
}

function formulaCell(head: string, formula: string, cached: CellValue): string {
  // A formula is an ST_Xstring too (ECMA-376 ST_Formula): the same escapes, which the loader decodes.
  const f = `<f>${escapeText(formula)}</f>`;
  if (cached === null) return `${head}>${f}</c>`;
  if (typeof cached === 'string') return `${head} t="str">${f}<v>${escapeText(cached)}</v></c>`;
  if (typeof cached === 'boolean') return `${head} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
  const n = cached instanceof Date ? dateSerial(cached) : numberText(cached);
  return n === null ? `${head} t="e">${f}<v>#NUM!</v></c>` : `${head}>${f}<v>${n}</v></c>`;
}

/** A rich-text run's font as ExcelJS models it (what the loader and the model keep). */
interface RunFont {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean | string;
  strike?: boolean;
  outline?: boolean;
  shadow?: boolean;
  condense?: boolean;
  extend?: boolean;
  vertAlign?: string;
  size?: number;
  color?: { argb?: string; theme?: number; tint?: number; indexed?: number };
  name?: string;
  family?: number;
  charset?: number;
  scheme?: string;
}

/** Rich-text runs as a string item's <r> elements, each with its font (<rPr>, as Excel writes it). */
function richTextXml(runs: { text: string; font?: unknown }[]): string {
  return runs.map((run) => `<r>${runProperties((run.font ?? {}) as RunFont)}${textElement(run.text)}</r>`).join('');
}

function runProperties(font: RunFont): string {
  const val = (tag: string, v: string | number) => `<${tag} val="${escapeText(String(v)).replace(/"/g, '&quot;')}"/>`;
  let x = '';
  for (const [key, tag] of [
    ['bold', 'b'],
    ['italic', 'i'],
    ['strike', 'strike'],
    ['outline', 'outline'],
    ['shadow', 'shadow'],
    ['condense', 'condense'],
    ['extend', 'extend'],
  ] as const)
    if (font[key]) x += `<${tag}/>`;
  if (font.underline && font.underline !== 'none')
    x += font.underline === true || font.underline === 'single' ? '<u/>' : val('u', font.underline);
  if (font.vertAlign) x += val('vertAlign', font.vertAlign);
  if (font.size) x += val('sz', font.size);
  if (font.color) x += colorXml(font.color);
  if (font.name) x += val('rFont', font.name);
  if (font.family) x += val('family', font.family);
  if (font.charset) x += val('charset', font.charset);
  if (font.scheme) x += val('scheme', font.scheme);
  return x ? `<rPr>${x}</rPr>` : '';
}

function colorXml(color: NonNullable<RunFont['color']>): string {
  if (color.argb) return `<color rgb="${color.argb}"/>`;
  if (color.theme !== undefined) return `<color theme="${color.theme}"${color.tint ? ` tint="${color.tint}"` : ''}/>`;
  if (color.indexed !== undefined) return `<color indexed="${color.indexed}"/>`;
  return '';
}

function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeText(text)}</t>`;
}

// ---------------------------------------------------------------- text escaping

/** What plain XML text cannot carry as it is, and the user's own "_xHHHH_" (whose underscore is escaped). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]|_x[0-9a-fA-F]{4}_/;

/**
 * Cell text as XML element text: &, <, > as entities, and CR and each character XML 1.0 cannot
 * hold as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). A "_xHHHH_" the user typed gets its
 * underscore escaped (_x005F_), so that a reader decodes it back to what was typed.
 */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeChars(text.replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_'));
}

function escapeChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 38) out += '&amp;';
    else if (ch === 60) out += '&lt;';
    else if (ch === 62) out += '&gt;';
    else if ((ch < 32 && ch !== 9 && ch !== 10) || ch === 0xfffe || ch === 0xffff)
      out += hexEscape(ch); // CR too
    else if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)))
      out += text[i] + text[++i];
    else if (ch >= 0xd800 && ch <= 0xdfff) out += hexEscape(ch);
    else out += text[i];
  }
  return out;
}

function isLowSurrogate(ch: number): boolean {
  return ch >= 0xdc00 && ch <= 0xdfff;
}

function hexEscape(ch: number): string {
  return `_x${ch.toString(16).toUpperCase().padStart(4, '0')}_`;
}
