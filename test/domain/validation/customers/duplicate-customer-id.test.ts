import { createValidationContext } from '../../../../src/domain/validation';
import { checkDuplicateCustomerId } from '../../../../src/domain/validation/customers/duplicate-customer-id';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('customers/duplicate-customer-id', () => {
  test('distinct ids pass', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ CustomerId: 'C1' }), endCustomer({ CustomerId: 'C2' })] });
    expect(checkDuplicateCustomerId(createValidationContext(data, options()))).toEqual([]);
  });

  test('every row of a repeated id (compared loosely) is reported, naming the others', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ CustomerId: 'C1' }),
        endCustomer({ CustomerId: 'C2' }),
        endCustomer({ CustomerId: ' c1' }),
        endCustomer({ CustomerId: 'Ｃ1' }),
      ],
    });
    const issues = checkDuplicateCustomerId(createValidationContext(data, options()));
    expect(issues.map((i) => i.row)).toEqual([2, 4, 5]);
    expect(issues[0].message).toContain('4, 5');
    expect(issues[0].message).toContain('3 rows');
    expect(issues[1].message).toContain('2, 5');
  });
});
