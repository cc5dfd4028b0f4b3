/**
 * OfficeWorkbook over the recording fake: sync counts and payload bounds for 100k rows,
 * one conditional format per rule that re-runs replace, and no user cell changes except
 * through the explicit actions.
 */
import { CUSTOMERS, REVIEWS, SHEETS, userFields, label } from '../../../src/domain/schema';
import { STATUS_FORMAT_RULES } from '../../../src/app/apply-check-result';
import { FORMAT_MARKERS_KEY, OfficeWorkbook, SETTINGS_KEY } from '../../../src/workbook/office';
import { SETTINGS_SHEET } from '../../../src/workbook/memory';
import { FakeExcel } from './fake-excel';
import { CUSTOMER_FIELDS, customerRow, fakeSettings, seedCustomers, workbook } from './seed';

const FIVE_MB = 5 * 1024 * 1024;

function expectRequestsUnder5MB(fx: FakeExcel): void {
  for (const r of fx.requests) {
    expect(r.requestBytes).toBeLessThan(FIVE_MB);
    expect(r.responseBytes).toBeLessThan(FIVE_MB);
  }
}

describe('OfficeWorkbook.read', () => {
  test('reads 100k rows in ceil(100000/5000) + a small constant syncs, each response under 5 MB', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 100_000);
    const wb = workbook(fx);
    const progress: number[] = [];
    const data = await wb.read({ onProgress: (p) => progress.push(p.done) });
    const t = data.Customers!;
    expect(t.length).toBe(100_000);
    expect(t.rowNumbers[0]).toBe(2);
    expect(t.rowNumbers[99_999]).toBe(100_001);
    expect(t.columns.CustomerId[41]).toBe('C000042');
    expect(t.columns.Phone[0]).toBe('13800000001');
    expect(t.mapping.missing).toEqual([]);
    const syncs = fx.syncCount;
    // 2 syncs to find the tables, a 1,000-row sample, then 5,000-row chunks.
    expect(syncs).toBe(2 + 1 + Math.ceil(99_000 / 5000));
    expect(syncs).toBeLessThanOrEqual(Math.ceil(100_000 / 5000) + 3);
    expectRequestsUnder5MB(fx);
    expect(Math.max(...fx.requests.map((r) => r.cellsRead))).toBeLessThanOrEqual(5000 * (CUSTOMER_FIELDS.length + 4));
    expect(progress[progress.length - 1]).toBe(100_000);
    console.log(
      `read 100k customer rows: ${syncs} syncs, largest response ${(Math.max(...fx.requests.map((r) => r.responseBytes)) / 1048576).toFixed(2)} MB`,
    );
  });

  test('sync count grows with rows / chunk, not with rows', async () => {
    const counts: number[] = [];
    for (const n of [1000, 11_000, 21_000]) {
      const fx = new FakeExcel();
      seedCustomers(fx, n);
      await workbook(fx).read();
      counts.push(fx.syncCount);
    }
    expect(counts).toEqual([3, 2 + 1 + Math.ceil(10_000 / 5000), 2 + 1 + Math.ceil(20_000 / 5000)]);
  });

  test('wordy rows get smaller chunks so every response stays under 5 MB', async () => {
    const fx = new FakeExcel();
    const rows: (string | number)[][] = [CUSTOMER_FIELDS.map((f) => f.zh)];
    const long = '江苏省南京市鼓楼区中山北路一百号附近的某某汽车城内'.repeat(12); // ~300 characters
    for (let i = 1; i <= 12_000; i++) {
      const row = customerRow(i);
      row[CUSTOMER_FIELDS.findIndex((f) => f.key === 'Address')] = long;
      row[CUSTOMER_FIELDS.findIndex((f) => f.key === 'Notes')] = long;
      rows.push(row);
    }
    fx.addTableSheet('客户档案', 'Customers', rows);
    const data = await workbook(fx).read();
    expect(data.Customers!.length).toBe(12_000);
    expectRequestsUnder5MB(fx);
    expect(fx.syncCount).toBeGreaterThan(2 + 1 + Math.ceil(11_000 / 5000));
  });

  test('reads codes and phones as text: shown text keeps digits, scientific text does not', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 3);
    const sheet = fx.sheet('客户档案');
    const phoneCol = CUSTOMER_FIELDS.findIndex((f) => f.key === 'Phone');
    const idCol = CUSTOMER_FIELDS.findIndex((f) => f.key === 'IdNumber');
    const custCol = CUSTOMER_FIELDS.findIndex((f) => f.key === 'CustomerId');
    sheet.rows[1][phoneCol] = 13812345678;
    sheet.texts.set(`1,${phoneCol}`, '13812345678');
    sheet.rows[2][idCol] = 360426199101010000; // typed as a number: digits already lost
    sheet.rows[3][custCol] = 42;
    sheet.texts.set(`3,${custCol}`, '000042'); // a custom format keeps the leading zeros
    const t = (await workbook(fx).read()).Customers!;
    expect(t.columns.Phone[0]).toBe('13812345678');
    expect(t.columns.IdNumber[1]).toBe('360426199101010000');
    expect(t.columns.CustomerId[2]).toBe('000042');
    expect(t.numericCodes).toEqual({ IdNumber: [1], CustomerId: [2] });
  });

  test('finds tables by sheet name and plain ranges by headers when the table name differs', async () => {
    const fx = new FakeExcel();
    fx.addTableSheet('客户档案', 'Table1', [
      ['客户编号', '客户名称', '电话'],
      ['C1', '王伟', '13800000001'],
    ]);
    fx.addSheet('Sheet3', [
      [],
      ['', '工号', '姓名', '角色'],
      ['', 'S001', '张三', '销售员'],
      ['', '', '', ''],
      ['', 'S002', '李四', '展厅主管'],
    ]);
    const data = await workbook(fx).read();
    expect(data.Customers!.tableName).toBe('Table1');
    expect(data.Staff!.sourceName).toBe('Sheet3');
    expect(data.Staff!.headerRow).toBe(2);
    expect(data.Staff!.firstColumn).toBe(1);
    expect(data.Staff!.rowNumbers).toEqual([3, 5]);
    expect(data.Staff!.columns.StaffId).toEqual(['S001', 'S002']);
  });
});

