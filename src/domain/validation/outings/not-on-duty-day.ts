/**
 * Nobody goes out on their duty day (值班日不得外出). Regulations §4: 展厅日常运作采用轮流值班制度;
 * 非值班销售人员负责做好客户的发展与维护 ... 可根据工作需要自主安排外出 — going out is for those not on duty.
 *
 * - outing.on-duty: the person registered out is on the Duty sheet's rota that day (lead or staff,
 *   in any showroom).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import type { ValidationContext } from '../context';
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
  const staff = ctx.codes('Outings', 'StaffId');
  const duty = dutyIndex(ctx);
  const r = ctx.reporter(NOT_ON_DUTY_DAY);
  for (let i = 0; i < days.length; i++) {
    if (Number.isNaN(days[i]) || !staff[i]) continue;
    if (onDutyThatDay(duty, days[i], staff[i])) r.add(i, 'StaffId', { value: staff[i], date: formatDay(days[i]) });
  }
  return r.done();
}
