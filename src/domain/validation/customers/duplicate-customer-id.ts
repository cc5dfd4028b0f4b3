/**
 * The same CustomerId on more than one row (compared trimmed, half-width, upper-case).
 * Each row of a repeated id is reported, naming the other rows. Two files for one id
 * break every lookup (ledger, reviews); 对所有的客户都应建立相应的档案 means one file each.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUPLICATE_CUSTOMER_ID: RuleSpec = {
  id: 'customer.id.duplicate',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: ['CustomerId'] },
};

/** Rows sharing a CustomerId with another row. */
export function checkDuplicateCustomerId(ctx: ValidationContext): Issue[] {
  return reportRepeatedCodes(ctx, DUPLICATE_CUSTOMER_ID, 'CustomerId');
}

/**
 * Shared by the duplicate-id rules (ctx.codeIndex: one pass, lists only for the codes that repeat).
 */
export function reportRepeatedCodes(ctx: ValidationContext, spec: RuleSpec, fieldKey: string): Issue[] {
  const { repeats } = ctx.codeIndex(spec.sheet, fieldKey);
  const r = ctx.reporter(spec);
  if (repeats.size === 0) return r.done();
  // Report in row order.
  const flagged: Array<[number, number[]]> = [];
  for (const list of repeats.values()) for (const i of list) flagged.push([i, list]);
  flagged.sort((a, b) => a[0] - b[0]);
  const col = ctx.column(spec.sheet, fieldKey);
  for (const [i, list] of flagged) {
    const others = list.filter((j) => j !== i).map((j) => ctx.rowNumber(spec.sheet, j));
    r.add(i, fieldKey, { value: String(col[i]).trim(), rows: ctx.rowList(others), n: list.length });
  }
  return r.done();
}
