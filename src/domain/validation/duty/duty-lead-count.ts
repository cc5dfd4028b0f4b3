/**
 * Two duty leads on one day (值班长负责接听所有的客户电话: one person answers the calls). Two rows for
 * the same day and showroom with different leads, or two ids in one DutyLead cell.
 * - duty.lead.count
 * A day with no lead at all is reported by duty.required (DutyLead is a required cell).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { rotaDays, rotaEntries } from '../../duty/rota';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_LEAD_COUNT: RuleSpec = {
  id: 'duty.lead.count',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['Date', 'DutyLead'] },
};

export function checkDutyLeadCount(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DUTY_LEAD_COUNT);
  const sep = ctx.lang === 'zh' ? '、' : ', ';
  for (const group of rotaDays(rotaEntries(ctx)).values()) {
    const leads: string[] = [];
    let at = -1;
    for (const e of group) {
      for (const id of e.leads) {
        if (leads.includes(id)) continue;
        leads.push(id);
        if (leads.length === 2) at = e.i;
      }
    }
    if (leads.length < 2) continue;
    r.add(at, 'DutyLead', { value: leads.join(sep), date: formatDay(group[0].day), showroom: group[0].showroomText });
  }
  return r.done();
}
