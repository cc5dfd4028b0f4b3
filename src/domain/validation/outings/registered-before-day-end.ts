/**
 * "The evening before" means before the end of the working day (前一天下班前). Regulations §4:
 * 销售员可与前一天下班前向主管提出外出申请,经批准登记后,第二天可直接外出.
 *
 * - outing.registered.after-hours: registered the day before the outing, after the working day's
 *   end (options.workdayEndMinutes, default 18:00, a setting): nobody was there to approve it, and
 *   the salesperson did not report at the showroom that morning either. Registering that morning
 *   before leaving is checked by outing.registered.late.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { clockText } from '../../operations/policy';
import { parseDayTime, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const REGISTERED_BEFORE_DAY_END: RuleSpec = {
  id: 'outing.registered.after-hours',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['Date', 'RegisteredAt'] },
};

export function checkRegisteredBeforeDayEnd(ctx: ValidationContext): Issue[] {
  const days = ctx.days('Outings', 'Date');
  const reg = ctx.column('Outings', 'RegisteredAt');
  const end = ctx.options.workdayEndMinutes;
  const r = ctx.reporter(REGISTERED_BEFORE_DAY_END);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (Number.isNaN(d)) continue;
    const at = parseDayTime(reg[i]);
    if (Number.isNaN(at) || Math.floor(at) !== d - 1) continue;
    const minutes = Math.round((at - (d - 1)) * 1440);
    // Half a minute of slack for serials that do not land exactly on the minute.
    if (minutes > end) {
      r.add(i, 'RegisteredAt', {
        value: `${formatDay(d - 1)} ${clockText(minutes)}`,
        date: formatDay(d),
        end: clockText(end),
      });
    }
  }
  return r.done();
}
