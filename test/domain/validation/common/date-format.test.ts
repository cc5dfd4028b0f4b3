import { createValidationContext } from '../../../../src/domain/validation';
import { checkCustomerDates, checkOutingDates } from '../../../../src/domain/validation/common/date-format';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('common/date-format', () => {
  test('dates in the usual spellings, serials and Date values pass', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ FirstContact: '2026/11/01', LastContact: 46000, BirthDate: new Date(Date.UTC(1991, 0, 1)) }),
        endCustomer({ LastContact: '2026年11月2日' }),
      ],
      Outings: [{ Date: '2026-11-27', RegisteredAt: '2026-11-26 17:30' }],
    });
    const ctx = createValidationContext(data, options());
    expect([...checkCustomerDates(ctx), ...checkOutingDates(ctx)]).toEqual([]);
  });

  test('unreadable dates are errors naming the value', () => {
    const data = makeWorkbook({
      Customers: [endCustomer({ LastContact: '上周三' }), endCustomer({ FirstContact: '2026-13-01' })],
      Outings: [{ Date: '2026-11-27', RegisteredAt: '昨天晚上' }],
    });
    const ctx = createValidationContext(data, options());
    const issues = checkCustomerDates(ctx);
    expect(issues.map((i) => [i.row, i.field, i.rule])).toEqual([
      [2, 'LastContact', 'customer.date.format'],
      [3, 'FirstContact', 'customer.date.format'],
    ]);
    expect(issues[0].message).toContain('上周三');
    expect(checkOutingDates(ctx).map((i) => [i.row, i.field])).toEqual([[2, 'RegisteredAt']]);
  });
});
