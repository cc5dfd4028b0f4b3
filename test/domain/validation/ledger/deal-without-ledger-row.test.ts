import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkDealWithoutLedgerRow,
  checkLedgerRowForLead,
} from '../../../../src/domain/validation/ledger/deal-without-ledger-row';
import { dealer, endCustomer, makeWorkbook, options } from '../make-table';

describe('ledger/deal-without-ledger-row', () => {
  test('stages and ledger agree', () => {
    const data = makeWorkbook({
      Customers: [
        dealer({ CustomerId: 'D1', Stage: '已签约' }),
        dealer({ CustomerId: 'D2', Stage: '线索' }),
        endCustomer({ CustomerId: 'C1', Stage: '已交车' }),
      ],
      Ledger: [
        { CustomerId: 'D1', Status: '已签约' },
        { CustomerId: 'D2', Status: '已取消' },
      ],
    });
    const ctx = createValidationContext(data, options());
    // No end customer is in the ledger: it is a dealers-only ledger, so C1 is not expected there.
    expect([...checkDealWithoutLedgerRow(ctx), ...checkLedgerRowForLead(ctx)]).toEqual([]);
  });

  test('a contracted dealer with no ledger row, and a live ledger row for a lead, are warnings', () => {
    const data = makeWorkbook({
      Customers: [
        dealer({ CustomerId: 'D1', Stage: '已签约' }),
        dealer({ CustomerId: 'D2', Stage: '线索' }),
        endCustomer({ CustomerId: 'C1', Stage: '已交车' }),
        endCustomer({ CustomerId: 'C2', Stage: '已交车' }),
      ],
      Ledger: [
        { CustomerId: 'D2', Status: '已签约' },
        { CustomerId: 'C2', Status: '已交车' },
      ],
    });
    const ctx = createValidationContext(data, options());
    // C2 is in the ledger, so end customers are recorded there too: C1 is missing.
    expect(checkDealWithoutLedgerRow(ctx).map((i) => [i.sheet, i.row, i.severity])).toEqual([
      ['Customers', 2, 'warning'],
      ['Customers', 4, 'warning'],
    ]);
    const lead = checkLedgerRowForLead(ctx);
    expect(lead.map((i) => [i.sheet, i.row])).toEqual([['Ledger', 2]]);
    expect(lead[0].message).toContain('row 3');
  });

  test('every row of a repeated CustomerId counts as in the ledger', () => {
    const data = makeWorkbook({
      Customers: [
        dealer({ CustomerId: 'D1', Stage: '已签约' }),
        dealer({ CustomerId: 'D3', Stage: '已签约' }),
        dealer({ CustomerId: 'd1 ', Stage: '已交车' }),
      ],
      Ledger: [{ CustomerId: 'D1', Status: '已签约' }],
    });
    const issues = checkDealWithoutLedgerRow(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([[3, 'Stage']]);
  });
});
