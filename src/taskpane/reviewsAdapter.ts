/**
 * From the reviews domain (runReviews, runTiers) to the Reviews tab's display shapes.
 * Pure: no port, no React (tested in test/taskpane/reviewsAdapter.test.ts).
 */
import type { Lang } from '../domain/schema';
import { CRITERIA, label } from '../domain/schema';
import { DEFAULT_ANOMALY_CONFIG, type ReviewsResult, type TiersResult } from '../domain/reviews';
import { t } from '../i18n';
import type { DueReviewView, ReviewsView, ScoreView } from './reviewsModel';

function criterionLabel(key: string, lang: Lang): string {
  const c = CRITERIA.find((x) => x.key === key);
  return c ? label(c, lang) : key;
}

/** Why this tier: the total against the tier's minimum, and the gap to the next tier up. */
export function tierExplanation(
  total: number,
  tier: string,
  policy: readonly { tier: string; minScore: number }[],
  lang: Lang,
): string {
  const sorted = [...policy].sort((a, b) => b.minScore - a.minScore);
  const own = sorted.find((p) => p.tier === tier);
  const higher = own ? sorted.filter((p) => p.minScore > own.minScore).pop() : undefined;
  const parts = [own ? t(lang, 'pane.reviews.why', { total: total.toFixed(1), tier, min: own.minScore }) : ''];
  if (higher)
    parts.push(t(lang, 'pane.reviews.whyNext', { tier: higher.tier, gap: (higher.minScore - total).toFixed(1) }));
  return parts.filter(Boolean).join(t(lang, 'pane.reviews.whySep'));
}

export function reviewsViewFrom(
  reviews: ReviewsResult,
  tiers: TiersResult,
  lang: Lang,
  threshold = DEFAULT_ANOMALY_CONFIG.threshold,
): ReviewsView {
  const due: DueReviewView[] = [];
  for (const o of reviews.open) {
    if (o.state === 'upcoming' || !o.kind) continue;
    due.push({
      customerId: o.customerId,
      name: o.customerName,
      kind: o.kind,
      dueDate: o.dueDate ?? '',
      overdue: o.state === 'overdue',
      reason: o.stepsText.join(t(lang, 'pane.list.sep')),
      row: o.row,
    });
  }
  for (const p of reviews.proposals) {
    due.push({
      customerId: p.customerId,
      name: p.customerName,
      kind: p.kind,
      dueDate: p.dueDate,
      overdue: p.state === 'overdue',
      reason: t(lang, 'pane.reviews.missingRow', { trigger: p.trigger }),
    });
  }
  const scores: ScoreView[] = tiers.dealers
    .filter((d) => d.total !== null && d.proposedTier)
    .map((d) => ({
      customerId: d.customerId,
      name: d.customerName,
      total: d.total as number,
      tier: d.proposedTier as string,
      parts: d.breakdown.map((line) => ({
        criterion: line.criterion,
        label: criterionLabel(line.criterion, lang),
        score: line.score,
        weight: line.effectiveWeight,
        points: line.contribution,
      })),
      explanation: tierExplanation(d.total as number, d.proposedTier as string, tiers.policy, lang),
    }));
  const alerts = reviews.anomalies.map((a) => ({
    customerId: a.customerId,
    name: a.customerName,
    months: a.series.map((s) => ({ month: s.month, value: s.value, flagged: s.flagged })),
    explanation: a.explanation,
  }));
  const used = reviews.anomalies[0]?.threshold ?? threshold;
  const flags = tiers.issues.map((i) => ({
    sheet: i.sheet,
    row: i.row,
    field: i.field,
    rule: i.rule,
    message: i.message,
  }));
  return {
    due,
    missing: reviews.proposals.length,
    scores,
    alerts,
    method: t(lang, 'pane.reviews.method', { threshold: used }),
    flags,
  };
}
