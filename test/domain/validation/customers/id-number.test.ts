import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkIdFormat,
  checkIdMatchesKind,
  checkResidentIdCheckDigit,
  checkUsccCheckDigit,
} from '../../../../src/domain/validation/customers/id-number';
import { dealer, endCustomer, makeWorkbook, options } from '../make-table';

const ctxOf = (rows: ReturnType<typeof endCustomer>[]) =>
  createValidationContext(makeWorkbook({ Customers: rows }), options());

describe('customers/id-number', () => {
  const good = [
    endCustomer({ IdNumber: '360426199101010071' }),
    endCustomer({ IdNumber: '11010519491231002x' }),
    dealer({ IdNumber: '91110000600037341L' }),
    endCustomer({ IdNumber: null }),
  ];

  test('known-good vectors raise nothing', () => {
    const ctx = ctxOf(good);
    expect([
      ...checkIdFormat(ctx),
      ...checkResidentIdCheckDigit(ctx),
      ...checkUsccCheckDigit(ctx),
      ...checkIdMatchesKind(ctx),
    ]).toEqual([]);
  });

  test('a resident ID with a wrong check digit is an error', () => {
    const issues = checkResidentIdCheckDigit(ctxOf([endCustomer({ IdNumber: '110105194912310021' })]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, field: 'IdNumber', rule: 'customer.id.check', severity: 'error' });
    expect(issues[0].message).toContain('110105194912310021');
  });

  test('an ID already damaged by Excel (a number over 15 digits) is left to customer.number.damaged', () => {
    const ctx = ctxOf([endCustomer({ IdNumber: 360426199101010071 })]);
    expect([...checkIdFormat(ctx), ...checkResidentIdCheckDigit(ctx)]).toEqual([]);
    // ... also when the adapter hands it over as text and lists the row in numericCodes (.xlsx, Excel)
    const data = makeWorkbook({ Customers: [endCustomer({ IdNumber: '360426199101010000' })] });
    data.Customers!.numericCodes = { IdNumber: [0] };
    const listed = createValidationContext(data, options());
    expect([...checkIdFormat(listed), ...checkResidentIdCheckDigit(listed)]).toEqual([]);
    // the same text typed as text is a check-digit error (a typo)
    expect(checkResidentIdCheckDigit(ctxOf([endCustomer({ IdNumber: '360426199101010000' })]))).toHaveLength(1);
  });

  test('a USCC failing its check (also pilot-region codes) is only a warning', () => {
    const issues = checkUsccCheckDigit(
      ctxOf([dealer({ IdNumber: '91110000600037341M' }), dealer({ IdNumber: '91350100M0001TGQXM' })]),
    );
    expect(issues.map((i) => [i.row, i.severity, i.rule])).toEqual([
      [2, 'warning', 'customer.uscc.check'],
      [3, 'warning', 'customer.uscc.check'],
    ]);
  });

  test('a number of neither shape is a format error', () => {
    const issues = checkIdFormat(
      ctxOf([endCustomer({ IdNumber: '12345' }), endCustomer({ IdNumber: '360426199113010071' })]),
    );
    expect(issues.map((i) => i.row)).toEqual([2, 3]);
    expect(issues[0].rule).toBe('customer.id.format');
  });

  test('permits, passports and other documents are no format error; junk still is, naming the kinds known', () => {
    const ctx = ctxOf([
      endCustomer({ IdNumber: 'E12345678' }),
      endCustomer({ IdNumber: 'H12345678' }),
      endCustomer({ IdNumber: '12345678' }),
      endCustomer({ IdNumber: 'A1234567' }),
      endCustomer({ IdNumber: '7654321' }),
      endCustomer({ IdNumber: '不详' }),
    ]);
    const issues = checkIdFormat(ctx);
    expect(issues.map((i) => i.row)).toEqual([7]);
    expect(issues[0].message).toMatch(/passport/);
    expect([...checkResidentIdCheckDigit(ctx), ...checkUsccCheckDigit(ctx), ...checkIdMatchesKind(ctx)]).toEqual([]);
  });

  test('a dealer with a permit or passport is a warning naming the document', () => {
    const issues = checkIdMatchesKind(ctxOf([dealer({ IdNumber: 'H12345678' }), dealer({ IdNumber: 'E12345678' })]));
    expect(issues.map((i) => [i.row, i.severity, i.rule])).toEqual([
      [2, 'warning', 'customer.id.kind'],
      [3, 'warning', 'customer.id.kind'],
    ]);
    expect(issues[0].message).toMatch(/Hong Kong\/Macau permit number "H12345678"/);
    expect(issues[1].message).toMatch(/passport number "E12345678"/);
  });

  test('end customer with a USCC and dealer with a resident ID are warnings', () => {
    const issues = checkIdMatchesKind(
      ctxOf([endCustomer({ IdNumber: '91110000600037341L' }), dealer({ IdNumber: '360426199101010071' })]),
    );
    expect(issues.map((i) => [i.row, i.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
    ]);
    expect(issues[0].message).toMatch(/End customer/);
    expect(issues[1].message).toMatch(/Dealer/);
  });
});
