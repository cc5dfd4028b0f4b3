/**
 * The reading catalogue, cells: what a cell can hold that is not what a column means. Error values,
 * text longer than Excel keeps, control characters stored the way xlsx escapes them, numbers no
 * calculation or calendar can take, a table's totals row, hidden rows, 1904-system dates. Each case
 * runs the CLI in-process and asserts the message (zh and en), no crash, and the values read.
 */
import ExcelJS from 'exceljs';
import { loadWorkbookFile, readWorkbookData, readXlsxDataFast } from '../../src/workbook/file';
import type { Issue } from '../../src/domain/issues';
import { CUSTOMER_HEADER, customerRow, expectCleanRun, issuesOf, messagesOf, run, tempDir } from './reading-cli';
import * as fs from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const { file } = tempDir('sd-hostile-cells-');

describe('Excel error values', () => {
  const csv = [
    CUSTOMER_HEADER + ',证件号码',
    customerRow('C001', '王伟', '#N/A', 'S001') + ',#N/A',
    customerRow('C002', '王伟', '#N/A', 'S002') + ',#N/A',
    customerRow('C003', '李娜', '#REF!', 'S002') + ',',
    'C004,最终客户,张三,13812345670,一展厅,S001,#DIV/0!,线索,',
  ].join('\n');

  test('are errors, not text: reported once, not a bad phone, and two #N/A phones are no conflict', async () => {
    const path = file('errors.csv', csv + '\n');
    const zh = await issuesOf(path, 'zh');
    expect(messagesOf(zh, 'customer.cell.error')).toEqual([
      'errors 第 2 行「电话」列：这一格是 Excel 的错误值 #N/A（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      'errors 第 2 行「证件号码」列：这一格是 Excel 的错误值 #N/A（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      'errors 第 3 行「电话」列：这一格是 Excel 的错误值 #N/A（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      'errors 第 3 行「证件号码」列：这一格是 Excel 的错误值 #N/A（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      'errors 第 4 行「电话」列：这一格是 Excel 的错误值 #REF!（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      'errors 第 5 行「首次接触」列：这一格是 Excel 的错误值 #DIV/0!（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
    ]);
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.cell.error')[4]).toBe(
      'errors, row 4, column "电话 (Phone)": this cell holds the Excel error value #REF! (a formula failed: a lookup found nothing, or a referenced row was deleted), not real content, so it is treated as blank and not compared with other customers. Fix the formula that produced it, or enter the right value.',
    );
    // not "not a phone", "not an ID", "not a date", "required but empty"
    const rules = new Set(zh.map((i) => i.rule));
    for (const r of ['customer.phone.format', 'customer.id.format', 'customer.date.format', 'customer.required'])
      expect(rules.has(r)).toBe(false);
    const conflicts = await run('conflicts', path, '--json', '--today', '2026-06-30');
    expectCleanRun(conflicts);
    expect(JSON.parse(conflicts.out).clusters).toEqual([]);
  });

  test('error cells of an .xlsx (a failed lookup) read as the same errors by both readers', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(['客户编号', '客户类型', '客户名称', '电话', '展厅', '负责销售', '首次接触', '阶段']);
    ws.addRow(['C001', '最终客户', '王伟', null, '一展厅', 'S001', '2026-06-01', '线索']);
    ws.addRow(['C002', '最终客户', '王伟', null, '一展厅', 'S002', '2026-06-01', '线索']);
    ws.getCell('D2').value = { formula: 'VLOOKUP(A2,电话表!A:B,2,FALSE)', result: { error: '#N/A' } } as never;
    ws.getCell('D3').value = { error: '#N/A' } as never;
    const path = file('errors.xlsx');
    await xl.xlsx.writeFile(path);
    const zh = await issuesOf(path, 'zh');
    expect(messagesOf(zh, 'customer.cell.error').map((m) => m.split('（')[0])).toEqual([
      '客户档案 第 2 行「电话」列：这一格是 Excel 的错误值 #N/A',
      '客户档案 第 3 行「电话」列：这一格是 Excel 的错误值 #N/A',
    ]);
    expect(zh.filter((i) => i.rule === 'customer.phone.format' || i.rule === 'customer.required')).toEqual([]);
    expect((await readXlsxDataFast(path)).Customers!.columns.Phone).toEqual(['#N/A', '#N/A']);
  });
});

