/**
 * A customer in an active stage (lead, negotiating, contracted: ACTIVE_STAGES) with no
 * follow-up for more than options.staleDays days (default 30). The last follow-up is
 * LastContact, or FirstContact when LastContact is blank.
 *
 * Regulations §4: 非值班销售人员负责做好客户的发展与维护、合同的跟踪等工作;
 * §5: 客户档案必须及时……反映客户信息.
 */
import type { Issue } from '../../issues';
import { ACTIVE_STAGES } from '../../schema';
import { formatDay } from '../../normalise';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const STALE_FOLLOW_UP: RuleSpec = {
  id: 'customer.stale',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['Stage', 'FirstContact'] },
};

/** Active customers whose last contact is older than staleDays. */
export function checkStaleFollowUp(ctx: ValidationContext): Issue[] {
  const stages = ctx.enumKeys('Customers', 'Stage');
  const first = ctx.days('Customers', 'FirstContact');
  const last = ctx.has('Customers', ['LastContact']) ? ctx.days('Customers', 'LastContact') : null;
  const { today, staleDays } = ctx.options;
  const active = new Set<string>(ACTIVE_STAGES);
  const r = ctx.reporter(STALE_FOLLOW_UP);
  // Stale rows repeat a few stages and a few thousand dates: each (stage, day) message body
  // is filled once (a full sheet has ~half a million stale rows).
  const bodiesByStage = new Map<string, Map<number, string>>();
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    if (s === null || !active.has(s)) continue;
    const l = last ? last[i] : NaN;
    const useLast = !Number.isNaN(l);
    const d = useLast ? l : first[i];
    if (Number.isNaN(d) || today - d <= staleDays) continue;
    let bodies = bodiesByStage.get(s);
    if (bodies === undefined) bodiesByStage.set(s, (bodies = new Map()));
    let body = bodies.get(d);
    if (body === undefined) {
      body = r.body({
        value: formatDay(d),
        days: today - d,
        limit: staleDays,
        stage: ctx.enumText('Customers', 'Stage', s),
      });
      bodies.set(d, body);
    }
    r.addBody(i, useLast ? 'LastContact' : 'FirstContact', body);
  }
  return r.done();
}
