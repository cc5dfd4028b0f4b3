/**
 * The reviews engine: ledger analytics, review scheduling, abnormal-swing alarms, dealer scores, tiers, policy
 * terms and the general manager's decision checks (regulations §5 客户分析与评审, 经销商客户政策的制定).
 *
 *   runReviews(data, { today, lang })  -> open reviews, rows to create, abnormal swings
 *   runTiers(data, { today, lang })    -> per-dealer score breakdown, proposed tier and policy, per-review-row
 *                                         values for the add-in columns, GM-decision issues
 *   reviewSheetColumns(...)            -> the Reviews add-in columns: values and live formulas, row-aligned
 */
import type { Lang } from '../schema';
import { REVIEWS, field } from '../schema';
import type { CellValue, Table, WorkbookData } from '../table';
import type { Issue } from '../issues';
import { enumLabel, fieldLabel } from '../headers';
import { t } from '../../i18n';
import {
  analyseLedger,
  monthlySeries,
  suggestedCreditScore,
  suggestedPaymentScore,
  type CustomerAnalytics,
} from './analytics';
import { detectSwing, seasonalIndex, type SwingMonth, type SwingPoint, type SwingSkipReason } from './anomaly';
import { resolveConfig, type ReviewConfig, type ReviewConfigInput } from './config';
import {
  readReviewInputs,
  SCORE_COLUMNS,
  type CustomerRec,
  type PolicyRow,
  type ReviewInputs,
  type ReviewRec,
} from './input';
import { dayLabel, monthIndexOfDay, monthLabel } from './months';
import {
  REVIEW_KIND_KEYS,
  openReviews,
  peopleFrom,
  proposeReviews,
  type NextStep,
  type OpenReview,
  type ProposedReview,
  type ReviewKind,
} from './schedule';
import {
  allCriterionScores,
  baseCriterionScores,
  defaultPolicyRows,
  financeInputsFrom,
  proposeTier,
  resolveWeights,
  termsOf,
  totalScore,
  volumePercentiles,
  type CriterionLine,
  type CriterionScores,
  type PolicyTerms,
  type ResolvedWeights,
} from './scoring';
import { columnLetter, policyRefs, reviewRowFormulas, weightsSpec, type RefMode } from './formulas';

export * from './analytics';
export * from './anomaly';
export * from './config';
export * from './formulas';
export * from './input';
export * from './months';
export * from './schedule';
export * from './scoring';

export interface ReviewsOptions {
  today: number;
  lang: Lang;
  config?: ReviewConfigInput;
}

interface Context {
  inputs: ReviewInputs;
  config: ReviewConfig;
  analytics: Map<string, CustomerAnalytics>;
  customers: Map<string, CustomerRec>;
  dealers: CustomerRec[];
}

function buildContext(data: WorkbookData, options: ReviewsOptions): Context {
  const inputs = readReviewInputs(data);
  const config = resolveConfig(options.config);
  const analytics = analyseLedger(inputs.ledger, options.today);
  const customers = new Map<string, CustomerRec>();
  for (const c of inputs.customers) if (!customers.has(c.customerId)) customers.set(c.customerId, c);
  const dealers = [...customers.values()].filter((c) => c.kind === 'Dealer');
  return { inputs, config, analytics, customers, dealers };
}

// ------------------------------------------------------------------ swings

export interface DealerSwing {
  customerId: string;
  customerName: string;
  customerRow: number;
  flagged: boolean;
  /** The months that triggered the alarm. */
  months: SwingMonth[];
  /** Every tested month with its scores. */
  tested: SwingMonth[];
  /** Up to 36 months with the expected band, for a small chart. */
  series: SwingPoint[];
  baselineMedian: number | null;
  madUsed: number | null;
  historyMonths: number;
  skipped?: SwingSkipReason;
  threshold: number;
  /** Why (not) flagged, in the chosen language: the statistics. */
  explanation: string;
  /** What happened, in plain words ("近 3 个月销量只有往常同期的 15%"); '' when not flagged. */
  summary: string;
}

