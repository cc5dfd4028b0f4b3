/**
 * A cell holding an Excel error value: #N/A, #REF!, #DIV/0!, #VALUE!, #NAME?, #NUM!, #NULL! and the
 * newer ones (#SPILL!, #CALC! ...). It is the result of a formula that failed (a lookup found
 * nothing, a referenced row was deleted), or such a result pasted as a value. It is not text: two
 * customers whose phone is #N/A have no phone in common, and "#N/A is not a phone number" would
 * send the user to fix the wrong thing.
 *
 * Every host hands error values over as their text ('#N/A': Office.js, ExcelJS, the fast reader, a
 * CSV saved by Excel). separateErrorValues takes them out of the columns before any rule or the
 * matcher reads them: the cell reads as blank, is listed in Table.errorValues (the rules that
 * report empty cells skip it, see uncalculatedRows), and this rule says what it is and what to
 * do. The workbook's cell is not touched.
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import type { CellValue, Table, WorkbookData } from '../../table';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { reportListedCells } from './cell-scan';

/** Excel's error values (all of them, as Excel 365 shows them). */
export const ERROR_VALUE =
  /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|PYTHON!|EXTERNAL!)$/;

/** An error value's text, or null. */
export function errorValueOf(v: CellValue | undefined): string | null {
  if (typeof v !== 'string' || v.charCodeAt(0) !== 35) return null; // '#'
  const s = v.trim();
  return ERROR_VALUE.test(s) ? s.toUpperCase() : null;
}

const separated = new WeakSet<Table>();

/** A table with its error-value cells blank and listed (the same table when it has none). */
function separateTable(tb: Table): Table {
  if (separated.has(tb)) return tb;
  let out: Table | null = null;
  for (const [field, col] of Object.entries(tb.columns)) {
    let copy: CellValue[] | null = null;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (typeof v !== 'string' || v.charCodeAt(0) !== 35) continue;
      const error = errorValueOf(v);
      if (error === null) continue;
      out ??= { ...tb, columns: { ...tb.columns }, errorValues: {}, errorTexts: {} };
      copy ??= out.columns[field] = col.slice();
      copy[i] = null;
      (out.errorValues![field] ??= []).push(i);
      (out.errorTexts![field] ??= []).push(error);
    }
  }
  const result = out ?? tb;
  separated.add(result);
  return result;
}

/** The workbook's tables with their error values taken out (see the module header). */
export function separateErrorValues(data: WorkbookData): WorkbookData {
  let out: WorkbookData | null = null;
  for (const [key, tb] of Object.entries(data) as [SheetKey, Table][]) {
    if (!tb?.columns) continue;
    const s = separateTable(tb);
    if (s !== tb) (out ??= { ...data })[key] = s;
  }
  return out ?? data;
}

export function errorValueSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.cell.error`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

export function checkErrorValues(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const tb = ctx.table(sheet);
  return reportListedCells(ctx, sheet, errorValueSpec(sheet), tb?.errorValues, (field, k) => ({
    value: tb?.errorTexts?.[field]?.[k] ?? '#N/A',
  }));
}

export const checkCustomerErrors = (ctx: ValidationContext) => checkErrorValues(ctx, 'Customers');
export const checkLedgerErrors = (ctx: ValidationContext) => checkErrorValues(ctx, 'Ledger');
export const checkStaffErrors = (ctx: ValidationContext) => checkErrorValues(ctx, 'Staff');
export const checkDutyErrors = (ctx: ValidationContext) => checkErrorValues(ctx, 'Duty');
export const checkOutingErrors = (ctx: ValidationContext) => checkErrorValues(ctx, 'Outings');
