/**
 * A file larger than a worksheet: more than 1,048,576 rows, or more columns than fit beside the
 * add-in's status columns within Excel's 16,384 (XFD). What fits is read and checked; the rest
 * is not read and cannot be in the annotated copy, so the user is told exactly which rows or
 * columns those are. Listed by the CSV reader (Table.readProblems, kinds 'rows' and 'columns').
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import { columnLetter } from '../../a1';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { grouped, reportReadProblems } from './read-problems';

export function fileLimitSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.file.limit`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

export function checkFileLimits(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const spec = fileLimitSpec(sheet);
  const columns = reportReadProblems(ctx, sheet, spec, 'columns', (p, tb) => {
    const kept = (p.kept ?? tb.headers.length) + tb.firstColumn;
    const width = p.count ?? kept;
    return {
      params: { count: grouped(width), first: columnLetter(kept), n: grouped(width - kept) },
      variant: 'columns',
    };
  });
  const rows = reportReadProblems(ctx, sheet, spec, 'rows', (p, tb) => ({
    params: { first: grouped(p.row), n: grouped(p.count ?? 0) },
    variant: 'rows',
    row: tb.headerRow,
  }));
  return [...columns, ...rows];
}

export const checkCustomerLimits = (ctx: ValidationContext) => checkFileLimits(ctx, 'Customers');
export const checkLedgerLimits = (ctx: ValidationContext) => checkFileLimits(ctx, 'Ledger');
export const checkStaffLimits = (ctx: ValidationContext) => checkFileLimits(ctx, 'Staff');
export const checkDutyLimits = (ctx: ValidationContext) => checkFileLimits(ctx, 'Duty');
export const checkOutingLimits = (ctx: ValidationContext) => checkFileLimits(ctx, 'Outings');
