import { createValidationContext } from '../../../../src/domain/validation';
import { checkBirthDateMatchesId } from '../../../../src/domain/validation/customers/birth-date-matches-id';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('customers/birth-date-matches-id', () => {
  test('matching dates (any spelling) and blank birth dates pass', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ BirthDate: '1991-01-01' }),
        endCustomer({ BirthDate: '1991年1月1日' }),
        endCustomer({ BirthDate: null }),
        endCustomer({ IdNumber: '11010519491231002X', BirthDate: '1949/12/31' }),
      ],
    });
    expect(checkBirthDateMatchesId(createValidationContext(data, options()))).toEqual([]);
  });

  test('a birth date that differs from the ID is a warning with both dates', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ BirthDate: '1991-01-02' })] });
    const issues = checkBirthDateMatchesId(createValidationContext(data, options()));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, field: 'BirthDate', severity: 'warning', rule: 'customer.birthdate.id' });
    expect(issues[0].message).toContain('1991-01-02');
    expect(issues[0].message).toContain('1991-01-01');
  });
});
