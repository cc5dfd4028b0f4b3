/**
 * Payment recorded consistently: a paid row (status 已结清, or PaidAmount > 0) needs a
 * PaidDate; a PaidDate needs a PaidAmount. Finance reviews payment punctuality from
 * these columns (财务主管应配合提供必要的客户信息及评审意见).
 */
import type { Issue } from '../../issues';
import { isBlank, shown, toNumber, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const PAID_WITHOUT_DATE: RuleSpec = {
  id: 'ledger.paid.no-date',
  sheet: 'Ledger',
  severity: 'error',
  needs: { Ledger: ['PaidDate'] },
};
export const PAID_DATE_WITHOUT_AMOUNT: RuleSpec = {
  id: 'ledger.paid.no-amount',
  sheet: 'Ledger',
  severity: 'warning',
  needs: { Ledger: ['PaidDate', 'PaidAmount'] },
};

/** Status paid or PaidAmount > 0, with PaidDate blank. */
export function checkPaidWithoutDate(ctx: ValidationContext): Issue[] {
  const paidDate = ctx.column('Ledger', 'PaidDate');
  const status = ctx.has('Ledger', ['Status']) ? ctx.enumKeys('Ledger', 'Status') : null;
  const paidAmount = ctx.has('Ledger', ['PaidAmount']) ? ctx.column('Ledger', 'PaidAmount') : null;
  const r = ctx.reporter(PAID_WITHOUT_DATE);
  for (let i = 0; i < paidDate.length; i++) {
    if (!isBlank(paidDate[i])) continue;
    const amount = paidAmount ? toNumber(paidAmount[i]) : NaN;
    if (status && status[i] === 'paid')
      r.add(i, 'PaidDate', { status: ctx.enumText('Ledger', 'Status', 'paid') }, 'status');
    else if (amount > 0) r.add(i, 'PaidDate', { amount }, 'amount');
  }
  return r.done();
}

/** PaidDate filled in, PaidAmount blank or zero. */
export function checkPaidDateWithoutAmount(ctx: ValidationContext): Issue[] {
  const paidDate = ctx.column('Ledger', 'PaidDate');
  const paidAmount = ctx.column('Ledger', 'PaidAmount');
  const r = ctx.reporter(PAID_DATE_WITHOUT_AMOUNT);
  for (let i = 0; i < paidDate.length; i++) {
    if (isBlank(paidDate[i])) continue;
    const amount = toNumber(paidAmount[i]);
    if (!(amount > 0)) r.add(i, 'PaidAmount', { date: shown(paidDate[i]) });
  }
  return r.done();
}
