/**
 * An ID number or phone held as a number instead of text. Excel keeps only 15
 * significant digits, so an 18-digit ID typed as a number is already damaged (its last
 * digits are zeros): an ERROR when the number has more than 15 digits, a warning
 * otherwise (a landline loses its leading 0; the next long ID typed will be damaged).
 * Fix: format the column as Text and type the number again. DESIGN.md: "Read IDs as text,
 * and warn when a column holds them as numbers."
 *
 * Uses table.numericCodes from the adapter when present, else the cells' own types.
 */
import type { Issue } from '../../issues';
import { numericCellRows, numericCodeDigits } from '../../table';

export { integerDigits } from '../../table';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

const FIELDS = ['IdNumber', 'Phone'] as const;

export const NUMBER_DAMAGED: RuleSpec = {
  id: 'customer.number.damaged',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: [] },
};
export const STORED_AS_NUMBER: RuleSpec = {
  id: 'customer.number.stored',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: [] },
};

function check(ctx: ValidationContext, damaged: boolean): Issue[] {
  const tb = ctx.table('Customers');
  const r = ctx.reporter(damaged ? NUMBER_DAMAGED : STORED_AS_NUMBER);
  if (!tb) return r.done();
  for (const f of FIELDS) {
    const col = tb.columns[f];
    if (!col) continue;
    for (const i of numericCellRows(tb, f)) {
      const v = col[i];
      const digits = numericCodeDigits(v);
      if (damaged !== digits > 15) continue;
      const value = typeof v === 'number' ? (digits > 15 ? v.toFixed(0) : String(v)) : String(v ?? '');
      r.add(i, f, { value, digits });
    }
  }
  return r.done();
}

/** An ID or phone stored as a number with more than 15 digits: already damaged by Excel. */
export function checkNumberDamaged(ctx: ValidationContext): Issue[] {
  return check(ctx, true);
}

/** An ID or phone stored as a number of 15 digits or fewer: not damaged yet, but will be. */
export function checkStoredAsNumber(ctx: ValidationContext): Issue[] {
  return check(ctx, false);
}
