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

/** Bodies are cached for follow-ups up to this many days ago (about 270 years); older ones are filled each time. */
const MAX_CACHED_AGO = 100000;

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
  const r = ctx.reporter(STALE_FOLLOW_UP);
  // Stale rows repeat a few stages and a few thousand dates: each (stage, day) message body
  // is filled once (a full sheet has ~half a million stale rows). Per active stage, the bodies
  // sit in an array by days since the follow-up (a Map keyed by a day number boxes it per lookup).
  const bodiesByStage = new Map<string, string[]>();
  for (const s of ACTIVE_STAGES) bodiesByStage.set(s, []);
  const bodyFor = (s: string, d: number, bodies: string[]): string => {
    const ago = today - d;
    const cacheable = ago >= 0 && ago < MAX_CACHED_AGO && Number.isInteger(ago);
    const cached = cacheable ? bodies[ago] : '';
    if (cached) return cached;
    const body = r.body({
      value: formatDay(d),
      days: ago,
      limit: staleDays,
      stage: ctx.enumText('Customers', 'Stage', s),
    });
    if (cacheable) {
      while (bodies.length < ago) bodies.push(''); // dense, so the array stays a fast one
      bodies[ago] = body;
    }
    return body;
  };
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    if (s === null) continue;
    const bodies = bodiesByStage.get(s);
    if (!bodies) continue; // not an active stage
    const l = last ? last[i] : NaN;
    const useLast = !Number.isNaN(l);
    const d = useLast ? l : first[i];
    if (Number.isNaN(d) || today - d <= staleDays) continue;
    r.addBody(i, useLast ? 'LastContact' : 'FirstContact', bodyFor(s, d, bodies));
  }
  return r.done();
}
