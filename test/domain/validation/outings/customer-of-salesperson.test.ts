import { createValidationContext } from '../../../../src/domain/validation';
import { checkCustomerOfSalesperson } from '../../../../src/domain/validation/outings/customer-of-salesperson';
import { endCustomer, makeWorkbook, options, staffRows } from '../make-table';

const customers = [
  endCustomer({ CustomerId: 'C001', Owner: 'S001' }),
  endCustomer({ CustomerId: 'C002', Owner: 'S002', Phone: '13987654321' }),
];

describe('outings/customer-of-salesperson (an outing names a customer of that salesperson, or says why)', () => {
  test('own customers, no customer, or a reason in the purpose pass', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Customers: customers,
      Outings: [
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', CustomerId: 'C001' },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '车展', CustomerId: null },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '协助李四交车', CustomerId: 'C002' },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '替 S002 送合同', CustomerId: 'C002' },
      ],
    });
    expect(checkCustomerOfSalesperson(createValidationContext(data, options()))).toEqual([]);
  });

  test("another salesperson's customer without a reason, or an unknown customer, is a warning", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Customers: customers,
      Outings: [
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', CustomerId: 'C002' },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', CustomerId: 'C999' },
      ],
    });
    const issues = checkCustomerOfSalesperson(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'CustomerId'],
      [3, 'CustomerId'],
    ]);
    expect(issues[0].message).toContain('belongs to salesperson "S002", not "S001"');
    expect(issues[1].message).toContain('not on the Customers sheet');
  });
});
