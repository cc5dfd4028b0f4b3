/**
 * A dealer's open credit stays within its tier's credit limit (§5 客户政策: 授信额度). The open credit
 * after a transaction is what the customer owes on that day: the amounts of its transactions up to that
 * day (cancelled ones aside, and contracted ones: no car has left, no credit is given yet) less what was paid by then (PaidAmount on PaidDate; a row marked paid
 * without an amount counts as paid in full). A transaction that leaves part of its amount unpaid and
 * takes the open credit above the limit of the tier in force that day is reported; a D-tier dealer
 * (limit 0) that does not pay on the day is.
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { toNumber } from '../../reviews/input';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { ledgerPolicy, money, tierSource } from './policy-terms';

export const POLICY_CREDIT_LIMIT: RuleSpec = {
  id: 'ledger.policy.credit-limit',
  sheet: 'Ledger',
  severity: 'warning',
  needs: {
    Ledger: ['CustomerId', 'Date', 'Amount'],
    Customers: ['CustomerId', 'Kind'],
    Policy: ['Tier', 'CreditLimit'],
  },
};

/** Below one yuan is rounding, not credit. */
const EPS = 0.5;

/** Per row: its amount and what was paid on which day (the row's own day when the payment has none). */
function amounts(ctx: ValidationContext, i: number, day: number): { amount: number; paid: number; paidDay: number } {
  const amount =
    toNumber(ctx.column('Ledger', 'Amount')[i] ?? null) ??
    (toNumber(ctx.column('Ledger', 'Quantity')[i] ?? null) ?? 0) *
      (toNumber(ctx.column('Ledger', 'UnitPrice')[i] ?? null) ?? 0);
  const paidDays = ctx.has('Ledger', ['PaidDate']) ? ctx.days('Ledger', 'PaidDate') : [];
  const status = ctx.has('Ledger', ['Status']) ? ctx.enumKeys('Ledger', 'Status')[i] : null;
  const paidAmount = toNumber(ctx.column('Ledger', 'PaidAmount')[i] ?? null);
  if (status === 'contracted') return { amount: 0, paid: 0, paidDay: day };
  const pd = paidDays[i];
  const hasDay = pd !== undefined && !Number.isNaN(pd);
  const paid = paidAmount !== null ? paidAmount : hasDay || status === 'paid' ? amount : 0;
  // a payment dated before its transaction counts from the transaction on (it cannot pay for an earlier one)
  return { amount, paid, paidDay: hasDay ? Math.max(pd, day) : day };
}

/** Transactions on credit that take the dealer's open credit above the tier's limit. */
export function checkPolicyCreditLimit(ctx: ValidationContext): Issue[] {
  const { policy, tier } = ledgerPolicy(ctx);
  const ids = ctx.codes('Ledger', 'CustomerId');
  const days = ctx.days('Ledger', 'Date');
  const r = ctx.reporter(POLICY_CREDIT_LIMIT);
  // rows of each dealer with a policy, in date order
  const byCustomer = new Map<string, number[]>();
  for (let i = 0; i < ids.length; i++) {
    if (!policy[i]) continue;
    let list = byCustomer.get(ids[i]);
    if (!list) byCustomer.set(ids[i], (list = []));
    list.push(i);
  }
  for (const rows of byCustomer.values()) {
    rows.sort((a, b) => days[a] - days[b] || a - b);
    const rec = rows.map((i) => ({ i, ...amounts(ctx, i, days[i]) }));
    const payments = rec.filter((x) => x.paid > 0).sort((a, b) => a.paidDay - b.paidDay);
    let owed = 0;
    let paidOff = 0;
    let k = 0;
    for (const x of rec) {
      const d = days[x.i];
      owed += x.amount;
      while (k < payments.length && payments[k].paidDay <= d) paidOff += payments[k++].paid;
      const open = owed - paidOff;
      const p = policy[x.i]!;
      // this row leaves something unpaid on its day, and the total is above the limit
      const unpaidNow = x.amount - (x.paidDay <= d ? x.paid : 0);
      if (p.creditLimit === null || unpaidNow <= EPS || open <= p.creditLimit + EPS) continue;
      r.add(x.i, 'Amount', {
        id: ids[x.i],
        tier: p.tier,
        source: tierSource(ctx, tier[x.i]!),
        open: money(open),
        limit: money(p.creditLimit),
        date: formatDay(d),
      });
    }
  }
  return r.done();
}
