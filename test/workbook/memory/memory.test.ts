import { MemoryWorkbook, newSheet, setCell, getCell, type GridSheet } from '../../../src/workbook/memory';
import { SHEETS, ADDIN_SHEETS, userFields } from '../../../src/domain/schema';
import type { CellValue } from '../../../src/domain/table';

/** A workbook with one plain Customers sheet (no table), Chinese headers in a custom order plus an extra column. */
function plainCustomers(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const s = newSheet('客户');
  wb.model.sheets.push(s);
  const rows: CellValue[][] = [
    ['手机', '客户编号', '客户名称', '客户类型', '展厅', '负责销售', '首次接触', '阶段', '我的备注'],
    ['13812345678', 'C001', '王伟', '最终客户', '一展厅', 'S001', '2024-01-02', '线索', 'x'],
    [13900001111, 'C002', '广州市安达汽车贸易有限公司', '经销商客户', '二展厅', 'S002', '2024-02-03', '洽谈', null],
    [null, null, null, null, null, null, null, null, null],
    ['020-12345678', 360426199101010071, '李娜', '最终客户', '一展厅', 'S001', '2024-03-04', '已签约', 'y'],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => setCell(s, i + 1, c, v)));
  return wb;
}

/** plainCustomers with its range made the Customers table (A1:I5). */
function plainCustomersAsTable(): MemoryWorkbook {
  const wb = plainCustomers();
  wb.model.tables.push({ name: 'Customers', sheet: '客户', headerRow: 1, firstColumn: 0, lastColumn: 8, rowCount: 4 });
  return wb;
}

function snapshot(s: GridSheet, cols: number[]): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= s.cells.length; r++) out.push(cols.map((c) => getCell(s, r, c)));
  return out;
}

describe('MemoryWorkbook.read', () => {
  test('finds a plain sheet by name, maps headers, skips blank rows, keeps worksheet row numbers', async () => {
    const wb = plainCustomers();
    const data = await wb.read();
    const c = data.Customers!;
    expect(c).toBeDefined();
    expect(c.length).toBe(3);
    expect(c.rowNumbers).toEqual([2, 3, 5]);
    expect(c.columns.Name).toEqual(['王伟', '广州市安达汽车贸易有限公司', '李娜']);
    expect(c.mapping.columns.Phone).toBe(0);
    expect(c.mapping.extra).toContain('我的备注');
    // phones stored as numbers come back as text; a number in a code field is reported
    expect(c.columns.Phone[1]).toBe('13900001111');
    // the 18-digit ID typed as a number has lost its last digits: keep what is left, as text
    expect(c.columns.CustomerId[2]).toBe('360426199101010000'); // as Excel shows it: 15 significant digits
    expect(c.columns.CustomerId[2]).not.toBe('360426199101010071');
    expect(c.numericCodes).toEqual({ CustomerId: [2] });
    expect(data.Ledger).toBeUndefined();
  });

  test('finds a table by table name even when the sheet has an unrelated name, and by headers alone', async () => {
    const wb = new MemoryWorkbook();
    const s = newSheet('Sheet7');
    ['Staff ID', 'Name', 'Role', 'Showroom'].forEach((h, c) => setCell(s, 3, c + 1, h));
    ['S001', 'Zhang', 'Sales', 'A'].forEach((h, c) => setCell(s, 4, c + 1, h));
    wb.model.sheets.push(s);
    wb.model.tables.push({ name: 'Staff', sheet: 'Sheet7', headerRow: 3, firstColumn: 1, lastColumn: 4, rowCount: 2 });
    const other = newSheet('数据2');
    ['交易编号', '客户编号', '日期', '车型', '数量', '单价', '金额', '状态'].forEach((h, c) => setCell(other, 1, c, h));
    ['T1', 'C1', '2024-01-01', 'X', 2, 10, 20, '已签约'].forEach((h, c) => setCell(other, 2, c, h as CellValue));
    wb.model.sheets.push(other);
    const data = await wb.read();
    expect(data.Staff!.tableName).toBe('Staff');
    expect(data.Staff!.rowNumbers).toEqual([4]); // trailing blank table row dropped
    expect(data.Staff!.firstColumn).toBe(1);
    expect(data.Staff!.columns.Role).toEqual(['Sales']);
    expect(data.Ledger!.sourceName).toBe('数据2');
    expect(data.Ledger!.columns.Amount).toEqual([20]);
  });
});

