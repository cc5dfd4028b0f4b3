/**
 * Customer dates in order: FirstContact ≤ LastContact ≤ today, and no contact or birth
 * date in the future. A follow-up before the first contact, or one dated tomorrow, means
 * a typo (客户档案必须及时、完整、真实).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DATE_ORDER: RuleSpec = {
  id: 'customer.date.order',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: [] },
};

/** LastContact before FirstContact; FirstContact, LastContact or BirthDate after today. */
export function checkDateOrder(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DATE_ORDER);
  const today = ctx.options.today;
  const first = ctx.has('Customers', ['FirstContact']) ? ctx.days('Customers', 'FirstContact') : null;
  const last = ctx.has('Customers', ['LastContact']) ? ctx.days('Customers', 'LastContact') : null;
  const birth = ctx.has('Customers', ['BirthDate']) ? ctx.days('Customers', 'BirthDate') : null;
  const n = ctx.table('Customers')?.length ?? 0;
  const todayText = formatDay(today);
  for (let i = 0; i < n; i++) {
    const f = first ? first[i] : NaN;
    const l = last ? last[i] : NaN;
    if (f > today) r.add(i, 'FirstContact', { value: formatDay(f), today: todayText }, 'future');
    if (l > today) r.add(i, 'LastContact', { value: formatDay(l), today: todayText }, 'future');
    else if (l < f) r.add(i, 'LastContact', { value: formatDay(l), first: formatDay(f) }, 'before-first');
    if (birth && birth[i] > today) r.add(i, 'BirthDate', { value: formatDay(birth[i]), today: todayText }, 'future');
  }
  return r.done();
}
