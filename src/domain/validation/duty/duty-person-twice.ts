/**
 * The same person twice on one day's rota of a showroom: twice in the OnDuty list, or on two rows
 * of the same day. (The lead repeated in OnDuty is the usual way to write it, not a repeat.)
 * Counting them twice hides that the day is a person short.
 * - duty.person.twice
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { entryPeople, rotaDays, rotaEntries } from '../../duty/rota';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DUTY_PERSON_TWICE: RuleSpec = {
  id: 'duty.person.twice',
  sheet: 'Duty',
  severity: 'error',
  needs: { Duty: ['Date', 'OnDuty'] },
};

export function checkDutyPersonTwice(ctx: ValidationContext): Issue[] {
  const r = ctx.reporter(DUTY_PERSON_TWICE);
  const sep = ctx.lang === 'zh' ? '、' : ', ';
  for (const group of rotaDays(rotaEntries(ctx)).values()) {
    const seen = new Set<string>();
    for (const e of group) {
      const twice = new Set<string>();
      const inRow = new Set<string>();
      for (const id of e.onDuty) {
        if (inRow.has(id)) twice.add(id);
        inRow.add(id);
      }
      const people = entryPeople(e);
      for (const id of people) if (seen.has(id)) twice.add(id);
      for (const id of people) seen.add(id);
      if (twice.size) r.add(e.i, 'OnDuty', { value: [...twice].join(sep), date: formatDay(e.day) });
    }
  }
  return r.done();
}
