/**
 * A person on duty in two showrooms on the same day (nobody can be in both: one of the rotas is
 * short). Reported at the later row, naming the other showroom and its row.
 * - duty.person.two-showrooms
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { entryPeople, rotaEntries } from '../../duty/rota';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_TWO_SHOWROOMS: RuleSpec = {
  id: 'duty.person.two-showrooms',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['Date', 'Showroom', 'OnDuty'] },
};

export function checkDutyTwoShowrooms(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DUTY_TWO_SHOWROOMS);
  // day|person -> the first entry naming them
  const first = new Map<string, { showroom: string; text: string; i: number }>();
  for (const e of rotaEntries(ctx)) {
    if (!e.showroom) continue;
    for (const id of entryPeople(e)) {
      const k = `${e.day}|${id}`;
      const f = first.get(k);
      if (!f) first.set(k, { showroom: e.showroom, text: e.showroomText, i: e.i });
      else if (f.showroom !== e.showroom) {
        r.add(e.i, 'OnDuty', {
          value: id,
          date: formatDay(e.day),
          showroom: f.text,
          other: ctx.rowNumber('Duty', f.i),
        });
      }
    }
  }
  return r.done();
}
