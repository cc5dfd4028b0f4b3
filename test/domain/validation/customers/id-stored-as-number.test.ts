import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkNumberDamaged,
  checkStoredAsNumber,
  integerDigits,
} from '../../../../src/domain/validation/customers/id-stored-as-number';
import { endCustomer, makeTable, makeWorkbook, options } from '../make-table';

describe('customers/id-stored-as-number', () => {
  test('text IDs and phones pass', () => {
    const ctx = createValidationContext(makeWorkbook({ Customers: [endCustomer()] }), options());
    expect([...checkNumberDamaged(ctx), ...checkStoredAsNumber(ctx)]).toEqual([]);
  });

  test('an 18-digit ID typed as a number is an error; a phone as a number is a warning', () => {
    const rows = [endCustomer({ IdNumber: 360426199101010071 }), endCustomer({ Phone: 13812345678 })];
    const ctx = createValidationContext(makeWorkbook({ Customers: rows }), options());
    const damaged = checkNumberDamaged(ctx);
    expect(damaged.map((i) => [i.row, i.field, i.severity])).toEqual([[2, 'IdNumber', 'error']]);
    expect(damaged[0].message).toMatch(/Text/);
    expect(damaged[0].message).toContain('18-digit');
    const stored = checkStoredAsNumber(ctx);
    expect(stored.map((i) => [i.row, i.field, i.severity])).toEqual([[3, 'Phone', 'warning']]);
  });

  test("uses the adapter's numericCodes when present", () => {
    const tb = makeTable('Customers', [endCustomer({ Phone: 1062345678 }), endCustomer({ Phone: 1062345679 })], {
      numericCodes: { Phone: [1] },
    });
    const issues = checkStoredAsNumber(createValidationContext({ Customers: tb }, options()));
    expect(issues.map((i) => i.row)).toEqual([3]);
  });

  test('integerDigits', () => {
    expect(integerDigits(360426199101010071)).toBe(18);
    expect(integerDigits(13812345678)).toBe(11);
    expect(integerDigits(0)).toBe(1);
  });
});
