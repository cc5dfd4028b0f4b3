import { createValidationContext } from '../../../../src/domain/validation';
import { checkLedgerRequired, checkStaffRequired } from '../../../../src/domain/validation/common/required-fields';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('common/required-fields', () => {
  test('complete rows pass', () => {
    const data = makeWorkbook({ Staff: staffRows() });
    expect(checkStaffRequired(createValidationContext(data, options()))).toEqual([]);
  });

  test('blank required cells of other sheets are errors', () => {
    const data = makeWorkbook({
      Ledger: [
        { TxnId: 'T1', CustomerId: '', Date: '2026-11-01', Status: '已签约', Notes: undefined as never },
        { TxnId: null, CustomerId: null, Date: null, Status: null },
      ].map(({ Notes, ...r }) => (void Notes, r)),
    });
    const issues = checkLedgerRequired(createValidationContext(data, options()));
    expect(issues.map((i) => [i.sheet, i.row, i.field, i.rule])).toEqual([
      ['Ledger', 2, 'CustomerId', 'ledger.required'],
    ]);
  });
});
