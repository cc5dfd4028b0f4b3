import { createValidationContext } from '../../../../src/domain/validation';
import { checkCustomerColumns, checkLedgerColumns } from '../../../../src/domain/validation/common/required-columns';
import { dealer, endCustomer, makeTable, makeWorkbook, options } from '../make-table';

describe('common/required-columns', () => {
  test('a sheet with every required column passes', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ Contact: null })] });
    expect(checkCustomerColumns(createValidationContext(data, options()))).toEqual([]);
  });

  test('missing columns are reported once, at the header row', () => {
    const { Phone, ...noPhone } = endCustomer();
    void Phone;
    const data = makeWorkbook({
      Customers: [noPhone, noPhone],
      Ledger: makeTable('Ledger', [{ TxnId: 'T1' }], { firstRow: 5 }),
    });
    const ctx = createValidationContext(data, options());
    const issues = checkCustomerColumns(ctx);
    expect(issues.map((i) => [i.row, i.rule, i.severity])).toEqual([[1, 'customer.column.missing', 'error']]);
    expect(issues[0].message).toContain('"Phone"');
    const ledger = checkLedgerColumns(ctx);
    expect(ledger.length).toBe(7); // CustomerId, Date, Model, Quantity, UnitPrice, Amount, Status
    expect(ledger.every((i) => i.row === 4 && i.sheet === 'Ledger')).toBe(true);
  });

  test('Contact is needed as a column only when there are dealers', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Contact: undefined as never })].map(({ Contact, ...r }) => (void Contact, r)),
    });
    const issues = checkCustomerColumns(createValidationContext(data, options()));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/1 Dealer customers/);
  });

  test('the columns that matched no field are offered as the missing one under another name', () => {
    const { Phone, ...noPhone } = endCustomer();
    void Phone;
    const table = makeTable('Customers', [noPhone]);
    table.mapping.extra = ['联系方式2', '微信'];
    const zh = checkCustomerColumns(createValidationContext({ Customers: table }, options({ lang: 'zh' })));
    expect(zh[0].message).toContain('表头里有未能识别的列：联系方式2、微信；若其中一列就是「电话」');
    const en = checkCustomerColumns(createValidationContext({ Customers: table }, options()));
    expect(en[0].message).toContain('not recognised: 联系方式2, 微信. If one of them is "Phone"');
    table.mapping.extra = [];
    const none = checkCustomerColumns(createValidationContext({ Customers: table }, options()));
    expect(none[0].message).not.toContain('not recognised');
  });
});
