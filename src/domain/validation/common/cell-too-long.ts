/**
 * A cell with more than 32,767 characters, the most an Excel cell holds: Excel cuts the rest
 * when it opens or saves the file, so text would be lost without anyone deciding it (a pasted
 * log, a CSV column holding a whole document). The add-in reads the cell whole; this warns on it.
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import { EXCEL_MAX_CELL_TEXT } from '../../a1';
import { SHEET_PREFIX, shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { forEachTextCell } from './cell-scan';
import { grouped } from './read-problems';

export function cellTooLongSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.cell.long`, sheet, severity: 'warning', needs: { [sheet]: [] } };
}

export function checkCellTooLong(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const r = ctx.reporter(cellTooLongSpec(sheet));
  forEachTextCell(ctx, sheet, { longerThan: EXCEL_MAX_CELL_TEXT }, (i, field, s) =>
    r.add(i, field, { length: grouped(s.length), max: grouped(EXCEL_MAX_CELL_TEXT), value: shown(s) }),
  );
  return r.done();
}

export const checkCustomerCellLength = (ctx: ValidationContext) => checkCellTooLong(ctx, 'Customers');
export const checkLedgerCellLength = (ctx: ValidationContext) => checkCellTooLong(ctx, 'Ledger');
export const checkStaffCellLength = (ctx: ValidationContext) => checkCellTooLong(ctx, 'Staff');
export const checkDutyCellLength = (ctx: ValidationContext) => checkCellTooLong(ctx, 'Duty');
export const checkOutingCellLength = (ctx: ValidationContext) => checkCellTooLong(ctx, 'Outings');
