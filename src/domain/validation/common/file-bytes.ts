/**
 * A cell of a CSV file holds bytes that are not valid in the encoding the file was read in (a
 * UTF-8 file with a damaged byte, a file stitched together from two encodings). The reader keeps
 * the rest of the file in its encoding, reads those bytes as U+FFFD (shown as �) and lists the
 * cell (Table.readProblems, kind 'bytes'); the value may be incomplete, so this warns.
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { reportReadProblems } from './read-problems';

export function fileBytesSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.file.bytes`, sheet, severity: 'warning', needs: { [sheet]: [] } };
}

export function checkFileBytes(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  return reportReadProblems(ctx, sheet, fileBytesSpec(sheet), 'bytes', (p) => ({
    params: { encoding: p.encoding ?? 'UTF-8' },
  }));
}

export const checkCustomerBytes = (ctx: ValidationContext) => checkFileBytes(ctx, 'Customers');
export const checkLedgerBytes = (ctx: ValidationContext) => checkFileBytes(ctx, 'Ledger');
export const checkStaffBytes = (ctx: ValidationContext) => checkFileBytes(ctx, 'Staff');
export const checkDutyBytes = (ctx: ValidationContext) => checkFileBytes(ctx, 'Duty');
export const checkOutingBytes = (ctx: ValidationContext) => checkFileBytes(ctx, 'Outings');