function swingsFor(ctx: Context, today: number, lang: Lang): DealerSwing[] {
  const cfg = ctx.config.anomaly;
  const lastComplete = monthIndexOfDay(today) - 1;
  let first = Infinity;
  for (const d of ctx.dealers) {
    const a = ctx.analytics.get(d.customerId);
    if (a?.firstMonth !== null && a?.firstMonth !== undefined) first = Math.min(first, a.firstMonth);
  }
  if (!Number.isFinite(first) || first > lastComplete) return [];
  const totals = new Array<number>(lastComplete - first + 1).fill(0);
  for (const d of ctx.dealers) {
    const a = ctx.analytics.get(d.customerId);
    if (!a) continue;
    for (const [m, v] of a.monthly) if (m >= first && m <= lastComplete) totals[m - first] += v[cfg.measure];
  }
  const seasonal = seasonalIndex(totals, first);
  const out: DealerSwing[] = [];
  for (const d of ctx.dealers) {
    const a = ctx.analytics.get(d.customerId);
    if (!a || a.firstMonth === null || a.firstMonth > lastComplete) continue;
    const values = monthlySeries(a, a.firstMonth, lastComplete, cfg.measure);
    const testFrom = Math.max(a.firstMonth, lastComplete - cfg.recentMonths + 1);
    const r = detectSwing(values, a.firstMonth, seasonal, testFrom, lastComplete, cfg);
    out.push({
      customerId: d.customerId,
      customerName: d.name,
      customerRow: d.row,
      flagged: r.flagged,
      months: r.months,
      tested: r.tested,
      series: r.series,
      baselineMedian: r.baselineMedian,
      madUsed: r.madUsed,
      historyMonths: r.historyMonths,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      threshold: cfg.threshold,
      explanation: explainSwing(d.name || d.customerId, r, cfg.threshold, cfg.minHistoryMonths, lang),
      summary: summariseSwing(r, cfg.measure, lang),
    });
  }
  return out;
}

export function explainSwing(
  name: string,
  r: {
    flagged: boolean;
    months: SwingMonth[];
    skipped?: SwingSkipReason;
    historyMonths: number;
    baselineMedian: number | null;
    madUsed: number | null;
    series: SwingPoint[];
  },
  threshold: number,
  minHistory: number,
  lang: Lang,
): string {
  if (r.skipped === 'shortHistory')
    return t(lang, 'reviews.swing.shortHistory', { name, n: r.historyMonths, min: minHistory });
  if (!r.flagged) return t(lang, 'reviews.swing.normal', { name, threshold });
  const head = t(lang, 'reviews.swing.summary', {
    name,
    count: r.months.length,
    threshold,
    months: Math.min(r.historyMonths, 24),
    median: r.baselineMedian ?? '',
    mad: r.madUsed ?? '',
  });
  const lines = r.months.map((m) =>
    t(lang, 'reviews.swing.month', {
      month: m.month,
      direction: t(lang, `reviews.swing.${m.direction}`),
      value: m.value,
      expected: m.expected,
      seasonal: m.seasonal,
      z: m.z,
      yoy: m.zYoY === null ? '' : t(lang, 'reviews.swing.yoy', { z: m.zYoY }),
    }),
  );
  // the head is a sentence of its own; the months follow it as one more
  return lang === 'zh' ? `${head}${lines.join('；')}。` : `${head} ${lines.join('; ')}.`;
}

/** When the months happened, as a person says it: the last 3 months (2026-08 to 2026-10), 2026-09, or a list. */
function swingWhen(months: readonly SwingMonth[], lastTested: number, lang: Lang): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (months.length === 1) return t(lang, 'reviews.swing.when.one', { month: first.month });
  if (last.monthIndex - first.monthIndex !== months.length - 1)
    return months.map((m) => m.month).join(t(lang, 'reviews.swing.when.sep'));
  const key = last.monthIndex === lastTested ? 'reviews.swing.when.last' : 'reviews.swing.when.range';
  return t(lang, key, { n: months.length, from: first.month, to: last.month });
}

/**
 * What happened, in plain words, one sentence per direction: the flagged months' volume against what
 * was usual for that time of year (the seasonally expected volume), as a share or a multiple.
 * The statistics behind it are in explainSwing.
 */
