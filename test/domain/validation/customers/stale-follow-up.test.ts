import { createValidationContext } from '../../../../src/domain/validation';
import { checkStaleFollowUp } from '../../../../src/domain/validation/customers/stale-follow-up';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('customers/stale-follow-up', () => {
  test('recent follow-ups, and closed or lost customers, pass', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ LastContact: '2026-10-28' }), // exactly 30 days
        endCustomer({ Stage: '已流失', LastContact: '2025-01-01' }),
        endCustomer({ Stage: '已交车', LastContact: '2025-01-01' }),
      ],
    });
    expect(checkStaleFollowUp(createValidationContext(data, options()))).toEqual([]);
  });

  test('an active customer past the limit is a warning; FirstContact is used when LastContact is blank', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ LastContact: '2026-10-27' }),
        endCustomer({ Stage: '线索', FirstContact: '2026-09-01', LastContact: null }),
      ],
    });
    const issues = checkStaleFollowUp(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'LastContact', 'warning'],
      [3, 'FirstContact', 'warning'],
    ]);
    expect(issues[0].message).toContain('31 days');
  });

  test('the limit is configurable', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ LastContact: '2026-11-20' })] });
    expect(checkStaleFollowUp(createValidationContext(data, options({ staleDays: 5 })))).toHaveLength(1);
    expect(checkStaleFollowUp(createValidationContext(data, options({ staleDays: 7 })))).toHaveLength(0);
  });
});
