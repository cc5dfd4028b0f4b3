/**
 * The dealer policy in force on a day (regulations §5 经销商客户政策的制定: 政策因客户等级而异).
 *
 * A dealer's tier on a day is the tier of its latest review approved before that day (ApprovedTier,
 * ApprovedDate); before any approved review, the tier in its customer file (Customers.Tier). The
 * Policy sheet gives each tier's terms: settlement method, credit days, credit limit, discount, and who
 * visits. The ledger rules (validation/ledger/policy-*.ts) and the key-customer visit rule compare
 * what the ledger and the outings show with these terms; the year-end report counts their findings.
 *
 * Policy as data: how generous each settlement method is (SETTLEMENT_RANK) and which roles count as a
 * visit by the policy's VisitBy (VISIT_ROLES) are tables here, not code paths.
 */
import type { Table } from '../table';
import { readCustomers, readPolicy, readReviews, type PolicyRow } from '../reviews/input';
import { codeKey } from '../validation/context';

/**
 * How much credit a settlement method gives, from none (paid before the car leaves) upwards. A tier
 * allows its own method and every method that gives no more: a C tier on bank acceptance may also take
 * cash or a transfer, a D tier (cash) only cash or a transfer.
 */
export const SETTLEMENT_RANK: Readonly<Record<string, number>> = {
  cash: 0,
  transfer: 0,
  loan: 0, // a bank pays the dealer's loan: no credit from the company
  acceptance: 1,
  credit: 2,
};

/** The roles whose outing counts as the visit a tier's VisitBy asks for. */
export const VISIT_ROLES: Readonly<Record<string, readonly string[]>> = {
  gm: ['gm'],
  manager: ['manager', 'gm'],
  sales: ['sales', 'supervisor', 'manager', 'gm'],
};

/** Days looked back for a key customer's visit (the review year). */
export const DEFAULT_VISIT_WINDOW_DAYS = 365;

export function settlementAllowed(method: string, policyMethod: string | null): boolean {
  if (policyMethod === null) return true;
  const a = SETTLEMENT_RANK[method];
  const b = SETTLEMENT_RANK[policyMethod];
  if (a === undefined || b === undefined) return method === policyMethod;
  return a <= b;
}

export interface TierInForce {
  tier: string;
  /** 'review': from an approved review (its worksheet row and approval day); 'file': Customers.Tier. */
  source: 'review' | 'file';
  reviewRow?: number;
  approvedDay?: number;
}

export interface PolicyInForce {
  /** Policy rows by tier key (the first row of each tier). */
  byTier: Map<string, PolicyRow>;
  /** codeKey(CustomerId) of the dealers (Customers.Kind = Dealer). */
  dealers: Set<string>;
  /** The tier in force for a customer on a day, or null (no approved review before it and no file tier). */
  tierOn(customerId: string, day: number): TierInForce | null;
  /** The policy in force for a customer on a day, with the tier it comes from. */
  policyOn(customerId: string, day: number): { policy: PolicyRow; tier: TierInForce } | null;
}

interface Approval {
  day: number;
  tier: string;
  row: number;
}

/** Reads the Customers, Reviews and Policy tables once. */
export function policyInForce(tables: { Customers?: Table; Reviews?: Table; Policy?: Table }): PolicyInForce {
  const byTier = new Map<string, PolicyRow>();
  for (const p of readPolicy(tables.Policy)) if (!byTier.has(p.tier)) byTier.set(p.tier, p);
  const fileTier = new Map<string, string | null>();
  const dealers = new Set<string>();
  for (const c of readCustomers(tables.Customers)) {
    const id = codeKey(c.customerId);
    if (fileTier.has(id)) continue;
    fileTier.set(id, c.tier);
    if (c.kind === 'Dealer') dealers.add(id);
  }
  const approvals = new Map<string, Approval[]>();
  for (const r of readReviews(tables.Reviews)) {
    if (!r.approvedTier || r.approvedDay === null) continue;
    const id = codeKey(r.customerId);
    let list = approvals.get(id);
    if (!list) approvals.set(id, (list = []));
    list.push({ day: r.approvedDay, tier: r.approvedTier, row: r.row });
  }
  for (const list of approvals.values()) list.sort((a, b) => a.day - b.day || a.row - b.row);

  const tierOn = (customerId: string, day: number): TierInForce | null => {
    const list = approvals.get(customerId);
    let found: Approval | null = null;
    // the latest approval strictly before the day (a decision applies from the next day on)
    if (list) for (const a of list) if (a.day < day) found = a;
    if (found) return { tier: found.tier, source: 'review', reviewRow: found.row, approvedDay: found.day };
    const t = fileTier.get(customerId);
    return t ? { tier: t, source: 'file' } : null;
  };
  const policyOn = (customerId: string, day: number) => {
    const tier = tierOn(customerId, day);
    if (!tier) return null;
    const policy = byTier.get(tier.tier);
    return policy ? { policy, tier } : null;
  };
  return { byTier, dealers, tierOn, policyOn };
}
