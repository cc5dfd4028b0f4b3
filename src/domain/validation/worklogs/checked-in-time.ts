/**
 * The supervisor checks each weekly work log within N days (主管应及时检查工作周志). Regulations §4:
 * 应通过工作周志的方式加以记录,并接受主管检查; 展厅主管负责协调管理各销售人员的工作安排及实际进度.
 *
 * - worklog.unchecked: the week ended (Sunday) more than options.logCheckDays days ago (default 7,
 *   a setting) and the log has no check date; variant late: checked, but later than that; variant
 *   checker: checked by someone who is not an active supervisor of the salesperson's showroom (a
 *   department manager or the general manager may check too), or a check date without a checker.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { isoWeekText, parseWeek } from '../../operations/week';
import { isBlank, type ValidationContext } from '../context';
import { roleOf, showroomOf } from '../operations';
import type { RuleSpec } from '../types';

export const WORKLOG_CHECKED: RuleSpec = {
  id: 'worklog.unchecked',
  sheet: 'WorkLogs',
  severity: 'warning',
  needs: { WorkLogs: ['StaffId', 'Week', 'CheckedAt'] },
};

/** Weeks whose log is not checked (and past the deadline), for the daily summary. */
export function uncheckedLogRows(ctx: ValidationContext): number[] {
  const weeks = ctx.column('WorkLogs', 'Week').map(parseWeek);
  const checked = ctx.days('WorkLogs', 'CheckedAt');
  const out: number[] = [];
  for (let i = 0; i < weeks.length; i++) {
    if (Number.isNaN(weeks[i]) || !Number.isNaN(checked[i]) || weeks[i] + 6 >= ctx.options.today) continue;
    out.push(i);
  }
  return out;
}

export function checkWorkLogChecked(ctx: ValidationContext): Issue[] {
  const ids = ctx.codes('WorkLogs', 'StaffId');
  const weeks = ctx.column('WorkLogs', 'Week').map(parseWeek);
  const checkedAt = ctx.days('WorkLogs', 'CheckedAt');
  const rawAt = ctx.column('WorkLogs', 'CheckedAt');
  const checker = ctx.has('WorkLogs', ['CheckedBy']) ? ctx.codes('WorkLogs', 'CheckedBy') : null;
  const limit = ctx.options.logCheckDays;
  const today = ctx.options.today;
  const staff = ctx.has('Staff', ['StaffId']);
  const r = ctx.reporter(WORKLOG_CHECKED);
  for (let i = 0; i < ids.length; i++) {
    const w = weeks[i];
    if (Number.isNaN(w)) continue;
    const deadline = w + 6 + limit;
    const week = isoWeekText(w);
    if (Number.isNaN(checkedAt[i])) {
      if (isBlank(rawAt[i]) && today > deadline)
        r.add(i, 'CheckedAt', { week, days: limit, deadline: formatDay(deadline), late: today - (w + 6) });
      continue;
    }
    if (checkedAt[i] > deadline) {
      r.add(
        i,
        'CheckedAt',
        { week, days: limit, value: formatDay(checkedAt[i]), late: checkedAt[i] - (w + 6) },
        'late',
      );
      continue;
    }
    if (!checker || !staff) continue;
    const by = checker[i];
    if (!by) {
      r.add(i, 'CheckedBy', { week }, 'nobody');
      continue;
    }
    const role = roleOf(ctx, by);
    const own = ids[i] ? showroomOf(ctx, ids[i]) : '';
    const ok =
      role === 'manager' ||
      role === 'gm' ||
      (role === 'supervisor' && (!own || !showroomOf(ctx, by) || showroomOf(ctx, by) === own));
    if (!ok) r.add(i, 'CheckedBy', { week, value: by }, 'checker');
  }
  return r.done();
}
