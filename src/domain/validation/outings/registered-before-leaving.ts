/**
 * Outing must be registered the day before, or before leaving: 外出必须登记.
 * Regulations §4: 销售人员可根据工作需要自主安排外出,但必须向展厅主管汇报并作好登记。原则上,
 * 非值班销售员也必须每天准时到展厅报到,向主管提出外出申请并登记后,方可外出。但根据实际情况,
 * 销售员可与前一天下班前向主管提出外出申请,经批准登记后,第二天可直接外出。
 *
 * - outing.registered.late: RegisteredAt after the outing day's start (options.outingDeadlineMinutes,
 *   default 09:00) — registered after leaving. Registering the evening before (前一天下班前) is fine;
 * - outing.not-approved: no ApprovedBy (经批准登记后 — registration means the supervisor approved);
 * - outing.approver.role: the approver is not on the roster as an active supervisor, manager or
 *   general manager (向展厅主管汇报).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { codeKey, isBlank, isBlankRow, parseDayTime, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const REGISTERED_BEFORE_LEAVING: RuleSpec = {
  id: 'outing.registered.late',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['Date', 'RegisteredAt'] },
};
export const OUTING_APPROVED: RuleSpec = {
  id: 'outing.not-approved',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['ApprovedBy'] },
};
export const OUTING_APPROVER_ROLE: RuleSpec = {
  id: 'outing.approver.role',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['ApprovedBy'], Staff: ['StaffId', 'Role'] },
};

const APPROVER_ROLES = new Set(['supervisor', 'manager', 'gm']);

function clock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function dayTimeText(x: number): string {
  const day = Math.floor(x);
  const minutes = Math.round((x - day) * 1440);
  return minutes > 0 ? `${formatDay(day)} ${clock(minutes)}` : formatDay(day);
}

/** Registered after the start of the outing day (or on a later day). */
export function checkRegisteredBeforeLeaving(ctx: ValidationContext): Issue[] {
  const days = ctx.days('Outings', 'Date');
  const reg = ctx.column('Outings', 'RegisteredAt');
  const deadline = ctx.options.outingDeadlineMinutes;
  const r = ctx.reporter(REGISTERED_BEFORE_LEAVING);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (Number.isNaN(d)) continue;
    const at = parseDayTime(reg[i]);
    if (Number.isNaN(at)) continue;
    // Half a minute of slack for serials that do not land exactly on the minute.
    if (at > d + (deadline + 0.5) / 1440) {
      r.add(i, 'RegisteredAt', { value: dayTimeText(at), date: formatDay(d), deadline: clock(deadline) });
    }
  }
  return r.done();
}

/** An outing with no approver. */
export function checkOutingApproved(ctx: ValidationContext): Issue[] {
  const tb = ctx.table('Outings')!;
  const col = ctx.column('Outings', 'ApprovedBy');
  const r = ctx.reporter(OUTING_APPROVED);
  for (let i = 0; i < col.length; i++) if (isBlank(col[i]) && !isBlankRow(tb, i)) r.add(i, 'ApprovedBy');
  return r.done();
}

/** An approver who is not an active supervisor, manager or general manager on the roster. */
export function checkOutingApproverRole(ctx: ValidationContext): Issue[] {
  const col = ctx.column('Outings', 'ApprovedBy');
  const { byId, role, active } = ctx.staff();
  const r = ctx.reporter(OUTING_APPROVER_ROLE);
  for (let i = 0; i < col.length; i++) {
    const id = codeKey(col[i]);
    if (!id) continue;
    const s = byId.get(id);
    if (s === undefined) r.add(i, 'ApprovedBy', { value: id }, 'unknown');
    else if (!active[s] || !APPROVER_ROLES.has(role[s] ?? '')) {
      r.add(i, 'ApprovedBy', { value: id, role: role[s] ? ctx.enumText('Staff', 'Role', role[s]!) : '?' });
    }
  }
  return r.done();
}
