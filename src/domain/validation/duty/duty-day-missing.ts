/**
 * A day without a rota (regulations §4: 展厅日常运作采用轮流值班制度。由展厅主管负责安排每天 N 人值班).
 * For every showroom on the Duty sheet, every day from its first rota day to the sheet's last rota
 * day needs a row, except days the policy closes (people per day 0 for that showroom and weekday).
 * Consecutive missing days are one finding, at the showroom's last rota row before the gap.
 * - duty.day.missing
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { peopleNeeded } from '../../duty/policy';
import { rotaEntries } from '../../duty/rota';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_DAY_MISSING: RuleSpec = {
  id: 'duty.day.missing',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['Date', 'Showroom'] },
};

export function checkDutyDayMissing(ctx: ValidationContext): Issue[] {
  const entries = rotaEntries(ctx).filter((e) => e.showroom);
  const r = ctx.reporter(DUTY_DAY_MISSING);
  if (entries.length === 0) return r.done();
  let last = -Infinity;
  for (const e of entries) if (e.day > last) last = e.day;
  // showroom -> (day -> last row of that day), and the text to show
  const byRoom = new Map<string, { text: string; days: Map<number, number> }>();
  for (const e of entries) {
    let room = byRoom.get(e.showroom);
    if (!room) byRoom.set(e.showroom, (room = { text: e.showroomText, days: new Map() }));
    room.days.set(e.day, e.i);
  }
  const policy = ctx.options.dutyPolicy;
  const sep = ctx.lang === 'zh' ? ' 至 ' : ' to ';
  for (const [key, room] of byRoom) {
    const days = [...room.days.keys()].sort((a, b) => a - b);
    let prevRow = room.days.get(days[0])!;
    let gapStart = NaN;
    let gapEnd = NaN;
    let n = 0;
    const flush = () => {
      if (n === 0) return;
      const dates = gapStart === gapEnd ? formatDay(gapStart) : formatDay(gapStart) + sep + formatDay(gapEnd);
      r.add(prevRow, 'Date', { showroom: room.text, dates, n });
      n = 0;
    };
    for (let d = days[0]; d <= last; d++) {
      const row = room.days.get(d);
      if (row !== undefined) {
        flush();
        prevRow = row;
        continue;
      }
      if (peopleNeeded(policy, key, d) === 0) continue;
      if (n === 0) gapStart = d;
      gapEnd = d;
      n++;
    }
    flush();
  }
  return r.done();
}
