/**
 * Pure address arithmetic for the Office.js adapter: column letters, A1 ranges, row chunks
 * sized to Excel on the web's 5 MB payload limit, and RangeAreas address lists kept under
 * Excel's 8192-character address limit. No Office.js here, so every rule is unit-tested.
 */

/** Excel's longest accepted address string (Range/RangeAreas address arguments). */
export const MAX_ADDRESS_LENGTH = 8192;
/** Excel on the web caps one request and one response at 5 MB; stay well under it. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows per chunk to start with (issue 4: "start at 5,000 rows"). */
export const DEFAULT_CHUNK_ROWS = 5000;
/** Guess of the JSON bytes one cell costs in a response before anything is measured. */
export const ESTIMATED_BYTES_PER_CELL = 32;

import { columnLetter, columnIndex } from '../../domain/a1';
export { columnLetter, columnIndex };

/** A sheet name as it must appear in a formula or address: quoted unless plain ASCII word characters. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 'A2:X2' for a rectangle given by 1-based rows and 0-based columns ('A2' for one cell). */
export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const a = `${columnLetter(firstColumn)}${firstRow}`;
  const b = `${columnLetter(lastColumn)}${lastRow}`;
  return a === b ? a : `${a}:${b}`;
}

export interface CellRect {
  firstRow: number; // 1-based
  firstColumn: number; // 0-based
  lastRow: number;
  lastColumn: number;
}

/** Parses 'A2', 'A2:X57', "Sheet1!A2:B3" or "'客户 档案'!$A$2:$B$3" into a rectangle. */
export function parseAddress(address: string): { sheet?: string; rect: CellRect } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    sheet,
    rect: {
      firstRow: Math.min(r1, r2),
      lastRow: Math.max(r1, r2),
      firstColumn: Math.min(c1, c2),
      lastColumn: Math.max(c1, c2),
    },
  };
}

/** Consecutive 1-based row spans [first, last], in ascending order without duplicates. */
export function rowSpans(rows: number[]): Array<[number, number]> {
  const sorted = [...new Set(rows.filter((r) => Number.isInteger(r) && r > 0))].sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = spans[spans.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else spans.push([r, r]);
  }
  return spans;
}

/**
 * RangeAreas addresses ('A2:X2,A57:X57') covering these rows between two columns.
 * Consecutive rows merge into one area; the list is split so that no address string is
 * longer than maxLength (Excel rejects longer ones).
 */
export function rowAreasAddresses(
  rows: number[],
  firstColumn: number,
  lastColumn: number,
  maxLength = MAX_ADDRESS_LENGTH,
): string[] {
  const out: string[] = [];
  let current = '';
  for (const [a, b] of rowSpans(rows)) {
    const area = rangeAddress(a, firstColumn, b, lastColumn);
    if (area.length > maxLength) throw new RangeError(`one area is longer than ${maxLength} characters`);
    if (current && current.length + 1 + area.length > maxLength) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) out.push(current);
  return out;
}

/** Splits rows first..last (inclusive, 1-based) into chunks of at most chunkRows rows. */
export function rowChunks(
  firstRow: number,
  lastRow: number,
  chunkRows: number,
): Array<{ first: number; count: number }> {
  if (chunkRows < 1) throw new RangeError('chunkRows must be at least 1');
  const out: Array<{ first: number; count: number }> = [];
  for (let r = firstRow; r <= lastRow; r += chunkRows)
    out.push({ first: r, count: Math.min(chunkRows, lastRow - r + 1) });
  return out;
}

/**
 * Rows per read chunk: DEFAULT_CHUNK_ROWS unless that would exceed the payload budget.
 * Before anything is measured the cost of a row is estimated per cell; afterwards the
 * measured bytes per row of the previous chunk are used, so wide or wordy tables shrink
 * their chunks and the response stays under 5 MB.
 */
export function chunkRowsFor(
  cellsPerRow: number,
  measuredBytesPerRow?: number,
  budgetBytes = PAYLOAD_BUDGET_BYTES,
  maxRows = DEFAULT_CHUNK_ROWS,
): number {
  const perRow = Math.max(1, measuredBytesPerRow ?? Math.max(1, cellsPerRow) * ESTIMATED_BYTES_PER_CELL);
  return Math.max(1, Math.min(maxRows, Math.floor(budgetBytes / perRow)));
}

/** UTF-8 bytes of a value as JSON: what a request or response carries. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Splits rows for writing so each chunk's JSON stays under the budget and has at most maxRows rows.
 * Returns [start, end) index pairs.
 */
export function splitRowsByBytes(
  rows: unknown[][],
  budgetBytes = PAYLOAD_BUDGET_BYTES,
  maxRows = DEFAULT_CHUNK_ROWS,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 1;
    if (i > start && (bytes + b > budgetBytes || i - start >= maxRows)) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < rows.length) out.push([start, rows.length]);
  return out;
}

/** SEARCH treats * ? ~ as wildcards: escape them; double the quotes for a string literal. */
export function searchLiteral(text: string): string {
  return text.replace(/[~*?]/g, (c) => '~' + c).replace(/"/g, '""');
}

/** The add-in's conditional-format formula: the row's status cell contains the marker. */
export function statusFormula(statusColumn: number, firstRow: number, contains: string): string {
  return `=ISNUMBER(SEARCH("${searchLiteral(contains)}",$${columnLetter(statusColumn)}${firstRow}))`;
}

/** Recognises a formula made by statusFormula and returns its search text (unescaped), else null. */
export function statusFormulaMarker(formula: string): string | null {
  const m = /^=?ISNUMBER\(SEARCH\("((?:[^"]|"")*)",\$[A-Z]+\$?\d+\)\)$/i.exec(formula.trim());
  if (!m) return null;
  return m[1].replace(/""/g, '"').replace(/~([~*?])/g, '$1');
}

/** Excel serial (1900 date system) of a JS Date, keeping the time of day. */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}
