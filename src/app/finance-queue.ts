/**
 * Finance's queue (财务部门提供相关信息与意见): the dealer review rows whose finance columns (CreditScore,
 * PaymentScore, FinanceOpinion) are not all filled, oldest due date first, each with the suggested scores
 * and the ledger facts behind them (on-time payment rate, overdue amount). Filling a value writes that one
 * cell of the review row, audited.
 */
import type { Lang } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { text } from '../domain/table';
import { formatDay } from '../domain/normalise';
import { readCustomers, readReviews, runTiers, toNumber } from '../domain/reviews';
import { t } from '../i18n';
import type { AuditEntry, WorkbookPort } from '../workbook/port';
import { appendAudit, newBatchId } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import type { ActionOptions } from './groups';

export const FINANCE_FIELDS = ['CreditScore', 'PaymentScore', 'FinanceOpinion'] as const;
export type FinanceField = (typeof FINANCE_FIELDS)[number];

const DEALER_REVIEW_KINDS = new Set(['annual', 'new', 'special']);

export interface FinanceItem {
  row: number;
  reviewId: string;
  customerId: string;
  customerName: string;
  period: string;
  dueDate: string;
  creditScore: number | null;
  paymentScore: number | null;
  financeOpinion: string;
  /** The finance fields still empty on the row. */
  missing: FinanceField[];
  suggestedCreditScore: number | null;
  suggestedPaymentScore: number | null;
  /** Share of due payments paid by their due date (0..1), null when none was due. */
  onTimeRate: number | null;
  overdueAmount: number;
}

/** Dealer reviews, not yet approved, with a finance field empty; oldest due date first. */
export function financeQueue(data: WorkbookData, options: { today: number; lang: Lang }): FinanceItem[] {
  const customers = new Map(readCustomers(data.Customers).map((c) => [c.customerId, c]));
  const tiers = runTiers(data, options);
  const scored = new Map(tiers.reviewRows.map((r) => [r.row, r]));
  const dealers = new Map(tiers.dealers.map((d) => [d.customerId, d]));
  const items: Array<FinanceItem & { due: number }> = [];
  for (const r of readReviews(data.Reviews)) {
    const c = customers.get(r.customerId);
    const dealerReview = r.kind ? DEALER_REVIEW_KINDS.has(r.kind) : c?.kind === 'Dealer';
    if (!dealerReview || r.approvedTier || r.approvedTierText) continue;
    const missing = FINANCE_FIELDS.filter((f) =>
      f === 'CreditScore' ? r.creditScore === null : f === 'PaymentScore' ? r.paymentScore === null : !r.financeOpinion,
    );
    if (missing.length === 0) continue;
    const s = scored.get(r.row);
    const a = dealers.get(r.customerId)?.analytics ?? null;
    items.push({
      row: r.row,
      reviewId: r.reviewId,
      customerId: r.customerId,
      customerName: c?.name ?? '',
      period: r.period,
      dueDate: r.dueDay === null ? '' : formatDay(r.dueDay),
      creditScore: r.creditScore,
      paymentScore: r.paymentScore,
      financeOpinion: r.financeOpinion,
      missing,
      suggestedCreditScore: s?.values.SuggestedCreditScore ?? null,
      suggestedPaymentScore: s?.values.SuggestedPaymentScore ?? null,
      onTimeRate: a?.onTimeRate ?? null,
      overdueAmount: a?.overdueAmount ?? 0,
      due: r.dueDay ?? Infinity,
    });
  }
  items.sort((a, b) => a.due - b.due || a.row - b.row);
  return items.map(({ due: _due, ...x }) => x);
}

/**
 * Writes one finance cell of a review row (a score 0..100, or the opinion text), audited. Throws in the
 * user's language when the value is not a score, or the row changed since it was read.
 */
export async function fillFinance(
  port: WorkbookPort,
  data: WorkbookData,
  reviewRow: number,
  fieldKey: string,
  value: string,
  options: ActionOptions & { batch?: string },
): Promise<AuditEntry[]> {
  const { lang, now = new Date() } = options;
  if (!(FINANCE_FIELDS as readonly string[]).includes(fieldKey))
    throw new Error(t(lang, 'finance.refused.field', { field: fieldKey }));
  const reviews = data.Reviews;
  const i = reviews ? reviews.rowNumbers.indexOf(reviewRow) : -1;
  if (!reviews || i < 0) throw new Error(t(lang, 'approvals.refused.noRow', { row: reviewRow }));
  let after: string | number = value.trim();
  if (fieldKey !== 'FinanceOpinion') {
    const n = toNumber(after);
    if (n === null || n < 0 || n > 100) throw new Error(t(lang, 'finance.refused.value', { value }));
    after = n;
  }
  await ensureRowsUnchanged(port, data, [reviewRow], lang, 'Reviews');
  const customerId = text(reviews, 'CustomerId', i);
  const entry: AuditEntry = {
    at: now,
    who: options.who,
    action: 'finance',
    sheet: 'Reviews',
    row: reviewRow,
    field: fieldKey,
    before: text(reviews, fieldKey, i) || null,
    after,
    note: t(lang, 'audit.note.finance', { review: text(reviews, 'ReviewId', i) || String(reviewRow), id: customerId }),
    batch: options.batch ?? newBatchId(now),
    customer: customerId,
  };
  await port.updateCells([{ sheet: 'Reviews', row: reviewRow, field: fieldKey, value: after }]);
  await appendAudit(port, [entry], lang);
  return [entry];
}