test('a plain range with a title row above its header is read from the header down', async () => {
  const fx = new FakeExcel();
  fx.addSheet('客户档案', [
    ['天河展厅客户档案 2024年6月', '', ''],
    ['客户编号', '客户名称', '电话'],
    ['C1', '王伟', '13800000001'],
  ]);
  const data = await workbook(fx).read();
  expect(data.Customers!.headerRow).toBe(2);
  expect(data.Customers!.rowNumbers).toEqual([3]);
  expect(data.Customers!.columns.Name).toEqual(['王伟']);
});

describe('OfficeWorkbook writing', () => {
  test('writes status columns for 100k rows in chunked value writes, touching no user cell', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 100_000);
    const wb = workbook(fx);
    const data = await wb.read();
    fx.resetCounters();
    const check = data.Customers!.rowNumbers.map((r) => (r % 1000 === 0 ? '✖ 电话格式错误' : null));
    const groups = data.Customers!.rowNumbers.map((r) => (r === 57 || r === 2 ? '⚑G1' : ''));
    await wb.writeStatusColumns(
      'Customers',
      [
        { field: 'Check', values: check },
        { field: 'ConflictGroup', values: groups },
      ],
      'zh',
    );
    const userWidth = CUSTOMER_FIELDS.length;
    // Every write lands in the two new columns (or their header cells).
    expect(fx.writes.every((w) => w.col >= userWidth)).toBe(true);
    expect(fx.get('客户档案', 0, userWidth)).toBe('校验');
    expect(fx.get('客户档案', 0, userWidth + 1)).toBe('冲突组');
    expect(fx.get('客户档案', 999, userWidth)).toBe('✖ 电话格式错误');
    expect(fx.get('客户档案', 56, userWidth + 1)).toBe('⚑G1');
    expect(fx.get('客户档案', 57, userWidth + 1)).toBe('');
    expect(fx.syncCount).toBe(2 + Math.ceil(100_000 / 5000));
    expectRequestsUnder5MB(fx);
    const writes = fx.requests.filter((r) => r.cellsWritten > 0);
    expect(writes.every((r) => r.suspendedCalculation)).toBe(true);
    expect(fx.requests.filter((r) => r.suspendedScreen)).toHaveLength(1);
    console.log(`write 2 status columns x 100k rows: ${fx.syncCount} syncs`);

    // A re-run with fewer flags clears the stale ones.
    fx.resetCounters();
    await wb.writeStatusColumns('Customers', [{ field: 'Check', values: check.map(() => null) }], 'zh');
    expect(fx.get('客户档案', 999, userWidth)).toBe('');
    expect(fx.writes.every((w) => w.col === userWidth)).toBe(true);
  });

  test('refuses to write a user column as a status column', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 5);
    await expect(
      workbook(fx).writeStatusColumns('Customers', [{ field: 'Owner', values: ['x'] }], 'en'),
    ).rejects.toThrow(/Owner/);
    expect(fx.writes).toEqual([]);
  });

  test('one conditional format per rule over the bounded data range; re-runs replace, user rules stay', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 300);
    const settings = fakeSettings();
    const wb = workbook(fx, settings);
    await wb.read();
    await wb.writeStatusColumns(
      'Customers',
      [
        { field: 'Check', values: [] },
        { field: 'ConflictGroup', values: [] },
      ],
      'zh',
    );
    const sheet = fx.sheet('客户档案');
    fx.conditionalFormats.push({
      sheet,
      rect: { firstRow: 2, lastRow: 301, firstColumn: 4, lastColumn: 4 },
      type: 'Custom',
      formula: '=LEN($E2)<>11',
      fill: '#FF0000',
    });
    // An older version's markers in the document settings are honoured once, then the payload holds them.
    settings.data[FORMAT_MARKERS_KEY] = ['旧标记'];
    fx.resetCounters();
    await wb.applyStatusFormats('Customers', STATUS_FORMAT_RULES);
    const syncsFirst = fx.syncCount;
    // The markers go to the settings sheet's payload, the only cell written.
    expect(fx.writes.map((x) => x.sheet)).toEqual([SETTINGS_SHEET]);
    expect(JSON.parse(String(fx.get(SETTINGS_SHEET, 0, 0))).formatMarkers).toEqual(
      expect.arrayContaining([...STATUS_FORMAT_RULES.map((r) => r.contains), '旧标记']),
    );
    fx.resetCounters();
    await wb.applyStatusFormats('Customers', STATUS_FORMAT_RULES);
    await wb.applyStatusFormats('Customers', STATUS_FORMAT_RULES);
    const ours = fx.conditionalFormats.filter((cf) => cf.formula.includes('SEARCH'));
    expect(ours).toHaveLength(STATUS_FORMAT_RULES.length);
    expect(fx.conditionalFormats.some((cf) => cf.formula === '=LEN($E2)<>11')).toBe(true);
    const w = CUSTOMER_FIELDS.length;
    for (const cf of ours) expect(cf.rect).toEqual({ firstRow: 2, lastRow: 301, firstColumn: 0, lastColumn: w + 1 });
    const conflict = ours.find((cf) => cf.fill === '#F8CBAD')!;
    expect(conflict.formula).toBe(`=ISNUMBER(SEARCH("⚑",$${String.fromCharCode(65 + w + 1)}2))`);
    expect(fx.writes).toEqual([]); // re-runs: formats only, no cell writes
    expect(syncsFirst).toBeLessThanOrEqual(5);
  });

  test('updateCells changes exactly the named cells, and a bad edit changes nothing', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 100);
    const wb = workbook(fx);
    const owner = CUSTOMER_FIELDS.findIndex((f) => f.key === 'Owner');
    await wb.updateCells([
      { sheet: 'Customers', row: 2, field: 'Owner', value: 'S012' },
      { sheet: 'Customers', row: 57, field: 'Owner', value: 'S012' },
    ]);
    expect(fx.writes.map((x) => [x.row0, x.col, x.value])).toEqual([
      [1, owner, 'S012'],
      [56, owner, 'S012'],
    ]);
    fx.resetCounters();
    await expect(
      wb.updateCells([
        { sheet: 'Customers', row: 3, field: 'Owner', value: 'S001' },
        { sheet: 'Customers', row: 500, field: 'Owner', value: 'S001' },
      ]),
    ).rejects.toThrow(/500/);
    expect(fx.writes).toEqual([]);
  });

  test('appendTableRows adds rows at the end of the table and returns their rows', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 10);
    const wb = workbook(fx);
    const rows = await wb.appendTableRows('Customers', [{ CustomerId: 'C999', Name: '新客户', Phone: '13900000000' }]);
    expect(rows).toEqual([12]);
    expect(fx.get('客户档案', 11, 0)).toBe('C999');
    expect(fx.writes.every((w) => w.row0 === 11)).toBe(true);
    expect(fx.tables[0].rowCount).toBe(11);
    await expect(wb.appendTableRows('Customers', [{ Bogus: 'x' }])).rejects.toThrow();
  });

  test('removeTableRows deletes bottom-up', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 5);
    await workbook(fx).removeTableRows('Customers', [3, 5]);
    expect(fx.tables[0].rowCount).toBe(3);
    expect([1, 2, 3].map((r) => fx.get('客户档案', r, 0))).toEqual(['C000001', 'C000003', 'C000005']);
  });

  test('select selects the rows as one RangeAreas and activates the sheet', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 100);
    const wb = workbook(fx);
    await wb.select('Customers', [57, 2]);
    const last = String.fromCharCode(64 + CUSTOMER_FIELDS.length);
    expect(fx.selection).toEqual({ sheet: '客户档案', address: `A2:${last}2,A57:${last}57` });
    expect(fx.activeSheet).toBe('客户档案');
    await wb.select('Customers', [9], 'Phone');
    expect(fx.selection!.address).toBe('E9');
    expect(fx.writes).toEqual([]);
  });
});

