import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkCallPhoneOwner,
  checkVisitPhoneOwner,
} from '../../../../src/domain/validation/calls/phone-of-another-salesperson';
import { endCustomer, makeWorkbook, options, staffRows } from '../make-table';

const customers = [
  endCustomer({ CustomerId: 'C001', Phone: '138 1234 5678', Owner: 'S001' }),
  endCustomer({ CustomerId: 'C002', Phone: '13987654321', Owner: 'S002' }),
];

describe("calls/phone-of-another-salesperson (a call or walk-in of another salesperson's customer)", () => {
  test("the recorder's own customer, the customer the record became, or a new number pass", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Customers: customers,
      Calls: [
        { Time: '2026-11-26 10:00', Phone: '+86 138-1234-5678', RecordedBy: 'S001' },
        { Time: '2026-11-26 11:00', Phone: '13987654321', RecordedBy: 'S001', CustomerId: 'C002' },
        { Time: '2026-11-26 12:00', Phone: '13700000000', RecordedBy: 'S001' },
      ],
      Visits: [{ Time: '2026-11-26 10:00', Phone: '１３９８７６５４３２１', RecordedBy: 'S002' }],
    });
    const ctx = createValidationContext(data, options());
    expect([...checkCallPhoneOwner(ctx), ...checkVisitPhoneOwner(ctx)]).toEqual([]);
  });

  test("a number that is another salesperson's customer is a conflict warning, however it is typed", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Customers: customers,
      Calls: [
        { Time: '2026-11-26 10:00', Phone: '0086 13987654321', RecordedBy: 'S001' },
        { Time: '2026-11-26 11:00', Phone: '13812345678', RecordedBy: 'S002', CustomerId: 'C003' },
      ],
      Visits: [{ Time: '2026-11-26 10:00', Phone: '138-1234-5678', RecordedBy: 'S002' }],
    });
    const ctx = createValidationContext(data, options());
    const calls = checkCallPhoneOwner(ctx);
    expect(calls.map((i) => [i.sheet, i.row, i.field, i.severity])).toEqual([
      ['Calls', 2, 'Phone', 'warning'],
      ['Calls', 3, 'Phone', 'warning'],
    ]);
    expect(calls[0].message).toContain('customer "C002" (Customers row 3, salesperson "S002")');
    const visits = checkVisitPhoneOwner(ctx);
    expect(visits.map((i) => [i.sheet, i.row])).toEqual([['Visits', 2]]);
    expect(visits[0].message).toContain('"S001"');
  });
});
