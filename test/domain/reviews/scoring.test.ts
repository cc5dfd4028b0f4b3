import {
  CRITERION_KEYS,
  DEFAULT_WEIGHTS,
  defaultPolicyRows,
  excelRound,
  proposeTier,
  resolveWeights,
  runTiers,
  totalScore,
  volumePercentiles,
  type CriterionScores,
} from '../../../src/domain/reviews';
import type { CellValue, WorkbookData } from '../../../src/domain/table';
import { day, makeTable } from './helpers';

const none = Object.fromEntries(CRITERION_KEYS.map((k) => [k, null])) as CriterionScores;

describe('tiers at the boundaries', () => {
  const policy = defaultPolicyRows(); // A 85, B 70, C 55, D 0
  test.each([
    [85, 'A'],
    [84.99, 'B'],
    [70, 'B'],
    [69.99, 'C'],
    [55, 'C'],
    [54.99, 'D'],
    [0, 'D'],
    [100, 'A'],
  ])('score %p -> tier %p', (score, tier) => {
    expect(proposeTier(score, policy)?.tier).toBe(tier);
  });
  test('no score, no tier; no qualifying row, no tier', () => {
    expect(proposeTier(null, policy)).toBeNull();
    expect(
      proposeTier(
        10,
        policy.filter((p) => p.tier !== 'D'),
      ),
    ).toBeNull();
  });
  test('unsorted policy rows and ties: greatest MinScore, first row on a tie', () => {
    const rows = [policy[3], policy[1], { ...policy[0], tier: 'A', minScore: 70, tierText: 'A*' }, policy[2]];
    expect(proposeTier(72, rows)?.tier).toBe('B');
    expect(proposeTier(60, rows)?.tier).toBe('C');
  });
  test('a weighted total landing exactly on MinScore is that tier (no floating-point shortfall)', () => {
    // (0.05*80 + 0.05*60 + 0.05*70) / 0.15 computes to 69.99999999999999 in floating point; ROUND(…,2) gives 70.
    const scores = { ...none, credit: 80, volume: 60, rating: 70 };
    const w = { ...DEFAULT_WEIGHTS, credit: 0.05, volume: 0.05, rating: 0.05 };
    expect((0.05 * 80 + 0.05 * 60 + 0.05 * 70) / (0.05 + 0.05 + 0.05)).not.toBe(70);
    const { total } = totalScore(scores, w);
    expect(total).toBe(70);
    expect(proposeTier(total, policy)?.tier).toBe('B');
  });
});

describe('weights and totals', () => {
  test('renormalised over criteria that have a value', () => {
    const { total, lines } = totalScore({ ...none, credit: 100, volume: 40 }, DEFAULT_WEIGHTS);
    // (0.1*100 + 0.2*40) / 0.3
    expect(total).toBe(60);
    expect(lines.find((l) => l.criterion === 'volume')!.effectiveWeight).toBeCloseTo(2 / 3);
    expect(lines.find((l) => l.criterion === 'growth')!.contribution).toBe(0);
    expect(totalScore(none, DEFAULT_WEIGHTS).total).toBeNull();
  });
  test('Weights table: absent criteria weigh 0, duplicates add up, empty table -> defaults', () => {
    const w = resolveWeights([
      { row: 2, criterion: 'volume', criterionText: '业务量', weight: 0.5 },
      { row: 3, criterion: 'volume', criterionText: '业务量', weight: 0.1 },
      { row: 4, criterion: 'credit', criterionText: '信用状况', weight: 0.4 },
    ]);
    expect(w.source).toBe('table');
    expect(w.weights.volume).toBeCloseTo(0.6);
    expect(w.weights.growth).toBe(0);
    expect(resolveWeights([]).source).toBe('default');
  });
  test('excelRound rounds half away from zero like Excel', () => {
    expect(excelRound(2.675, 2)).toBe(2.68); // 2.675 is 2.67499999... in binary; Excel shows 2.68
    expect(excelRound(-1.005, 2)).toBe(-1.01);
    expect(excelRound(84.994999, 2)).toBe(84.99);
  });
  test('volume percentile: mid-rank among dealers that sold', () => {
    const p = volumePercentiles(
      new Map([
        ['a', 10],
        ['b', 20],
        ['c', 20],
        ['d', 40],
        ['e', 0],
      ]),
    );
    expect(Object.fromEntries(p)).toEqual({ a: 13, b: 50, c: 50, d: 88, e: 0 });
  });
});

function dealerBook(reviews: Record<string, CellValue>[], customersTier: Record<string, string> = {}): WorkbookData {
  const customers = ['D1', 'D2'].map((id) => ({
    CustomerId: id,
    Kind: '经销商客户',
    Name: `经销商${id}`,
    Stage: '已签约',
    CreditStatus: id === 'D1' ? '良好' : '较差',
    LocationRating: id === 'D1' ? '优' : '中',
    SalesCapacity: id === 'D1' ? '强' : '弱',
    Tier: customersTier[id] ?? '',
  }));
  const ledger: Record<string, CellValue>[] = [];
  for (const [id, q] of [
    ['D1', 10],
    ['D2', 2],
  ] as const) {
    ledger.push({
      TxnId: `${id}-1`,
      CustomerId: id,
      Date: '2025-06-10',
      Quantity: q,
      Amount: q * 100,
      Status: '已结清',
      DueDate: '2025-07-10',
      PaidDate: '2025-07-01',
    });
    ledger.push({
      TxnId: `${id}-2`,
      CustomerId: id,
      Date: '2026-06-10',
      Quantity: q * 1.2,
      Amount: q * 120,
      Status: '已结清',
      DueDate: '2026-07-10',
      PaidDate: id === 'D1' ? '2026-07-01' : '2026-09-01',
    });
  }
  return {
    Customers: makeTable('Customers', customers),
    Ledger: makeTable('Ledger', ledger),
    Reviews: makeTable('Reviews', reviews),
    Staff: makeTable('Staff', [
      { StaffId: 'G01', Name: '总', Role: '总经理' },
      { StaffId: 'M01', Name: '经', Role: '部门经理' },
    ]),
  };
}

