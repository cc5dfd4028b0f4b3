import { createValidationContext, validateWorkbook } from '../../../../src/domain/validation';
import {
  checkCustomerFormulas,
  checkLedgerFormulas,
} from '../../../../src/domain/validation/common/uncalculated-formula';
import { endCustomer, makeTable, makeWorkbook, options, staffRows } from '../make-table';

describe('common/uncalculated-formula', () => {
  const customers = () =>
    makeTable(
      'Customers',
      [
        endCustomer(),
        endCustomer({ CustomerId: 'C002', Name: null, Phone: null }),
        endCustomer({ CustomerId: 'C003' }),
      ],
      { uncalculated: { Phone: [1], Name: [1] } },
    );

  test('a formula without a stored result is a warning on its cell, in sheet order, saying what to do', () => {
    const issues = checkCustomerFormulas(createValidationContext(makeWorkbook({ Customers: customers() }), options()));
    // Name is left of Phone in the sheet: row 3's Name first
    expect(issues.map((i) => [i.sheet, i.row, i.field, i.rule, i.severity])).toEqual([
      ['Customers', 3, 'Name', 'customer.formula.uncalculated', 'warning'],
      ['Customers', 3, 'Phone', 'customer.formula.uncalculated', 'warning'],
    ]);
    expect(issues[0].message).toMatch(/row 3.*formula.*no calculated result.*Open the file in Excel or WPS, save it/);
    const zh = checkCustomerFormulas(
      createValidationContext(makeWorkbook({ Customers: customers() }), options({ lang: 'zh' })),
    );
    expect(zh[0].message).toMatch(/第 3 行.*公式.*没有保存它的计算结果.*打开文件并保存/);
  });

  test('the cell is not reported as empty as well: the required rules skip it', () => {
    const issues = validateWorkbook(makeWorkbook({ Customers: customers(), Staff: staffRows() }), options());
    const row3 = issues.filter((i) => i.row === 3).map((i) => `${i.rule}:${i.field}`);
    expect(row3).toEqual(['customer.formula.uncalculated:Name', 'customer.formula.uncalculated:Phone']);
    // without the adapter's list the same blanks are required-field errors (the rule above is what stops them)
    const plain = makeTable('Customers', [endCustomer(), endCustomer({ CustomerId: 'C002', Name: null, Phone: null })]);
    const without = validateWorkbook(makeWorkbook({ Customers: plain, Staff: staffRows() }), options());
    expect(without.filter((i) => i.row === 3).map((i) => i.rule)).toEqual(['customer.required', 'customer.required']);
  });

  test('other sheets: a ledger amount computed by a formula the file did not store', () => {
    const ledger = makeTable(
      'Ledger',
      [
        {
          TxnId: 'T1',
          CustomerId: 'C001',
          Date: '2026-11-01',
          Status: '已签约',
          Quantity: 2,
          UnitPrice: 10,
          Amount: null,
        },
      ],
      { uncalculated: { Amount: [0] } },
    );
    const issues = checkLedgerFormulas(createValidationContext(makeWorkbook({ Ledger: ledger }), options()));
    expect(issues.map((i) => [i.sheet, i.row, i.field, i.rule])).toEqual([
      ['Ledger', 2, 'Amount', 'ledger.formula.uncalculated'],
    ]);
  });

  test('a table without such cells gives nothing', () => {
    const data = makeWorkbook({ Customers: [endCustomer()] });
    expect(checkCustomerFormulas(createValidationContext(data, options()))).toEqual([]);
  });
});