describe('OfficeWorkbook add-in sheets', () => {
  test('report sheets are replaced, with links to the rows; appendRows and readAddinSheet round-trip', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 60);
    const wb = workbook(fx);
    const report = {
      sheet: 'Conflicts' as const,
      headers: ['组', '行'],
      rows: [
        ['G1', '2, 57'],
        ['G2', '3'],
      ],
      links: [{ sheet: 'Customers' as const, row: 57, field: 'Phone' }, null],
    };
    await wb.writeReportSheet(report, 'zh');
    await wb.writeReportSheet({ ...report, rows: [report.rows[0]], links: [report.links[0]] }, 'zh');
    expect(fx.sheets.filter((s) => s.name === '冲突')).toHaveLength(1);
    expect(fx.get('冲突', 1, 0)).toBe(`=HYPERLINK("#'客户档案'!E57","G1")`);
    expect(fx.get('冲突', 2, 0)).toBe('');
    expect(fx.tables.filter((t) => t.name === 'SD_Conflicts')).toHaveLength(1);

    await wb.appendRows('Audit', ['时间', '人', '动作'], [[new Date(2026, 10, 27, 9, 30), '主管', '处理冲突']], 'zh');
    await wb.appendRows('Audit', ['时间', '人', '动作'], [['2026-11-27 10:00', '主管', '合并']], 'zh');
    expect(await wb.readAddinSheet('Audit', 'zh')).toEqual([
      ['2026-11-27 09:30', '主管', '处理冲突'],
      ['2026-11-27 10:00', '主管', '合并'],
    ]);
    expect(await wb.readAddinSheet('Decisions', 'zh')).toEqual([]);
    // Customer cells never changed.
    expect(fx.writes.filter((w) => w.sheet === '客户档案')).toEqual([]);
  });
});

