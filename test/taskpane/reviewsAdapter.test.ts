import { reviewsViewFrom, tierExplanation } from '../../src/taskpane/reviewsAdapter';
import type { ReviewsResult, TiersResult } from '../../src/domain/reviews';

const policy = [
  { tier: 'A', minScore: 85 },
  { tier: 'B', minScore: 70 },
  { tier: 'C', minScore: 55 },
  { tier: 'D', minScore: 0 },
];

describe('tierExplanation', () => {
  it('states the tier minimum and the gap to the next tier', () => {
    expect(tierExplanation(78.4, 'B', policy, 'en')).toBe('Total 78.4 ≥ tier B minimum 70; 6.6 points short of tier A');
    expect(tierExplanation(90, 'A', policy, 'zh')).toBe('总分 90.0 ≥ A 级最低分 85');
  });
});

describe('reviewsViewFrom', () => {
  it('lists open (not upcoming) and proposed reviews, scores with parts, and flagged dealers', () => {
    const reviews = {
      today: '2026-06-30',
      open: [
        {
          row: 5,
          reviewId: 'R1',
          customerId: 'D1',
          customerName: '华通',
          kind: 'annual',
          period: '2025',
          dueDate: '2025-12-31',
          state: 'overdue',
          daysOverdue: 181,
          steps: [],
          stepsText: ['财务填写信用评分'],
        },
        {
          row: 6,
          reviewId: 'R2',
          customerId: 'D2',
          customerName: '远达',
          kind: 'annual',
          period: '2026',
          dueDate: '2026-12-31',
          state: 'upcoming',
          daysOverdue: 0,
          steps: [],
          stepsText: [],
        },
      ],
      proposals: [
        {
          customerId: 'D3',
          customerRow: 9,
          customerName: '长安',
          kind: 'special',
          period: '2026-06',
          dueDay: 0,
          dueDate: '2026-07-14',
          state: 'due',
          basis: {},
          steps: [],
          trigger: '业务量异常',
          stepsText: [],
          row: {},
        },
      ],
      anomalies: [
        {
          customerId: 'D3',
          customerName: '长安',
          threshold: 3.5,
          explanation: 'spike in 2026-05',
          series: [
            { month: '2026-04', value: 10, expected: 10, low: 5, high: 15, flagged: false },
            { month: '2026-05', value: 40, expected: 10, low: 5, high: 15, flagged: true },
          ],
        },
      ],
      swings: [],
      counts: {},
    } as unknown as ReviewsResult;
    const tiers = {
      policy,
      dealers: [
        {
          customerId: 'D1',
          customerName: '华通',
          total: 78.4,
          proposedTier: 'B',
          breakdown: [{ criterion: 'credit', score: 80, weight: 0.2, effectiveWeight: 0.25, contribution: 20 }],
        },
        { customerId: 'D9', customerName: 'x', total: null, proposedTier: null, breakdown: [] },
      ],
      issues: [
        {
          sheet: 'Reviews',
          row: 5,
          field: 'ApprovalComment',
          rule: 'review.approval.noComment',
          severity: 'warning',
          message: '核定 A 与建议 B 不同，未写审核意见',
        },
        {
          sheet: 'Customers',
          row: 9,
          field: 'Tier',
          rule: 'review.tier.mismatch',
          severity: 'warning',
          message: '现行等级 C ≠ 核定等级 B',
        },
      ],
    } as unknown as TiersResult;
    const v = reviewsViewFrom(reviews, tiers, 'zh');
    expect(v.due.map((d) => [d.customerId, d.kind, d.overdue])).toEqual([
      ['D1', 'annual', true],
      ['D3', 'special', false],
    ]);
    expect(v.due[1].reason).toContain('业务量异常');
    expect(v.missing).toBe(1);
    expect(v.scores).toHaveLength(1);
    expect(v.scores[0].parts[0]).toEqual({
      criterion: 'credit',
      label: '信用状况',
      score: 80,
      weight: 0.25,
      points: 20,
    });
    expect(v.alerts[0].months.filter((m) => m.flagged).map((m) => m.month)).toEqual(['2026-05']);
    expect(v.method).toContain('3.5');
    // The GM-decision flags reach the tab as they are.
    expect(v.flags.map((f) => [f.sheet, f.row, f.rule])).toEqual([
      ['Reviews', 5, 'review.approval.noComment'],
      ['Customers', 9, 'review.tier.mismatch'],
    ]);
    expect(v.flags[1].message).toBe('现行等级 C ≠ 核定等级 B');
  });
});
