/**
 * Moves A1 references in a formula when columns are inserted into a sheet, as Excel does on
 * "insert column": a reference to that sheet at or right of the insert moves right, $-anchored
 * or not; a range whose first column is left of it grows. Pure: no workbook, no I/O.
 *
 * Handles cells (A1, $S$2), column ranges (S:S), cell ranges, sheet names (客户档案!S2,
 * '客户 档案'!S2, 'it''s'!S2) and leaves alone string literals, row ranges, function and
 * defined names, structured references (Table1[Col]), other workbooks ([1]Sheet1!A1) and 3D
 * references (Sheet1:Sheet3!A1), which Excel does not move either.
 */
import { columnIndex, columnLetter } from '../../domain/a1';

export interface ColumnInsert {
  /** The sheet the columns go into (compared without case, as Excel does). */
  sheet: string;
  /** 0-based index of the first new column: references at or right of it move. */
  at: number;
  /** How many columns go in. */
  count: number;
}

const MAX_COLUMN = 16383;
const MAX_ROW = 1048576;
const NAME_CHAR = /[\p{L}\p{N}_.$\\?]/u;
const NAME_START = /[\p{L}_\\$]/u;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/y;
const COLUMN = /(\$?)([A-Za-z]{1,3})/y;
const ROW = /\$?[0-9]{1,7}/y;
const NUMBER = /[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?/y;

interface Part {
  end: number;
  colAbs: string;
  col: number;
  /** '' for a whole column. */
  rowText: string;
}

const isNameChar = (ch: string | undefined) => ch !== undefined && NAME_CHAR.test(ch);

/** A cell (or, with `column`, a bare column) at i that ends where a name would end. */
function part(s: string, i: number, column: boolean): Part | null {
  const re = column ? COLUMN : CELL;
  re.lastIndex = i;
  const m = re.exec(s);
  if (!m || isNameChar(s[re.lastIndex]) || s[re.lastIndex] === '(' || s[re.lastIndex] === '[') return null;
  const col = columnIndex(m[2]);
  if (col > MAX_COLUMN) return null;
  if (!column && (Number(m[4]) < 1 || Number(m[4]) > MAX_ROW)) return null;
  return { end: re.lastIndex, colAbs: m[1], col, rowText: column ? '' : m[3] + m[4] };
}

/** A reference at i: a cell, a cell range or a column range (parts), or a row range (no parts). */
function reference(s: string, i: number): { end: number; parts: Part[] } | null {
  const a = part(s, i, false);
  if (a) {
    const b = s[a.end] === ':' ? part(s, a.end + 1, false) : null;
    return b ? { end: b.end, parts: [a, b] } : { end: a.end, parts: [a] };
  }
  const c = part(s, i, true);
  const d = c && s[c.end] === ':' ? part(s, c.end + 1, true) : null;
  if (c && d) return { end: d.end, parts: [c, d] };
  ROW.lastIndex = i;
  if (ROW.exec(s) && s[ROW.lastIndex] === ':') {
    const end = ROW.lastIndex + 1;
    ROW.lastIndex = end;
    if (ROW.exec(s) && !isNameChar(s[ROW.lastIndex])) return { end: ROW.lastIndex, parts: [] };
  }
  return null;
}

/** The end of a quoted sheet name starting at i (the index after the closing quote). */
function quotedEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] !== "'") j++;
    else if (s[j + 1] === "'") j += 2;
    else return j + 1;
  }
  return s.length;
}

/** The formula with its references to `insert.sheet` moved; unqualified references are on `formulaSheet`. */
export function shiftColumnRefs(formula: string, formulaSheet: string, insert: ColumnInsert): string {
  if (insert.count <= 0) return formula;
  const target = insert.sheet.toLowerCase();
  const s = formula;
  let out = '';
  let i = 0;
  /** Copies the reference at i, moved when it points at the target sheet; false when there is none. */
  const emit = (sheet: string | null): boolean => {
    const ref = reference(s, i);
    if (!ref) return false;
    const moves = sheet !== null && sheet.toLowerCase() === target;
    const texts = ref.parts.map((p) => {
      const col = moves && p.col >= insert.at ? p.col + insert.count : p.col;
      return col > MAX_COLUMN ? '#REF!' : p.colAbs + columnLetter(col) + p.rowText;
    });
    out += texts.length ? texts.join(':') : s.slice(i, ref.end);
    i = ref.end;
    return true;
  };
  /** After a sheet name at i..nameEnd followed by '!': copies the name and the reference after it. */
  const qualified = (nameEnd: number, sheet: string | null) => {
    out += s.slice(i, nameEnd + 1);
    i = nameEnd + 1;
    emit(sheet);
  };
  let foreign = false; // right after [1] of another workbook
  while (i < s.length) {
    const ch = s[i];
    const wasForeign = foreign;
    foreign = false;
    if (ch === '"') {
      let j = i + 1;
      while (j < s.length && !(s[j] === '"' && s[j + 1] !== '"')) j += s[j] === '"' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '[') {
      let depth = 0;
      let j = i;
      do {
        if (s[j] === '[') depth++;
        else if (s[j] === ']') depth--;
        j++;
      } while (j < s.length && depth > 0);
      out += s.slice(i, j);
      i = j;
      foreign = true;
    } else if (ch === "'") {
      const j = quotedEnd(s, i);
      const name = s.slice(i + 1, j - 1).replace(/''/g, "'");
      if (s[j] === '!') qualified(j, wasForeign || name.startsWith('[') || name.includes(':') ? null : name);
      else {
        out += s.slice(i, j);
        i = j;
      }
    } else if (NAME_START.test(ch)) {
      let j = i;
      while (j < s.length && isNameChar(s[j])) j++;
      const token = s.slice(i, j);
      const threeD = s[j] === ':' && /^:(?:'(?:[^']|'')*'|[\p{L}\p{N}_.]+)!/u.exec(s.slice(j));
      if (s[j] === '!') qualified(j, wasForeign || s[i - 1] === '#' ? null : token);
      else if (threeD) qualified(j + threeD[0].length - 1, null);
      else if (!emit(formulaSheet)) {
        out += token;
        i = j;
      }
    } else if (/[0-9.]/.test(ch)) {
      // a number (1E5 is not the cell E5) or a row range (1:3), neither of which moves
      NUMBER.lastIndex = i;
      const end = NUMBER.exec(s) ? NUMBER.lastIndex : i + 1;
      if (s[end] === ':' && emit(formulaSheet)) continue;
      out += s.slice(i, end);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
