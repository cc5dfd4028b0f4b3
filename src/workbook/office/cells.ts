/**
 * Pure cell conversions between Office.js range payloads and the engine's cells.
 */
import type { FieldDef } from '../../domain/schema';
import type { CellValue } from '../../domain/table';
import { dateToSerial } from './address';
import { numberAsCode } from '../../domain/normalise/text';

export { numberAsCode };

/**
 * A cell read from Excel as the engine wants it. Office.js gives '' for empty cells.
 * Codes and phones are text: when Excel holds them as numbers, the displayed text keeps
 * digits a number would lose (leading zeros, formats like 000-0000-0000); scientific text
 * ('1.10105E+17') is no better than the number, so then the number's digits are used.
 * `numeric` marks a code that was stored as a number (a validation warning).
 */
export function readCell(field: FieldDef, value: unknown, text?: string): { value: CellValue; numeric: boolean } {
  if (value === '' || value === null || value === undefined) return { value: null, numeric: false };
  if (typeof value === 'number' && (field.type === 'code' || field.type === 'phone')) {
    const shown = (text ?? '').trim();
    const usable = shown !== '' && !/e[+-]?\d/i.test(shown) && !shown.includes('#');
    return { value: usable ? shown : numberAsCode(value), numeric: field.type === 'code' };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { value, numeric: false };
  return { value: String(value), numeric: false };
}

/**
 * A cell to write. Office.js leaves a cell unchanged when given null, so an empty cell is ''.
 * Dates become Excel serials.
 */
export function writeCell(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateToSerial(value);
  return value;
}

/** True when every cell of a row is empty. */
export function isBlankRow(row: unknown[]): boolean {
  return row.every((v) => v === '' || v === null || v === undefined);
}

/** A cell of a block the Office adapter writes: text, a number or boolean, or one of the add-in's live formulas. */
export type OfficeCell = string | number | boolean | { formula: string };

/** The three parallel payloads of one block write; null leaves that cell's property as it is (Office.js). */
export interface TextSafeBlock {
  numberFormat: (string | null)[][];
  values: (string | number | boolean | null)[][];
  /** Only when the block holds a formula. */
  formulas: (string | null)[][] | null;
}

/** Excel's number format that stores whatever is entered as text. */
export const TEXT_FORMAT = '@';
const GENERAL_FORMAT = 'General';

/**
 * How a block reaches Excel so that every string stays exactly that text. Excel reads a string written
 * through `values` or `formulas` as if typed: '=', '+', '-' or '@' start a formula, digits become a
 * number, a leading ' is swallowed. In a cell whose number format is Text ('@') nothing is parsed, so a
 * non-empty string gets that format, set before the value in the same request. The add-in's own formulas
 * go through `formulas` into a General cell. Numbers and booleans go through `values`; on the add-in's
 * own cells (`own`) in General so a cell that held text before takes the number, on a user's cell with
 * the user's format left alone.
 */
export function textSafeBlock(block: OfficeCell[][], own: boolean): TextSafeBlock {
  let anyFormula = false;
  const numberFormat = block.map((row) =>
    row.map((v) => {
      if (typeof v === 'object') anyFormula = true;
      if (typeof v === 'string') return v === '' ? null : TEXT_FORMAT;
      return own ? GENERAL_FORMAT : null;
    }),
  );
  const values = block.map((row) => row.map((v) => (typeof v === 'object' ? null : v)));
  const formulas = anyFormula ? block.map((row) => row.map((v) => (typeof v === 'object' ? v.formula : null))) : null;
  return { numberFormat, values, formulas };
}

/** Writes a text-safe block into a range of the same size: formats first, then values, then formulas. */
export function writeTextSafe(range: Excel.Range, block: OfficeCell[][], own: boolean): void {
  const plan = textSafeBlock(block, own);
  range.numberFormat = plan.numberFormat as string[][];
  range.values = plan.values as (string | number | boolean)[][];
  if (plan.formulas) range.formulas = plan.formulas as string[][];
}
