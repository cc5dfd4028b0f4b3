/**
 * A call is recorded by that day's duty lead (来电由值班长接听并登记). Regulations §4: 值班长负责接听所有的
 * 客户电话 ... 接听完毕,必须将客户信息完整、真实地加以记录.
 *
 * - call.recorder.not-lead: RecordedBy is not a duty lead of the call's day (of the call's showroom
 *   when the call names one, else of any showroom), by the Duty sheet as read. A day without a rota
 *   row is not judged here (the rota's own checks report it).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { parseDayTime, type ValidationContext } from '../context';
import { dutyIndex, dutyKey } from '../operations';
import type { RuleSpec } from '../types';

export const CALL_RECORDED_BY_LEAD: RuleSpec = {
  id: 'call.recorder.not-lead',
  sheet: 'Calls',
  severity: 'warning',
  needs: { Calls: ['Time', 'RecordedBy'], Duty: ['Date', 'DutyLead'] },
};

export function checkCallRecordedByLead(ctx: ValidationContext): Issue[] {
  const times = ctx.column('Calls', 'Time');
  const who = ctx.codes('Calls', 'RecordedBy');
  const rooms = ctx.has('Calls', ['Showroom']) ? ctx.looseKeys('Calls', 'Showroom') : [];
  const duty = dutyIndex(ctx);
  const r = ctx.reporter(CALL_RECORDED_BY_LEAD);
  for (let i = 0; i < times.length; i++) {
    const t = parseDayTime(times[i]);
    if (Number.isNaN(t) || !who[i]) continue;
    const day = Math.floor(t);
    const key = dutyKey(duty, day, rooms[i] ?? '');
    if (key === null) continue;
    const leads = duty.leads.get(key);
    if (leads?.has(who[i])) continue;
    const sep = ctx.lang === 'zh' ? '、' : ', ';
    r.add(i, 'RecordedBy', { value: who[i], date: formatDay(day), leads: leads ? [...leads].join(sep) : '—' });
  }
  return r.done();
}