describe('OfficeWorkbook.setup', () => {
  test('creates every sheet as a named table with localised headers, dropdowns and validations', async () => {
    const fx = new FakeExcel();
    const report = await workbook(fx).setup('en');
    for (const def of SHEETS) {
      expect(report.sheets[def.key]).toMatchObject({ found: false, created: true });
      const t = fx.tables.find((x) => x.name === def.table)!;
      expect(t.sheet.name).toBe(def.en);
      expect(t.sheet.rows[0]).toEqual(userFields(def).map((f) => f.en));
    }
    const lists = fx.sheet('Lists');
    expect(lists.rows[0][0]).toBe('Customers.Kind');
    const kind = fx.validations.find((v) => v.sheet.name === 'Customers' && v.rect.firstColumn === 1)!;
    expect(kind.rule).toEqual({ list: { inCellDropDown: true, source: '=Lists!$A$2:$A$3' } });
    const firstContact = CUSTOMER_FIELDS.findIndex((f) => f.key === 'FirstContact');
    expect(
      fx.validations.find((v) => v.sheet.name === 'Customers' && v.rect.firstColumn === firstContact)!.rule,
    ).toMatchObject({
      date: { operator: 'Between' },
    });
    const qty = fx.validations.find((v) => v.sheet.name === 'Ledger' && v.rect.firstColumn === 4)!;
    expect(qty.rule).toEqual({ wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } });

    // Running it again finds everything and creates nothing new.
    const sheetsBefore = fx.sheets.length;
    const again = await workbook(fx).setup('en');
    expect(fx.sheets.length).toBe(sheetsBefore);
    for (const def of SHEETS) expect(again.sheets[def.key]).toMatchObject({ found: true, created: false, added: [] });
  });

  test('adds only missing columns at the right edge of an existing table, never touching user columns', async () => {
    const fx = new FakeExcel();
    const present = CUSTOMER_FIELDS.filter((f) => f.key !== 'Notes' && f.key !== 'Tier');
    fx.addTableSheet('客户档案', 'Customers', [
      present.map((f) => f.zh),
      present.map((f) => (f.key === 'CustomerId' ? 'C1' : 'x')),
    ]);
    const report = await workbook(fx).setup('zh');
    expect(report.sheets.Customers).toMatchObject({ found: true, added: ['Tier', 'Notes'], missing: [] });
    const userWrites = fx.writes.filter((w) => w.sheet === '客户档案');
    expect(userWrites.every((w) => w.col >= present.length && w.row0 === 0)).toBe(true);
    expect(fx.get('客户档案', 0, present.length)).toBe(
      label(
        CUSTOMERS.fields.find((f) => f.key === 'Tier')!,
        'zh',
      ),
    );
    expect(fx.get('客户档案', 1, 0)).toBe('C1');
    expect(
      fx.validations.filter((v) => v.sheet.name === '客户档案').every((v) => v.rect.firstColumn >= present.length),
    ).toBe(true);
  });
});

