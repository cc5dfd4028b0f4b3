/**
 * Date cells that cannot be read as a date (parseDate reads Excel serials, Date values,
 * '2026-11-27', '2026/11/27', '2026.11.27', '2026年11月27日', '20261127').
 * Outings.RegisteredAt may carry a time ('2026-11-26 17:30').
 */
import type { Issue } from '../../issues';
import { SHEET_BY_KEY, type SheetKey } from '../../schema';
import { SHEET_PREFIX, isBlank, parseDayTime, shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export function dateFormatSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.date.format`, sheet, severity: 'error', needs: { [sheet]: [] } };
}

/** Non-blank date/datetime cells of a sheet that are not readable dates. */
export function checkDateFormat(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const tb = ctx.table(sheet);
  const r = ctx.reporter(dateFormatSpec(sheet));
  if (!tb) return r.done();
  for (const f of SHEET_BY_KEY[sheet].fields) {
    if ((f.type !== 'date' && f.type !== 'datetime') || !tb.columns[f.key]) continue;
    const col = tb.columns[f.key];
    if (f.type === 'date') {
      const days = ctx.days(sheet, f.key);
      for (let i = 0; i < col.length; i++)
        if (Number.isNaN(days[i]) && !isBlank(col[i])) r.add(i, f.key, { value: shown(col[i]) });
    } else {
      for (let i = 0; i < col.length; i++) {
        if (!isBlank(col[i]) && Number.isNaN(parseDayTime(col[i]))) r.add(i, f.key, { value: shown(col[i]) });
      }
    }
  }
  return r.done();
}

export const checkCustomerDates = (ctx: ValidationContext) => checkDateFormat(ctx, 'Customers');
export const checkLedgerDates = (ctx: ValidationContext) => checkDateFormat(ctx, 'Ledger');
export const checkDutyDates = (ctx: ValidationContext) => checkDateFormat(ctx, 'Duty');
export const checkOutingDates = (ctx: ValidationContext) => checkDateFormat(ctx, 'Outings');
