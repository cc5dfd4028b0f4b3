/**
 * Key customers are visited as their policy says (§5 客户政策: 对重点客户提供高附加值服务, 必要时由部门经理
 * 或总经理亲自拜访). For each dealer whose tier in force today has a VisitBy of the manager or the general
 * manager, the Outings sheet must show, within the visit window (DEFAULT_VISIT_WINDOW_DAYS back from
 * today), an outing to that customer by someone in one of VISIT_ROLES[VisitBy]. A dealer that is lost or
 * closed is not visited.
 */
import type { Issue } from '../../issues';
import { DEFAULT_VISIT_WINDOW_DAYS, VISIT_ROLES } from '../../policy/in-force';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { ledgerPolicy, tierSource } from '../ledger/policy-terms';

export const KEY_CUSTOMER_VISITS: RuleSpec = {
  id: 'customer.policy.visit',
  sheet: 'Customers',
  severity: 'warning',
  needs: {
    Customers: ['CustomerId', 'Kind'],
    Outings: ['Date', 'StaffId', 'CustomerId'],
    Staff: ['StaffId', 'Role'],
    Policy: ['Tier', 'VisitBy'],
  },
};

/** Only the visits the sales force makes anyway are not checked: sales is not a key customer's VisitBy. */
const KEY_VISITORS = new Set(['gm', 'manager']);

/** A key customer with no visit by the policy's VisitBy within the window. */
export function checkKeyCustomerVisits(ctx: ValidationContext): Issue[] {
  const { inForce } = ledgerPolicy(ctx);
  const today = ctx.options.today;
  const from = today - DEFAULT_VISIT_WINDOW_DAYS;
  const { byId, role } = ctx.staff();
  // who visited whom, by role, within the window
  const visited = new Map<string, Set<string>>();
  const oDays = ctx.days('Outings', 'Date');
  const oStaff = ctx.codes('Outings', 'StaffId');
  const oCustomer = ctx.codes('Outings', 'CustomerId');
  for (let i = 0; i < oDays.length; i++) {
    if (!oCustomer[i] || Number.isNaN(oDays[i]) || oDays[i] <= from || oDays[i] > today) continue;
    const s = byId.get(oStaff[i]);
    const rk = s === undefined ? null : role[s];
    if (!rk) continue;
    let set = visited.get(oCustomer[i]);
    if (!set) visited.set(oCustomer[i], (set = new Set()));
    set.add(rk);
  }
  const ids = ctx.codes('Customers', 'CustomerId');
  const stage = ctx.has('Customers', ['Stage']) ? ctx.enumKeys('Customers', 'Stage') : [];
  const seen = new Set<string>();
  const r = ctx.reporter(KEY_CUSTOMER_VISITS);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!id || seen.has(id) || !inForce.dealers.has(id) || stage[i] === 'lost' || stage[i] === 'closed') continue;
    seen.add(id);
    const p = inForce.policyOn(id, today + 1);
    const by = p?.policy.visitBy;
    if (!p || !by || !KEY_VISITORS.has(by)) continue;
    const roles = visited.get(id);
    if (roles && (VISIT_ROLES[by] ?? [by]).some((x) => roles.has(x))) continue;
    r.add(i, 'CustomerId', {
      id,
      tier: p.policy.tier,
      source: tierSource(ctx, p.tier),
      visitBy: ctx.enumText('Policy', 'VisitBy', by),
      days: DEFAULT_VISIT_WINDOW_DAYS,
    });
  }
  return r.done();
}
