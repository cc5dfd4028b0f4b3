/**
 * Review scheduling: which reviews are due or overdue, and which Reviews rows are missing.
 *
 * 客户评审分最终客户评审和经销商客户评审两类。
 * - 最终客户评审在每笔业务结束后进行。由销售员在合同结束后对业务做总结，展厅主管做评价，记录备案。
 * - 对于经销商客户中长期稳定的客户，在每年年底进行统一分析与评审；
 * - 对新发展的客户，可在业务持续稳定进展一阶段后进行；
 * - 对业务量发生反常波动的客户，可随时组织特殊要求评审。
 * - 经销商客户由汽车部经理做总结并提交分析报告、应对措施及工作计划；财务主管配合提供客户信息及评审意见；
 *   评审结果由总经理审核，确定客户等级及相应的实施措施。
 *
 * A review is identified by CustomerId + Kind + Period. Periods: deal = the ledger TxnId (or 'YYYY-MM' of the
 * last contact when the deal is only visible as the customer's stage), annual = 'YYYY', new = 'YYYY-MM' of the month
 * the steady run completed, special = 'YYYY-MM' of the latest abnormal month. Existing rows are never touched, and
 * a review that exists is never proposed again.
 */
import type { CustomerAnalytics } from './analytics';
import type { ReviewConfig } from './config';
import type { CustomerRec, LedgerTxn, ReviewRec, StaffRec } from './input';
import { dayFromYmd, dayLabel, lastDayOfMonth, monthIndexOfDay, monthLabel, parseMonthLabel, ymdOf } from './months';

export type ReviewKind = 'deal' | 'annual' | 'new' | 'special';
export const REVIEW_KIND_KEYS: readonly ReviewKind[] = ['deal', 'annual', 'new', 'special'];
export type Actor = 'sales' | 'supervisor' | 'manager' | 'finance' | 'gm';
export type DueState = 'overdue' | 'due' | 'upcoming';

export interface NextStep {
  actor: Actor;
  /** The person expected to act, when the Staff sheet names one. */
  staffId?: string;
  /** Reviews fields this step fills in. */
  fields: string[];
}

export interface ProposalBasis {
  /** deal: the transaction (or stage) that ended. */
  txnId?: string;
  endDay?: number;
  /** new: the steady run. */
  runFrom?: number;
  runTo?: number;
  /** special: the abnormal months. */
  months?: string[];
}

export interface ProposedReview {
  customerId: string;
  customerRow: number | null;
  customerName: string;
  kind: ReviewKind;
  period: string;
  dueDay: number;
  dueDate: string;
  state: DueState;
  basis: ProposalBasis;
  steps: NextStep[];
}

export interface OpenReview {
  row: number;
  reviewId: string;
  customerId: string;
  customerName: string;
  kind: ReviewKind | null;
  period: string;
  dueDate: string | null;
  state: DueState;
  daysOverdue: number;
  steps: NextStep[];
}

export function normalisePeriod(p: string): string {
  const s = p.trim();
  const year = /^(\d{4})\s*年?度?$/.exec(s);
  if (year) return year[1];
  const m = parseMonthLabel(s);
  if (m !== null) return monthLabel(m);
  return s.toUpperCase();
}

export function reviewKey(customerId: string, kind: string, period: string): string {
  return `${customerId}|${kind}|${normalisePeriod(period)}`;
}

export interface People {
  managers: string[];
  gms: string[];
  finance: string[];
  supervisorsByShowroom: Map<string, string[]>;
}

export function peopleFrom(staff: readonly StaffRec[]): People {
  const p: People = { managers: [], gms: [], finance: [], supervisorsByShowroom: new Map() };
  for (const s of staff) {
    if (!s.active) continue;
    if (s.role === 'manager') p.managers.push(s.staffId);
    else if (s.role === 'gm') p.gms.push(s.staffId);
    else if (s.role === 'finance') p.finance.push(s.staffId);
    else if (s.role === 'supervisor') {
      const list = p.supervisorsByShowroom.get(s.showroom) ?? [];
      list.push(s.staffId);
      p.supervisorsByShowroom.set(s.showroom, list);
    }
  }
  return p;
}

const DEAL_STEPS: Array<{ actor: Actor; fields: string[] }> = [
  { actor: 'sales', fields: ['SalesSummary'] },
  { actor: 'supervisor', fields: ['SupervisorEvaluation', 'SupervisorRating'] },
];
const DEALER_STEPS: Array<{ actor: Actor; fields: string[] }> = [
  { actor: 'manager', fields: ['ManagerAnalysis', 'Countermeasures', 'WorkPlan'] },
  { actor: 'finance', fields: ['CreditScore', 'PaymentScore', 'FinanceOpinion'] },
  { actor: 'gm', fields: ['ApprovedTier', 'ApprovedBy', 'ApprovedDate'] },
];

function who(actor: Actor, customer: CustomerRec | undefined, people: People): string | undefined {
  switch (actor) {
    case 'sales':
      return customer?.owner || undefined;
    case 'supervisor':
      return customer ? people.supervisorsByShowroom.get(customer.showroom)?.[0] : undefined;
    case 'manager':
      return people.managers[0];
    case 'finance':
      return people.finance[0];
    case 'gm':
      return people.gms[0];
  }
}

