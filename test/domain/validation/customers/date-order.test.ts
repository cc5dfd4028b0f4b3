import { createValidationContext } from '../../../../src/domain/validation';
import { checkDateOrder } from '../../../../src/domain/validation/customers/date-order';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('customers/date-order', () => {
  test('first ≤ last ≤ today passes, including equal dates and today', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer(),
        endCustomer({ FirstContact: '2026-11-27', LastContact: '2026-11-27' }),
        endCustomer({ LastContact: null }),
      ],
    });
    expect(checkDateOrder(createValidationContext(data, options()))).toEqual([]);
  });

  test('last before first, and dates after today, are errors on the right cell', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ FirstContact: '2026-11-10', LastContact: '2026-11-09' }),
        endCustomer({ FirstContact: '2026-11-28', LastContact: '2026-12-01' }),
        endCustomer({ BirthDate: '2027-01-01' }),
      ],
    });
    const issues = checkDateOrder(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'LastContact'],
      [3, 'FirstContact'],
      [3, 'LastContact'],
      [4, 'BirthDate'],
    ]);
    expect(issues[0].message).toContain('2026-11-09');
    expect(issues[0].message).toContain('2026-11-10');
    expect(issues[1].message).toContain('2026-11-27');
  });
});
