/**
 * The fast .xlsx loader (xlsx-load.ts) against ExcelJS's (xlsxBufferToMemory): the same model,
 * cell by cell, on the sample workbook and on a workbook with what users put in (notes, rich text,
 * links, merges, hidden rows, shared formulas, styles), except where it differs on purpose.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildSample } from '../../../src/sample';
import { memoryToXlsxBuffer, xlsxBufferToMemory } from '../../../src/workbook/file';
import { loadXlsx } from '../../../src/workbook/file/xlsx-load';
import type { WorkbookModel } from '../../../src/workbook/memory';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-load-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The model as plain data (Maps as objects), for deep equality. */
function plain(model: WorkbookModel): unknown {
  return JSON.parse(JSON.stringify(model, (_, v) => (v instanceof Map ? Object.fromEntries(v) : v)));
}

async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户档案');
  ws.addRow(['客户编号', '客户名称', '电话', '首次接触', '备注']);
  for (let i = 1; i <= 30; i++)
    ws.addRow([`C${i}`, `客户${i}`, `138000000${String(i).padStart(2, '0')}`, new Date(Date.UTC(2024, 0, i)), null]);
  ws.getColumn(4).numFmt = 'yyyy-mm-dd';
  for (let r = 2; r <= 31; r++) ws.getCell(r, 4).numFmt = 'yyyy-mm-dd';
  ws.getCell('B2').note = 'VIP';
  ws.getCell('E3').value = { richText: [{ text: '重点', font: { bold: true } }, { text: '客户' }] };
  ws.getCell('E4').value = { text: '官网', hyperlink: 'https://example.com/a?b=1&c=2' };
  ws.getCell('E5').border = { top: { style: 'thin' } };
  ws.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
  ws.getRow(6).height = 30;
  ws.getRow(7).hidden = true;
  ws.getRow(8).outlineLevel = 1;
  ws.getCell('F2').value = { formula: 'LEN(B2)', result: 3 } as ExcelJS.CellFormulaValue;
  ws.getCell('F3').value = { sharedFormula: 'F2', result: 3 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('F4').value = { sharedFormula: 'F2', result: 3 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('I10').value = '合并的标题';
  ws.mergeCells('I10:K11');
  ws.getCell('F2').value = {
    formula: 'LEN(B2)',
    result: 3,
    shareType: 'shared',
    ref: 'F2:F4',
  } as ExcelJS.CellFormulaValue;
  ws.getCell('G2').value = { formula: 'IF(A2="","",A2&"!")', result: 'C1!' } as ExcelJS.CellFormulaValue;
  ws.getCell('H2').value = true;
  ws.getCell('H3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('H4').value = 0.1 + 0.2;
  ws.getCell('H5').value = '  两边有空格  ';
  ws.getCell('H6').value = '第一行\n第二行';
  ws.getCell('H7').value = 'A & B <c>';
  ws.getColumn('C').width = 20;
  ws.getColumn('I').hidden = true;
  ws.addConditionalFormatting({
    ref: 'A2:A31',
    rules: [{ type: 'expression', priority: 1, formulae: ['LEN($A2)>2'], style: { font: { italic: true } } }],
  });
  ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"a,b"'] };
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  const staff = wb.addWorksheet('人员');
  staff.addRow(['工号', '姓名']);
  staff.addRow(['S001', '张三']);
  staff.state = 'hidden';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the fast loader reads what ExcelJS reads', () => {
  test('the sample workbook, as the copy writer writes it', async () => {
    const bytes = await memoryToXlsxBuffer(buildSample({ customers: 200, seed: 5, today: '2026-11-27' }).workbook);
    expect(plain((await loadXlsx(bytes)).model)).toEqual(plain((await xlsxBufferToMemory(bytes)).model));
  });

  test('a workbook written by ExcelJS with notes, rich text, links, styles, row formats and shared formulas', async () => {
    const bytes = await userWorkbook();
    const fast = await loadXlsx(bytes);
    const reference = await xlsxBufferToMemory(bytes);
    // ExcelJS gives the cells a merge hides the merge's value; the file (and the fast reader) has them empty.
    const cells = reference.sheet('客户档案')!.cells;
    for (const [r, c] of [
      [10, 9],
      [10, 10],
      [11, 8],
      [11, 9],
      [11, 10],
    ])
      cells[r - 1][c] = null;
    for (const row of [cells[9], cells[10]]) while (row.length && row[row.length - 1] === null) row.pop();
    expect(plain(fast.model)).toEqual(plain(reference.model));
    const grid = fast.sheet('客户档案')!;
    expect(grid.formulas.get('4,5')).toBe('LEN(B4)');
    expect(grid.cells[3][7]).toBeCloseTo(0.3);
    expect(grid.cells[1][3]).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });
});

describe('where the fast loader differs on purpose', () => {
  /** A one-sheet workbook whose sheet XML is given (cells of row 2), and a styles part with a date format. */
  function workbookWithCells(cells: string, sst = ''): Uint8Array {
    const files = unzipSync(fs.readFileSync(path.join(dir, 'base.xlsx')));
    const name = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
    files[name] = strToU8(
      strFromU8(files[name]).replace(
        /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>客户编号</t></is></c></row><row r="2">${cells}</row></sheetData>`,
      ),
    );
    if (sst) files['xl/sharedStrings.xml'] = strToU8(sst);
    return zipSync(files);
  }

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = 'x';
    ws.getCell('B1').value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell('B1').numFmt = 'yyyy-mm-dd';
    fs.writeFileSync(path.join(dir, 'base.xlsx'), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  });

  test("a user's HYPERLINK formula stays a formula", async () => {
    const wb = await loadXlsx(
      workbookWithCells('<c r="A2" t="str"><f>HYPERLINK("https://example.com","看")</f><v>看</v></c>'),
    );
    expect(wb.sheet('Sheet1')!.formulas.get('2,0')).toBe('HYPERLINK("https://example.com","看")');
    expect(wb.model.hyperlinks).toEqual([]);
  });

  test('a date-formatted number no date can show stays the number', async () => {
    const base = unzipSync(fs.readFileSync(path.join(dir, 'base.xlsx')));
    const sheet = strFromU8(base[Object.keys(base).find((f) => /sheet\d+\.xml$/.test(f))!]);
    const dateStyle = /<c r="B1" s="(\d+)"/.exec(sheet)![1];
    const wb = await loadXlsx(
      workbookWithCells(
        `<c r="A2" s="${dateStyle}"><v>138001380000</v></c><c r="B2" s="${dateStyle}"><v>1E+308</v></c><c r="C2" s="${dateStyle}"><v>-5</v></c><c r="D2" s="${dateStyle}"><v>45292</v></c>`,
      ),
    );
    expect(wb.sheet('Sheet1')!.cells[1]).toEqual([138001380000, 1e308, -5, new Date(Date.UTC(2024, 0, 1))]);
  });

  test('text escaped as _xHHHH_ is decoded, an escaped underscore too, and CR kept', async () => {
    const wb = await loadXlsx(
      workbookWithCells(
        '<c r="A2" t="inlineStr"><is><t>a_x0001_b_x005F_x0041_c&#13;d</t></is></c><c r="B2" t="s"><v>0</v></c>',
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>x_x001f_y</t></si></sst>',
      ),
    );
    expect(wb.sheet('Sheet1')!.cells[1]).toEqual(['a\u0001b_x0041_c\rd', 'x\u001fy']);
  });
});