describe('runTiers', () => {
  const today = day('2026-11-27');

  test('criterion mapping, finance entries win over suggestions, policy terms', () => {
    const data = dealerBook([
      { ReviewId: 'R1', CustomerId: 'D1', Kind: '年度评审', Period: '2026', SupervisorRating: 90, CreditScore: 95 },
      { ReviewId: 'R2', CustomerId: 'D2', Kind: '年度评审', Period: '2026' },
    ]);
    const res = runTiers(data, { today, lang: 'zh' });
    const d1 = res.dealers.find((d) => d.customerId === 'D1')!;
    expect(d1.scores).toEqual({
      credit: 100,
      payment: 100,
      volume: 75,
      growth: 70,
      location: 100,
      capacity: 100,
      financeCredit: 95, // finance's entry, not the suggestion (100)
      financePayment: 100, // suggestion
      rating: 90,
    });
    expect(d1.suggestedCreditScore).toBe(100);
    // (0.1*100+0.15*100+0.2*75+0.1*70+0.1*100+0.1*100+0.1*95+0.05*100+0.1*90) / 1
    expect(d1.total).toBe(90.5);
    expect(d1.proposedTier).toBe('A');
    expect(d1.terms).toMatchObject({ tier: 'A', creditDays: 60, visitBy: 'gm' });
    const d2 = res.dealers.find((d) => d.customerId === 'D2')!;
    expect(d2.scores.payment).toBe(50); // one of two paid late
    expect(d2.scores.credit).toBe(20);
    expect(d2.proposedTier).not.toBe('A');
    expect(res.policySource).toBe('default');
    // the Reviews rows carry the same values
    const r1 = res.reviewRows.find((r) => r.row === 2)!;
    expect(r1.values).toMatchObject({ ScoreCredit: 100, ScoreVolume: 75, SuggestedCreditScore: 100 });
    expect(r1.total).toBe(90.5);
  });

  test("GM's decision: differing approved tier without comment, and a tier in use that is not the approved one", () => {
    const data = dealerBook(
      [
        {
          ReviewId: 'R1',
          CustomerId: 'D1',
          Kind: '年度评审',
          Period: '2025',
          ApprovedTier: 'B',
          ApprovedBy: 'G01',
          ApprovedDate: '2025-12-31',
        },
        {
          ReviewId: 'R2',
          CustomerId: 'D1',
          Kind: '年度评审',
          Period: '2026',
          ApprovedTier: 'B',
          ApprovedBy: 'M01',
          ApprovedDate: '2026-11-20',
          ApprovalComment: '观察一年',
        },
        { ReviewId: 'R3', CustomerId: 'D2', Kind: '年度评审', Period: '2026', ApprovedTier: 'C级' },
      ],
      { D1: 'A', D2: 'C' },
    );
    const res = runTiers(data, { today, lang: 'en' });
    const rules = res.issues.map((i) => `${i.sheet}:${i.row}:${i.rule}`).sort();
    expect(rules).toEqual([
      'Customers:2:review.tier.mismatch', // D1 uses A, approved B
      'Reviews:2:review.approval.noComment', // R1: proposed A, approved B, no comment
      'Reviews:3:review.approval.notGm', // R2 approved by a manager
      'Reviews:4:review.approval.incomplete',
      'Reviews:4:review.approval.noComment', // R3: approved C, proposed D
    ]);
    expect(res.issues.find((i) => i.rule === 'review.tier.mismatch')!.message).toContain('latest approved tier is B');
    expect(res.dealers.find((d) => d.customerId === 'D1')!.latestApprovedRow).toBe(3);
    // matching tier and approved tier: no flag
    const ok = runTiers(
      dealerBook(
        [
          {
            ReviewId: 'R1',
            CustomerId: 'D2',
            Kind: '年度评审',
            Period: '2026',
            ApprovedTier: 'C',
            ApprovedBy: 'G01',
            ApprovedDate: '2026-11-01',
            ApprovalComment: '-',
          },
        ],
        { D2: 'C' },
      ),
      { today, lang: 'zh' },
    );
    expect(ok.issues).toEqual([]);
  });

  test('an approved review keeps the scores stored when the GM decided', () => {
    const data = dealerBook([
      {
        ReviewId: 'R1',
        CustomerId: 'D1',
        Kind: '年度评审',
        Period: '2025',
        ApprovedTier: 'C',
        ApprovedBy: 'G01',
        ApprovedDate: '2025-12-31',
        ApprovalComment: 'ok',
        ScoreCredit: 60,
        ScoreVolume: 50,
        SuggestedCreditScore: 40,
      },
      { ReviewId: 'R2', CustomerId: 'D1', Kind: '年度评审', Period: '2026' },
    ]);
    const res = runTiers(data, { today, lang: 'zh' });
    const frozen = res.reviewRows.find((r) => r.row === 2)!;
    expect(frozen.frozen).toBe(true);
    expect(frozen.values).toMatchObject({
      ScoreCredit: 60,
      ScoreVolume: 50,
      ScorePayment: null,
      SuggestedCreditScore: 40,
    });
    // (0.1*60 + 0.2*50 + 0.1*40) / 0.4
    expect(frozen.total).toBe(50);
    expect(res.reviewRows.find((r) => r.row === 3)!.frozen).toBe(false);
  });
});
