/**
 * Every showroom named on the roster has an active supervisor (展厅主管).
 * Regulations §4: 由展厅主管负责安排每天值班; 展厅主管负责协调管理各销售人员的工作安排;
 * 每天应汇总检查当天所有的客户记录……以防止客户冲突现象. Without one, nobody runs the daily check.
 * Reported at the showroom's first roster row.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const SHOWROOM_HAS_SUPERVISOR: RuleSpec = {
  id: 'staff.showroom.no-supervisor',
  sheet: 'Staff',
  severity: 'error',
  needs: { Staff: ['Showroom', 'Role'] },
};

/** Showrooms on the roster with no active supervisor. */
export function checkShowroomHasSupervisor(ctx: ValidationContext): Issue[] {
  const { showroom, role, active } = ctx.staff();
  const text = ctx.column('Staff', 'Showroom');
  const firstRow = new Map<string, number>();
  const supervised = new Set<string>();
  for (let i = 0; i < showroom.length; i++) {
    const s = showroom[i];
    if (!s) continue;
    if (!firstRow.has(s)) firstRow.set(s, i);
    if (role[i] === 'supervisor' && active[i]) supervised.add(s);
  }
  const r = ctx.reporter(SHOWROOM_HAS_SUPERVISOR);
  for (const [s, i] of firstRow) {
    if (!supervised.has(s))
      r.add(i, 'Showroom', { showroom: String(text[i]).trim(), role: ctx.enumText('Staff', 'Role', 'supervisor') });
  }
  return r.done();
}
