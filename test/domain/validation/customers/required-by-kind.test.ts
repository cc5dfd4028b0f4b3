import { createValidationContext } from '../../../../src/domain/validation';
import { checkRequiredByKind } from '../../../../src/domain/validation/customers/required-by-kind';
import { dealer, endCustomer, makeWorkbook, options } from '../make-table';

describe('customers/required-by-kind', () => {
  test('complete end customers and dealers pass', () => {
    const ctx = createValidationContext(
      makeWorkbook({ Customers: [endCustomer(), dealer({ CustomerId: 'D1' })] }),
      options(),
    );
    expect(checkRequiredByKind(ctx)).toEqual([]);
  });

  test('a dealer without Contact is an error; an end customer without Contact is not', () => {
    const data = makeWorkbook({
      Customers: [endCustomer({ Contact: '' }), dealer({ Contact: '' }), dealer({ Contact: '  ' })],
    });
    const issues = checkRequiredByKind(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [3, 'Contact', 'error'],
      [4, 'Contact', 'error'],
    ]);
    expect(issues[0].message).toContain('row 3');
    expect(issues[0].message).toContain('联系人 (Contact)');
  });

  test('blank always-required cells are reported per field; fully blank rows are skipped', () => {
    const blankRow = Object.fromEntries(Object.keys(endCustomer()).map((k) => [k, null]));
    const data = makeWorkbook({ Customers: [endCustomer({ Phone: null, Owner: '' }), blankRow] });
    const issues = checkRequiredByKind(createValidationContext(data, options({ lang: 'zh' })));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'Phone'],
      [2, 'Owner'],
    ]);
    expect(issues[0].message).toMatch(/第 2 行「电话」列/);
  });
});
