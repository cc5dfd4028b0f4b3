/**
 * What the four policy rules of the ledger share (policy-settlement, policy-credit-days,
 * policy-credit-limit, policy-discount): per Ledger row of a dealer, the policy of the tier in force on
 * the row's date (domain/policy/in-force.ts), read once per validation run, and the words that say
 * where that tier comes from.
 */
import { policyInForce, type PolicyInForce, type TierInForce } from '../../policy/in-force';
import type { PolicyRow } from '../../reviews/input';
import { formatDay } from '../../normalise';
import type { ValidationContext } from '../context';

export interface LedgerPolicy {
  /** Per Ledger data row: the policy in force, or null (not a dealer, no date, no tier, tier not in Policy). */
  policy: (PolicyRow | null)[];
  tier: (TierInForce | null)[];
  inForce: PolicyInForce;
}

const cache = new WeakMap<ValidationContext, LedgerPolicy>();

export function ledgerPolicy(ctx: ValidationContext): LedgerPolicy {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const inForce = policyInForce({
    Customers: ctx.table('Customers'),
    Reviews: ctx.table('Reviews'),
    Policy: ctx.table('Policy'),
  });
  const ids = ctx.codes('Ledger', 'CustomerId');
  const days = ctx.days('Ledger', 'Date');
  const status = ctx.has('Ledger', ['Status']) ? ctx.enumKeys('Ledger', 'Status') : [];
  const policy = new Array<PolicyRow | null>(ids.length).fill(null);
  const tier = new Array<TierInForce | null>(ids.length).fill(null);
  for (let i = 0; i < ids.length; i++) {
    if (!ids[i] || !inForce.dealers.has(ids[i]) || Number.isNaN(days[i]) || status[i] === 'cancelled') continue;
    const p = inForce.policyOn(ids[i], days[i]);
    if (p) {
      policy[i] = p.policy;
      tier[i] = p.tier;
    }
  }
  const out = { policy, tier, inForce };
  cache.set(ctx, out);
  return out;
}

/** "from the review on row 5, approved 2026-03-01" / "from the customer file": the {source} of a message. */
export function tierSource(ctx: ValidationContext, t: TierInForce): string {
  return t.source === 'review'
    ? ctx.fill(ctx.template('validation.policy.source.review'), {
        row: t.reviewRow ?? 0,
        date: formatDay(t.approvedDay ?? 0),
      })
    : ctx.template('validation.policy.source.file');
}

/** 0.05 -> '5%', 0.015 -> '1.5%'. */
export function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** 1234567.8 -> '1,234,568'. */
export function money(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}
