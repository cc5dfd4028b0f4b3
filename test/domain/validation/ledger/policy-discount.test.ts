import { createValidationContext } from '../../../../src/domain/validation';
import { checkPolicyDiscount } from '../../../../src/domain/validation/ledger/policy-discount';
import { dealer, ledgerRow, makeWorkbook, options, policyRows } from '../make-table';

describe('ledger/policy-discount (discount not above the tier in force)', () => {
  test('discounts within the policy, typed as fractions or percentages: no issue', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Tier: 'B' })],
      Policy: policyRows(),
      Ledger: [ledgerRow({ Discount: 0.03 }), ledgerRow({ Discount: '2%' }), ledgerRow({ Discount: '' })],
    });
    expect(checkPolicyDiscount(createValidationContext(data, options()))).toEqual([]);
  });

  test('a C tier given 5% (policy 1.5%) is reported in both languages', () => {
    const rows = { Customers: [dealer({ Tier: 'C' })], Policy: policyRows(), Ledger: [ledgerRow({ Discount: '5%' })] };
    const en = checkPolicyDiscount(createValidationContext(makeWorkbook(rows), options()));
    expect(en.map((i) => [i.row, i.field, i.rule])).toEqual([[2, 'Discount', 'ledger.policy.discount']]);
    expect(en[0].message).toContain('at most 1.5% discount, this row gives 5%');
    const zh = checkPolicyDiscount(createValidationContext(makeWorkbook(rows), options({ lang: 'zh' })));
    expect(zh[0].message).toContain('本行折扣为 5%');
  });
});
