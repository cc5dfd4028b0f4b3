/**
 * Ledger analytics per customer, as of a day ("today").
 *
 * 客户档案必须及时、完整、真实地反映客户信息: every transaction is in the Ledger, so
 * volume, punctuality and growth are derived from it rather than typed in.
 *
 * - Cancelled transactions (已取消) are excluded everywhere; so are transactions dated after today.
 * - Volume is by signing month (Ledger.Date).
 * - Punctuality: a transaction with a DueDate on or before today is "due"; it was paid on time when it was
 *   paid in full (PaidAmount ≥ Amount; a PaidDate without PaidAmount, or status 已结清, counts as in full)
 *   on or before the DueDate. Overdue = unpaid remainder of transactions whose DueDate is before today.
 * - Growth compares calendar windows ending today: the last 12 months vs the 12 before, and the last 3 months
 *   vs the same 3 months a year earlier (both windows are equally partial, so no month-end bias).
 */
import type { LedgerTxn } from './input';
import { addMonths, monthIndexOfDay } from './months';

export interface MonthVolume {
  units: number;
  amount: number;
}

export interface CustomerAnalytics {
  customerId: string;
  /** Month index -> volume (months with a transaction only). */
  monthly: Map<number, MonthVolume>;
  firstMonth: number | null;
  lastMonth: number | null;
  firstDay: number | null;
  lastDay: number | null;
  /** Distinct months with units > 0. */
  monthsActive: number;
  txnCount: number;
  totalUnits: number;
  totalAmount: number;
  /** Last 12 months (today inclusive) and the 12 months before. */
  units12: number;
  amount12: number;
  unitsPrev12: number;
  amountPrev12: number;
  /** Last 3 months and the same 3 months a year earlier. */
  units3: number;
  unitsPrev3: number;
  /** (current − previous) / previous; null when the previous window is empty. */
  growth12: number | null;
  growthAmount12: number | null;
  growth3: number | null;
  /** Transactions due by today, and how many of them were paid in full by their due date. */
  dueCount: number;
  onTimeCount: number;
  onTimeRate: number | null;
  /** Unpaid amount of transactions past their due date. */
  overdueAmount: number;
  overdueCount: number;
  /** Oldest overdue item's days past due (0 when none). */
  maxDaysOverdue: number;
  /** Average days late over late payments (0 when none). */
  avgDaysLate: number;
}

const PAID_EPSILON = 0.005;

export function paidSoFar(t: LedgerTxn): number {
  if (t.paidAmount !== null) return t.paidAmount;
  if (t.paidDay !== null || t.status === 'paid') return t.amount;
  return 0;
}

function emptyAnalytics(customerId: string): CustomerAnalytics {
  return {
    customerId,
    monthly: new Map(),
    firstMonth: null,
    lastMonth: null,
    firstDay: null,
    lastDay: null,
    monthsActive: 0,
    txnCount: 0,
    totalUnits: 0,
    totalAmount: 0,
    units12: 0,
    amount12: 0,
    unitsPrev12: 0,
    amountPrev12: 0,
    units3: 0,
    unitsPrev3: 0,
    growth12: null,
    growthAmount12: null,
    growth3: null,
    dueCount: 0,
    onTimeCount: 0,
    onTimeRate: null,
    overdueAmount: 0,
    overdueCount: 0,
    maxDaysOverdue: 0,
    avgDaysLate: 0,
  };
}

function growth(cur: number, prev: number): number | null {
  const g = prev > 0 ? (cur - prev) / prev : null;
  // the inputs are bounded (input.ts toNumber), so this is a safeguard: never NaN or Infinity
  return g !== null && Number.isFinite(g) ? g : null;
}

