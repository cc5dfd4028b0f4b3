/**
 * A car key comes back the same day (车钥匙不得过夜未还). Regulations §4: 展厅的汽车钥匙由展厅主管统一
 * 保管 ... 晚上必须全部锁好 — at night every car is locked and every key is back with the supervisor.
 *
 * - key.overnight: a key taken on a day before today and not returned (ReturnedAt blank), or
 *   returned on a later day than it was taken.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { clockText } from '../../operations/policy';
import { isBlank, parseDayTime, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const KEY_OVERNIGHT: RuleSpec = {
  id: 'key.overnight',
  sheet: 'Keys',
  severity: 'warning',
  needs: { Keys: ['TakenAt', 'ReturnedAt'] },
};

function dayTime(x: number): string {
  const day = Math.floor(x);
  return `${formatDay(day)} ${clockText(Math.round((x - day) * 1440))}`;
}

export function checkKeyReturnedSameDay(ctx: ValidationContext): Issue[] {
  const taken = ctx.column('Keys', 'TakenAt');
  const back = ctx.column('Keys', 'ReturnedAt');
  const vehicle = ctx.has('Keys', ['Vehicle']) ? ctx.codes('Keys', 'Vehicle') : [];
  const today = ctx.options.today;
  const r = ctx.reporter(KEY_OVERNIGHT);
  for (let i = 0; i < taken.length; i++) {
    const t = parseDayTime(taken[i]);
    if (Number.isNaN(t)) continue;
    const day = Math.floor(t);
    const b = parseDayTime(back[i]);
    const car = vehicle[i] || '—';
    if (Number.isNaN(b)) {
      if (isBlank(back[i]) && day < today) r.add(i, 'ReturnedAt', { vehicle: car, taken: dayTime(t) }, 'missing');
    } else if (Math.floor(b) > day) {
      r.add(i, 'ReturnedAt', { vehicle: car, taken: dayTime(t), value: dayTime(b) });
    }
  }
  return r.done();
}
