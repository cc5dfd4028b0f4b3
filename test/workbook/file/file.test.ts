import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import {
  loadWorkbookFile,
  saveWorkbookFile,
  readWorkbookData,
  memoryToXlsxBuffer,
  xlsxBufferToMemory,
  parseCsv,
  CsvParser,
} from '../../../src/workbook/file';
import { MemoryWorkbook, getCell } from '../../../src/workbook/memory';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CSV_ZH =
  '客户编号,客户类型,客户名称,电话,证件号码,展厅,负责销售,首次接触,阶段\r\n' +
  'C001,最终客户,王伟,138 1234 5678,11010519491231002X,一展厅,S001,2024-01-02,线索\r\n' +
  'C002,经销商客户,"广州市安达汽车贸易有限公司, 分部","020-1234""5678",91110000600037341L,二展厅,S002,2024/02/03,洽谈\r\n';

describe('CSV parser', () => {
  test('quotes, doubled quotes, embedded newlines, CRLF and LF', () => {
    expect(parseCsv('a,b\r\n"x, y","he said ""hi"""\n"multi\nline",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['multi\nline', ''],
    ]);
  });

  test('streaming chunks split anywhere give the same rows', () => {
    const text = 'a,"b""c",d\r\n"e\r\nf",g,"h"\r\n';
    const whole = parseCsv(text);
    for (let cut = 1; cut < text.length; cut++) {
      const rows: string[][] = [];
      const p = new CsvParser((r) => rows.push(r));
      p.push(text.slice(0, cut));
      p.push(text.slice(cut));
      p.end();
      expect(rows).toEqual(whole);
    }
  });
});

describe('CSV files', () => {
  test.each([
    ['utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV_ZH, 'utf8')])],
    ['utf8.csv', Buffer.from(CSV_ZH, 'utf8')],
    ['gb18030.csv', iconv.encode(CSV_ZH, 'gb18030')],
  ])('%s loads with Chinese headers and values intact', async (name, bytes) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const wb = await loadWorkbookFile(file);
    const data = await wb.read();
    const c = data.Customers!;
    expect(c.length).toBe(2);
    expect(c.columns.Name).toEqual(['王伟', '广州市安达汽车贸易有限公司, 分部']);
    expect(c.columns.Phone).toEqual(['138 1234 5678', '020-1234"5678']);
    expect(c.columns.IdNumber[0]).toBe('11010519491231002X');
    expect(c.rowNumbers).toEqual([2, 3]);
    const streamed = await readWorkbookData(file);
    expect(streamed.Customers!.columns).toEqual(c.columns);
    expect(streamed.Customers!.rowNumbers).toEqual([2, 3]);
  });

  test('UTF-8 without a BOM whose first 64 KB end inside a character is still UTF-8', async () => {
    // the reader tells UTF-8 from GB18030 on the first 64 KB; a Chinese character (3 bytes) cut
    // there once made it take the file for GB18030 and find none of the headers
    const header = '客户编号,客户类型,客户名称,电话,展厅,负责销售,首次接触,阶段\n';
    const row = (i: number) =>
      `C${String(i).padStart(5, '0')},最终客户,王伟${i % 10},13812345678,一展厅,S001,2024-01-02,线索\n`;
    let rows = 0;
    let body = '';
    while (Buffer.byteLength(header + body) < 70000) body += row(++rows);
    // spaces at the end of the header line move the 64 KB boundary until it falls inside a character
    const withPad = (pad: number) => Buffer.from(header.replace('\n', ' '.repeat(pad) + '\n') + body, 'utf8');
    let pad = 0;
    while ((withPad(pad)[65536] & 0xc0) !== 0x80) pad++; // not a continuation byte yet
    const padded = withPad(pad);
    const file = path.join(dir, 'utf8-cut.csv');
    fs.writeFileSync(file, padded);
    const data = await readWorkbookData(file);
    expect(data.Customers!.length).toBe(rows);
    expect(data.Customers!.mapping.missing).toEqual([]);
    expect(data.Customers!.columns.Name[rows - 1]).toBe(`王伟${rows % 10}`);
  });

  test('a CSV with only a Customers header row reads as an empty Customers table', async () => {
    const file = path.join(dir, 'empty.csv');
    fs.writeFileSync(file, 'Customer ID,Kind,Name,Phone,Showroom,Owner,First contact,Stage\n');
    const data = await (await loadWorkbookFile(file)).read();
    expect(data.Customers!.length).toBe(0);
    expect(data.Customers!.mapping.columns.Phone).toBe(3);
    const streamed = await readWorkbookData(file);
    expect(streamed.Customers!.length).toBe(0);
  });

  test('a ledger CSV is identified by its headers, numbers become numbers', async () => {
    const file = path.join(dir, 'export.csv');
    fs.writeFileSync(
      file,
      '交易编号,客户编号,日期,车型,数量,单价,金额,状态\nT1,C001,2024-01-05,X5,2,"150,000",300000,已签约\n',
    );
    const data = await readWorkbookData(file);
    expect(data.Ledger!.columns.UnitPrice).toEqual([150000]);
    expect(data.Ledger!.columns.CustomerId).toEqual(['C001']);
    expect(data.Customers).toBeUndefined();
  });
});

