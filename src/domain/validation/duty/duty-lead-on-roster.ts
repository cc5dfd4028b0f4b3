/**
 * The duty rota (值班表). Regulations §4: 展厅日常运作采用轮流值班制度。由展厅主管负责安排每天 N 人值班。
 * 值班长负责接听所有的客户电话 — every rota day needs a duty lead, and the duty lead and the
 * staff on duty must be on the roster and active (a lead who left answers no calls).
 * - duty.lead.unknown: DutyLead not on the roster, or no longer active;
 * - duty.staff.unknown: an OnDuty id (comma/、/space separated) not on the roster, or inactive.
 * A blank DutyLead is reported by duty.required.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import { codeKey } from '../context';
import { splitIds } from '../../duty/rota';
import type { RuleSpec } from '../types';

export const DUTY_LEAD_ON_ROSTER: RuleSpec = {
  id: 'duty.lead.unknown',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['DutyLead'], Staff: ['StaffId'] },
};
export const DUTY_STAFF_ON_ROSTER: RuleSpec = {
  id: 'duty.staff.unknown',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['OnDuty'], Staff: ['StaffId'] },
};

/** DutyLead filled in but not an active person on the roster. */
export function checkDutyLeadOnRoster(ctx: ValidationContext): Issue[] {
  const leads = ctx.column('Duty', 'DutyLead');
  const { byId, active } = ctx.staff();
  const r = ctx.reporter(DUTY_LEAD_ON_ROSTER);
  for (let i = 0; i < leads.length; i++) {
    // two ids in one cell are duty.lead.count's finding; each is judged here on its own
    for (const id of splitIds(leads[i])) {
      const s = byId.get(id);
      if (s === undefined) r.add(i, 'DutyLead', { value: id });
      else if (!active[s]) r.add(i, 'DutyLead', { value: id }, 'inactive');
    }
  }
  return r.done();
}

/** Staff listed in OnDuty who are not active people on the roster. */
export function checkDutyStaffOnRoster(ctx: ValidationContext): Issue[] {
  const col = ctx.column('Duty', 'OnDuty');
  const { byId, active } = ctx.staff();
  const r = ctx.reporter(DUTY_STAFF_ON_ROSTER);
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v === null || v === undefined || v === '') continue;
    const unknown: string[] = [];
    for (const part of String(v).split(/[,，、;；\s/]+/)) {
      const id = codeKey(part);
      if (!id) continue;
      const s = byId.get(id);
      if (s === undefined || !active[s]) unknown.push(id);
    }
    if (unknown.length) r.add(i, 'OnDuty', { value: unknown.join(', ') });
  }
  return r.done();
}