describe('OfficeWorkbook settings', () => {
  test('stores settings in the very-hidden settings sheet, in the payload the file adapter reads', async () => {
    const settings = fakeSettings();
    const fx = new FakeExcel();
    const wb = workbook(fx, settings);
    expect(await wb.loadSettings()).toEqual({});
    await wb.saveSettings({ staleDays: 30, lang: 'en' });
    await wb.saveSettings({ matchThreshold: 0.8 });
    expect(await wb.loadSettings()).toEqual({ staleDays: 30, lang: 'en', matchThreshold: 0.8 });
    expect(fx.sheet(SETTINGS_SHEET).visibility).toBe('VeryHidden');
    expect(JSON.parse(String(fx.get(SETTINGS_SHEET, 0, 0)))).toMatchObject({
      settings: { staleDays: 30, lang: 'en', matchThreshold: 0.8 },
      formats: [],
    });
    // Nothing goes to the document settings any more.
    expect(settings.data).toEqual({});
    expect(settings.saves).toBe(0);
  });

  test('an older version’s document settings are taken over once, then no longer read', async () => {
    const settings = fakeSettings();
    settings.data[SETTINGS_KEY] = JSON.stringify({ staleDays: 45, matchThreshold: 0.7 });
    const fx = new FakeExcel();
    const wb = workbook(fx, settings);
    expect(await wb.loadSettings()).toEqual({ staleDays: 45, matchThreshold: 0.7 });
    expect(JSON.parse(String(fx.get(SETTINGS_SHEET, 0, 0)))).toMatchObject({
      settings: { staleDays: 45, matchThreshold: 0.7 },
      settingsMigrated: true,
    });
    await wb.saveSettings({ staleDays: 30 });
    // A later change of the old value (an older add-in still open elsewhere) no longer counts.
    settings.data[SETTINGS_KEY] = JSON.stringify({ staleDays: 99, lang: 'en' });
    expect(await wb.loadSettings()).toEqual({ staleDays: 30, matchThreshold: 0.7 });
  });
});

/** A Reviews table with n rows: user columns only, finance columns partly filled. */
function seedReviews(fx: FakeExcel, n: number): string[] {
  const headers = ['评审编号', '客户编号', '评审类型', '主管评分', '信用评分', '付款评分', '财务意见'];
  const rows: (string | number)[][] = [headers];
  for (let i = 1; i <= n; i++)
    rows.push([`R${i}`, `D${i}`, i % 3 === 0 ? '成交评审' : '年度评审', i % 2 ? 80 : '', '', '', '']);
  fx.addTableSheet('客户评审', 'Reviews', rows);
  return headers;
}