function stepsFor(
  kind: ReviewKind | null,
  customer: CustomerRec | undefined,
  people: People,
  filled?: (f: string) => boolean,
): NextStep[] {
  const plan = kind === 'deal' || (kind === null && customer?.kind === 'End') ? DEAL_STEPS : DEALER_STEPS;
  const out: NextStep[] = [];
  for (const s of plan) {
    const missing = filled ? s.fields.filter((f) => !filled(f)) : s.fields;
    if (missing.length === 0) continue;
    const staffId = who(s.actor, customer, people);
    out.push(staffId ? { actor: s.actor, staffId, fields: missing } : { actor: s.actor, fields: missing });
  }
  return out;
}

function reviewFieldFilled(r: ReviewRec, f: string): boolean {
  switch (f) {
    case 'SalesSummary':
      return r.salesSummary !== '';
    case 'SupervisorEvaluation':
      return r.supervisorEvaluation !== '';
    case 'SupervisorRating':
      return r.supervisorRating !== null;
    case 'ManagerAnalysis':
      return r.managerAnalysis !== '';
    case 'Countermeasures':
      return r.countermeasures !== '';
    case 'WorkPlan':
      return r.workPlan !== '';
    case 'CreditScore':
      return r.creditScore !== null;
    case 'PaymentScore':
      return r.paymentScore !== null;
    case 'FinanceOpinion':
      return r.financeOpinion !== '';
    case 'ApprovedTier':
      return r.approvedTier !== null || r.approvedTierText !== '';
    case 'ApprovedBy':
      return r.approvedBy !== '';
    case 'ApprovedDate':
      return r.approvedDay !== null;
    default:
      return false;
  }
}

/** A deal review is done once the supervisor has evaluated or rated it; a dealer review once the GM set a tier. */
export function isReviewDone(r: ReviewRec, customer?: CustomerRec): boolean {
  const kind = r.kind ?? (customer?.kind === 'End' ? 'deal' : null);
  if (kind === 'deal') return r.supervisorEvaluation !== '' || r.supervisorRating !== null;
  return reviewFieldFilled(r, 'ApprovedTier');
}

export function dueState(dueDay: number | null, today: number, dueSoonDays: number): DueState {
  if (dueDay === null) return 'due';
  if (dueDay < today) return 'overdue';
  if (dueDay <= today + dueSoonDays) return 'due';
  return 'upcoming';
}

/** Existing reviews that are not done yet, with who acts next. */
export function openReviews(
  reviews: readonly ReviewRec[],
  customers: Map<string, CustomerRec>,
  people: People,
  today: number,
  cfg: ReviewConfig,
): OpenReview[] {
  const out: OpenReview[] = [];
  for (const r of reviews) {
    const c = customers.get(r.customerId);
    if (isReviewDone(r, c)) continue;
    const kind = (r.kind as ReviewKind | null) ?? null;
    out.push({
      row: r.row,
      reviewId: r.reviewId,
      customerId: r.customerId,
      customerName: c?.name ?? '',
      kind,
      period: r.period,
      dueDate: r.dueDay !== null ? dayLabel(r.dueDay) : null,
      state: dueState(r.dueDay, today, cfg.dueSoonDays),
      daysOverdue: r.dueDay !== null && r.dueDay < today ? today - r.dueDay : 0,
      steps: stepsFor(kind, c, people, (f) => reviewFieldFilled(r, f)),
    });
  }
  return out.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.row - b.row);
}

export interface ScheduleInputs {
  customers: readonly CustomerRec[];
  ledger: readonly LedgerTxn[];
  reviews: readonly ReviewRec[];
  analytics: Map<string, CustomerAnalytics>;
  people: People;
  /** Dealers the swing detector flagged: customerId -> flagged months ('YYYY-MM', ascending). */
  swings: Map<string, string[]>;
  today: number;
  config: ReviewConfig;
}

const DEAL_STATUSES = new Set(['delivered', 'invoiced', 'paid']);

/** The first run of `n` consecutive months with units > 0 (months ≤ lastMonth); null when there is none. */
export function firstSteadyRun(
  a: CustomerAnalytics,
  n: number,
  lastMonth: number,
): { from: number; to: number } | null {
  if (a.firstMonth === null || n <= 0) return null;
  let runStart = -1;
  for (let m = a.firstMonth; m <= lastMonth; m++) {
    const active = (a.monthly.get(m)?.units ?? 0) > 0;
    if (!active) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = m;
    if (m - runStart + 1 >= n) return { from: runStart, to: m };
  }
  return null;
}

