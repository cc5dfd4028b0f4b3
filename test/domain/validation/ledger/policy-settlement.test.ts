import { createValidationContext } from '../../../../src/domain/validation';
import { checkPolicySettlement } from '../../../../src/domain/validation/ledger/policy-settlement';
import { dealer, ledgerRow, makeWorkbook, options, policyRows } from '../make-table';

describe('ledger/policy-settlement (settlement allowed by the tier in force)', () => {
  test('a D-tier dealer paying cash or by transfer, a C tier on acceptance, an A tier on credit: no issue', () => {
    const data = makeWorkbook({
      Customers: [
        dealer({ Tier: 'D' }),
        dealer({ CustomerId: 'D002', Tier: 'C' }),
        dealer({ CustomerId: 'D003', Tier: 'A' }),
      ],
      Policy: policyRows(),
      Ledger: [
        ledgerRow(),
        ledgerRow({ Settlement: '转账' }),
        ledgerRow({ CustomerId: 'D002', Settlement: '承兑汇票' }),
        ledgerRow({ CustomerId: 'D003', Settlement: '账期' }),
      ],
    });
    expect(checkPolicySettlement(createValidationContext(data, options()))).toEqual([]);
  });

  test('a D-tier dealer on credit is reported, in both languages, naming the tier and its settlement', () => {
    const rows = {
      Customers: [dealer({ Tier: 'D' })],
      Policy: policyRows(),
      Ledger: [ledgerRow({ Settlement: '账期' })],
    };
    const en = checkPolicySettlement(createValidationContext(makeWorkbook(rows), options()));
    expect(en.map((i) => [i.row, i.field, i.rule, i.severity])).toEqual([
      [2, 'Settlement', 'ledger.policy.settlement', 'warning'],
    ]);
    expect(en[0].message).toContain('tier D');
    expect(en[0].message).toContain('"Cash"');
    expect(en[0].message).toContain('"On credit"');
    const zh = checkPolicySettlement(createValidationContext(makeWorkbook(rows), options({ lang: 'zh' })));
    expect(zh[0].message).toContain('「现款」');
    expect(zh[0].message).toContain('经销商台账');
  });

  test('the tier comes from the latest review approved before the row, else the customer file', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Tier: 'A' })],
      Policy: policyRows(),
      Reviews: [
        {
          ReviewId: 'R1',
          CustomerId: 'D001',
          Kind: '年度评审',
          Period: '2025',
          ApprovedTier: 'D',
          ApprovedDate: '2026-03-01',
        },
        {
          ReviewId: 'R2',
          CustomerId: 'D001',
          Kind: '特殊评审',
          Period: '2026-08',
          ApprovedTier: 'B',
          ApprovedDate: '2026-08-10',
        },
      ],
      Ledger: [
        ledgerRow({ Date: '2026-02-01', Settlement: '账期' }), // A from the file: fine
        ledgerRow({ Date: '2026-03-01', Settlement: '账期' }), // the approval day itself: still A
        ledgerRow({ Date: '2026-05-01', Settlement: '账期' }), // D since 2026-03-01: reported
        ledgerRow({ Date: '2026-09-01', Settlement: '账期' }), // B since 2026-08-10: fine
        ledgerRow({ Date: '2026-05-02', Settlement: '账期', Status: '已取消' }), // cancelled: ignored
      ],
    });
    const issues = checkPolicySettlement(createValidationContext(data, options()));
    expect(issues.map((i) => i.row)).toEqual([4]);
    expect(issues[0].message).toContain('review on row 2');
  });

  test('end customers and dealers without a tier are not checked', () => {
    const data = makeWorkbook({
      Customers: [dealer({ Tier: '' }), dealer({ CustomerId: 'C001', Kind: '最终客户', Tier: 'D' })],
      Policy: policyRows(),
      Ledger: [ledgerRow({ Settlement: '账期' }), ledgerRow({ CustomerId: 'C001', Settlement: '账期' })],
    });
    expect(checkPolicySettlement(createValidationContext(data, options()))).toEqual([]);
  });
});
