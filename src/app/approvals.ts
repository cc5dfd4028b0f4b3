/**
 * The general manager's approvals (经销商客户档案评审结果由总经理进行审核，确定客户等级及相应的实施措施):
 * the dealer reviews waiting for a tier decision, each with the proposal, its score breakdown and the
 * tier in use, and "approve", which writes the approved tier, the approver and the date on the review
 * row and carries the tier into the customer file (Customers.Tier), audited as one batch.
 *
 * Only the general manager approves: the pane's "who", resolved on the Staff sheet, must be an active GM.
 * A workbook where someone else typed an approval keeps that as a finding (review.approval.notGm).
 */
import type { Lang } from '../domain/schema';
import { field } from '../domain/schema';
import { enumLabel } from '../domain/headers';
import type { WorkbookData } from '../domain/table';
import { cell, text } from '../domain/table';
import { formatDay } from '../domain/normalise';
import { readCustomers, readReviews, readStaff, runTiers, totalScore, type CriterionLine } from '../domain/reviews';
import { t } from '../i18n';
import type { AuditEntry, CellEdit, WorkbookPort } from '../workbook/port';
import { appendAudit, newBatchId } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import type { ActionOptions } from './groups';

const DEALER_REVIEW_KINDS = new Set(['annual', 'new', 'special']);

export interface ApprovalItem {
  /** Worksheet row of the review. */
  row: number;
  reviewId: string;
  customerId: string;
  customerName: string;
  /** Worksheet row of the customer file, null when the customer has none. */
  customerRow: number | null;
  kind: string | null;
  period: string;
  dueDate: string;
  total: number | null;
  proposedTier: string | null;
  breakdown: CriterionLine[];
  /** The tier in use now: Customers.Tier. */
  previousTier: string | null;
  /** Finance has filled its columns (credit and payment scores). */
  financeDone: boolean;
}

export interface QueueOptions {
  today: number;
  lang: Lang;
}

function isoDay(day: number | null): string {
  return day === null ? '' : formatDay(day);
}

/** Dealer reviews without an approved tier, oldest due date first (then sheet order). */
export function approvalQueue(data: WorkbookData, options: QueueOptions): ApprovalItem[] {
  const customers = new Map(readCustomers(data.Customers).map((c) => [c.customerId, c]));
  const tiers = runTiers(data, options);
  const scored = new Map(tiers.reviewRows.map((r) => [r.row, r]));
  const items: Array<ApprovalItem & { due: number }> = [];
  for (const r of readReviews(data.Reviews)) {
    const c = customers.get(r.customerId);
    const dealerReview = r.kind ? DEALER_REVIEW_KINDS.has(r.kind) : c?.kind === 'Dealer';
    if (!dealerReview || r.approvedTier || r.approvedTierText) continue;
    const s = scored.get(r.row);
    items.push({
      row: r.row,
      reviewId: r.reviewId,
      customerId: r.customerId,
      customerName: c?.name ?? '',
      customerRow: c?.row ?? null,
      kind: r.kind,
      period: r.period,
      dueDate: isoDay(r.dueDay),
      total: s?.total ?? null,
      proposedTier: s?.proposedTier ?? null,
      breakdown: s ? totalScore(s.scores, tiers.weights.weights).lines : [],
      previousTier: c?.tier ?? null,
      financeDone: r.creditScore !== null && r.paymentScore !== null,
      due: r.dueDay ?? Infinity,
    });
  }
  items.sort((a, b) => a.due - b.due || a.row - b.row);
  return items.map(({ due: _due, ...x }) => x);
}

