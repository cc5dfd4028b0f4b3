/**
 * Dealer scores, tiers and policy terms.
 *
 * 经销商客户主要考察信用状况、地理位置（周边基础设施状况）、销售能力等。
 * 客户政策应根据客户评审的结果、公司发展战略及相关管理制度而制定；根据不同的客户评级，制定差异化措施。
 *
 * Each criterion is scored 0-100 (mapping below, also in the README of the Weights sheet via CRITERION_RULES):
 *   credit          Customers.CreditStatus: good 100, fair 60, poor 20, unknown/empty: no value
 *   payment         ledger on-time rate × 100 (no value before anything fell due)
 *   volume          percentile of the dealer's units in the last 12 months among dealers with any units in that
 *                   window (mid-rank: 100 × (below + ½·equal) / n); 0 when it sold nothing
 *   growth          50 + 100 × growth of units (last 12 months vs the 12 before), clamped 0..100; no value
 *                   without a previous year
 *   location        Customers.LocationRating: good 100, fair 60, poor 20
 *   capacity        Customers.SalesCapacity: high 100, medium 60, low 20
 *   financeCredit   Reviews.CreditScore when finance entered one, else SuggestedCreditScore
 *   financePayment  Reviews.PaymentScore when finance entered one, else SuggestedPaymentScore
 *   rating          Reviews.SupervisorRating
 *
 * TotalScore = ROUND(Σ wᵢ·sᵢ / Σ wᵢ, 2) over the criteria that HAVE a value (weights are renormalised over
 * present criteria, so a dealer is not punished for a blank it cannot fill, e.g. growth in its first year).
 * Weights come from the Weights table (SUMIF per criterion, so duplicate rows add up and a criterion absent
 * from a non-empty table weighs 0); when the table is absent or empty, DEFAULT_WEIGHTS apply.
 * ProposedTier = the Policy row with the greatest MinScore ≤ TotalScore (first such row on a tie).
 * The live Excel formulas (formulas.ts) compute exactly this.
 */
import type { CustomerAnalytics } from './analytics';
import type { CustomerRec, PolicyRow, ReviewRec, WeightRow } from './input';

export const CRITERION_KEYS = [
  'credit',
  'payment',
  'volume',
  'growth',
  'location',
  'capacity',
  'financeCredit',
  'financePayment',
  'rating',
] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];
export type CriterionScores = Record<CriterionKey, number | null>;

export const DEFAULT_WEIGHTS: Record<CriterionKey, number> = {
  credit: 0.1,
  payment: 0.15,
  volume: 0.2,
  growth: 0.1,
  location: 0.1,
  capacity: 0.1,
  financeCredit: 0.1,
  financePayment: 0.05,
  rating: 0.1,
};

/** Default dealer policy (used when the workbook has no Policy table, and by the sample workbook). */
export const DEFAULT_POLICY: ReadonlyArray<Omit<PolicyRow, 'row' | 'index' | 'tierText'>> = [
  {
    tier: 'A',
    minScore: 85,
    priceDiscount: 0.05,
    settlement: 'credit',
    creditDays: 60,
    creditLimit: 5_000_000,
    serviceLevel: 'vip',
    visitBy: 'gm',
  },
  {
    tier: 'B',
    minScore: 70,
    priceDiscount: 0.03,
    settlement: 'credit',
    creditDays: 30,
    creditLimit: 2_000_000,
    serviceLevel: 'priority',
    visitBy: 'manager',
  },
  {
    tier: 'C',
    minScore: 55,
    priceDiscount: 0.01,
    settlement: 'acceptance',
    creditDays: 15,
    creditLimit: 500_000,
    serviceLevel: 'standard',
    visitBy: 'manager',
  },
  {
    tier: 'D',
    minScore: 0,
    priceDiscount: 0,
    settlement: 'cash',
    creditDays: 0,
    creditLimit: 0,
    serviceLevel: 'basic',
    visitBy: 'sales',
  },
];

export function defaultPolicyRows(): PolicyRow[] {
  return DEFAULT_POLICY.map((p, i) => ({ ...p, row: i + 2, index: i, tierText: p.tier }));
}

const CREDIT_POINTS: Record<string, number | null> = { good: 100, fair: 60, poor: 20, unknown: null };
const LEVEL_POINTS: Record<string, number> = { high: 100, medium: 60, low: 20 };
const LOCATION_POINTS: Record<string, number> = { good: 100, fair: 60, poor: 20 };

/** Excel's ROUND: half away from zero, after Excel's 15-significant-digit view of the number. */
export function excelRound(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  const v = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.floor(v + 0.5)) / f;
}

/** Volume percentile per dealer: mid-rank among dealers with units in the last 12 months. */
export function volumePercentiles(units12ByDealer: Map<string, number>): Map<string, number> {
  const active = [...units12ByDealer.values()].filter((u) => u > 0).sort((a, b) => a - b);
  const out = new Map<string, number>();
  for (const [id, u] of units12ByDealer) {
    if (u <= 0) {
      out.set(id, 0);
      continue;
    }
    let below = 0;
    let equal = 0;
    for (const v of active) {
      if (v < u) below++;
      else if (v === u) equal++;
    }
    out.set(id, Math.round((100 * (below + 0.5 * equal)) / active.length));
  }
  return out;
}

