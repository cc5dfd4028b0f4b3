/**
 * A dealer's credit days (DueDate − Date) are not above its tier's (§5 客户政策: 结算方式, 账期). A D-tier
 * dealer (0 days) on 90-day credit is reported; a row with no due date says nothing about credit days.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { ledgerPolicy, tierSource } from './policy-terms';

export const POLICY_CREDIT_DAYS: RuleSpec = {
  id: 'ledger.policy.credit-days',
  sheet: 'Ledger',
  severity: 'warning',
  needs: {
    Ledger: ['CustomerId', 'Date', 'DueDate'],
    Customers: ['CustomerId', 'Kind'],
    Policy: ['Tier', 'CreditDays'],
  },
};

/** Due date further from the transaction than the tier's credit days. */
export function checkPolicyCreditDays(ctx: ValidationContext): Issue[] {
  const { policy, tier } = ledgerPolicy(ctx);
  const days = ctx.days('Ledger', 'Date');
  const due = ctx.days('Ledger', 'DueDate');
  const ids = ctx.codes('Ledger', 'CustomerId');
  const r = ctx.reporter(POLICY_CREDIT_DAYS);
  for (let i = 0; i < due.length; i++) {
    const p = policy[i];
    if (!p || p.creditDays === null || Number.isNaN(due[i])) continue;
    const given = due[i] - days[i];
    if (given <= p.creditDays) continue;
    r.add(i, 'DueDate', {
      id: ids[i],
      tier: p.tier,
      source: tierSource(ctx, tier[i]!),
      days: given,
      max: p.creditDays,
      date: formatDay(days[i]),
      due: formatDay(due[i]),
    });
  }
  return r.done();
}