export function summariseSwing(
  r: { flagged: boolean; months: SwingMonth[]; tested: SwingMonth[] },
  measure: 'units' | 'amount',
  lang: Lang,
): string {
  if (!r.flagged) return '';
  const lastTested = r.tested[r.tested.length - 1]?.monthIndex ?? -1;
  const amount = (n: number) => t(lang, `reviews.swing.amount.${measure}`, { n: Math.round(n) });
  return (['drop', 'spike'] as const)
    .map((direction) => {
      const months = r.months.filter((m) => m.direction === direction);
      if (months.length === 0) return '';
      const value = months.reduce((s, m) => s + m.value, 0);
      const expected = months.reduce((s, m) => s + m.expected, 0);
      const params = {
        when: swingWhen(months, lastTested, lang),
        measure: t(lang, `reviews.swing.measure.${measure}`),
        value: amount(value),
        expected: amount(expected),
        pct: expected > 0 ? Math.round((100 * value) / expected) : 0,
        times: expected > 0 ? (value / expected).toFixed(1) : '',
      };
      const key = direction === 'drop' ? 'drop' : expected < 0.5 ? 'fromNothing' : 'spike';
      return t(lang, `reviews.swing.plain.${key}`, params);
    })
    .filter(Boolean)
    .join(lang === 'zh' ? '' : ' ');
}

// ------------------------------------------------------------------ reviews

export interface ProposalRow extends ProposedReview {
  /** Why, in the chosen language (goes into Reviews.Trigger). */
  trigger: string;
  /** Who does what next, in the chosen language. */
  stepsText: string[];
  /** The row to append to the Reviews table (field key -> value); ReviewId is unique in the sheet. */
  row: Record<string, CellValue>;
}

export interface OpenReviewRow extends OpenReview {
  stepsText: string[];
}

export type KindCounts = Record<ReviewKind, { overdue: number; due: number; upcoming: number; proposed: number }>;

export interface ReviewsResult {
  today: string;
  open: OpenReviewRow[];
  proposals: ProposalRow[];
  /** Flagged dealers only (see `swings` for all). */
  anomalies: DealerSwing[];
  swings: DealerSwing[];
  counts: KindCounts;
}

export function stepText(s: NextStep, lang: Lang): string {
  const reviewsDef = REVIEWS;
  return t(lang, 'reviews.step', {
    actor: t(lang, `reviews.actor.${s.actor}`),
    who: s.staffId ? t(lang, 'reviews.step.who', { id: s.staffId }) : '',
    fields: s.fields
      .map((f) =>
        fieldLabel(
          reviewsDef.fields.find((x) => x.key === f)!,
          lang,
        ),
      )
      .join(lang === 'zh' ? '、' : ', '),
  });
}

function triggerText(p: ProposedReview, customer: CustomerRec | undefined, lang: Lang): string {
  switch (p.kind) {
    case 'deal':
      return p.basis.txnId
        ? t(lang, 'reviews.trigger.deal', { txn: p.basis.txnId, date: dayLabel(p.basis.endDay!) })
        : t(lang, 'reviews.trigger.dealStage', {
            stage: enumLabel(field('Customers', 'Stage'), customer?.stage ?? '', lang),
            date: dayLabel(p.basis.endDay!),
          });
    case 'annual':
      return t(lang, 'reviews.trigger.annual', { year: p.period });
    case 'new':
      return t(lang, 'reviews.trigger.new', {
        n: p.basis.runTo! - p.basis.runFrom! + 1,
        from: monthLabel(p.basis.runFrom!),
        to: monthLabel(p.basis.runTo!),
      });
    case 'special':
      return t(lang, 'reviews.trigger.special', { months: (p.basis.months ?? []).join(', ') });
  }
}

const KIND_PREFIX: Record<ReviewKind, string> = { deal: 'RD', annual: 'RA', new: 'RN', special: 'RS' };

