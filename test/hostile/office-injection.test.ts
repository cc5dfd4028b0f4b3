/**
 * Hostile input: strings a customer record may hold that Excel would read as a formula, a number or
 * a quote prefix. Through every write path of the Office adapter each must end up as the literal text
 * in its cell (the recording fake reads what is written as Excel does: FakeExcel.enter), while the
 * add-in's own links stay live formulas and numbers stay numbers.
 */
import { CUSTOMERS, userFields } from '../../src/domain/schema';
import { FakeExcel } from '../workbook/office/fake-excel';
import { CUSTOMER_FIELDS, seedCustomers, workbook } from '../workbook/office/seed';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x","点我")&"',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '=1+1',
  '-13800000000',
  "'quoted",
  '00123',
];

const col = (key: string) => CUSTOMER_FIELDS.findIndex((f) => f.key === key);

/** Every hostile string sits in its cell as that text: not a formula, not a number, no quote lost. */
function expectLiteral(fx: FakeExcel, sheet: string, cells: [row0: number, col: number, text: string][]): void {
  const seen = cells.map(([r, c]) => ({ value: fx.get(sheet, r, c), formula: fx.formulaAt(sheet, r, c) }));
  expect(seen).toEqual(cells.map(([, , text]) => ({ value: text, formula: undefined })));
}

describe('hostile strings through the Office adapter stay text', () => {
  test('status columns, with and without the add-in’s formulas in the same column', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, HOSTILE.length);
    const wb = workbook(fx);
    await wb.read();
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values: HOSTILE }], 'zh');
    const check = CUSTOMER_FIELDS.length;
    expectLiteral(
      fx,
      '客户档案',
      HOSTILE.map((s, i) => [i + 1, check, s]),
    );
    // A column holding live formulas too (e.g. scores): the formulas stay formulas, the text stays text.
    const values = HOSTILE.map((s, i) => (i === 0 ? { formula: '=1+2', value: 3 } : s));
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values }], 'zh');
    expect(fx.formulaAt('客户档案', 1, check)).toBe('=1+2');
    expectLiteral(
      fx,
      '客户档案',
      HOSTILE.slice(1).map((s, i) => [i + 2, check, s]),
    );
  });

  test('report sheets: a linked row’s first cell and every other cell', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 10);
    const wb = workbook(fx);
    await wb.writeReportSheet(
      {
        sheet: 'Conflicts',
        headers: ['组', '客户编号', '行'],
        rows: HOSTILE.map((s) => [s, s, 7]),
        links: HOSTILE.map(() => ({ sheet: 'Customers' as const, row: 7, field: 'Phone' })),
      },
      'zh',
    );
    // The link stays a live HYPERLINK whose shown text is the hostile string as a string literal.
    expect(fx.formulaAt('冲突', 1, 0)).toBe(
      `=HYPERLINK("#'客户档案'!E7","=HYPERLINK(""http://evil.example/?x"",""点我"")&""")`,
    );
    expectLiteral(
      fx,
      '冲突',
      HOSTILE.map((s, i) => [i + 1, 1, s]),
    );
    expect(fx.get('冲突', 1, 2)).toBe(7);
  });

  test('report rows without a link, and rows appended to Audit, Archive and Decisions', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 3);
    const wb = workbook(fx);
    await wb.writeReportSheet({ sheet: 'Issues', headers: ['消息'], rows: HOSTILE.map((s) => [s]) }, 'zh');
    expectLiteral(
      fx,
      '校验问题',
      HOSTILE.map((s, i) => [i + 1, 0, s]),
    );
    for (const [key, name] of [
      ['Audit', '变更日志'],
      ['Archive', '归档'],
      ['Decisions', '非同一客户'],
    ] as const) {
      await wb.appendRows(key, ['之前', '之后', '行'], [[HOSTILE[0], HOSTILE[1], 12]], 'zh');
      await wb.appendRows(
        key,
        ['之前', '之后', '行'],
        HOSTILE.map((s) => [s, s, 13]),
        'zh',
      );
      expectLiteral(fx, name, [
        [1, 0, HOSTILE[0]],
        [1, 1, HOSTILE[1]],
        ...HOSTILE.map((s, i): [number, number, string] => [i + 2, 1, s]),
      ]);
      expect(fx.get(name, 1, 2)).toBe(12);
      expect(await wb.readAddinSheet(key, 'zh')).toEqual([
        [HOSTILE[0], HOSTILE[1], 12],
        ...HOSTILE.map((s) => [s, s, 13]),
      ]);
    }
  });

  test('updateCells (resolve, merge) writes a person’s value as text; numbers and dates stay numbers', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, HOSTILE.length + 1);
    const wb = workbook(fx);
    await wb.updateCells([
      ...HOSTILE.map((s, i) => ({ sheet: 'Customers' as const, row: i + 2, field: 'Notes', value: s })),
      { sheet: 'Customers', row: 2, field: 'Owner', value: HOSTILE[0] },
      { sheet: 'Customers', row: 3, field: 'FirstContact', value: 46001 },
    ]);
    expectLiteral(fx, '客户档案', [
      ...HOSTILE.map((s, i): [number, number, string] => [i + 1, col('Notes'), s]),
      [1, col('Owner'), HOSTILE[0]],
    ]);
    expect(fx.get('客户档案', 2, col('FirstContact'))).toBe(46001);
    // The number went in with the user's format left alone.
    expect(fx.sheet('客户档案').numberFormats.has(`2,${col('FirstContact')}`)).toBe(false);
  });

  test('appendTableRows into a table and into a plain range', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 2);
    const wb = workbook(fx);
    const rows = HOSTILE.map((s) => ({ CustomerId: s, Name: s, Phone: s, FirstContact: 46000 }));
    const at = await wb.appendTableRows('Customers', rows);
    expect(at[0]).toBe(4);
    expectLiteral(
      fx,
      '客户档案',
      HOSTILE.flatMap((s, i): [number, number, string][] => [
        [i + 3, col('CustomerId'), s],
        [i + 3, col('Name'), s],
        [i + 3, col('Phone'), s],
      ]),
    );
    expect(fx.get('客户档案', 3, col('FirstContact'))).toBe(46000);

    const plain = new FakeExcel();
    const headers = userFields(CUSTOMERS).map((f) => f.zh);
    plain.addSheet('客户档案', [headers]);
    const plainWb = workbook(plain);
    await plainWb.appendTableRows('Customers', rows);
    expectLiteral(
      plain,
      '客户档案',
      HOSTILE.map((s, i): [number, number, string] => [i + 1, col('Name'), s]),
    );
  });
});
