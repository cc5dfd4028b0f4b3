import { createValidationContext } from '../../../../src/domain/validation';
import { checkKeyCustomerVisits } from '../../../../src/domain/validation/customers/key-customer-visits';
import { dealer, makeWorkbook, options, policyRows, staffRows } from '../make-table';

const staff = () => [...staffRows(), { StaffId: 'G001', Name: '孙总', Role: '总经理', Showroom: '', Active: '是' }];

describe('customers/key-customer-visits (VisitBy of the tier against Outings)', () => {
  test('an A tier visited by the GM, a B tier by the GM, a D tier never visited: no issue', () => {
    const data = makeWorkbook({
      Customers: [
        dealer({ Tier: 'A' }),
        dealer({ CustomerId: 'D002', Tier: 'B' }),
        dealer({ CustomerId: 'D003', Tier: 'D' }),
        dealer({ CustomerId: 'D004', Tier: 'A', Stage: '流失' }),
      ],
      Staff: staff(),
      Policy: policyRows(),
      Outings: [
        { Date: '2026-05-01', StaffId: 'G001', Purpose: '拜访', CustomerId: 'D001' },
        { Date: '2026-10-01', StaffId: 'G001', Purpose: '拜访', CustomerId: 'D002' },
      ],
    });
    expect(checkKeyCustomerVisits(createValidationContext(data, options()))).toEqual([]);
  });

  test('an A tier visited only by its salesperson, or by the GM too long ago, is reported', () => {
    const rows = {
      Customers: [dealer({ Tier: 'A' }), dealer({ CustomerId: 'D002', Tier: 'B' })],
      Staff: staff(),
      Policy: policyRows(),
      Outings: [
        { Date: '2026-10-01', StaffId: 'S001', Purpose: '拜访', CustomerId: 'D001' },
        { Date: '2025-10-01', StaffId: 'M001', Purpose: '拜访', CustomerId: 'D002' },
      ],
    };
    const en = checkKeyCustomerVisits(createValidationContext(makeWorkbook(rows), options()));
    expect(en.map((i) => [i.row, i.field, i.rule])).toEqual([
      [2, 'CustomerId', 'customer.policy.visit'],
      [3, 'CustomerId', 'customer.policy.visit'],
    ]);
    expect(en[0].message).toContain('visit by the General manager');
    const zh = checkKeyCustomerVisits(createValidationContext(makeWorkbook(rows), options({ lang: 'zh' })));
    expect(zh[1].message).toContain('由部门经理拜访');
  });
});