/** Who may approve: an active general manager on the Staff sheet, found by staff ID or name. */
export function approverCheck(
  data: WorkbookData,
  who: string,
  lang: Lang,
): { ok: true; staffId: string } | { ok: false; message: string } {
  const w = who.trim();
  const staff = readStaff(data.Staff);
  const s = staff.find((x) => x.staffId.toUpperCase() === w.toUpperCase()) ?? staff.find((x) => x.name === w);
  if (!w) return { ok: false, message: t(lang, 'approvals.refused.noWho') };
  if (!s) return { ok: false, message: t(lang, 'approvals.refused.unknown', { who: w }) };
  if (!s.active || s.role !== 'gm') {
    const role = s.role ? enumLabel(field('Staff', 'Role'), s.role, lang) : '?';
    return { ok: false, message: t(lang, 'approvals.refused.notGm', { who: w, role }) };
  }
  return { ok: true, staffId: s.staffId };
}

export interface ApproveOptions extends ActionOptions {
  today: number;
  batch?: string;
  /** The GM's comment (审核意见); required by the findings when the tier differs from the proposal. */
  comment?: string;
}

export interface ApproveOutcome {
  batch: string;
  audit: AuditEntry[];
}

/**
 * Approves a review: ApprovedTier, ApprovedBy (the GM's staff ID), ApprovedDate (today) and, when given,
 * ApprovalComment on the review row; the tier into Customers.Tier. One audited batch. Refused (throws, in
 * the user's language) when `who` is not an active GM, or the rows changed since they were read.
 */
export async function approveReview(
  port: WorkbookPort,
  data: WorkbookData,
  reviewRow: number,
  tier: string,
  options: ApproveOptions,
): Promise<ApproveOutcome> {
  const { lang, now = new Date() } = options;
  const approver = approverCheck(data, options.who, lang);
  if (!approver.ok) throw new Error(approver.message);
  const review = readReviews(data.Reviews).find((r) => r.row === reviewRow);
  if (!review) throw new Error(t(lang, 'approvals.refused.noRow', { row: reviewRow }));
  const tierKey = tier.trim().toUpperCase();
  if (!field('Reviews', 'ApprovedTier').values!.some((v) => v.key === tierKey))
    throw new Error(t(lang, 'approvals.refused.tier', { tier }));
  const customer = readCustomers(data.Customers).find((c) => c.customerId === review.customerId);
  await ensureRowsUnchanged(port, data, [reviewRow], lang, 'Reviews');
  if (customer) await ensureRowsUnchanged(port, data, [customer.row], lang);

  const batch = options.batch ?? newBatchId(now);
  const note = t(lang, 'audit.note.approve', { review: review.reviewId || String(reviewRow), id: review.customerId });
  const date = new Date(options.today * 86400000);
  const edits: CellEdit[] = [];
  const audit: AuditEntry[] = [];
  const change = (sheet: 'Reviews' | 'Customers', row: number, key: string, before: string, value: string | Date) => {
    edits.push({ sheet, row, field: key, value });
    audit.push({
      at: now,
      who: options.who,
      action: 'approve',
      sheet,
      row,
      field: key,
      before: before || null,
      after: value,
      note,
      batch,
      customer: review.customerId,
    });
  };
  const reviews = data.Reviews!;
  const ri = reviews.rowNumbers.indexOf(reviewRow);
  change('Reviews', reviewRow, 'ApprovedTier', review.approvedTierText, tierKey);
  change('Reviews', reviewRow, 'ApprovedBy', review.approvedBy, approver.staffId);
  change('Reviews', reviewRow, 'ApprovedDate', text(reviews, 'ApprovedDate', ri), date);
  if (options.comment && reviews.columns.ApprovalComment)
    change('Reviews', reviewRow, 'ApprovalComment', review.approvalComment, options.comment);
  if (customer && data.Customers?.columns.Tier) {
    const ci = data.Customers.rowNumbers.indexOf(customer.row);
    const before = text(data.Customers, 'Tier', ci);
    if (customer.tier !== tierKey || cell(data.Customers, 'Tier', ci) === null)
      change('Customers', customer.row, 'Tier', before, tierKey);
  }
  await port.updateCells(edits);
  await appendAudit(port, audit, lang);
  return { batch, audit };
}
