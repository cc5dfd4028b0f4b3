/**
 * Required cells of the Ledger, Staff, Duty and Outings sheets are blank
 * (schema.ts `required: 'always'`). Customers have their own rule (required-by-kind).
 *
 * Regulations §5: 每笔交易都必须按实际进度及时全面地记录 (Ledger); 值班长 (Duty);
 * 向主管提出外出申请并登记后,方可外出 (Outings).
 */
import type { Issue } from '../../issues';
import { SHEET_BY_KEY, type SheetKey } from '../../schema';
import { SHEET_PREFIX, isBlank, isBlankRow, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { uncalculatedRows } from '../../table';

export function requiredFieldsSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.required`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

/** Blank cells in columns required for every row of a sheet. */
export function checkRequiredFields(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const tb = ctx.table(sheet);
  if (!tb) return [];
  const r = ctx.reporter(requiredFieldsSpec(sheet));
  for (const f of SHEET_BY_KEY[sheet].fields) {
    const col = tb.columns[f.key];
    if (!col || f.required !== 'always' || f.owner === 'addin') continue;
    const formulas = uncalculatedRows(tb, f.key);
    for (let i = 0; i < tb.length; i++) {
      if (isBlank(col[i]) && !isBlankRow(tb, i) && !formulas?.has(i)) r.add(i, f.key);
    }
  }
  return r.done();
}

export const checkLedgerRequired = (ctx: ValidationContext) => checkRequiredFields(ctx, 'Ledger');
export const checkStaffRequired = (ctx: ValidationContext) => checkRequiredFields(ctx, 'Staff');
export const checkDutyRequired = (ctx: ValidationContext) => checkRequiredFields(ctx, 'Duty');
export const checkOutingRequired = (ctx: ValidationContext) => checkRequiredFields(ctx, 'Outings');
