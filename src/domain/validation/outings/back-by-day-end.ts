/**
 * An outing is closed by the end of its day (外出当天下班前应回店销假). Regulations §4: the supervisor
 * 负责协调管理各销售人员的工作安排及实际进度 and 检查销售人员实际工作状况: an outing without a return
 * time leaves the supervisor not knowing where the salesperson is.
 *
 * - outing.open: an outing of a day before today with no return time (ReturnedAt blank): it was
 *   still open at the end of the working day (options.workdayEndMinutes, default 18:00); variant
 *   overnight: the return time is on a later day than the outing.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { clockText } from '../../operations/policy';
import { isBlankRow, parseDayTime, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const BACK_BY_DAY_END: RuleSpec = {
  id: 'outing.open',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['Date', 'ReturnedAt'] },
};

export function checkBackByDayEnd(ctx: ValidationContext): Issue[] {
  const tb = ctx.table('Outings')!;
  const days = ctx.days('Outings', 'Date');
  const back = ctx.column('Outings', 'ReturnedAt');
  const end = ctx.options.workdayEndMinutes;
  const today = ctx.options.today;
  const r = ctx.reporter(BACK_BY_DAY_END);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (Number.isNaN(d) || isBlankRow(tb, i)) continue;
    const at = parseDayTime(back[i]);
    if (Number.isNaN(at)) {
      // blank (an unreadable time is the date-format rule's)
      if (d < today && (back[i] === null || back[i] === undefined || String(back[i]).trim() === ''))
        r.add(i, 'ReturnedAt', { date: formatDay(d), end: clockText(end) });
      continue;
    }
    const day = Math.floor(at);
    if (day > d) {
      const time = clockText(Math.round((at - day) * 1440));
      r.add(i, 'ReturnedAt', { date: formatDay(d), value: `${formatDay(day)} ${time}` }, 'overnight');
    }
  }
  return r.done();
}
