/**
 * Enum cells (Kind, Source, Stage, CreditStatus, ...) whose text matches no allowed value.
 * parseEnum accepts the zh/en labels, the keys and the synonyms, loosely; the message
 * lists the labels in the chosen language. Also used for Ledger (Settlement, Status) and
 * Staff.Active; Staff.Role has its own rule (staff/valid-roles).
 */
import type { Issue } from '../../issues';
import { SHEET_BY_KEY, type SheetKey } from '../../schema';
import { SHEET_PREFIX, isBlank, shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export function enumValuesSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.enum`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

/** Non-blank enum cells of a sheet that parseEnum does not recognise. */
export function checkEnumValues(ctx: ValidationContext, sheet: SheetKey, exclude: readonly string[] = []): Issue[] {
  const tb = ctx.table(sheet);
  if (!tb) return [];
  const r = ctx.reporter(enumValuesSpec(sheet));
  for (const f of SHEET_BY_KEY[sheet].fields) {
    if (!f.values || f.owner === 'addin' || !tb.columns[f.key] || exclude.includes(f.key)) continue;
    const col = tb.columns[f.key];
    const keys = ctx.enumKeys(sheet, f.key);
    let allowed: string | undefined;
    for (let i = 0; i < col.length; i++) {
      if (keys[i] !== null || isBlank(col[i])) continue;
      allowed ??= ctx.allowedLabels(sheet, f.key);
      r.add(i, f.key, { value: shown(col[i]), allowed });
    }
  }
  return r.done();
}

export const checkCustomerEnums = (ctx: ValidationContext) => checkEnumValues(ctx, 'Customers');
export const checkLedgerEnums = (ctx: ValidationContext) => checkEnumValues(ctx, 'Ledger');
export const checkStaffEnums = (ctx: ValidationContext) => checkEnumValues(ctx, 'Staff', ['Role']);