export function runReviews(data: WorkbookData, options: ReviewsOptions): ReviewsResult {
  const ctx = buildContext(data, options);
  const { today, lang } = options;
  const people = peopleFrom(ctx.inputs.staff);
  const swings = swingsFor(ctx, today, lang);
  const flaggedMonths = new Map<string, string[]>();
  for (const s of swings)
    if (s.flagged)
      flaggedMonths.set(
        s.customerId,
        s.months.map((m) => m.month),
      );
  const proposals = proposeReviews({
    customers: [...ctx.customers.values()],
    ledger: ctx.inputs.ledger,
    reviews: ctx.inputs.reviews,
    analytics: ctx.analytics,
    people,
    swings: flaggedMonths,
    today,
    config: ctx.config,
  });
  const open = openReviews(ctx.inputs.reviews, ctx.customers, people, today, ctx.config);
  const ids = new Set(ctx.inputs.reviews.map((r) => r.reviewId));
  const kindField = field('Reviews', 'Kind');
  const dealerSuggestions = (id: string) => {
    const a = ctx.analytics.get(id);
    return { SuggestedCreditScore: suggestedCreditScore(a), SuggestedPaymentScore: suggestedPaymentScore(a) };
  };
  const rows: ProposalRow[] = proposals.map((p) => {
    const c = ctx.customers.get(p.customerId);
    let id = `${KIND_PREFIX[p.kind]}-${p.customerId}-${p.period}`;
    for (let n = 2; ids.has(id); n++) id = `${KIND_PREFIX[p.kind]}-${p.customerId}-${p.period}-${n}`;
    ids.add(id);
    const trigger = triggerText(p, c, lang);
    const row: Record<string, CellValue> = {
      ReviewId: id,
      CustomerId: p.customerId,
      Kind: enumLabel(kindField, p.kind, lang),
      Period: p.period,
      DueDate: new Date(p.dueDay * 86_400_000),
      Trigger: trigger,
      ...(p.kind === 'deal' ? {} : dealerSuggestions(p.customerId)),
    };
    return { ...p, trigger, stepsText: p.steps.map((s) => stepText(s, lang)), row };
  });
  const counts = Object.fromEntries(
    REVIEW_KIND_KEYS.map((k) => [k, { overdue: 0, due: 0, upcoming: 0, proposed: 0 }]),
  ) as KindCounts;
  for (const o of open) if (o.kind) counts[o.kind][o.state]++;
  for (const p of rows) counts[p.kind].proposed++;
  return {
    today: dayLabel(today),
    open: open.map((o) => ({ ...o, stepsText: o.steps.map((s) => stepText(s, lang)) })),
    proposals: rows,
    anomalies: swings.filter((s) => s.flagged),
    swings,
    counts,
  };
}

// ------------------------------------------------------------------ tiers

export interface AnalyticsSummary {
  monthsActive: number;
  units12: number;
  unitsPrev12: number;
  amount12: number;
  growth12: number | null;
  growth3: number | null;
  onTimeRate: number | null;
  overdueAmount: number;
  maxDaysOverdue: number;
}

export interface DealerScore {
  customerId: string;
  customerName: string;
  customerRow: number;
  /** The Reviews row whose finance entries and rating were used (latest dealer review), if any. */
  reviewRow: number | null;
  scores: CriterionScores;
  breakdown: CriterionLine[];
  total: number | null;
  proposedTier: string | null;
  terms: PolicyTerms | null;
  /** Customers.Tier: the tier whose policy is in use. */
  currentTier: string | null;
  latestApprovedTier: string | null;
  latestApprovedRow: number | null;
  suggestedCreditScore: number | null;
  suggestedPaymentScore: number | null;
  analytics: AnalyticsSummary | null;
}

export interface ReviewRowScore {
  index: number;
  row: number;
  customerId: string;
  /** Approved review whose stored scores are kept as they were when the GM decided. */
  frozen: boolean;
  /** Values for the add-in value columns (ScoreCredit..ScoreCapacity, SuggestedCreditScore, SuggestedPaymentScore). */
  values: Record<string, number | null>;
  scores: CriterionScores;
  total: number | null;
  proposedTier: string | null;
  /** The tier text as written in the Policy sheet (what the live formula returns). */
  proposedTierText: string | null;
  terms: PolicyTerms | null;
}

