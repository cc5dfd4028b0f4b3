/**
 * A person on duty and registered out (Outings) the same day. Regulations §4: 非值班销售员 may go
 * out after registering: the people on duty stay in the showroom. An outing that starts at or after
 * the end of the duty day (options.dutyEndMinutes, default 18:00; the time is read from the outing's
 * Date cell, '2026-12-05 19:00') does not clash.
 * - duty.person.out
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { entryPeople, rotaEntries } from '../../duty/rota';
import { parseDayTime, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_PERSON_OUT: RuleSpec = {
  id: 'duty.person.out',
  sheet: 'Duty',
  severity: 'warning',
  needs: { Duty: ['Date', 'OnDuty'], Outings: ['Date', 'StaffId'] },
};

/** day|staff id -> the Outings data row of the first outing that clashes with duty. */
export function outingsDuringDuty(ctx: ValidationContext): Map<string, number> {
  const dates = ctx.column('Outings', 'Date');
  const ids = ctx.codes('Outings', 'StaffId');
  const end = ctx.options.dutyEndMinutes;
  const out = new Map<string, number>();
  for (let i = 0; i < dates.length; i++) {
    const at = parseDayTime(dates[i]);
    if (Number.isNaN(at) || !ids[i]) continue;
    const day = Math.floor(at);
    if (Math.round((at - day) * 1440) >= end) continue;
    const k = `${day}|${ids[i]}`;
    if (!out.has(k)) out.set(k, i);
  }
  return out;
}

export function checkDutyPersonOut(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DUTY_PERSON_OUT);
  const out = outingsDuringDuty(ctx);
  if (out.size === 0) return r.done();
  const outings = ctx.sheetLabel('Outings');
  for (const e of rotaEntries(ctx)) {
    for (const id of entryPeople(e)) {
      const o = out.get(`${e.day}|${id}`);
      if (o === undefined) continue;
      r.add(e.i, e.leads.includes(id) ? 'DutyLead' : 'OnDuty', {
        value: id,
        date: formatDay(e.day),
        outings,
        other: ctx.rowNumber('Outings', o),
      });
    }
  }
  return r.done();
}
