/** A1-style column letters, shared by every adapter and the formula builders. */

/** 0-based column index -> letters ('A', 'Z', 'AA'); Excel has 16,384 columns. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 16383)
    throw new RangeError(`column index out of range: ${index}`);
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters -> 0-based column index ('A' -> 0, 'AA' -> 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel's sheet size: rows 1..1,048,576, columns A..XFD. */
export const EXCEL_MAX_ROWS = 1048576;
export const EXCEL_MAX_COLUMNS = 16384;
/** Characters one Excel cell holds; a longer text is cut when the file is opened or saved in Excel. */
export const EXCEL_MAX_CELL_TEXT = 32767;
