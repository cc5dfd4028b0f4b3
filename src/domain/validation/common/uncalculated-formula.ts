/**
 * A cell holding a formula whose result the file does not store. Excel saves each formula's
 * last result beside it; a file written by a program (a script, an export) may store the formula
 * alone. The add-in cannot calculate formulas, so such a cell reads as blank, and the rules
 * below would call a phone or a name "missing" without saying why. This warning says why, on the
 * cell, and what to do: open the file in Excel or WPS and save it, which stores the results.
 *
 * The file adapters list these cells in table.uncalculated (Excel itself always calculates).
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { reportListedCells } from './cell-scan';

export function uncalculatedFormulaSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.formula.uncalculated`, sheet, severity: 'warning', needs: { [sheet]: [] } };
}

/** Cells of a sheet whose formula has no stored result, one warning each, row by row. */
export function checkUncalculatedFormulas(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  return reportListedCells(ctx, sheet, uncalculatedFormulaSpec(sheet), ctx.table(sheet)?.uncalculated);
}

export const checkCustomerFormulas = (ctx: ValidationContext) => checkUncalculatedFormulas(ctx, 'Customers');
export const checkLedgerFormulas = (ctx: ValidationContext) => checkUncalculatedFormulas(ctx, 'Ledger');
export const checkStaffFormulas = (ctx: ValidationContext) => checkUncalculatedFormulas(ctx, 'Staff');
export const checkDutyFormulas = (ctx: ValidationContext) => checkUncalculatedFormulas(ctx, 'Duty');
export const checkOutingFormulas = (ctx: ValidationContext) => checkUncalculatedFormulas(ctx, 'Outings');