describe('MemoryWorkbook status columns and formats', () => {
  test('writeStatusColumns appends at the right edge, extends the table, and is idempotent', async () => {
    const wb = plainCustomers();
    await wb.read();
    const s = wb.sheet('客户')!;
    const before = snapshot(s, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    await wb.writeStatusColumns(
      'Customers',
      [
        { field: 'Check', values: ['错误', null, '警告'] },
        { field: 'ConflictGroup', values: ['G1', null, 'G1'] },
      ],
      'zh',
    );
    expect(getCell(s, 1, 9)).toBe('校验');
    expect(getCell(s, 1, 10)).toBe('冲突组');
    expect(getCell(s, 2, 9)).toBe('错误');
    expect(getCell(s, 4, 9)).toBeNull(); // blank row 4 skipped by read -> values aligned to rows 2,3,5
    expect(getCell(s, 5, 9)).toBe('警告');
    const table = wb.model.tables.find((x) => x.sheet === '客户')!;
    expect(table.lastColumn).toBe(10);
    expect(table.rowCount).toBe(4);
    // second run: same columns, new values, no stacking
    await wb.read();
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values: [null, '错误', null] }], 'en');
    expect(getCell(s, 1, 11)).toBeNull();
    expect(table.lastColumn).toBe(10);
    expect(getCell(s, 2, 9)).toBeNull();
    expect(getCell(s, 3, 9)).toBe('错误');
    expect(getCell(s, 5, 10)).toBe('G1');
    // user cells untouched
    expect(snapshot(s, [0, 1, 2, 3, 4, 5, 6, 7, 8])).toEqual(before);
  });

  test('refuses to write a user column as a status column', async () => {
    const wb = plainCustomers();
    await expect(wb.writeStatusColumns('Customers', [{ field: 'Name', values: ['x'] }], 'en')).rejects.toThrow(
      /never writes user columns/,
    );
  });

  test('a status column goes in as a new column when the cells right of the table are used', async () => {
    const wb = plainCustomersAsTable();
    const s = wb.sheet('客户')!;
    wb.model.tables.push({ name: 'T2', sheet: '客户', headerRow: 10, firstColumn: 9, lastColumn: 9, rowCount: 1 });
    setCell(s, 10, 9, 'other');
    await wb.read();
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values: ['a', 'b', 'c', 'd'] }], 'zh');
    expect(getCell(s, 1, 9)).toBe('校验');
    expect(getCell(s, 5, 9)).toBe('d');
    expect(getCell(s, 10, 10)).toBe('other');
    expect(wb.model.tables.find((x) => x.name === 'T2')!.firstColumn).toBe(10);
  });

  test('a column inserted for a status moves the styles, notes, merges and autofilter, and every reference follows', async () => {
    const wb = plainCustomersAsTable();
    const s = wb.sheet('客户')!;
    setCell(s, 2, 9, '跟进');
    s.formulas.set('3,10', 'J2&"!"');
    s.extras = {
      styles: new Map([['2,9', { font: { bold: true } }]]),
      notes: new Map([['2,9', '周五']]),
      richText: new Map([['2,9', [{ text: '跟' }, { text: '进' }]]]),
      merges: ['J3:K3'],
      autoFilter: 'J1:K5',
      columns: [undefined, { hidden: true }, ...Array(7).fill(undefined), { hidden: true }],
    };
    const other = newSheet('汇总');
    wb.model.sheets.push(other);
    other.formulas.set('1,0', "'客户'!J2&客户!I2&SUM(客户!J:J)");
    wb.model.hyperlinks.push({ sheet: '汇总', row: 2, col: 0, target: '#客户!J2' });
    wb.model.validations.push({
      range: { sheet: '汇总', firstRow: 3, lastRow: 3, firstColumn: 0, lastColumn: 0 },
      rule: { type: 'list', source: '客户!$J$2:$J$5' },
    });
    wb.model.conditionalFormats.push({
      id: 'user1',
      range: { sheet: '客户', firstRow: 2, lastRow: 5, firstColumn: 9, lastColumn: 9 },
      rule: { type: 'expression', formula: 'LEN($J2)>0' },
      fill: '#00FF00',
    });
    await wb.read();
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values: ['a', 'b', 'c', 'd'] }], 'zh');
    expect([getCell(s, 1, 9), getCell(s, 2, 10)]).toEqual(['校验', '跟进']);
    expect([...s.formulas]).toEqual([['3,11', 'K2&"!"']]);
    expect([...s.extras.styles!.keys(), ...s.extras.notes!.keys(), ...s.extras.richText!.keys()]).toEqual([
      '2,10',
      '2,10',
      '2,10',
    ]);
    expect(s.extras.merges).toEqual(['K3:L3']);
    expect(s.extras.autoFilter).toBe('K1:L5');
    expect(s.extras.columns).toEqual([undefined, { hidden: true }, ...Array(8).fill(undefined), { hidden: true }]);
    expect(other.formulas.get('1,0')).toBe("'客户'!K2&客户!I2&SUM(客户!K:K)");
    expect(wb.model.hyperlinks[0].target).toBe('#客户!K2');
    expect(wb.model.validations[0].rule).toEqual({ type: 'list', source: '客户!$K$2:$K$5' });
    const user = wb.model.conditionalFormats.find((f) => f.id === 'user1')!;
    expect(user.range).toMatchObject({ firstColumn: 10, lastColumn: 10 });
    expect(user.rule).toEqual({ type: 'expression', formula: 'LEN($K2)>0' });
  });

  test('applyStatusFormats replaces the add-in rules, keeps user rules, keys on the status column', async () => {
    const wb = plainCustomers();
    await wb.read();
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values: ['错误', null, null] }], 'zh');
    wb.model.conditionalFormats.push({
      id: 'user1',
      range: { sheet: '客户', firstRow: 2, lastRow: 5, firstColumn: 0, lastColumn: 0 },
      rule: { type: 'containsText', text: '138' },
      fill: '#00FF00',
    });
    const rules = [
      { id: 'error', field: 'Check', contains: '错误', fill: '#FFC7CE' },
      { id: 'warning', field: 'Check', contains: '警告*', fill: '#FFEB9C' },
    ];
    await wb.applyStatusFormats('Customers', rules);
    await wb.applyStatusFormats('Customers', rules);
    const ours = wb.model.conditionalFormats.filter((f) => f.id.startsWith('sd:'));
    expect(ours.map((f) => f.id)).toEqual(['sd:Customers:error', 'sd:Customers:warning']);
    expect(ours[0].rule).toEqual({ type: 'expression', formula: 'ISNUMBER(SEARCH("错误",$J2))' });
    expect(ours[1].rule).toEqual({ type: 'expression', formula: 'ISNUMBER(SEARCH("警告~*",$J2))' });
    expect(ours[0].range).toMatchObject({ firstRow: 2, lastRow: 5, firstColumn: 0, lastColumn: 9 });
    expect(wb.model.conditionalFormats.some((f) => f.id === 'user1')).toBe(true);
    await wb.applyStatusFormats('Customers', [rules[0]]);
    expect(wb.model.conditionalFormats.filter((f) => f.id.startsWith('sd:')).length).toBe(1);
  });
});