describe('OfficeWorkbook formula status cells', () => {
  test('columns holding formulas are written through range.formulas in the same chunks; value columns through values', async () => {
    const fx = new FakeExcel();
    const width = seedReviews(fx, 12_000).length;
    const wb = new OfficeWorkbook({ run: fx.runner(), settings: fakeSettings(), isSetSupported: () => true });
    const data = await wb.read();
    const rows = data.Reviews!.rowNumbers;
    fx.resetCounters();
    await wb.writeStatusColumns(
      'Reviews',
      [
        { field: 'ScoreVolume', values: rows.map((r) => (r % 4 === 0 ? null : r % 100)) },
        {
          field: 'TotalScore',
          values: rows.map((r) => (r % 4 === 0 ? null : { formula: `=ROUND(D${r}/2,2)`, value: 1 })),
        },
        { field: 'ProposedTier', values: rows.map((r) => (r === 5 ? 'B' : r === 6 ? { formula: '=""' } : null)) },
      ],
      'zh',
    );
    const formulas = fx.sheet('客户评审').formulas!;
    expect(fx.get('客户评审', 0, width)).toBe('业务量得分');
    expect(fx.get('客户评审', 0, width + 1)).toBe('总分');
    expect(formulas.get(`1,${width + 1}`)).toBe('=ROUND(D2/2,2)');
    expect(formulas.has(`3,${width + 1}`)).toBe(false); // row 4: no formula, an empty value
    expect(fx.get('客户评审', 3, width + 1)).toBe('');
    expect(formulas.get(`12000,${width + 1}`)).toBe('=ROUND(D12001/2,2)');
    // Text in a formula chunk stays text (quote prefix), never a formula.
    expect(fx.get('客户评审', 4, width + 2)).toBe('B');
    expect(formulas.has(`4,${width + 2}`)).toBe(false);
    expect(formulas.get(`5,${width + 2}`)).toBe('=""');
    // Value-only column: no formulas recorded for it.
    expect([...formulas.keys()].some((k) => k.endsWith(`,${width}`))).toBe(false);
    expect(fx.get('客户评审', 1, width)).toBe(2); // row 2
    // Nothing outside the three add-in columns was written; chunks as for values.
    expect(fx.writes.every((w) => w.col >= width)).toBe(true);
    expect(fx.syncCount).toBe(2 + Math.ceil(12_000 / 5000));
    expectRequestsUnder5MB(fx);
  });
});

describe('OfficeWorkbook.setup: score validations on existing columns', () => {
  test('existing 主管评分/信用评分/付款评分 get 0-100 decimal rules unless they have one; no user cell written', async () => {
    const fx = new FakeExcel();
    seedReviews(fx, 30);
    const t = fx.tables.find((x) => x.name === 'Reviews')!;
    // The company already validates 付款评分 (column F).
    fx.validations.push({
      sheet: t.sheet,
      rect: { firstRow: 2, lastRow: 31, firstColumn: 5, lastColumn: 5 },
      rule: { wholeNumber: { operator: 'Between', formula1: 0, formula2: 10 } },
    });
    await workbook(fx).setup('zh');
    const on = (c: number) =>
      fx.validations.filter((v) => v.sheet === t.sheet && v.rect.firstColumn === c && v.rect.lastColumn === c);
    for (const c of [3, 4]) {
      expect(on(c)).toHaveLength(1);
      expect(on(c)[0].rule).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 100 } });
      expect(on(c)[0].rect).toMatchObject({ firstRow: 2, lastRow: 31 });
    }
    expect(on(5)[0].rule).toEqual({ wholeNumber: { operator: 'Between', formula1: 0, formula2: 10 } });
    expect(on(6)).toHaveLength(0); // 财务意见 is text
    // Missing user columns were added at the right edge; the 7 existing columns' cells were not written.
    const userCols = 7;
    expect(fx.writes.filter((w) => w.sheet === '客户评审').every((w) => w.col >= userCols && w.row0 === 0)).toBe(true);
    expect(fx.get('客户评审', 1, 3)).toBe(80);
    // Running again keeps one rule per column.
    await workbook(fx).setup('zh');
    for (const c of [3, 4, 5]) expect(on(c)).toHaveLength(1);
    expect(REVIEWS.fields.filter((f) => f.min === 0 && f.max === 100 && f.owner !== 'addin').map((f) => f.key)).toEqual(
      ['SupervisorRating', 'CreditScore', 'PaymentScore'],
    );
  });
});
