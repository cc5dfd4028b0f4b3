/**
 * A quote (") in a CSV file opened a field and never closed: the reader read that cell to the end
 * of the line the quote opened on, so the records after it were not swallowed into one cell, and
 * checks them as usual. The cell itself may hold more than one field's text: the user fixes the
 * quote in the file. Listed by the CSV reader (Table.readProblems, kind 'quote').
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { reportReadProblems } from './read-problems';

export function fileQuoteSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.file.quote`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

export function checkFileQuotes(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  return reportReadProblems(ctx, sheet, fileQuoteSpec(sheet), 'quote', () => ({ params: {} }));
}

export const checkCustomerQuotes = (ctx: ValidationContext) => checkFileQuotes(ctx, 'Customers');
export const checkLedgerQuotes = (ctx: ValidationContext) => checkFileQuotes(ctx, 'Ledger');
export const checkStaffQuotes = (ctx: ValidationContext) => checkFileQuotes(ctx, 'Staff');
export const checkDutyQuotes = (ctx: ValidationContext) => checkFileQuotes(ctx, 'Duty');
export const checkOutingQuotes = (ctx: ValidationContext) => checkFileQuotes(ctx, 'Outings');
