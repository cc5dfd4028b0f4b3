/**
 * `check --out` on a user's own workbook: what the grid model does not compute (notes, rich
 * text, autofilters, styles, merges, formulas pointing at moved cells, header cells) must come
 * out of the annotated copy as the user left it. Read back with ExcelJS, and opened in LibreOffice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli';
import type { CommandIo } from '../../src/cli/types';
import { memoryToXlsxBuffer, xlsxBufferToMemory } from '../../src/workbook/file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-fidelity-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TODAY = '2024-07-01';
const HEADERS = [
  '客户编号',
  '客户类型',
  '客户名称',
  '联系人',
  '电话',
  '证件号',
  '出生日期',
  '城市',
  '地址',
  '展厅',
  '所属销售',
  '来源',
  '首次接触',
  '最近跟进',
  '阶段',
  '意向',
  '购买力',
];

function customerRow(id: string, name: string, phone: string): ExcelJS.CellValue[] {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  return [id, '最终客户', name, null, phone, null, null, '广州', 'x', '天河展厅', 'S001', '来电']
    .concat([d('2024-05-01'), d('2024-06-20')] as unknown as string[])
    .concat(['洽谈', '良好', '强']);
}

/** A customer sheet (plain range, A1:Q4) and a staff sheet; `edit` adds what a test needs. */
async function workbook(file: string, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户档案');
  ws.addRow(HEADERS);
  ws.addRow(customerRow('C001', '王伟', '13812345678'));
  ws.addRow(customerRow('C002', '李娜', '13812345679'));
  ws.addRow(customerRow('C003', '张敏', '13812345670'));
  const staff = wb.addWorksheet('人员');
  staff.addRow(['工号', '姓名', '角色', '展厅', '在职']);
  staff.addRow(['S001', '张三', '销售顾问', '天河展厅', '是']);
  staff.addRow(['S009', '李四', '展厅主管', '天河展厅', '是']);
  edit(ws, wb);
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

function io(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

/** Runs `check FILE --out` and reads the copy back with ExcelJS. */
async function checkOut(input: string): Promise<ExcelJS.Workbook> {
  const out = input.replace(/\.xlsx$/, '-checked.xlsx');
  const c = io();
  const code = await main(['check', input, '--out', out, '--today', TODAY], c);
  expect({ code, err: c.stderr.join('\n') }).toEqual({ code: 0, err: '' });
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.readFile(out);
  return xl;
}

describe('check --out keeps what the user put in the cells', () => {
  test('cell notes, also on an empty cell, and the fill of an empty cell', async () => {
    const input = await workbook('notes.xlsx', (ws) => {
      ws.getCell('C2').note = 'VIP: call after 6pm';
      // ExcelJS reads a note only on a cell the sheet lists: an empty cell is listed when it has a style
      ws.getCell('D3').border = { top: { style: 'thin' } };
      ws.getCell('D3').note = { texts: [{ text: '联系人待补', font: { bold: true } }] } as ExcelJS.Comment;
      ws.getCell('F4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const ws = (await checkOut(input)).getWorksheet('客户档案')!;
    expect(ws.getCell('C2').note).toBe('VIP: call after 6pm');
    expect(ws.getCell('C2').value).toBe('王伟');
    expect(JSON.stringify(ws.getCell('D3').note)).toContain('联系人待补');
    expect(ws.getCell('F4').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
  });

  test('rich-text runs stay while the add-in leaves the text alone, and give way when a person changes it', async () => {
    const runs = [
      { text: '天河路', font: { bold: true } },
      { text: '100号', font: { color: { argb: 'FFFF0000' } } },
    ];
    const input = await workbook('rich.xlsx', (ws) => {
      ws.getCell('I3').value = { richText: runs };
    });
    const ws = (await checkOut(input)).getWorksheet('客户档案')!;
    expect(ws.getCell('I3').value).toEqual({ richText: runs });

    const wb = await xlsxBufferToMemory(fs.readFileSync(input));
    await wb.updateCells([{ sheet: 'Customers', row: 3, field: 'Address', value: '天河路200号' }]);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load((await memoryToXlsxBuffer(wb)) as unknown as ArrayBuffer);
    expect(xl.getWorksheet('客户档案')!.getCell('I3').value).toBe('天河路200号');
  });

  test('a sheet autofilter stays, except over the table the copy makes (its filter buttons replace it)', async () => {
    const input = await workbook('filter.xlsx', (ws, wb) => {
      ws.autoFilter = 'A1:Q4';
      wb.getWorksheet('人员')!.autoFilter = 'A1:E3';
    });
    const xl = await checkOut(input);
    expect(xl.getWorksheet('人员')!.autoFilter).toBe('A1:E3');
    const customers = xl.getWorksheet('客户档案')!;
    expect(customers.autoFilter).toBeUndefined();
    const table = customers.getTables()[0] as unknown as { table: { tableRef: string; autoFilterRef: string } };
    expect(table.table.autoFilterRef).toBe('A1:S4');
  });
});