export interface TiersResult {
  today: string;
  weights: ResolvedWeights;
  policy: PolicyRow[];
  policySource: 'table' | 'default';
  dealers: DealerScore[];
  reviewRows: ReviewRowScore[];
  issues: Issue[];
}

const DEALER_REVIEW_KINDS = new Set(['annual', 'new', 'special']);

function isDealerReview(r: ReviewRec, ctx: Context): boolean {
  if (r.kind && DEALER_REVIEW_KINDS.has(r.kind)) return true;
  return r.kind === null && ctx.customers.get(r.customerId)?.kind === 'Dealer';
}

function summary(a: CustomerAnalytics | undefined): AnalyticsSummary | null {
  if (!a) return null;
  return {
    monthsActive: a.monthsActive,
    units12: a.units12,
    unitsPrev12: a.unitsPrev12,
    amount12: a.amount12,
    growth12: a.growth12,
    growth3: a.growth3,
    onTimeRate: a.onTimeRate,
    overdueAmount: a.overdueAmount,
    maxDaysOverdue: a.maxDaysOverdue,
  };
}

const STORED_TO_CRITERION: Record<(typeof SCORE_COLUMNS)[number], keyof CriterionScores> = {
  ScoreCredit: 'credit',
  ScorePayment: 'payment',
  ScoreVolume: 'volume',
  ScoreGrowth: 'growth',
  ScoreLocation: 'location',
  ScoreCapacity: 'capacity',
};

