import { createValidationContext } from '../../../../src/domain/validation';
import { checkPolicyCreditDays } from '../../../../src/domain/validation/ledger/policy-credit-days';
import { dealer, ledgerRow, makeWorkbook, options, policyRows } from '../make-table';

describe('ledger/policy-credit-days (credit days not above the tier in force)', () => {
  test('a B tier on 30 days, a D tier due the same day, a row without due date: no issue', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Tier: 'D' }), dealer({ CustomerId: 'D002', Tier: 'B' })],
      Policy: policyRows(),
      Ledger: [
        ledgerRow(),
        ledgerRow({ DueDate: '' }),
        ledgerRow({ CustomerId: 'D002', Settlement: '账期', DueDate: '2026-07-01' }),
      ],
    });
    expect(checkPolicyCreditDays(createValidationContext(data, options()))).toEqual([]);
  });

  test('a D-tier dealer (0 days) on 90-day credit is reported with the days given and allowed', () => {
    const rows = {
      Customers: [dealer({ Tier: 'D' })],
      Policy: policyRows(),
      Ledger: [ledgerRow({ Settlement: '账期', DueDate: '2026-08-30', PaidDate: '', PaidAmount: '' })],
    };
    const en = checkPolicyCreditDays(createValidationContext(makeWorkbook(rows), options()));
    expect(en.map((i) => [i.row, i.field, i.rule])).toEqual([[2, 'DueDate', 'ledger.policy.credit-days']]);
    expect(en[0].message).toContain('at most 0 credit days, this row gives 90');
    const zh = checkPolicyCreditDays(createValidationContext(makeWorkbook(rows), options({ lang: 'zh' })));
    expect(zh[0].message).toContain('共 90 天');
  });
});
