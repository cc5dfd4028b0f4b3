/** Tunables of the reviews engine, as data (the workbook's settings may override any of them). */

export interface AnomalyConfig {
  /** |robust z| at or above this raises an alarm (Iglewicz & Hoaglin's 3.5). */
  threshold: number;
  /** Months of the dealer's own history (before the month tested) required before any alarm. */
  minHistoryMonths: number;
  /** How many months before the tested month form the baseline. */
  baselineMonths: number;
  /** How many of the latest complete months are tested (older swings are history, not news). */
  recentMonths: number;
  /** MAD never goes below max(madFloorUnits, madFloorRatio × median), so flat histories tolerate small blips. */
  madFloorUnits: number;
  madFloorRatio: number;
  measure: 'units' | 'amount';
}

export interface ReviewConfig {
  /** Annual review due date, 'MM-DD' (年底统一分析与评审). */
  annualDue: string;
  /** Propose the annual review this many days before it is due. */
  annualLeadDays: number;
  /** A dealer is "stable" for the annual review once it has this many months of history at the due date. */
  stableMonths: number;
  /** New dealer: consecutive active months that count as "business steady for a while". */
  newDealerSteadyMonths: number;
  /** A dealer whose first transaction is older than this is not "new" any more. */
  newDealerMaxAgeMonths: number;
  /** Days after a deal ends by which the end-customer review is due. */
  dealReviewDays: number;
  /** Deals that ended more than this many days ago are not proposed (history, not work). */
  dealLookbackDays: number;
  /** Days after the steady run by which the new-dealer review is due. */
  newReviewDays: number;
  /** Days from detection by which a special review is due. */
  specialReviewDays: number;
  /** An open review due within this many days is listed as "due". */
  dueSoonDays: number;
  anomaly: AnomalyConfig;
}

export const DEFAULT_ANOMALY_CONFIG: AnomalyConfig = {
  threshold: 3.5,
  minHistoryMonths: 12,
  baselineMonths: 24,
  recentMonths: 3,
  madFloorUnits: 1,
  madFloorRatio: 0.05,
  measure: 'units',
};

export const DEFAULT_REVIEW_CONFIG: ReviewConfig = {
  annualDue: '12-31',
  annualLeadDays: 45,
  stableMonths: 12,
  newDealerSteadyMonths: 6,
  newDealerMaxAgeMonths: 24,
  dealReviewDays: 15,
  dealLookbackDays: 365,
  newReviewDays: 30,
  specialReviewDays: 14,
  dueSoonDays: 30,
  anomaly: DEFAULT_ANOMALY_CONFIG,
};

export type ReviewConfigInput = Partial<Omit<ReviewConfig, 'anomaly'>> & { anomaly?: Partial<AnomalyConfig> };

export function resolveConfig(input?: ReviewConfigInput): ReviewConfig {
  return {
    ...DEFAULT_REVIEW_CONFIG,
    ...(input ?? {}),
    anomaly: { ...DEFAULT_ANOMALY_CONFIG, ...(input?.anomaly ?? {}) },
  };
}