describe('MemoryWorkbook add-in sheets', () => {
  test('writeReportSheet replaces the sheet and links rows to cells', async () => {
    const wb = plainCustomers();
    await wb.writeReportSheet(
      {
        sheet: 'Issues',
        headers: ['行', '问题'],
        rows: [
          [2, 'a'],
          [5, 'b'],
        ],
        links: [
          { sheet: 'Customers', row: 2, field: 'Phone' },
          { sheet: 'Customers', row: 5, field: 'Name' },
        ],
      },
      'zh',
    );
    await wb.writeReportSheet(
      {
        sheet: 'Issues',
        headers: ['行', '问题'],
        rows: [[3, 'c']],
        links: [{ sheet: 'Customers', row: 3, field: 'Name' }],
      },
      'zh',
    );
    const s = wb.sheet(ADDIN_SHEETS.Issues.zh)!;
    expect(getCell(s, 2, 1)).toBe('c');
    expect(getCell(s, 3, 0)).toBeNull();
    expect(wb.model.hyperlinks).toEqual([{ sheet: '校验问题', row: 2, col: 0, target: '#客户!C3' }]);
    expect(wb.model.tables.filter((x) => x.sheet === '校验问题')).toHaveLength(1);
    expect(s.frozenRows).toBe(1);
  });

  test('appendRows creates the sheet once and appends; readAddinSheet reads it back', async () => {
    const wb = new MemoryWorkbook();
    expect(await wb.readAddinSheet('Audit', 'en')).toEqual([]);
    await wb.appendRows('Audit', ['At', 'Who'], [['t1', 'S001']], 'en');
    await wb.appendRows(
      'Audit',
      ['At', 'Who'],
      [
        ['t2', 'S002'],
        ['t3', 'S003'],
      ],
      'zh',
    );
    expect(await wb.readAddinSheet('Audit', 'zh')).toEqual([
      ['t1', 'S001'],
      ['t2', 'S002'],
      ['t3', 'S003'],
    ]);
    expect(wb.model.tables.find((x) => x.sheet === 'Audit')!.rowCount).toBe(3);
  });
});