export function runTiers(data: WorkbookData, options: ReviewsOptions): TiersResult {
  const ctx = buildContext(data, options);
  const { lang } = options;
  const weights = resolveWeights(ctx.inputs.weights);
  const policySource = ctx.inputs.policy.length ? 'table' : 'default';
  const policy = policySource === 'table' ? ctx.inputs.policy : defaultPolicyRows();
  const units12 = new Map<string, number>();
  for (const d of ctx.dealers) units12.set(d.customerId, ctx.analytics.get(d.customerId)?.units12 ?? 0);
  const volumePct = volumePercentiles(units12);
  const base = (id: string) =>
    baseCriterionScores(ctx.customers.get(id), ctx.analytics.get(id), volumePct.get(id) ?? null);

  // Per Reviews row (dealer reviews only).
  const reviewRows: ReviewRowScore[] = [];
  for (const r of ctx.inputs.reviews) {
    if (!isDealerReview(r, ctx)) continue;
    const approved = r.approvedTier !== null || r.approvedTierText !== '';
    const hasStored = SCORE_COLUMNS.some((k) => r.stored[k] !== null);
    const frozen = approved && hasStored;
    const a = ctx.analytics.get(r.customerId);
    const fresh = base(r.customerId);
    const b = frozen
      ? (Object.fromEntries(SCORE_COLUMNS.map((k) => [STORED_TO_CRITERION[k], r.stored[k]])) as typeof fresh)
      : fresh;
    const sugCredit = frozen ? r.suggestedCreditScore : suggestedCreditScore(a);
    const sugPayment = frozen ? r.suggestedPaymentScore : suggestedPaymentScore(a);
    const scores = allCriterionScores(b, financeInputsFrom(r, sugCredit, sugPayment));
    const { total } = totalScore(scores, weights.weights);
    const tier = proposeTier(total, policy);
    const values: Record<string, number | null> = {
      SuggestedCreditScore: sugCredit,
      SuggestedPaymentScore: sugPayment,
    };
    for (const k of SCORE_COLUMNS) values[k] = b[STORED_TO_CRITERION[k] as keyof typeof b];
    reviewRows.push({
      index: r.index,
      row: r.row,
      customerId: r.customerId,
      frozen,
      values,
      scores,
      total,
      proposedTier: tier?.tier ?? null,
      proposedTierText: tier ? tier.tierText : null,
      terms: termsOf(tier),
    });
  }
  const rowScoreByRow = new Map(reviewRows.map((x) => [x.row, x]));

  // Per dealer: live breakdown with the latest dealer review's finance entries.
  const reviewsByCustomer = new Map<string, ReviewRec[]>();
  for (const r of ctx.inputs.reviews) {
    if (!isDealerReview(r, ctx)) continue;
    const list = reviewsByCustomer.get(r.customerId) ?? [];
    list.push(r);
    reviewsByCustomer.set(r.customerId, list);
  }
  const latestApproved = (list: ReviewRec[]) => {
    let best: ReviewRec | null = null;
    for (const r of list) {
      if (!r.approvedTier) continue;
      if (
        !best ||
        (r.approvedDay ?? -Infinity) > (best.approvedDay ?? -Infinity) ||
        ((r.approvedDay ?? -Infinity) === (best.approvedDay ?? -Infinity) && r.row > best.row)
      )
        best = r;
    }
    return best;
  };
  const latestReview = (list: ReviewRec[]) => {
    let best: ReviewRec | null = null;
    for (const r of list) {
      const k = r.dueDay ?? r.approvedDay ?? -Infinity;
      const bk = best ? (best.dueDay ?? best.approvedDay ?? -Infinity) : -Infinity;
      if (!best || k > bk || (k === bk && r.row > best.row)) best = r;
    }
    return best;
  };
  const dealers: DealerScore[] = [];
  const issues: Issue[] = [];
  for (const d of ctx.dealers) {
    const list = reviewsByCustomer.get(d.customerId) ?? [];
    const latest = latestReview(list);
    const a = ctx.analytics.get(d.customerId);
    const sugCredit = suggestedCreditScore(a);
    const sugPayment = suggestedPaymentScore(a);
    const scores = allCriterionScores(base(d.customerId), financeInputsFrom(latest, sugCredit, sugPayment));
    const { total, lines } = totalScore(scores, weights.weights);
    const tier = proposeTier(total, policy);
    const approved = latestApproved(list);
    dealers.push({
      customerId: d.customerId,
      customerName: d.name,
      customerRow: d.row,
      reviewRow: latest?.row ?? null,
      scores,
      breakdown: lines,
      total,
      proposedTier: tier?.tier ?? null,
      terms: termsOf(tier),
      currentTier: d.tier,
      latestApprovedTier: approved?.approvedTier ?? null,
      latestApprovedRow: approved?.row ?? null,
      suggestedCreditScore: sugCredit,
      suggestedPaymentScore: sugPayment,
      analytics: summary(a),
    });
    // 经销商客户档案评审结果由总经理进行审核，确定客户等级及相应的实施措施: the policy in use must follow the approved tier.
    if (approved && approved.approvedTier !== d.tier) {
      const params = {
        current: d.tier ?? '',
        approved: approved.approvedTier!,
        review: approved.reviewId,
        row: approved.row,
      };
      issues.push({
        sheet: 'Customers',
        row: d.row,
        field: 'Tier',
        rule: 'review.tier.mismatch',
        severity: 'warning',
        message: t(lang, d.tier ? 'reviews.issue.tierMismatch' : 'reviews.issue.tierMissing', params),
      });
    }
  }

  // The GM's decision on each review row.
  const staffRole = new Map(ctx.inputs.staff.map((s) => [s.staffId, s.role]));
  for (const r of ctx.inputs.reviews) {
    if (!r.approvedTier) continue;
    const missing: string[] = [];
    if (!r.approvedBy) missing.push(fieldLabel(field('Reviews', 'ApprovedBy'), lang));
    if (r.approvedDay === null) missing.push(fieldLabel(field('Reviews', 'ApprovedDate'), lang));
    if (missing.length)
      issues.push({
        sheet: 'Reviews',
        row: r.row,
        field: r.approvedBy ? 'ApprovedDate' : 'ApprovedBy',
        rule: 'review.approval.incomplete',
        severity: 'warning',
        message: t(lang, 'reviews.issue.incomplete', { missing: missing.join(lang === 'zh' ? '、' : ', ') }),
      });
    const role = r.approvedBy ? staffRole.get(r.approvedBy) : undefined;
    if (role && role !== 'gm' && isDealerReview(r, ctx))
      issues.push({
        sheet: 'Reviews',
        row: r.row,
        field: 'ApprovedBy',
        rule: 'review.approval.notGm',
        severity: 'warning',
        message: t(lang, 'reviews.issue.notGm', {
          who: r.approvedBy,
          role: enumLabel(field('Staff', 'Role'), role, lang),
        }),
      });
    const scored = rowScoreByRow.get(r.row);
    if (scored?.proposedTier && scored.proposedTier !== r.approvedTier && !r.approvalComment)
      issues.push({
        sheet: 'Reviews',
        row: r.row,
        field: 'ApprovalComment',
        rule: 'review.approval.noComment',
        severity: 'warning',
        message: t(lang, 'reviews.issue.noComment', { approved: r.approvedTier, proposed: scored.proposedTier }),
      });
  }
  issues.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return { today: dayLabel(options.today), weights, policy, policySource, dealers, reviewRows, issues };
}

