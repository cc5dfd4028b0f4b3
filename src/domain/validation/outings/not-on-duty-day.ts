/**
 * Nobody goes out on their duty day (值班日不得外出). Regulations §4: 展厅日常运作采用轮流值班制度;
 * 非值班销售人员负责做好客户的发展与维护 ... 可根据工作需要自主安排外出 — going out is for those not on duty.
 *
 * - outing.on-duty: the person registered out is on the Duty sheet's rota that day (lead or staff,
 *   in any showroom). An outing that starts at or after the end of the working day (setting
 *   workdayEnd) is after duty and does not count, as in duty.person.out, which reports the same clash
 *   on the rota's row: the two rules agree, each marks its own sheet's row.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { parseDayTime, type ValidationContext } from '../context';
import { dutyIndex, onDutyThatDay } from '../operations';
import type { RuleSpec } from '../types';

export const NOT_ON_DUTY_DAY: RuleSpec = {
  id: 'outing.on-duty',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['Date', 'StaffId'], Duty: ['Date'] },
};

export function checkNotOnDutyDay(ctx: ValidationContext): Issue[] {
  const days = ctx.days('Outings', 'Date');
  const at = ctx.column('Outings', 'Date');
  const end = ctx.options.workdayEndMinutes;
  const staff = ctx.codes('Outings', 'StaffId');
  const duty = dutyIndex(ctx);
  const r = ctx.reporter(NOT_ON_DUTY_DAY);
  for (let i = 0; i < days.length; i++) {
    if (Number.isNaN(days[i]) || !staff[i]) continue;
    const time = parseDayTime(at[i]);
    if (!Number.isNaN(time) && Math.round((time - Math.floor(time)) * 1440) >= end) continue; // after duty
    if (onDutyThatDay(duty, days[i], staff[i])) r.add(i, 'StaffId', { value: staff[i], date: formatDay(days[i]) });
  }
  return r.done();
}