describe('MemoryWorkbook user edits', () => {
  test('updateCells changes exactly the cells asked for, and rejects bad edits atomically', async () => {
    const wb = plainCustomers();
    const s = wb.sheet('客户')!;
    await wb.updateCells([{ sheet: 'Customers', row: 3, field: 'Owner', value: 'S009' }]);
    expect(getCell(s, 3, 5)).toBe('S009');
    await expect(
      wb.updateCells([
        { sheet: 'Customers', row: 2, field: 'Owner', value: 'S777' },
        { sheet: 'Customers', row: 99, field: 'Owner', value: 'S1' },
      ]),
    ).rejects.toThrow(/99/);
    expect(getCell(s, 2, 5)).toBe('S001');
    await expect(wb.updateCells([{ sheet: 'Customers', row: 2, field: 'City', value: 'x' }])).rejects.toThrow(/城市/);
  });

  test('appendTableRows appends below the table, returns rows, extends validations', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('zh');
    const rows = await wb.appendTableRows('Reviews', [
      { ReviewId: 'R1', CustomerId: 'C1', Kind: '年度评审' },
      { ReviewId: 'R2', CustomerId: 'C2' },
    ]);
    expect(rows).toEqual([2, 3]);
    const more = await wb.appendTableRows('Reviews', [{ ReviewId: 'R3', CustomerId: 'C3' }]);
    expect(more).toEqual([4]);
    const data = await wb.read({ sheets: ['Reviews'] });
    expect(data.Reviews!.columns.ReviewId).toEqual(['R1', 'R2', 'R3']);
    const kindValidation = wb.model.validations.find(
      (v) => v.range.sheet === '客户评审' && v.rule.type === 'list' && v.range.firstColumn === 2,
    )!;
    expect(kindValidation.range.lastRow).toBe(4);
    await expect(wb.appendTableRows('Reviews', [{ Bogus: 'x' }])).rejects.toThrow(/Bogus/);
  });

  test('removeTableRows deletes rows and moves the rest of the table up', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('en');
    await wb.appendTableRows('Staff', [{ StaffId: 'S1' }, { StaffId: 'S2' }, { StaffId: 'S3' }]);
    await wb.removeTableRows('Staff', [3]);
    const data = await wb.read({ sheets: ['Staff'] });
    expect(data.Staff!.columns.StaffId).toEqual(['S1', 'S3']);
    expect(data.Staff!.rowNumbers).toEqual([2, 3]);
  });

  test('removeTableRows moves the notes, styles and rich text of the rows below up with them', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('en');
    await wb.appendTableRows('Staff', [{ StaffId: 'S1' }, { StaffId: 'S2' }, { StaffId: 'S3' }]);
    const grid = wb.sheet('Staff')!;
    grid.extras = {
      notes: new Map([
        ['3,0', 'about S2'],
        ['4,0', 'about S3'],
      ]),
      styles: new Map([['4,0', { font: { bold: true } }]]),
      richText: new Map([['4,0', [{ text: 'S' }, { text: '3' }]]]),
    };
    await wb.removeTableRows('Staff', [3]);
    expect([...grid.extras.notes!]).toEqual([['3,0', 'about S3']]);
    expect([...grid.extras.styles!.keys(), ...grid.extras.richText!.keys()]).toEqual(['3,0', '3,0']);
  });

  test('removeTableRows moves the height and hidden flag of the rows below up with them', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('en');
    await wb.appendTableRows('Staff', [{ StaffId: 'S1' }, { StaffId: 'S2' }, { StaffId: 'S3' }, { StaffId: 'S4' }]);
    const grid = wb.sheet('Staff')!;
    grid.extras = {
      rows: new Map([
        [1, { height: 30 }],
        [3, { hidden: true }],
        [4, { height: 40 }],
        [5, { hidden: true, outlineLevel: 1 }],
        [9, { height: 12 }],
      ]),
    };
    await wb.removeTableRows('Staff', [3]);
    expect([...grid.extras.rows!].sort((a, b) => a[0] - b[0])).toEqual([
      [1, { height: 30 }],
      [3, { height: 40 }],
      [4, { hidden: true, outlineLevel: 1 }],
      [9, { height: 12 }],
    ]);
  });

  test('select records the last selection', async () => {
    const wb = plainCustomers();
    await wb.select('Customers', [5, 2], 'Phone');
    expect(wb.model.lastSelection).toEqual({ sheet: '客户', rows: [2, 5], field: 'Phone', address: 'A2,A5' });
  });
});