describe('a title row above the header', () => {
  test('both xlsx readers take the header from the row below a merged title', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(['天河展厅客户档案 2024年6月']);
    ws.mergeCells('A1:D1');
    ws.addRow(['客户编号', '客户名称', '电话', '负责销售']);
    ws.addRow(['C1', '王伟', '13800000001', 'S001']);
    ws.addRow(['C2', '李娜', '13800000002', 'S002']);
    const file = path.join(dir, 'title-row.xlsx');
    await xl.xlsx.writeFile(file);
    const streamed = (await readWorkbookData(file)).Customers!;
    const loaded = (await (await loadWorkbookFile(file)).read()).Customers!;
    for (const c of [streamed, loaded]) {
      expect(c.headerRow).toBe(2);
      expect(c.rowNumbers).toEqual([3, 4]);
      expect(c.columns.Name).toEqual(['王伟', '李娜']);
      expect(c.mapping.missing).not.toContain('Name');
    }
  });
});

describe('xlsx round trip', () => {
  test('tables, values, validations, formats, links, frozen header and settings survive', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('zh');
    await wb.appendTableRows('Customers', [
      {
        CustomerId: 'C001',
        Kind: '最终客户',
        Name: '王伟',
        Phone: '13812345678',
        IdNumber: '11010519491231002X',
        FirstContact: new Date(Date.UTC(2024, 0, 2)),
        Owner: 'S001',
      },
      {
        CustomerId: 'C002',
        Kind: '经销商客户',
        Name: '广州市安达汽车贸易有限公司',
        Phone: '020-12345678',
        Owner: 'S002',
      },
    ]);
    await wb.read();
    await wb.writeStatusColumns('Customers', [{ field: 'ConflictGroup', values: ['G1', null] }], 'zh');
    await wb.applyStatusFormats('Customers', [
      { id: 'conflict', field: 'ConflictGroup', contains: 'G', fill: '#FFC7CE' },
    ]);
    await wb.writeReportSheet(
      {
        sheet: 'Conflicts',
        headers: ['组', '行'],
        rows: [['G1', 2]],
        links: [{ sheet: 'Customers', row: 2, field: 'Name' }],
      },
      'zh',
    );
    await wb.saveSettings({ staleDays: 45 });
    const file = path.join(dir, 'round.xlsx');
    await saveWorkbookFile(wb, file);

    const back = await loadWorkbookFile(file);
    const data = await back.read();
    expect(data.Customers!.tableName).toBe('Customers');
    expect(data.Customers!.columns.Name).toEqual(['王伟', '广州市安达汽车贸易有限公司']);
    expect(data.Customers!.columns.IdNumber).toEqual(['11010519491231002X', null]);
    expect((data.Customers!.columns.FirstContact[0] as Date).toISOString().slice(0, 10)).toBe('2024-01-02');
    expect(data.Customers!.columns.ConflictGroup).toEqual(['G1', null]);
    expect(await back.loadSettings()).toEqual({ staleDays: 45 });
    const ours = back.model.conditionalFormats.filter((f) => f.id.startsWith('sd:'));
    expect(ours).toHaveLength(1);
    expect(ours[0].fill).toBe('#FFC7CE');
    // re-applying after a round trip replaces, not stacks
    await back.applyStatusFormats('Customers', [
      { id: 'conflict', field: 'ConflictGroup', contains: 'G', fill: '#FFC7CE' },
    ]);
    expect(back.model.conditionalFormats.filter((f) => f.id.startsWith('sd:'))).toHaveLength(1);
    expect(back.model.hyperlinks).toContainEqual({ sheet: '冲突', row: 2, col: 0, target: '#客户档案!C2' });
    const kind = back.model.validations.find((v) => v.range.sheet === '客户档案' && v.range.firstColumn === 1)!;
    expect(kind.rule).toEqual({ type: 'list', source: '列表!$A$2:$A$3' });
    expect(kind.range.lastRow).toBe(3);
    expect(back.sheet('客户档案')!.frozenRows).toBe(1);
    expect(back.sheet('SD_Settings')).toBeUndefined();
    const dataStreamed = await readWorkbookData(file);
    expect(dataStreamed.Customers!.columns.Name).toEqual(data.Customers!.columns.Name);
    expect(dataStreamed.Staff!.length).toBe(0);
  });

  test('numbers in ID columns are reported, phones typed as numbers read as text', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('en');
    await wb.appendTableRows('Customers', [{ CustomerId: 'C1', Phone: 13812345678, IdNumber: 110105194912310000 }]);
    const back = await xlsxBufferToMemory(await memoryToXlsxBuffer(wb));
    const c = (await back.read()).Customers!;
    expect(c.columns.Phone).toEqual(['13812345678']);
    expect(c.numericCodes).toEqual({ IdNumber: [0] });
    expect(getCell(back.sheet('Customers')!, 2, 0)).toBe('C1');
  });

  test('a formula without a stored result (written by a program) reads blank and is listed, by both readers', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(['客户编号', '客户名称', '电话', '原电话']);
    ws.addRow(['C001', '王伟', null, '13812345678']);
    ws.addRow(['C002', '李娜', null, '13812345679']);
    ws.getCell('C2').value = { formula: 'D2' } as ExcelJS.CellFormulaValue; // no result: ExcelJS writes no <v>
    ws.getCell('C3').value = { formula: 'D3', result: '13812345679' } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'uncalculated.xlsx');
    await xl.xlsx.writeFile(file);
    const streamed = (await readWorkbookData(file)).Customers!;
    const loaded = (await (await loadWorkbookFile(file)).read()).Customers!;
    for (const t of [streamed, loaded]) {
      expect(t.columns.Phone).toEqual([null, '13812345679']);
      expect(t.uncalculated).toEqual({ Phone: [0] });
    }
  });

  test('formula status cells are written as { formula, result } and load back as formulas with their values', async () => {
    const wb = new MemoryWorkbook();
    await wb.setup('zh');
    await wb.appendTableRows('Reviews', [
      { ReviewId: 'R1', CustomerId: 'D1', Kind: '年度评审', SupervisorRating: 80 },
      { ReviewId: 'R2', CustomerId: 'C9', Kind: '成交评审' },
    ]);
    const data = await wb.read();
    const rating = data.Reviews!.firstColumn + data.Reviews!.mapping.columns.SupervisorRating;
    const ref = String.fromCharCode(65 + rating);
    await wb.writeStatusColumns(
      'Reviews',
      [
        { field: 'ScoreVolume', values: [55, null] },
        { field: 'TotalScore', values: [{ formula: `=ROUND(${ref}2/2,2)`, value: 40 }, null] },
        { field: 'ProposedDiscount', values: [{ formula: '=0*1', value: 0 }, null] },
      ],
      'zh',
    );
    const file = path.join(dir, 'formulas.xlsx');
    await saveWorkbookFile(wb, file);
    // What Excel gets: a formula cell with a cached result.
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.readFile(file);
    const ws = xl.getWorksheet('客户评审')!;
    const back = await loadWorkbookFile(file);
    const r = (await back.read()).Reviews!;
    const totalCol = r.firstColumn + r.mapping.columns.TotalScore;
    expect(ws.getRow(2).getCell(totalCol + 1).value).toEqual({ formula: `ROUND(${ref}2/2,2)`, result: 40 });
    expect(ws.getRow(3).getCell(totalCol + 1).value).toBeNull();
    expect(r.columns.TotalScore).toEqual([40, null]);
    expect(r.columns.ScoreVolume).toEqual([55, null]);
    expect(back.sheet('客户评审')!.formulas.get(`2,${totalCol}`)).toBe(`ROUND(${ref}2/2,2)`);
    // A cached 0 survives both ways (ExcelJS drops falsy results unless told otherwise).
    const discountCol = r.firstColumn + r.mapping.columns.ProposedDiscount;
    expect(ws.getRow(2).getCell(discountCol + 1).result).toBe(0);
    expect(r.columns.ProposedDiscount).toEqual([0, null]);
    expect(back.sheet('客户评审')!.formulas.size).toBe(2);
    // Saving the loaded copy again keeps the formula (a second CLI run over the scored file).
    const again = await xlsxBufferToMemory(await memoryToXlsxBuffer(back));
    expect(again.sheet('客户评审')!.formulas.get(`2,${totalCol}`)).toBe(`ROUND(${ref}2/2,2)`);
  });
});
