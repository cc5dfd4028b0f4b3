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