describe('a cell longer than Excel keeps', () => {
  test('a 1 MB note is read whole and gets a warning', async () => {
    const note = '很长的备注'.repeat(200000); // 1,000,000 characters
    const path = file(
      'long-cell.csv',
      `${CUSTOMER_HEADER},备注\n${customerRow('C001', '王伟', '13812345678')},${note}\n`,
    );
    expect(messagesOf(await issuesOf(path, 'zh'), 'customer.cell.long')).toEqual([
      'long-cell 第 2 行「备注」列：这一格有 1,000,000 个字符（“很长的备注很长的备注很长的备注很长的备注很长的备注很长的备注很长的备注很长的备…”），超过了 Excel 单元格最多 32,767 个字符的上限；用 Excel 打开或保存时，多出的部分会被截掉。请缩短内容，或把长文本另存到别处。',
    ]);
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.cell.long')).toEqual([
      'long-cell, row 2, column "备注 (Notes)": this cell has 1,000,000 characters ("很长的备注很长的备注很长的备注很长的备注很长的备注很长的备注很长的备注很长的备…"), more than the 32,767 an Excel cell holds; Excel cuts the rest when it opens or saves the file. Shorten it, or keep the long text elsewhere.',
    ]);
    expect((await readWorkbookData(path)).Customers!.columns.Notes[0]).toBe(note);
  });
});

/** An .xlsx whose one shared string is given as raw XML text (escapes and character references as written). */
async function workbookWithSharedString(path: string, rawText: string): Promise<void> {
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('客户档案');
  ws.addRow(['客户编号', '客户名称', '电话']);
  ws.addRow(['C001', 'PLACEHOLDER', '13812345678']);
  const parts = unzipSync(new Uint8Array(await xl.xlsx.writeBuffer()));
  parts['xl/sharedStrings.xml'] = strToU8(strFromU8(parts['xl/sharedStrings.xml']).replace('PLACEHOLDER', rawText));
  fs.writeFileSync(path, zipSync(parts));
}

describe('characters an .xlsx stores escaped', () => {
  test('_x000D_, &#13;, _x0001_ and _x005F_ read back as the characters they stand for, by both readers', async () => {
    const path = file('escaped.xlsx');
    await workbookWithSharedString(path, '王_x000D_伟&#13;&#10;李_x0001_娜 _x005F_x0041_');
    const expected = '王\r伟\r\n李\u0001娜 _x0041_';
    expect((await readXlsxDataFast(path)).Customers!.columns.Name).toEqual([expected]);
    expect((await (await loadWorkbookFile(path)).read()).Customers!.columns.Name).toEqual([expected]);
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.cell.control')).toEqual([
      '客户档案, row 2, column "客户名称 (Name)": this cell holds invisible control characters U+0001 (most often carried in by a copy from another system). The content is kept as it is, but these characters keep names and numbers from matching, and some programs cannot show them. Delete them.',
    ]);
  });
});

describe('numbers no calculation or calendar can take', () => {
  async function ledgerBook(path: string, hugeQuantity: number) {
    const xl = new ExcelJS.Workbook();
    const add = (name: string, headers: string[], rows: unknown[][]) => {
      const ws = xl.addWorksheet(name);
      ws.addRow(headers);
      for (const r of rows) ws.addRow(r);
      return ws;
    };
    add(
      '客户档案',
      ['客户编号', '客户类型', '客户名称', '电话', '展厅', '负责销售', '首次接触', '阶段', '信用状况'],
      [['D1', '经销商客户', '华东汽贸', '13812345678', '一展厅', 'S001', '2024-01-02', '已签约', '良好']],
    );
    const ledger: unknown[][] = [];
    for (let m = 1; m <= 22; m++) {
      const month = `${2025 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-10`;
      const huge = m === 3 || m === 4;
      ledger.push([`T${m}`, 'D1', month, 'X1', huge ? hugeQuantity : 5, 100000, huge ? 1e308 : 500000, '已结清']);
    }
    add('经销商台账', ['交易编号', '客户编号', '日期', '车型', '数量', '单价', '金额', '状态'], ledger);
    add('客户评审', ['评审编号', '客户编号', '评审类型', '期间'], [['R1', 'D1', '年度评审', '2025']]);
    await xl.xlsx.writeFile(path);
  }

  test('a 1e308 ledger amount: scores stay numbers, and the cell is reported', async () => {
    const path = file('huge-ledger.xlsx');
    await ledgerBook(path, 1e308);
    const tiers = await run('tiers', path, '--json', '--today', '2026-12-05');
    expectCleanRun(tiers);
    const dealer = JSON.parse(tiers.out).dealers[0] as { scores: Record<string, number | null>; total: number };
    // the two rows with 1e308 are left out: 55 units in the last 12 months against 45 in the 12 before
    // (9 months of 5), not Infinity against Infinity: 50 + 100 × (55 − 45) / 45 = 72.2
    expect(dealer.scores.growth).toBe(72);
    expect(dealer.scores.volume).toBe(50);
    expect(Number.isFinite(dealer.total)).toBe(true);
    const zh = messagesOf(await issuesOf(path, 'zh'), 'ledger.number');
    expect(zh[0]).toBe(
      '经销商台账 第 4 行「数量」列：“1e+308”大得不可能是真实的数量或金额（绝对值超过 10 的 15 次方，超出了 Excel 能精确保存的 15 位数字），无法计算，评分和统计中不计这一格。请核对并改正。',
    );
    expect(zh).toHaveLength(4);
    expect(messagesOf(await issuesOf(path, 'en'), 'ledger.number')[1]).toBe(
      '经销商台账, row 4, column "金额 (Amount)": "1e+308" is too large to be a real quantity or amount (beyond 10 to the 15th, past the 15 digits Excel keeps exactly), so it cannot be calculated with and scores and totals leave this cell out. Check it and correct it.',
    );
  });

  test('a phone typed into a date column is not a date, by both readers', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(['客户编号', '客户类型', '客户名称', '电话', '展厅', '负责销售', '首次接触', '阶段']);
    ws.addRow(['C001', '最终客户', '王伟', '13812345678', '一展厅', 'S001', 13812345678, '线索']);
    ws.addRow(['C002', '最终客户', '李娜', '13812345679', '一展厅', 'S001', 100000000, '线索']);
    ws.addRow(['C003', '最终客户', '张三', '13812345670', '一展厅', 'S001', new Date(Date.UTC(2026, 5, 1)), '线索']);
    ws.getColumn(7).numFmt = 'yyyy-mm-dd';
    for (let r = 2; r <= 4; r++) ws.getCell(r, 7).numFmt = 'yyyy-mm-dd';
    const path = file('phone-in-date.xlsx');
    await xl.xlsx.writeFile(path);
    const expected = [13812345678, 100000000];
    const fast = (await readXlsxDataFast(path)).Customers!.columns.FirstContact;
    const loaded = (await (await loadWorkbookFile(path)).read()).Customers!.columns.FirstContact;
    for (const col of [fast, loaded]) {
      expect(col.slice(0, 2)).toEqual(expected);
      expect((col[2] as Date).toISOString().slice(0, 10)).toBe('2026-06-01');
    }
    expect(messagesOf(await issuesOf(path, 'zh'), 'customer.date.format')).toEqual([
      '客户档案 第 2 行「首次接触」列：“13812345678”不是可识别的日期。请填写如 2026-11-27 的日期，或将单元格设为日期格式。',
      '客户档案 第 3 行「首次接触」列：“100000000”不是可识别的日期。请填写如 2026-11-27 的日期，或将单元格设为日期格式。',
    ]);
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.date.format')[0]).toBe(
      '客户档案, row 2, column "首次接触 (First contact)": "13812345678" is not a date that can be read. Enter a date such as 2026-11-27, or format the cell as a date.',
    );
  });
});

