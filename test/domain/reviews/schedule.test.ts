import {
  runReviews,
  firstSteadyRun,
  analyseLedger,
  readLedger,
  monthIndex,
  normalisePeriod,
} from '../../../src/domain/reviews';
import type { CellValue, WorkbookData } from '../../../src/domain/table';
import { day, makeTable } from './helpers';

const today = day('2026-12-05');

function monthly(
  id: string,
  from: [number, number],
  to: [number, number],
  skip: string[] = [],
): Record<string, CellValue>[] {
  const out: Record<string, CellValue>[] = [];
  for (let m = monthIndex(...from); m <= monthIndex(...to); m++) {
    const label = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    if (skip.includes(label)) continue;
    out.push({
      TxnId: `${id}-${label}`,
      CustomerId: id,
      Date: `${label}-10`,
      Quantity: 5,
      Amount: 500,
      Status: '已结清',
    });
  }
  return out;
}

function build(extraReviews: Record<string, CellValue>[] = []): WorkbookData {
  const customers: Record<string, CellValue>[] = [
    { CustomerId: 'E1', Kind: '最终客户', Name: '张三', Stage: '已交车', Owner: 'S001', Showroom: '一店' },
    {
      CustomerId: 'E2',
      Kind: '最终客户',
      Name: '李四',
      Stage: '已交车',
      Owner: 'S002',
      Showroom: '一店',
      LastContact: '2026-11-30',
    },
    { CustomerId: 'E3', Kind: '最终客户', Name: '王五', Stage: '已结束', Owner: 'S001', Showroom: '一店' },
    { CustomerId: 'E4', Kind: '最终客户', Name: '赵六', Stage: '已结束', Owner: 'S001', Showroom: '二店' },
    { CustomerId: 'E5', Kind: '最终客户', Name: '钱七', Stage: '已结束', Owner: 'S001', Showroom: '一店' },
    { CustomerId: 'E6', Kind: '最终客户', Name: '孙八', Stage: '洽谈', Owner: 'S001', Showroom: '一店' },
    { CustomerId: 'D1', Kind: '经销商客户', Name: '老经销商', Stage: '已签约', Owner: 'M01', Showroom: '一店' },
    { CustomerId: 'D2', Kind: '经销商客户', Name: '新经销商', Stage: '已签约', Owner: 'M01', Showroom: '一店' },
    { CustomerId: 'D3', Kind: '经销商客户', Name: '很新的经销商', Stage: '已签约', Owner: 'M01', Showroom: '一店' },
    { CustomerId: 'D4', Kind: '经销商客户', Name: '断续经销商', Stage: '已签约', Owner: 'M01', Showroom: '一店' },
    { CustomerId: 'D5', Kind: '经销商客户', Name: '已流失经销商', Stage: '已流失', Owner: 'M01', Showroom: '一店' },
  ];
  const ledger = [
    { TxnId: 'E1-T1', CustomerId: 'E1', Date: '2026-11-10', Quantity: 1, Amount: 200000, Status: '已交车' },
    {
      TxnId: 'E3-T1',
      CustomerId: 'E3',
      Date: '2026-10-10',
      Quantity: 1,
      Amount: 200000,
      Status: '已结清',
      PaidDate: '2026-10-20',
    },
    { TxnId: 'E4-T1', CustomerId: 'E4', Date: '2026-06-10', Quantity: 1, Amount: 200000, Status: '已结清' },
    { TxnId: 'E4-T2', CustomerId: 'E4', Date: '2026-11-01', Quantity: 1, Amount: 200000, Status: '已交车' },
    { TxnId: 'E5-T1', CustomerId: 'E5', Date: '2024-06-10', Quantity: 1, Amount: 200000, Status: '已结清' },
    { TxnId: 'E6-T1', CustomerId: 'E6', Date: '2026-11-20', Quantity: 1, Amount: 200000, Status: '已签约' },
    ...monthly('D1', [2023, 1], [2026, 11]),
    ...monthly('D2', [2026, 3], [2026, 11]),
    ...monthly('D3', [2026, 7], [2026, 11]),
    ...monthly('D4', [2026, 1], [2026, 11], ['2026-04', '2026-10']),
    ...monthly('D5', [2023, 1], [2026, 11]),
  ];
  const reviews = [
    {
      ReviewId: 'R1',
      CustomerId: 'E3',
      Kind: '业务结束评审',
      Period: 'E3-T1',
      DueDate: '2026-11-05',
      SalesSummary: '顺利',
      SupervisorRating: 80,
    },
    { ReviewId: 'R2', CustomerId: 'E4', Kind: '业务结束评审', Period: '', DueDate: '2026-07-01', SalesSummary: '顺利' },
    {
      ReviewId: 'R3',
      CustomerId: 'D1',
      Kind: '年度评审',
      Period: '2025年',
      DueDate: '2025-12-31',
      ManagerAnalysis: '稳定',
    },
    ...extraReviews,
  ];
  const staff: Record<string, CellValue>[] = [
    { StaffId: 'S001', Name: '甲', Role: '销售员', Showroom: '一店' },
    { StaffId: 'S100', Name: '乙', Role: '展厅主管', Showroom: '一店' },
    { StaffId: 'S200', Name: '丙', Role: '展厅主管', Showroom: '二店' },
    { StaffId: 'M01', Name: '丁', Role: '部门经理' },
    { StaffId: 'F01', Name: '戊', Role: '财务' },
    { StaffId: 'G01', Name: '己', Role: '总经理' },
  ];
  return {
    Customers: makeTable('Customers', customers),
    Ledger: makeTable('Ledger', ledger),
    Reviews: makeTable('Reviews', reviews),
    Staff: makeTable('Staff', staff),
  };
}

