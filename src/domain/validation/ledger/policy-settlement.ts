/**
 * A dealer's ledger row is settled the way its tier's policy allows (§5 客户政策: 政策包括价格、结算方式、
 * 服务等内容, 因客户等级而异). The tier is the one in force on the row's date (domain/policy/in-force.ts);
 * a method that gives no more credit than the policy's is allowed (SETTLEMENT_RANK): a D-tier dealer
 * (cash) put on credit is reported.
 */
import type { Issue } from '../../issues';
import { settlementAllowed } from '../../policy/in-force';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { ledgerPolicy, tierSource } from './policy-terms';

export const POLICY_SETTLEMENT: RuleSpec = {
  id: 'ledger.policy.settlement',
  sheet: 'Ledger',
  severity: 'warning',
  needs: { Ledger: ['CustomerId', 'Date', 'Settlement'], Customers: ['CustomerId', 'Kind'], Policy: ['Tier'] },
};

/** Settlement more generous than the tier in force allows. */
export function checkPolicySettlement(ctx: ValidationContext): Issue[] {
  const { policy, tier } = ledgerPolicy(ctx);
  const method = ctx.enumKeys('Ledger', 'Settlement');
  const ids = ctx.codes('Ledger', 'CustomerId');
  const r = ctx.reporter(POLICY_SETTLEMENT);
  for (let i = 0; i < method.length; i++) {
    const p = policy[i];
    const m = method[i];
    if (!p || !m || p.settlement === null || settlementAllowed(m, p.settlement)) continue;
    r.add(i, 'Settlement', {
      id: ids[i],
      tier: p.tier,
      source: tierSource(ctx, tier[i]!),
      value: ctx.enumText('Ledger', 'Settlement', m),
      allowed: ctx.enumText('Ledger', 'Settlement', p.settlement),
    });
  }
  return r.done();
}
