import { RULES, validateWorkbook } from '../../../src/domain/validation';
import { CUSTOMERS } from '../../../src/domain/schema';
import { endCustomer, makeTable, makeWorkbook, options, rulesOf } from './make-table';

describe('validateWorkbook', () => {
  test('a CSV with only a Customers header row gives no issues and does not throw', () => {
    const data = {
      Customers: makeTable('Customers', [], {
        fields: CUSTOMERS.fields.filter((f) => f.owner !== 'addin').map((f) => f.key),
      }),
    };
    expect(validateWorkbook(data, options())).toEqual([]);
    expect(validateWorkbook(data, options({ lang: 'zh' }))).toEqual([]);
  });

  test('rules that need Staff or Ledger do not run without them', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ Owner: 'NOBODY', Stage: '已签约' })] });
    const rules = rulesOf(validateWorkbook(data, options()));
    expect(rules).not.toContain('customer.owner.unknown');
    expect(rules).not.toContain('customer.deal.no-ledger');
    expect(rules).toEqual([]);
  });

  test('runs the rules in registry order and honours only/skip', () => {
    const data = makeWorkbook({ Customers: [endCustomer({ Phone: '123', Stage: '???' })] });
    expect(rulesOf(validateWorkbook(data, options()))).toEqual(['customer.enum', 'customer.phone.format']);
    expect(rulesOf(validateWorkbook(data, options({ only: ['customer.phone.format'] })))).toEqual([
      'customer.phone.format',
    ]);
    expect(rulesOf(validateWorkbook(data, options({ skip: ['customer.phone.format'] })))).toEqual(['customer.enum']);
  });

  test('with a cap, issues past it are counted in one summary issue, not dropped silently', () => {
    const rows = Array.from({ length: 12 }, (_, i) => endCustomer({ CustomerId: 'C' + i, Phone: '12' }));
    const issues = validateWorkbook(makeWorkbook({ Customers: rows }), options({ maxIssuesPerRule: 5 }));
    expect(issues).toHaveLength(6);
    expect(issues[5].row).toBe(1);
    expect(issues[5].message).toContain('7 more rows');
    expect(issues[5].rule).toBe('customer.phone.format');
  });

  test('RULES carries id, sheet, severity, titles and the module to look in', () => {
    const r = RULES.find((x) => x.id === 'outing.registered.late')!;
    expect(r).toMatchObject({ sheet: 'Outings', severity: 'warning', module: 'outings/registered-before-leaving' });
    expect(r.title.zh).toBe('外出登记晚于外出');
  });
});