export interface FinanceInputs {
  creditScore: number | null;
  paymentScore: number | null;
  suggestedCreditScore: number | null;
  suggestedPaymentScore: number | null;
  supervisorRating: number | null;
}

export function financeInputsFrom(
  review: ReviewRec | null | undefined,
  suggestedCredit: number | null,
  suggestedPayment: number | null,
): FinanceInputs {
  return {
    creditScore: review?.creditScore ?? null,
    paymentScore: review?.paymentScore ?? null,
    suggestedCreditScore: suggestedCredit,
    suggestedPaymentScore: suggestedPayment,
    supervisorRating: review?.supervisorRating ?? null,
  };
}

/** The ledger/customer criteria: written as values into the Reviews add-in columns. */
export function baseCriterionScores(
  customer: CustomerRec | undefined,
  analytics: CustomerAnalytics | undefined,
  volumePercentile: number | null,
): Pick<CriterionScores, 'credit' | 'payment' | 'volume' | 'growth' | 'location' | 'capacity'> {
  const g = analytics?.growth12 ?? null;
  return {
    credit: customer?.creditStatus ? (CREDIT_POINTS[customer.creditStatus] ?? null) : null,
    payment: analytics && analytics.onTimeRate !== null ? Math.round(100 * analytics.onTimeRate) : null,
    volume: volumePercentile,
    growth: g === null ? null : Math.round(Math.max(0, Math.min(100, 50 + 100 * g))),
    location: customer?.locationRating ? (LOCATION_POINTS[customer.locationRating] ?? null) : null,
    capacity: customer?.salesCapacity ? (LEVEL_POINTS[customer.salesCapacity] ?? null) : null,
  };
}

export function allCriterionScores(base: ReturnType<typeof baseCriterionScores>, fin: FinanceInputs): CriterionScores {
  return {
    ...base,
    // Finance's own entries win over the add-in's suggestions.
    financeCredit: fin.creditScore ?? fin.suggestedCreditScore,
    financePayment: fin.paymentScore ?? fin.suggestedPaymentScore,
    rating: fin.supervisorRating,
  };
}

export interface ResolvedWeights {
  weights: Record<CriterionKey, number>;
  source: 'table' | 'default';
  /** Criterion -> the text used in the Weights table (for the live formulas' SUMIF). */
  labels: Partial<Record<CriterionKey, string>>;
}

export function resolveWeights(rows: readonly WeightRow[]): ResolvedWeights {
  if (rows.length === 0) return { weights: { ...DEFAULT_WEIGHTS }, source: 'default', labels: {} };
  const weights = Object.fromEntries(CRITERION_KEYS.map((k) => [k, 0])) as Record<CriterionKey, number>;
  const labels: Partial<Record<CriterionKey, string>> = {};
  for (const r of rows) {
    const k = r.criterion as CriterionKey;
    if (!(k in weights)) continue;
    if (labels[k] !== undefined && labels[k] !== r.criterionText) {
      // Two spellings of one criterion: SUMIF on one text would miss the other; only the first spelling counts.
      continue;
    }
    labels[k] = r.criterionText;
    weights[k] += r.weight;
  }
  return { weights, source: 'table', labels };
}

export interface CriterionLine {
  criterion: CriterionKey;
  score: number | null;
  weight: number;
  /** Share of the total this criterion carries after renormalising over present criteria. */
  effectiveWeight: number;
  /** Points contributed to the total. */
  contribution: number;
}

export interface ScoreBreakdown {
  lines: CriterionLine[];
  total: number | null;
}

export function totalScore(scores: CriterionScores, weights: Record<CriterionKey, number>): ScoreBreakdown {
  let num = 0;
  let den = 0;
  for (const k of CRITERION_KEYS) {
    const s = scores[k];
    if (s === null || s === undefined) continue;
    num += weights[k] * s;
    den += weights[k];
  }
  const lines = CRITERION_KEYS.map((k) => {
    const s = scores[k];
    const w = weights[k];
    const eff = s !== null && den > 0 ? w / den : 0;
    return { criterion: k, score: s, weight: w, effectiveWeight: eff, contribution: s !== null ? eff * s : 0 };
  });
  return { lines, total: den > 0 ? excelRound(num / den, 2) : null };
}

/** The Policy row with the greatest MinScore ≤ total (first on a tie); null when none qualifies. */
export function proposeTier(total: number | null, policy: readonly PolicyRow[]): PolicyRow | null {
  if (total === null) return null;
  let best: PolicyRow | null = null;
  for (const p of policy) {
    if (p.minScore <= total && (best === null || p.minScore > best.minScore)) best = p;
  }
  return best;
}

export interface PolicyTerms {
  tier: string;
  priceDiscount: number | null;
  settlement: string | null;
  creditDays: number | null;
  creditLimit: number | null;
  serviceLevel: string | null;
  visitBy: string | null;
}

export function termsOf(p: PolicyRow | null): PolicyTerms | null {
  if (!p) return null;
  return {
    tier: p.tier,
    priceDiscount: p.priceDiscount,
    settlement: p.settlement,
    creditDays: p.creditDays,
    creditLimit: p.creditLimit,
    serviceLevel: p.serviceLevel,
    visitBy: p.visitBy,
  };
}