describe('MemoryWorkbook.setup', () => {
  test('creates every sheet as a table with localised headers, a Lists sheet and dropdowns', async () => {
    const wb = new MemoryWorkbook();
    const report = await wb.setup('en');
    for (const def of SHEETS) {
      expect(report.sheets[def.key]!.created).toBe(true);
      const t = wb.model.tables.find((x) => x.name === def.table)!;
      expect(t.sheet).toBe(def.en);
      const s = wb.sheet(def.en)!;
      expect(getCell(s, 1, 0)).toBe(userFields(def)[0].en);
      expect(s.frozenRows).toBe(1);
    }
    const lists = wb.sheet('Lists')!;
    expect(lists).toBeDefined();
    const kind = wb.model.validations.find((v) => v.range.sheet === 'Customers' && v.range.firstColumn === 1)!;
    expect(kind.rule.type).toBe('list');
    const src = (kind.rule as { source: string }).source;
    expect(src).toMatch(/^Lists!\$[A-Z]+\$2:\$[A-Z]+\$3$/);
    const col = /\$([A-Z]+)\$2/.exec(src)![1];
    const ci = col.charCodeAt(0) - 65;
    expect([getCell(lists, 2, ci), getCell(lists, 3, ci)]).toEqual(['End', 'Dealer']);
    const dates = wb.model.validations.filter((v) => v.rule.type === 'date' && v.range.sheet === 'Customers');
    expect(dates.length).toBeGreaterThanOrEqual(3);
    const scores = wb.model.validations.find((v) => v.range.sheet === 'Reviews' && v.rule.type === 'decimal');
    expect(scores!.rule).toMatchObject({ min: 0, max: 100 });
    // Customers gets user columns only; the status columns come with the first check
    expect(getCell(wb.sheet('Customers')!, 1, userFields(SHEETS[0]).length)).toBeNull();
  });

  test('adds only missing columns to an existing sheet and never touches user columns', async () => {
    const wb = plainCustomers();
    const s = wb.sheet('客户')!;
    const before = snapshot(s, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const report = await wb.setup('zh');
    const r = report.sheets.Customers!;
    expect(r.found).toBe(true);
    expect(r.added).toContain('City');
    expect(r.added).not.toContain('Phone');
    expect(r.extra).toContain('我的备注');
    expect(snapshot(s, [0, 1, 2, 3, 4, 5, 6, 7, 8])).toEqual(before);
    expect(getCell(s, 1, 9)).toBe(userFields(SHEETS[0]).find((f) => f.key === r.added[0])!.zh);
    // no validation on existing user columns
    expect(wb.model.validations.some((v) => v.range.sheet === '客户' && v.range.firstColumn <= 8)).toBe(false);
    // idempotent
    const again = await wb.setup('zh');
    expect(again.sheets.Customers!.added).toEqual([]);
    expect(wb.model.sheets.filter((x) => x.name === '列表')).toHaveLength(1);
  });

  test('settings round trip', async () => {
    const wb = new MemoryWorkbook();
    await wb.saveSettings({ staleDays: 30, lang: 'en' });
    await wb.saveSettings({ matchThreshold: 0.9 });
    expect(await wb.loadSettings()).toEqual({ staleDays: 30, lang: 'en', matchThreshold: 0.9 });
  });
});

/** A Reviews table (no table object: a plain sheet) with finance columns, as a company might already keep it. */
function reviewsBook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const s = newSheet('客户评审');
  wb.model.sheets.push(s);
  const rows: CellValue[][] = [
    ['评审编号', '客户编号', '评审类型', '主管评分', '信用评分', '付款评分', '财务意见'],
    ['R1', 'D001', '年度评审', 80, 70, null, '正常'],
    ['R2', 'D002', '年度评审', null, null, 90, null],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => setCell(s, i + 1, c, v)));
  return wb;
}

