import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkPaidDateWithoutAmount,
  checkPaidWithoutDate,
} from '../../../../src/domain/validation/ledger/paid-without-date';
import { makeWorkbook, options } from '../make-table';

describe('ledger/paid-without-date', () => {
  test('paid rows with a date and an amount, and unpaid rows, pass', () => {
    const data = makeWorkbook({
      Ledger: [
        { Status: '已结清', PaidDate: '2026-11-09', PaidAmount: 100 },
        { Status: '已交车', PaidDate: null, PaidAmount: null },
        { Status: '已交车', PaidDate: null, PaidAmount: 0 },
      ],
    });
    const ctx = createValidationContext(data, options());
    expect([...checkPaidWithoutDate(ctx), ...checkPaidDateWithoutAmount(ctx)]).toEqual([]);
  });

  test('paid without a date is an error; a date without an amount is a warning', () => {
    const data = makeWorkbook({
      Ledger: [
        { Status: 'Paid', PaidDate: null, PaidAmount: 100 },
        { Status: '已交车', PaidDate: '', PaidAmount: '5,000' },
        { Status: '已交车', PaidDate: '2026-11-09', PaidAmount: null },
      ],
    });
    const ctx = createValidationContext(data, options());
    expect(checkPaidWithoutDate(ctx).map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'PaidDate', 'error'],
      [3, 'PaidDate', 'error'],
    ]);
    expect(checkPaidDateWithoutAmount(ctx).map((i) => [i.row, i.field, i.severity])).toEqual([
      [4, 'PaidAmount', 'warning'],
    ]);
  });
});