// ------------------------------------------------------------------ Reviews sheet columns

/** Add-in columns of Reviews written as values, then as formulas, in this order (new ones are appended so). */
export const REVIEW_VALUE_COLUMNS = [...SCORE_COLUMNS, 'SuggestedCreditScore', 'SuggestedPaymentScore'] as const;
export const REVIEW_FORMULA_COLUMNS = [
  'TotalScore',
  'ProposedTier',
  'ProposedDiscount',
  'ProposedCreditDays',
  'ProposedCreditLimit',
] as const;

/**
 * Column letters of the Reviews table's fields: mapped columns where they are; the add-in columns still missing
 * are assumed appended at the right edge in REVIEW_VALUE_COLUMNS then REVIEW_FORMULA_COLUMNS order (what
 * WorkbookPort.writeStatusColumns does when given the columns in that order).
 */
export function reviewsColumnLetters(table: Table): Record<string, string> {
  const out: Record<string, string> = {};
  let next = table.firstColumn + table.headers.length;
  for (const [k, idx] of Object.entries(table.mapping.columns)) out[k] = columnLetter(table.firstColumn + idx);
  for (const k of [...REVIEW_VALUE_COLUMNS, ...REVIEW_FORMULA_COLUMNS]) if (!(k in out)) out[k] = columnLetter(next++);
  for (const f of REVIEWS.fields) if (!(f.key in out)) out[f.key] = columnLetter(next++);
  return out;
}

export interface ReviewSheetColumns {
  /** field -> one value per Reviews data row (null for rows that are not dealer reviews). */
  values: Record<string, (number | null)[]>;
  /** field -> one formula (with '=') per data row, null for rows that are not dealer reviews. */
  formulas: Record<string, (string | null)[]>;
}

/**
 * The Reviews add-in columns for every data row: values (criterion scores, suggested finance scores) and live
 * formulas (TotalScore, ProposedTier, policy terms). `letters` maps field keys to column letters.
 */
export function reviewSheetColumns(
  data: WorkbookData,
  tiers: TiersResult,
  letters: Record<string, string>,
  mode: RefMode = 'structured',
): ReviewSheetColumns {
  const table = data.Reviews;
  const n = table?.length ?? 0;
  const values: Record<string, (number | null)[]> = {};
  const formulas: Record<string, (string | null)[]> = {};
  for (const k of REVIEW_VALUE_COLUMNS) values[k] = new Array(n).fill(null);
  for (const k of REVIEW_FORMULA_COLUMNS) formulas[k] = new Array(n).fill(null);
  if (!table) return { values, formulas };
  const wSpec = weightsSpec(data.Weights, tiers.weights, mode);
  const pRefs = tiers.policySource === 'table' && data.Policy ? policyRefs(data.Policy, mode) : null;
  for (const rs of tiers.reviewRows) {
    for (const k of REVIEW_VALUE_COLUMNS) values[k][rs.index] = rs.values[k] ?? null;
    const rowNo = table.rowNumbers[rs.index];
    const f = reviewRowFormulas((key) => `${letters[key]}${rowNo}`, wSpec, pRefs);
    for (const [k, v] of Object.entries(f)) if (k in formulas) formulas[k][rs.index] = v;
  }
  return { values, formulas };
}
