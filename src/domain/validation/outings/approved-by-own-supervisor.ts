/**
 * The approver of an outing is the supervisor of the salesperson's own showroom (向展厅主管汇报).
 * Regulations §4: 销售人员可根据工作需要自主安排外出,但必须向展厅主管汇报并作好登记; 展厅主管负责协调
 * 管理各销售人员的工作安排.
 *
 * - outing.approver.showroom: the approver is an active supervisor on the roster, but of another
 *   showroom than the salesperson's. An approver who is not a supervisor, manager or general
 *   manager at all is outing.approver.role's; a department manager or the general manager, who
 *   stand above every showroom, may approve.
 */
import type { Issue } from '../../issues';
import { shown, type ValidationContext } from '../context';
import { roleOf, showroomOf } from '../operations';
import type { RuleSpec } from '../types';

export const APPROVED_BY_OWN_SUPERVISOR: RuleSpec = {
  id: 'outing.approver.showroom',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['StaffId', 'ApprovedBy'], Staff: ['StaffId', 'Role', 'Showroom'] },
};

export function checkApprovedByOwnSupervisor(ctx: ValidationContext): Issue[] {
  const staff = ctx.codes('Outings', 'StaffId');
  const approver = ctx.codes('Outings', 'ApprovedBy');
  const { byId } = ctx.staff();
  const raw = (id: string) => shown(ctx.column('Staff', 'Showroom')[byId.get(id)!]);
  const r = ctx.reporter(APPROVED_BY_OWN_SUPERVISOR);
  for (let i = 0; i < staff.length; i++) {
    const a = approver[i];
    if (!a || !staff[i] || roleOf(ctx, a) !== 'supervisor') continue;
    const own = showroomOf(ctx, staff[i]);
    const theirs = showroomOf(ctx, a);
    if (!own || !theirs || own === theirs) continue;
    r.add(i, 'ApprovedBy', { value: a, showroom: raw(a), staff: staff[i], own: raw(staff[i]) });
  }
  return r.done();
}