describe('review scheduling', () => {
  const res = runReviews(build(), { today, lang: 'zh' });
  const keys = res.proposals.map((p) => `${p.customerId}:${p.kind}:${p.period}`).sort();

  test('exactly the missing reviews are proposed', () => {
    // D1 has its 2025 annual (Period '2025年'); D4 reaches 12 months of history at year end (stable) but never had
    // 6 consecutive active months; D3 is too new for either; D5 is lost; E3's deal is reviewed; E4's blank-period
    // review covers its earlier deal; E5's deal is older than the look-back; E6 has no finished deal.
    expect(keys).toEqual([
      'D1:annual:2026',
      'D2:annual:2026',
      'D2:new:2026-08',
      'D4:annual:2026',
      'E1:deal:E1-T1',
      'E2:deal:2026-11',
      'E4:deal:E4-T2',
    ]);
  });

  test('end customer after every deal: due dates, states and who acts', () => {
    const e1 = res.proposals.find((p) => p.customerId === 'E1')!;
    expect(e1.dueDate).toBe('2026-11-25');
    expect(e1.state).toBe('overdue');
    expect(e1.steps).toEqual([
      { actor: 'sales', staffId: 'S001', fields: ['SalesSummary'] },
      { actor: 'supervisor', staffId: 'S100', fields: ['SupervisorEvaluation', 'SupervisorRating'] },
    ]);
    expect(e1.trigger).toContain('E1-T1');
    expect(e1.row).toMatchObject({ CustomerId: 'E1', Kind: '业务结束评审', Period: 'E1-T1', ReviewId: 'RD-E1-E1-T1' });
    expect(e1.stepsText[0]).toBe('销售员（S001）填写：业务总结');
    const e2 = res.proposals.find((p) => p.customerId === 'E2')!;
    expect(e2.dueDate).toBe('2026-12-15');
    expect(e2.state).toBe('due');
  });

  test('new dealer once steady for 6 consecutive active months; dealer reviews go manager -> finance -> GM', () => {
    const d2 = res.proposals.find((p) => p.customerId === 'D2' && p.kind === 'new')!;
    expect(d2.basis).toEqual({ runFrom: monthIndex(2026, 3), runTo: monthIndex(2026, 8) });
    expect(d2.dueDate).toBe('2026-09-30');
    expect(d2.steps.map((s) => `${s.actor}:${s.staffId}`)).toEqual(['manager:M01', 'finance:F01', 'gm:G01']);
    expect(d2.row.SuggestedPaymentScore).toBeNull(); // nothing fell due
  });

  test('steady-run detection needs consecutive months', () => {
    const a = analyseLedger(readLedger(build().Ledger), today);
    expect(firstSteadyRun(a.get('D4')!, 6, monthIndex(2026, 12))).toBeNull(); // 5 + 5 months with gaps
    expect(firstSteadyRun(a.get('D4')!, 5, monthIndex(2026, 12))).toEqual({
      from: monthIndex(2026, 5),
      to: monthIndex(2026, 9),
    });
    expect(firstSteadyRun(a.get('D3')!, 6, monthIndex(2026, 12))).toBeNull();
  });

  test('annual review configurable: not yet in the lead window, and a past year still missing is overdue', () => {
    const early = runReviews(build(), { today: day('2026-11-01'), lang: 'zh' });
    expect(early.proposals.filter((p) => p.kind === 'annual')).toEqual([]);
    const custom = runReviews(build(), { today: day('2026-11-01'), lang: 'zh', config: { annualDue: '11-30' } });
    expect(custom.proposals.filter((p) => p.kind === 'annual').map((p) => `${p.customerId}:${p.dueDate}`)).toEqual([
      'D1:2026-11-30',
      'D2:2026-11-30',
    ]); // D4 has only 11 months by Nov 30
    const nextYear = runReviews(build(), { today: day('2027-01-10'), lang: 'en' });
    const d1 = nextYear.proposals.find((p) => p.customerId === 'D1' && p.kind === 'annual')!;
    expect(d1.period).toBe('2026');
    expect(d1.state).toBe('overdue');
  });

  test('idempotent: once the proposed rows exist nothing is proposed again', () => {
    const again = runReviews(build(res.proposals.map((p) => p.row)), { today, lang: 'zh' });
    expect(again.proposals).toEqual([]);
    expect(again.open.length).toBe(res.open.length + res.proposals.length);
  });

  test('open reviews: overdue/due by kind, remaining steps only', () => {
    const r3 = res.open.find((o) => o.reviewId === 'R3')!;
    expect(r3.state).toBe('overdue');
    expect(r3.steps[0]).toEqual({ actor: 'manager', staffId: 'M01', fields: ['Countermeasures', 'WorkPlan'] });
    const r2 = res.open.find((o) => o.reviewId === 'R2')!;
    expect(r2.steps).toEqual([
      { actor: 'supervisor', staffId: 'S200', fields: ['SupervisorEvaluation', 'SupervisorRating'] },
    ]);
    expect(res.open.find((o) => o.reviewId === 'R1')).toBeUndefined(); // rated by the supervisor: done
    expect(res.counts.annual).toEqual({ overdue: 1, due: 0, upcoming: 0, proposed: 3 });
    expect(res.counts.deal).toEqual({ overdue: 1, due: 0, upcoming: 0, proposed: 3 });
  });

  test('period normalisation', () => {
    expect(normalisePeriod('2025年')).toBe('2025');
    expect(normalisePeriod(' 2025年度 ')).toBe('2025');
    expect(normalisePeriod('2026/3')).toBe('2026-03');
    expect(normalisePeriod('t-1')).toBe('T-1');
  });
});
