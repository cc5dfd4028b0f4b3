import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkCustomerEnums,
  checkLedgerEnums,
  checkStaffEnums,
} from '../../../../src/domain/validation/customers/enum-values';
import { endCustomer, makeWorkbook, options } from '../make-table';

describe('customers/enum-values', () => {
  test('labels, English labels, keys and synonyms are accepted', () => {
    const data = makeWorkbook({
      Customers: [
        endCustomer({ Stage: 'Negotiating', Source: '上门' }),
        endCustomer({ Kind: 'dealer', Stage: 'lead', Contact: 'x', CreditStatus: 'A' }),
      ],
      Ledger: [{ Status: '已结清', Settlement: '电汇' }],
      Staff: [{ Active: true }, { Active: '离职' }],
    });
    const ctx = createValidationContext(data, options());
    expect([...checkCustomerEnums(ctx), ...checkLedgerEnums(ctx), ...checkStaffEnums(ctx)]).toEqual([]);
  });

  test('unknown values are errors listing the allowed labels in the chosen language', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ Stage: '快成交了' }), endCustomer({ Kind: '朋友' })] });
    const zh = checkCustomerEnums(createValidationContext(data, options({ lang: 'zh' })));
    expect(zh.map((i) => [i.row, i.field])).toEqual([
      [2, 'Stage'],
      [3, 'Kind'],
    ]);
    expect(zh[0].message).toContain('线索、洽谈、已签约、已交车、已结束、已流失');
    const en = checkCustomerEnums(createValidationContext(data, options({ lang: 'en' })));
    expect(en[0].message).toContain('Lead, Negotiating, Contracted, Delivered, Closed, Lost');
    expect(en[0].message).toContain('快成交了');
  });
});
