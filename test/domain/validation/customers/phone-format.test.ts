import { createValidationContext } from '../../../../src/domain/validation';
import { checkPhoneFormat } from '../../../../src/domain/validation/customers/phone-format';
import { endCustomer, makeWorkbook, options } from '../make-table';

const run = (phones: Array<string | number | null>, lang: 'zh' | 'en' = 'en') =>
  checkPhoneFormat(
    createValidationContext(
      makeWorkbook({ Customers: phones.map((p, i) => endCustomer({ CustomerId: 'C' + i, Phone: p })) }),
      options({ lang }),
    ),
  );

describe('customers/phone-format', () => {
  test('valid mobiles and landlines in their usual spellings pass', () => {
    expect(
      run(['13812345678', '+86 138-1234-5678', '１３８１２３４５６７８', '010-62345678', '(0755) 8888 6666', null]),
    ).toEqual([]);
  });

  test('short, long and impossible numbers are errors naming row, column and value', () => {
    const issues = run(['1381234567', '12812345678', '62345678', 'abc'], 'en');
    expect(issues.map((i) => i.row)).toEqual([2, 3, 4, 5]);
    expect(
      issues.every((i) => i.rule === 'customer.phone.format' && i.severity === 'error' && i.field === 'Phone'),
    ).toBe(true);
    expect(issues[0].message).toContain('row 2');
    expect(issues[0].message).toContain('电话 (Phone)');
    expect(issues[0].message).toContain('1381234567');
  });
});
