import { createValidationContext, validateWorkbook } from '../../../../src/domain/validation';
import { checkLedgerCustomerExists } from '../../../../src/domain/validation/ledger/customer-exists';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('ledger/customer-exists', () => {
  test('ledger rows of known customers pass (ids compared loosely)', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ CustomerId: 'C001' })], Ledger: [{ CustomerId: 'c001 ' }] });
    expect(checkLedgerCustomerExists(createValidationContext(data, options()))).toEqual([]);
  });

  test('an unknown customer id is an error on the ledger row', () => {
    const data = makeWorkbook({
      Customers: [endCustomer({ CustomerId: 'C001' })],
      Ledger: [{ CustomerId: 'C001' }, { CustomerId: 'C404' }],
    });
    const issues = checkLedgerCustomerExists(createValidationContext(data, options()));
    expect(issues.map((i) => [i.sheet, i.row, i.field, i.severity])).toEqual([['Ledger', 3, 'CustomerId', 'error']]);
    expect(issues[0].message).toContain('C404');
  });

  test('does not run without a Customers sheet', () => {
    const data = makeWorkbook({ Ledger: [{ CustomerId: 'C404' }] });
    expect(validateWorkbook(data, options({ only: ['ledger.customer.unknown'] }))).toEqual([]);
  });
});