/** Analytics for every customer that has at least one (non-cancelled, not future) transaction. */
export function analyseLedger(txns: readonly LedgerTxn[], today: number): Map<string, CustomerAnalytics> {
  const start12 = addMonths(today, -12); // window (start12, today]
  const start24 = addMonths(today, -24);
  const start3 = addMonths(today, -3);
  const start3Prev = addMonths(today, -15);
  const end3Prev = addMonths(today, -12);
  const byCustomer = new Map<string, CustomerAnalytics>();
  const lateDays = new Map<string, { sum: number; n: number }>();

  for (const t of txns) {
    if (t.status === 'cancelled' || t.day > today) continue;
    let a = byCustomer.get(t.customerId);
    if (!a) {
      a = emptyAnalytics(t.customerId);
      byCustomer.set(t.customerId, a);
    }
    const m = monthIndexOfDay(t.day);
    const mv = a.monthly.get(m);
    if (mv) {
      mv.units += t.quantity;
      mv.amount += t.amount;
    } else a.monthly.set(m, { units: t.quantity, amount: t.amount });
    a.txnCount++;
    a.totalUnits += t.quantity;
    a.totalAmount += t.amount;
    if (a.firstDay === null || t.day < a.firstDay) a.firstDay = t.day;
    if (a.lastDay === null || t.day > a.lastDay) a.lastDay = t.day;
    if (t.day > start12) {
      a.units12 += t.quantity;
      a.amount12 += t.amount;
    } else if (t.day > start24) {
      a.unitsPrev12 += t.quantity;
      a.amountPrev12 += t.amount;
    }
    if (t.day > start3) a.units3 += t.quantity;
    else if (t.day > start3Prev && t.day <= end3Prev) a.unitsPrev3 += t.quantity;

    if (t.dueDay !== null && t.dueDay <= today) {
      a.dueCount++;
      const paid = paidSoFar(t);
      const inFull = paid >= t.amount - PAID_EPSILON;
      if (inFull && t.paidDay !== null && t.paidDay <= t.dueDay) a.onTimeCount++;
      else if (inFull && t.paidDay !== null) {
        const ld = lateDays.get(t.customerId) ?? { sum: 0, n: 0 };
        ld.sum += t.paidDay - t.dueDay;
        ld.n++;
        lateDays.set(t.customerId, ld);
      } else if (inFull && t.paidDay === null) {
        // Paid in full with no date recorded: cannot prove lateness; count as on time.
        a.onTimeCount++;
      }
      if (t.dueDay < today && !inFull) {
        a.overdueAmount += t.amount - paid;
        a.overdueCount++;
        a.maxDaysOverdue = Math.max(a.maxDaysOverdue, today - t.dueDay);
      }
    }
  }
  for (const a of byCustomer.values()) {
    let active = 0;
    let first: number | null = null;
    let last: number | null = null;
    for (const [m, v] of a.monthly) {
      if (v.units > 0) active++;
      if (first === null || m < first) first = m;
      if (last === null || m > last) last = m;
    }
    a.monthsActive = active;
    a.firstMonth = first;
    a.lastMonth = last;
    a.growth12 = growth(a.units12, a.unitsPrev12);
    a.growthAmount12 = growth(a.amount12, a.amountPrev12);
    a.growth3 = growth(a.units3, a.unitsPrev3);
    a.onTimeRate = a.dueCount > 0 ? a.onTimeCount / a.dueCount : null;
    const ld = lateDays.get(a.customerId);
    a.avgDaysLate = ld ? ld.sum / ld.n : 0;
  }
  return byCustomer;
}

/** Dense monthly series from `from` to `to` inclusive (months without transactions are 0). */
export function monthlySeries(
  a: CustomerAnalytics | undefined,
  from: number,
  to: number,
  measure: 'units' | 'amount' = 'units',
): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m++) {
    const v = a?.monthly.get(m);
    out.push(v ? v[measure] : 0);
  }
  return out;
}

/**
 * Suggested finance scores (the add-in's own columns; finance's entries always win).
 * - SuggestedPaymentScore = round(100 × on-time rate) − 1 point per average day late over 30 days (floor 0).
 * - SuggestedCreditScore = round(100 − 150 × overdue share − 20 if anything is > 90 days overdue), clamped 0..100,
 *   where overdue share = overdue amount / max(amount of the last 12 months, overdue amount).
 * Both are null without evidence (no transaction due yet).
 */
export function suggestedPaymentScore(a: CustomerAnalytics | undefined): number | null {
  if (!a || a.onTimeRate === null) return null;
  const penalty = Math.max(0, a.avgDaysLate - 30);
  return clampScore(Math.round(100 * a.onTimeRate - penalty));
}

export function suggestedCreditScore(a: CustomerAnalytics | undefined): number | null {
  if (!a || a.dueCount === 0) return null;
  const base = Math.max(a.amount12, a.overdueAmount);
  const share = base > 0 ? a.overdueAmount / base : 0;
  const longOverdue = a.maxDaysOverdue > 90 ? 20 : 0;
  return clampScore(Math.round(100 - 150 * share - longOverdue));
}

export function clampScore(x: number): number {
  return Math.max(0, Math.min(100, x));
}
