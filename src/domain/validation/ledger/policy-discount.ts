/**
 * A dealer's discount on a transaction is not above its tier's (§5 客户政策: 价格). The Ledger's Discount
 * column (0.03 or 3%) is compared with the Policy's PriceDiscount of the tier in force on the row's date.
 */
import type { Issue } from '../../issues';
import { toNumber } from '../../reviews/input';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { ledgerPolicy, percent, tierSource } from './policy-terms';

export const POLICY_DISCOUNT: RuleSpec = {
  id: 'ledger.policy.discount',
  sheet: 'Ledger',
  severity: 'warning',
  needs: {
    Ledger: ['CustomerId', 'Date', 'Discount'],
    Customers: ['CustomerId', 'Kind'],
    Policy: ['Tier', 'PriceDiscount'],
  },
};

/** Half a hundredth of a percent of slack for discounts typed from a calculation. */
const EPS = 5e-5;

/** Discount above the tier's price discount. */
export function checkPolicyDiscount(ctx: ValidationContext): Issue[] {
  const { policy, tier } = ledgerPolicy(ctx);
  const col = ctx.column('Ledger', 'Discount');
  const ids = ctx.codes('Ledger', 'CustomerId');
  const r = ctx.reporter(POLICY_DISCOUNT);
  for (let i = 0; i < col.length; i++) {
    const p = policy[i];
    if (!p || p.priceDiscount === null) continue;
    const d = toNumber(col[i] ?? null);
    if (d === null || d <= p.priceDiscount + EPS) continue;
    r.add(i, 'Discount', {
      id: ids[i],
      tier: p.tier,
      source: tierSource(ctx, tier[i]!),
      value: percent(d),
      max: percent(p.priceDiscount),
    });
  }
  return r.done();
}
