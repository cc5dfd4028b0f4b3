import { createValidationContext } from '../../../../src/domain/validation';
import { checkPolicyCreditLimit } from '../../../../src/domain/validation/ledger/policy-credit-limit';
import { dealer, ledgerRow, makeWorkbook, options, policyRows } from '../make-table';

const unpaid = { Settlement: '账期', Status: '已交车', PaidDate: '', PaidAmount: '' };

describe('ledger/policy-credit-limit (open credit within the tier in force)', () => {
  test('a C tier (limit 500,000) owing 400,000, then paying before the next: no issue', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Tier: 'C' })],
      Policy: policyRows(),
      Ledger: [
        ledgerRow({ ...unpaid, Amount: 400000, PaidDate: '2026-06-10', PaidAmount: 400000 }),
        ledgerRow({ ...unpaid, Date: '2026-06-20', Amount: 300000 }),
        ledgerRow({ Date: '2026-06-21' }), // D-style cash row paid the same day
      ],
    });
    expect(checkPolicyCreditLimit(createValidationContext(data, options()))).toEqual([]);
  });

  test('the row that takes open credit above the limit is reported, and each later unpaid one', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Tier: 'C' }), dealer({ CustomerId: 'D002', Tier: 'D' })],
      Policy: policyRows(),
      Ledger: [
        ledgerRow({ ...unpaid, Amount: 400000 }),
        ledgerRow({ ...unpaid, Date: '2026-06-05', Amount: 200000 }),
        ledgerRow({ Date: '2026-06-06', PaidDate: '2026-06-06' }), // paid on the day: adds no credit
        ledgerRow({ ...unpaid, CustomerId: 'D002', Amount: 90000 }),
      ],
    });
    const issues = checkPolicyCreditLimit(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'Amount'],
      [5, 'Amount'],
    ]);
    expect(issues[0].message).toContain('owes 600,000, above the credit limit 500,000 of tier C');
    expect(issues[1].message).toContain('above the credit limit 0 of tier D');
  });
});

test('a contracted row (no car delivered yet) gives no credit', () => {
  const data = makeWorkbook({
    Customers: [dealer({ Tier: 'D' })],
    Policy: policyRows(),
    Ledger: [ledgerRow({ ...unpaid, Status: '已签约', Settlement: '现款' })],
  });
  expect(checkPolicyCreditLimit(createValidationContext(data, options()))).toEqual([]);
});
