/**
 * Fewer or more people on duty than the showroom needs that day (由展厅主管负责安排每天 N 人值班).
 * N is the setting dutyPeople (default 2, per showroom and weekday); the lead is one of the N,
 * whether or not the OnDuty list repeats the lead. Two rows for one day count together.
 * - duty.people.count (.few / .many)
 * A day whose lead and OnDuty are both blank is left to duty.required.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { peopleNeeded } from '../../duty/policy';
import { entryPeople, rotaDays, rotaEntries } from '../../duty/rota';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_PEOPLE_COUNT: RuleSpec = {
  id: 'duty.people.count',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['Date', 'DutyLead', 'OnDuty'] },
};

export function checkDutyPeopleCount(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DUTY_PEOPLE_COUNT);
  const policy = ctx.options.dutyPolicy;
  for (const group of rotaDays(rotaEntries(ctx)).values()) {
    const people = new Set(group.flatMap(entryPeople));
    if (people.size === 0) continue;
    const first = group[0];
    const needed = peopleNeeded(policy, first.showroom, first.day);
    if (people.size === needed || needed === 0) continue;
    r.add(
      first.i,
      'OnDuty',
      { n: people.size, needed, date: formatDay(first.day), showroom: first.showroomText },
      people.size < needed ? 'few' : 'many',
    );
  }
  return r.done();
}
