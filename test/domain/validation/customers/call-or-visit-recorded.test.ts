import { createValidationContext } from '../../../../src/domain/validation';
import { checkCallOrVisitRecorded } from '../../../../src/domain/validation/customers/call-or-visit-recorded';
import { endCustomer, makeWorkbook, options, staffRows } from '../make-table';

const duty = [{ Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001、S003' }];

describe("customers/call-or-visit-recorded (a call or walk-in customer has that day's record)", () => {
  test('a record by CustomerId or by phone, another source, or a day without a rota pass', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Customers: [
        endCustomer({ CustomerId: 'C001', Source: '来电', FirstContact: '2026-11-26', Phone: '13812345678' }),
        endCustomer({ CustomerId: 'C002', Source: '到店', FirstContact: '2026-11-26', Phone: '13987654321' }),
        endCustomer({ CustomerId: 'C003', Source: '转介绍', FirstContact: '2026-11-26', Phone: '13700000001' }),
        endCustomer({ CustomerId: 'C004', Source: '来电', FirstContact: '2026-11-25', Phone: '13700000002' }),
      ],
      Calls: [{ Time: '2026-11-26 09:30', Phone: '13700000009', RecordedBy: 'S001', CustomerId: 'c001' }],
      Visits: [{ Time: '2026-11-26 14:00', Phone: '139-8765-4321', RecordedBy: 'S003' }],
    });
    expect(checkCallOrVisitRecorded(createValidationContext(data, options()))).toEqual([]);
  });

  test('no call (or visit) that day for the customer is a question for the supervisor (a warning)', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Customers: [
        endCustomer({ CustomerId: 'C001', Source: '来电', FirstContact: '2026-11-26', Phone: '13812345678' }),
        endCustomer({ CustomerId: 'C002', Source: '到店', FirstContact: '2026-11-26', Phone: '13987654321' }),
      ],
      // the call is the walk-in's phone, the visit the caller's: neither matches the right register
      Calls: [{ Time: '2026-11-26 09:30', Phone: '13987654321', RecordedBy: 'S001' }],
      Visits: [{ Time: '2026-11-25 14:00', Phone: '13812345678', RecordedBy: 'S003', CustomerId: 'C002' }],
    });
    const issues = checkCallOrVisitRecorded(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'Source', 'warning'],
      [3, 'Source', 'warning'],
    ]);
    expect(issues[0].message).toContain('record the call');
    expect(issues[1].message).toContain('record the visit');
    const zh = checkCallOrVisitRecorded(createValidationContext(data, options({ lang: 'zh' })));
    expect(zh[0].message).toContain('「来电登记」当天没有这个客户');
  });
});
