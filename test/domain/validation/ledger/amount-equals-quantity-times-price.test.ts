import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkAmountEqualsQuantityTimesPrice,
  checkLedgerNumbers,
} from '../../../../src/domain/validation/ledger/amount-equals-quantity-times-price';
import { makeWorkbook, options } from '../make-table';

describe('ledger/amount-equals-quantity-times-price', () => {
  test('exact amounts, amounts within 0.01 and amounts written as text pass', () => {
    const data = makeWorkbook({
      Ledger: [
        { Quantity: 3, UnitPrice: 120000, Amount: 360000 },
        { Quantity: 3, UnitPrice: 33333.33, Amount: 99999.99 },
        { Quantity: '2', UnitPrice: '¥128,800.00', Amount: '257,600' },
        { Quantity: 1, UnitPrice: 0.1, Amount: 0.105 },
      ],
    });
    const ctx = createValidationContext(data, options());
    expect(checkAmountEqualsQuantityTimesPrice(ctx)).toEqual([]);
    expect(checkLedgerNumbers(ctx)).toEqual([]);
  });

  test('a wrong amount is an error with the expected value', () => {
    const data = makeWorkbook({
      Ledger: [
        { Quantity: 3, UnitPrice: 120000, Amount: 36000 },
        { Quantity: 1, UnitPrice: 10, Amount: 10.02 },
      ],
    });
    const issues = checkAmountEqualsQuantityTimesPrice(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'Amount'],
      [3, 'Amount'],
    ]);
    expect(issues[0].message).toContain('360000.00');
  });

  test('non-numbers, negatives and fractional quantities are ledger.number errors', () => {
    const data = makeWorkbook({ Ledger: [{ Quantity: 1.5, UnitPrice: 'abc', Amount: -1 }] });
    const issues = checkLedgerNumbers(createValidationContext(data, options()));
    expect(issues.map((i) => [i.field, i.rule])).toEqual([
      ['Quantity', 'ledger.number'],
      ['UnitPrice', 'ledger.number'],
      ['Amount', 'ledger.number'],
    ]);
    expect(issues[1].message).toContain('abc');
  });
});
