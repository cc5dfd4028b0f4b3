/**
 * A walk-in is received and recorded by someone on duty that day (来访由值班人员接待并登记).
 * Regulations §4: 另 N 名值班人员负责接待上门客户 ... 接待客户完毕,必须将客户信息完整、真实地加以记录.
 *
 * - visit.recorder.not-on-duty: RecordedBy is not on the Duty sheet's rota of the visit's day (of
 *   the visit's showroom when it names one, else of any showroom), lead or staff. A day without a
 *   rota row is not judged here.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { parseDayTime, type ValidationContext } from '../context';
import { dutyIndex, dutyKey } from '../operations';
import type { RuleSpec } from '../types';

export const VISIT_RECORDED_BY_DUTY: RuleSpec = {
  id: 'visit.recorder.not-on-duty',
  sheet: 'Visits',
  severity: 'warning',
  needs: { Visits: ['Time', 'RecordedBy'], Duty: ['Date'] },
};

export function checkVisitRecordedByDuty(ctx: ValidationContext): Issue[] {
  const times = ctx.column('Visits', 'Time');
  const who = ctx.codes('Visits', 'RecordedBy');
  const rooms = ctx.has('Visits', ['Showroom']) ? ctx.looseKeys('Visits', 'Showroom') : [];
  const duty = dutyIndex(ctx);
  const r = ctx.reporter(VISIT_RECORDED_BY_DUTY);
  const sep = ctx.lang === 'zh' ? '、' : ', ';
  for (let i = 0; i < times.length; i++) {
    const t = parseDayTime(times[i]);
    if (Number.isNaN(t) || !who[i]) continue;
    const day = Math.floor(t);
    const key = dutyKey(duty, day, rooms[i] ?? '');
    if (key === null) continue;
    const staff = duty.onDuty.get(key);
    if (staff?.has(who[i])) continue;
    r.add(i, 'RecordedBy', { value: who[i], date: formatDay(day), staff: staff ? [...staff].join(sep) : '—' });
  }
  return r.done();
}
