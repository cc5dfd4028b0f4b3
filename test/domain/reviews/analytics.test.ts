import {
  addMonths,
  analyseLedger,
  dayLabel,
  monthLabel,
  monthIndex,
  readLedger,
  suggestedCreditScore,
  suggestedPaymentScore,
  toNumber,
} from '../../../src/domain/reviews';
import { day, makeTable } from './helpers';

describe('month arithmetic', () => {
  test('addMonths clamps to month end, labels', () => {
    expect(dayLabel(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(dayLabel(addMonths(day('2024-03-31'), -1))).toBe('2024-02-29');
    expect(dayLabel(addMonths(day('2026-11-27'), -12))).toBe('2025-11-27');
    expect(monthLabel(monthIndex(2026, 3))).toBe('2026-03');
  });
  test('toNumber reads typed-in amounts', () => {
    expect(toNumber('1,200.50')).toBe(1200.5);
    expect(toNumber('¥3,000')).toBe(3000);
    expect(toNumber('12万')).toBe(120000);
    expect(toNumber('85%')).toBeCloseTo(0.85);
    expect(toNumber('abc')).toBeNull();
    expect(toNumber('')).toBeNull();
  });
});

describe('analyseLedger', () => {
  const today = day('2026-11-27');
  const ledger = makeTable('Ledger', [
    // C1: two years of business
    {
      TxnId: 'a1',
      CustomerId: 'C1',
      Date: '2024-12-10',
      Quantity: 4,
      Amount: 400,
      Status: '已结清',
      DueDate: '2025-01-10',
      PaidDate: '2025-01-05',
      PaidAmount: 400,
    },
    {
      TxnId: 'a2',
      CustomerId: 'C1',
      Date: '2025-09-01',
      Quantity: 6,
      Amount: 600,
      Status: '已结清',
      DueDate: '2025-10-01',
      PaidDate: '2025-10-20',
      PaidAmount: 600,
    }, // late 19 days
    {
      TxnId: 'a3',
      CustomerId: 'C1',
      Date: '2025-12-05',
      Quantity: 5,
      Amount: 500,
      Status: '已交车',
      DueDate: '2026-01-05',
      PaidDate: '2026-01-04',
      PaidAmount: 300,
    }, // partial: overdue 200
    {
      TxnId: 'a4',
      CustomerId: 'C1',
      Date: '2026-09-15',
      Quantity: 7,
      Amount: 700,
      Status: '已交车',
      DueDate: '2026-10-15',
    }, // unpaid: overdue 700
    {
      TxnId: 'a5',
      CustomerId: 'C1',
      Date: '2026-10-02',
      Quantity: 3,
      Amount: 300,
      Status: '已签约',
      DueDate: '2026-12-02',
    }, // not due yet
    {
      TxnId: 'a6',
      CustomerId: 'C1',
      Date: '2026-10-20',
      Quantity: 50,
      Amount: 5000,
      Status: '已取消',
      DueDate: '2026-11-01',
    }, // cancelled: ignored
    { TxnId: 'a7', CustomerId: 'C1', Date: '2026-12-20', Quantity: 9, Amount: 900, Status: '已签约' }, // future: ignored
    {
      TxnId: 'a8',
      CustomerId: 'C1',
      Date: '2026-09-20',
      Quantity: 1,
      Amount: 100,
      Status: 'paid',
      DueDate: '2026-10-01',
    }, // paid, no date: on time
    // C2: nothing due
    { TxnId: 'b1', CustomerId: 'C2', Date: '2026-11-01', Quantity: 2, Amount: 200, Status: '已签约' },
    { TxnId: 'c1', CustomerId: 'C3', Date: '2026-11-01', Quantity: 2, Amount: 200, Status: '已取消' },
  ]);
  const txns = readLedger(ledger);
  const a = analyseLedger(txns, today);

  test('volume by month, cancelled and future excluded, months active', () => {
    const c1 = a.get('C1')!;
    expect(c1.monthly.get(monthIndex(2026, 10))).toEqual({ units: 3, amount: 300 });
    expect(c1.monthly.get(monthIndex(2026, 9))).toEqual({ units: 8, amount: 800 });
    expect(c1.monthsActive).toBe(5);
    expect(c1.totalUnits).toBe(26);
    expect(c1.txnCount).toBe(6);
    expect(a.has('C3')).toBe(false);
  });

  test('growth: last 12 months vs the 12 before; last 3 months vs a year earlier', () => {
    const c1 = a.get('C1')!;
    // (2025-11-27, 2026-11-27]: a3 5 + a4 7 + a5 3 + a8 1 = 16; before: a1 4 + a2 6 = 10
    expect(c1.units12).toBe(16);
    expect(c1.unitsPrev12).toBe(10);
    expect(c1.growth12).toBeCloseTo(0.6);
    // (2026-08-27, 2026-11-27]: 7+3+1 = 11; (2025-08-27, 2025-11-27]: 6
    expect(c1.units3).toBe(11);
    expect(c1.unitsPrev3).toBe(6);
    expect(c1.growth3).toBeCloseTo(5 / 6);
    expect(a.get('C2')!.growth12).toBeNull();
  });

  test('on-time rate, overdue amount and suggested scores', () => {
    const c1 = a.get('C1')!;
    expect(c1.dueCount).toBe(5); // a1 a2 a3 a4 a8
    expect(c1.onTimeCount).toBe(2); // a1, a8
    expect(c1.onTimeRate).toBeCloseTo(0.4);
    expect(c1.overdueAmount).toBe(900);
    expect(c1.overdueCount).toBe(2);
    expect(c1.maxDaysOverdue).toBe(today - day('2026-01-05'));
    expect(c1.avgDaysLate).toBe(19);
    expect(suggestedPaymentScore(c1)).toBe(40);
    // share = 900 / max(1600, 900); 100 - 150*0.5625 - 20 = -4.4 -> 0
    expect(suggestedCreditScore(c1)).toBe(0);
    const c2 = a.get('C2')!;
    expect(c2.onTimeRate).toBeNull();
    expect(suggestedPaymentScore(c2)).toBeNull();
    expect(suggestedCreditScore(c2)).toBeNull();
  });
});
