/**
 * A column the schema requires is not in the header row at all. Reported once, at the
 * header row, instead of once per row. For Customers, a column required only for one
 * kind (Contact for dealers) is reported when the sheet holds a row of that kind.
 *
 * Regulations §5: 客户档案必须及时、完整、真实地反映客户信息.
 */
import type { Issue } from '../../issues';
import { SHEET_BY_KEY, isRequired, type SheetKey } from '../../schema';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

/** Unrecognised columns named in a message as candidates for the missing one. */
const MAX_CANDIDATES = 10;

export function requiredColumnsSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.column.missing`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

/** Required columns absent from a sheet's header row. */
export function checkRequiredColumns(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const tb = ctx.table(sheet);
  if (!tb) return [];
  const r = ctx.reporter(requiredColumnsSpec(sheet));
  const def = SHEET_BY_KEY[sheet];
  // the columns that matched no field may be the missing one under another name (销售 for 负责销售)
  // at most 10 named: a file with 16,000 unrecognised columns would otherwise print them all
  const extra = tb.mapping.extra;
  const shownColumns = extra.slice(0, MAX_CANDIDATES).join(ctx.lang === 'zh' ? '、' : ', ');
  const unrecognised =
    extra.length > MAX_CANDIDATES
      ? shownColumns + ctx.fill(ctx.template('validation.more.columns'), { n: extra.length - MAX_CANDIDATES })
      : shownColumns;
  const candidates = (label: string) =>
    unrecognised ? ctx.fill(ctx.template('validation.column.candidates'), { columns: unrecognised, label }) : '';
  for (const f of def.fields) {
    if (f.owner === 'addin' || !f.required || tb.columns[f.key]) continue;
    const label = ctx.fieldLabel(sheet, f.key);
    if (f.required === 'always') {
      r.addHeader(undefined, { label, candidates: candidates(label) });
    } else if (sheet === 'Customers' && ctx.has('Customers', ['Kind'])) {
      const kinds = ctx.enumKeys('Customers', 'Kind');
      const kind = f.required === 'end' ? 'End' : 'Dealer';
      let count = 0;
      for (let i = 0; i < kinds.length; i++) if (isRequired(f, kinds[i] ?? undefined)) count++;
      if (count > 0)
        r.addHeader(
          undefined,
          { label, kind: ctx.enumText('Customers', 'Kind', kind), n: count, candidates: candidates(label) },
          'kind',
        );
    }
  }
  return r.done();
}

export const checkCustomerColumns = (ctx: ValidationContext) => checkRequiredColumns(ctx, 'Customers');
export const checkLedgerColumns = (ctx: ValidationContext) => checkRequiredColumns(ctx, 'Ledger');
export const checkStaffColumns = (ctx: ValidationContext) => checkRequiredColumns(ctx, 'Staff');
export const checkDutyColumns = (ctx: ValidationContext) => checkRequiredColumns(ctx, 'Duty');
export const checkOutingColumns = (ctx: ValidationContext) => checkRequiredColumns(ctx, 'Outings');
