/**
 * Hostile layout: the user's cells just right of a plain-range customer table that the values alone do
 * not show: a formula whose result the file does not store (or that returns ""), and a note on an empty
 * cell. The add-in's status columns must go in before them (the cells move right, as Excel's insert
 * column does), never over them: in the memory adapter, in `check --out`, and in the Office adapter.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CUSTOMERS, userFields } from '../../src/domain/schema';
import { main } from '../../src/cli';
import { MemoryWorkbook, cellKey, newSheet, setCell } from '../../src/workbook/memory';
import { FakeExcel } from '../workbook/office/fake-excel';
import { customerRow, workbook as officeWorkbook } from '../workbook/office/seed';

const HEADERS = userFields(CUSTOMERS).map((f) => f.zh);
/** The first column right of the customer headers (R when there are 17). */
const RIGHT = HEADERS.length;
const STATUS = [
  { field: 'Check', values: ['✖ 错误', null, null] },
  { field: 'ConflictGroup', values: ['G1', '', 'G1'] },
];

describe('status columns never overwrite a user cell right of a plain range', () => {
  test('memory adapter: a formula without a stored result and a note move right', async () => {
    const grid = newSheet('客户档案');
    HEADERS.forEach((h, c) => setCell(grid, 1, c, h));
    for (let r = 2; r <= 4; r++) customerRow(r).forEach((v, c) => setCell(grid, r, c, v));
    grid.formulas.set(cellKey(2, RIGHT), 'A2&"!"'); // the cell holds no value: the file stored none
    grid.extras = { notes: new Map([[cellKey(3, RIGHT), '周五前回电']]) };
    const wb = new MemoryWorkbook();
    wb.model.sheets.push(grid);
    await wb.read();
    await wb.writeStatusColumns('Customers', STATUS, 'zh');
    expect([grid.cells[0][RIGHT], grid.cells[0][RIGHT + 1]]).toEqual(['校验', '冲突组']);
    expect(grid.formulas.get(cellKey(2, RIGHT + 2))).toBe('A2&"!"');
    expect(grid.extras.notes!.get(cellKey(3, RIGHT + 2))).toBe('周五前回电');
    expect([...grid.formulas.keys()]).toEqual([cellKey(2, RIGHT + 2)]);
  });

  test('check --out: the formula without a cached value keeps its place beside the data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-hostile-status-'));
    try {
      const xl = new ExcelJS.Workbook();
      const ws = xl.addWorksheet('客户档案');
      ws.addRow(HEADERS);
      for (let r = 2; r <= 4; r++) ws.addRow(customerRow(r));
      // ExcelJS writes <f> without <v>: a formula whose result the file does not store.
      ws.getCell(2, RIGHT + 1).value = { formula: 'A2&"!"' } as ExcelJS.CellFormulaValue;
      const input = path.join(dir, 'in.xlsx');
      const out = path.join(dir, 'out.xlsx');
      await xl.xlsx.writeFile(input);
      const said: string[] = [];
      const code = await main(['check', input, '--out', out, '--today', '2026-06-30'], {
        out: (s) => said.push(s),
        err: (s) => said.push(s),
      });
      expect(code).toBe(0);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(out);
      const sheet = back.getWorksheet('客户档案')!;
      expect([sheet.getCell(1, RIGHT + 1).value, sheet.getCell(1, RIGHT + 2).value]).toEqual(['校验', '冲突组']);
      expect(sheet.getCell(2, RIGHT + 3).formula).toBe('A2&"!"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Office adapter: a formula returning "" beside a plain range moves right with its columns', async () => {
    const fx = new FakeExcel();
    const sheet = fx.addSheet('客户档案', [HEADERS, customerRow(2), customerRow(3), customerRow(4)]);
    // Excel's values-only used range does not count a formula that shows nothing.
    sheet.rows[1][RIGHT] = '';
    sheet.formulas = new Map([[`1,${RIGHT}`, '=IF(A2="","",A2)&""']]);
    const wb = officeWorkbook(fx);
    await wb.read();
    await wb.writeStatusColumns('Customers', STATUS, 'zh');
    expect([fx.get(sheet, 0, RIGHT), fx.get(sheet, 0, RIGHT + 1)]).toEqual(['校验', '冲突组']);
    expect(fx.get(sheet, 1, RIGHT)).toBe('✖ 错误');
    expect(fx.formulaAt(sheet, 1, RIGHT + 2)).toBe('=IF(A2="","",A2)&""');
    expect(fx.formulaAt(sheet, 1, RIGHT)).toBeUndefined();
  });
});