describe('tables, hidden rows and the 1904 date system', () => {
  test("a table's totals row is not a customer, for either reader", async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addTable({
      name: 'Customers',
      ref: 'A1',
      totalsRow: true,
      columns: [
        { name: '客户编号', totalsRowLabel: '合计' },
        { name: '客户名称' },
        { name: '电话', totalsRowFunction: 'count' },
      ],
      rows: [
        ['C001', '王伟', '13812345678'],
        ['C002', '李娜', '13812345679'],
      ],
    });
    const path = file('totals.xlsx');
    await xl.xlsx.writeFile(path);
    for (const t of [
      (await readXlsxDataFast(path)).Customers!,
      (await (await loadWorkbookFile(path)).read()).Customers!,
    ]) {
      expect(t.columns.CustomerId).toEqual(['C001', 'C002']);
      expect(t.rowNumbers).toEqual([2, 3]);
    }
  });

  test('hidden and filtered-out rows are checked like the others (a hidden customer is still a customer)', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(['客户编号', '客户名称', '电话']);
    ws.addRow(['C001', '王伟', '13812345678']);
    ws.addRow(['C002', '李娜', '1381234']);
    ws.getRow(3).hidden = true;
    ws.autoFilter = 'A1:C3';
    const path = file('hidden.xlsx');
    await xl.xlsx.writeFile(path);
    const zh: Issue[] = await issuesOf(path, 'zh');
    expect(zh.filter((i) => i.rule === 'customer.phone.format').map((i) => i.row)).toEqual([3]);
    expect((await readXlsxDataFast(path)).Customers!.rowNumbers).toEqual([2, 3]);
  });

  test('dates of a workbook in the 1904 date system read as the dates Excel shows, by both readers', async () => {
    const xl = new ExcelJS.Workbook();
    xl.properties.date1904 = true;
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(['客户编号', '客户名称', '电话', '首次接触']);
    ws.addRow(['C001', '王伟', '13812345678', new Date(Date.UTC(2026, 5, 1))]);
    ws.getCell('D2').numFmt = 'yyyy-mm-dd';
    const path = file('date1904.xlsx');
    await xl.xlsx.writeFile(path);
    for (const t of [
      (await readXlsxDataFast(path)).Customers!,
      (await (await loadWorkbookFile(path)).read()).Customers!,
    ])
      expect((t.columns.FirstContact[0] as Date).toISOString().slice(0, 10)).toBe('2026-06-01');
  });
});
