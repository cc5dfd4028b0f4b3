/**
 * A duty lead from another showroom: the lead answers the showroom's calls (值班长负责接听所有的客户
 * 电话) and is arranged by that showroom's supervisor, so the lead's Showroom on the Staff sheet must
 * be the rota row's showroom. Rows or staff with no showroom are not judged.
 * - duty.lead.showroom
 */
import type { Issue } from '../../issues';
import { rotaEntries } from '../../duty/rota';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_LEAD_SHOWROOM: RuleSpec = {
  id: 'duty.lead.showroom',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['Date', 'Showroom', 'DutyLead'], Staff: ['StaffId', 'Showroom'] },
};

export function checkDutyLeadShowroom(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DUTY_LEAD_SHOWROOM);
  const { byId, showroom } = ctx.staff();
  const staffRoom = ctx.column('Staff', 'Showroom');
  for (const e of rotaEntries(ctx)) {
    if (!e.showroom) continue;
    for (const id of e.leads) {
      const s = byId.get(id);
      if (s === undefined || !showroom[s] || showroom[s] === e.showroom) continue;
      r.add(e.i, 'DutyLead', { value: id, theirs: String(staffRoom[s]).trim(), showroom: e.showroomText });
    }
  }
  return r.done();
}