describe('MemoryWorkbook formula status cells', () => {
  test('a FormulaCell stores its formula (without =) and the engine value; a re-run replaces both', async () => {
    const wb = reviewsBook();
    await wb.read();
    const s = wb.sheet('客户评审')!;
    const userBefore = snapshot(s, [0, 1, 2, 3, 4, 5, 6]);
    await wb.writeStatusColumns(
      'Reviews',
      [
        { field: 'ScoreVolume', values: [60, 40] },
        { field: 'TotalScore', values: [{ formula: '=ROUND(D2*0.5+H2*0.5,2)', value: 70 }, null] },
      ],
      'zh',
    );
    expect(getCell(s, 1, 7)).toBe('业务量得分');
    expect(getCell(s, 1, 8)).toBe('总分');
    expect(getCell(s, 2, 7)).toBe(60);
    expect(getCell(s, 2, 8)).toBe(70);
    expect(s.formulas.get('2,8')).toBe('ROUND(D2*0.5+H2*0.5,2)');
    expect(s.formulas.has('3,8')).toBe(false);
    expect(s.formulas.has('2,7')).toBe(false); // plain values are not formulas
    // A formula without an engine value leaves the cell empty until something calculates it.
    await wb.read();
    await wb.writeStatusColumns('Reviews', [{ field: 'TotalScore', values: [null, { formula: '=1+1' }] }], 'zh');
    expect(s.formulas.has('2,8')).toBe(false);
    expect(getCell(s, 2, 8)).toBeNull();
    expect(s.formulas.get('3,8')).toBe('1+1');
    expect(getCell(s, 3, 8)).toBeNull();
    expect(snapshot(s, [0, 1, 2, 3, 4, 5, 6])).toEqual(userBefore);
  });
});

describe('MemoryWorkbook.setup: score validations on existing columns', () => {
  test('existing 主管评分/信用评分/付款评分 get 0-100 decimal rules once; a column with its own rule keeps it', async () => {
    const wb = reviewsBook();
    // The company already validates 付款评分 (column F) its own way.
    wb.model.validations.push({
      range: { sheet: '客户评审', firstRow: 2, lastRow: 3, firstColumn: 5, lastColumn: 5 },
      rule: { type: 'whole', min: 0, max: 10 },
    });
    const s = wb.sheet('客户评审')!;
    const userBefore = snapshot(s, [0, 1, 2, 3, 4, 5, 6]);
    wb.setupSync('zh');
    const on = (c: number) =>
      wb.model.validations.filter((v) => v.range.sheet === '客户评审' && v.range.firstColumn === c);
    expect(on(3).map((v) => v.rule)).toEqual([{ type: 'decimal', min: 0, max: 100 }]); // 主管评分
    expect(on(4).map((v) => v.rule)).toEqual([{ type: 'decimal', min: 0, max: 100 }]); // 信用评分
    expect(on(4)[0].range).toMatchObject({ firstRow: 2, lastRow: 3 });
    expect(on(5).map((v) => v.rule)).toEqual([{ type: 'whole', min: 0, max: 10 }]); // untouched
    expect(on(6)).toEqual([]); // 财务意见: text, no rule
    // Running setup again adds nothing.
    const count = wb.model.validations.length;
    wb.setupSync('zh');
    expect(wb.model.validations.length).toBe(count);
    expect(snapshot(s, [0, 1, 2, 3, 4, 5, 6])).toEqual(userBefore);
  });

  test('the sample workbook validates the finance and rating columns 0-100', async () => {
    const { buildSampleWorkbook } = await import('../../../src/sample');
    const wb = buildSampleWorkbook({ customers: 60, seed: 3, today: '2026-11-27' });
    const data = await wb.read({ sheets: ['Reviews'] });
    const r = data.Reviews!;
    for (const k of ['SupervisorRating', 'CreditScore', 'PaymentScore']) {
      const c = r.firstColumn + r.mapping.columns[k];
      const rules = wb.model.validations.filter((v) => v.range.sheet === r.sourceName && v.range.firstColumn === c);
      expect(rules.map((v) => v.rule)).toEqual([{ type: 'decimal', min: 0, max: 100 }]);
      expect(rules[0].range.lastRow).toBe(r.headerRow + r.length);
    }
  });
});