export function proposeReviews(inp: ScheduleInputs): ProposedReview[] {
  const { today, config: cfg, people } = inp;
  const existing = new Set(inp.reviews.filter((r) => r.kind).map((r) => reviewKey(r.customerId, r.kind!, r.period)));
  const reviewsByCustomer = new Map<string, ReviewRec[]>();
  for (const r of inp.reviews) {
    const list = reviewsByCustomer.get(r.customerId) ?? [];
    list.push(r);
    reviewsByCustomer.set(r.customerId, list);
  }
  const txnsByCustomer = new Map<string, LedgerTxn[]>();
  for (const t of inp.ledger) {
    const list = txnsByCustomer.get(t.customerId) ?? [];
    list.push(t);
    txnsByCustomer.set(t.customerId, list);
  }
  const out: ProposedReview[] = [];
  const propose = (c: CustomerRec, kind: ReviewKind, period: string, dueDay: number, basis: ProposalBasis) => {
    const key = reviewKey(c.customerId, kind, period);
    if (existing.has(key)) return;
    existing.add(key);
    out.push({
      customerId: c.customerId,
      customerRow: c.row,
      customerName: c.name,
      kind,
      period,
      dueDay,
      dueDate: dayLabel(dueDay),
      state: dueState(dueDay, today, cfg.dueSoonDays),
      basis,
      steps: stepsFor(kind, c, people),
    });
  };
  const thisYear = ymdOf(today).year;
  const todayMonth = monthIndexOfDay(today);
  const [dueMonth, dueDom] = cfg.annualDue.split('-').map(Number);

  for (const c of inp.customers) {
    const own = reviewsByCustomer.get(c.customerId) ?? [];
    const a = inp.analytics.get(c.customerId);
    if (c.kind === 'End') {
      // 最终客户评审在每笔业务结束后进行。
      const deals: Array<{ period: string; endDay: number; txnId?: string }> = [];
      for (const t of txnsByCustomer.get(c.customerId) ?? []) {
        if (!t.status || !DEAL_STATUSES.has(t.status) || !t.txnId) continue;
        deals.push({ period: t.txnId, endDay: Math.max(t.day, t.paidDay ?? t.day), txnId: t.txnId });
      }
      if (deals.length === 0 && (c.stage === 'delivered' || c.stage === 'closed')) {
        const end = c.lastContact ?? c.firstContact;
        if (end !== null) deals.push({ period: monthLabel(monthIndexOfDay(end)), endDay: end });
      }
      deals.sort((x, y) => x.endDay - y.endDay);
      // Deal reviews whose Period names no known deal (often left blank) cover the earliest uncovered deals.
      const dealPeriods = new Set(deals.map((d) => normalisePeriod(d.period)));
      let loose = own.filter((r) => r.kind === 'deal' && !dealPeriods.has(normalisePeriod(r.period))).length;
      for (const d of deals) {
        if (existing.has(reviewKey(c.customerId, 'deal', d.period))) continue;
        if (loose > 0) {
          loose--;
          continue;
        }
        if (d.endDay > today || d.endDay < today - cfg.dealLookbackDays) continue;
        propose(c, 'deal', d.period, d.endDay + cfg.dealReviewDays, { txnId: d.txnId, endDay: d.endDay });
      }
      continue;
    }
    if (c.kind !== 'Dealer' || c.stage === 'lost' || !a || a.firstMonth === null) continue;
    const hasNewOrAnnual = own.some((r) => r.kind === 'new' || r.kind === 'annual');

    // 对新发展的客户，可在业务持续稳定进展一阶段后进行。
    const isNew = a.firstMonth >= todayMonth - cfg.newDealerMaxAgeMonths;
    let newProposedOrDone = own.some((r) => r.kind === 'new');
    if (isNew && !hasNewOrAnnual) {
      const run = firstSteadyRun(a, cfg.newDealerSteadyMonths, todayMonth);
      if (run) {
        propose(c, 'new', monthLabel(run.to), lastDayOfMonth(run.to) + cfg.newReviewDays, {
          runFrom: run.from,
          runTo: run.to,
        });
        newProposedOrDone = true;
      }
    }

    // 长期稳定的客户，在每年年底进行统一分析与评审。
    for (const year of [thisYear - 1, thisYear]) {
      const due = dayFromYmd(year, dueMonth, dueDom);
      if (today < due - cfg.annualLeadDays) continue;
      let activeInYear = false;
      for (let m = year * 12; m < year * 12 + 12; m++) if ((a.monthly.get(m)?.units ?? 0) > 0) activeInYear = true;
      if (!activeInYear) continue;
      const stable = a.firstMonth <= monthIndexOfDay(due) - (cfg.stableMonths - 1) || newProposedOrDone;
      if (!stable) continue;
      propose(c, 'annual', String(year), due, {});
    }

    // 对业务量发生反常波动的客户，可随时组织特殊要求评审。
    const months = inp.swings.get(c.customerId);
    if (months && months.length) {
      const covered = months.some((m) => existing.has(reviewKey(c.customerId, 'special', m)));
      if (!covered) propose(c, 'special', months[months.length - 1], today + cfg.specialReviewDays, { months });
    }
  }
  const kindOrder: Record<ReviewKind, number> = { special: 0, deal: 1, new: 2, annual: 3 };
  return out.sort(
    (x, y) => x.dueDay - y.dueDay || kindOrder[x.kind] - kindOrder[y.kind] || x.customerId.localeCompare(y.customerId),
  );
}
