/**
 * `check --out` on a user's own workbook: what the grid model does not compute (notes, rich
 * text, autofilters, styles, merges, formulas pointing at moved cells, header cells) must come
 * out of the annotated copy as the user left it. Read back with ExcelJS, and opened in LibreOffice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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

/** Adds <definedNames> to an .xlsx's workbook part (ExcelJS cannot write local names or formula names). */
function addDefinedNames(file: string, names: string): void {
  const files = unzipSync(fs.readFileSync(file));
  const xml = strFromU8(files['xl/workbook.xml']).replace(
    '</sheets>',
    `</sheets><definedNames>${names}</definedNames>`,
  );
  files['xl/workbook.xml'] = strToU8(xml);
  fs.writeFileSync(file, zipSync(files));
}

/** The copy's defined names as its workbook part has them. */
function definedNames(file: string): { name: string; localSheetId?: string; text: string }[] {
  const xml = strFromU8(unzipSync(fs.readFileSync(file))['xl/workbook.xml']);
  return [...xml.matchAll(/<definedName name="([^"]*)"(?: localSheetId="(\d+)")?>([^<]*)<\/definedName>/g)].map((m) =>
    m[2] === undefined ? { name: m[1], text: m[3] } : { name: m[1], localSheetId: m[2], text: m[3] },
  );
}

/** A user's workbook with defined names: a rate, a local name, a formula name, one over cells a status column moves. */
async function namedWorkbook(file: string): Promise<string> {
  const input = await workbook(file, (ws, wb) => {
    ws.getCell('R2').value = '经理看过'; // no header: the status columns go in before it
    ws.getColumn('D').hidden = true;
    ws.getRow(3).hidden = true;
    const params = wb.addWorksheet('参数');
    params.getCell('A2').value = '折扣率';
    params.getCell('B2').value = 0.1;
    params.getCell('B3').value = 5;
    const sum = wb.addWorksheet('汇总');
    // wrong cached results: only a workbook that resolves the names computes the right ones
    const f = (formula: string) => ({ formula, result: -1 }) as ExcelJS.CellFormulaValue;
    sum.getCell('A1').value = f('100*折扣率');
    sum.getCell('A2').value = f('本地*2');
    sum.getCell('A3').value = f('动态');
    sum.getCell('A4').value = f('COUNTA(备注列)&INDEX(备注列,1)');
  });
  addDefinedNames(
    input,
    [
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">客户档案!$A$1:$Q$4</definedName>',
      '<definedName name="_xlnm.Print_Area" localSheetId="0">客户档案!$A$1:$R$4</definedName>',
      '<definedName name="备注列">客户档案!$R$2:$R$4</definedName>',
      '<definedName name="本地" localSheetId="3">参数!$B$3</definedName>',
      '<definedName name="动态">SUM(OFFSET(参数!$B$2,0,0,2,1))</definedName>',
      '<definedName name="外部">[1]其他!$A$1</definedName>',
      '<definedName name="折扣率">参数!$B$2</definedName>',
      '<definedName name="无表">没有的表[客户编号]</definedName>',
    ].join(''),
  );
  return input;
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

  test('status columns that go in where user cells are move those cells with their styles, notes, merges, and every reference to them', async () => {
    const runs = [{ text: '重点', font: { bold: true } }, { text: '跟进' }];
    const input = await workbook('moved.xlsx', (ws, wb) => {
      // the customers as an Excel table (A1:Q4), the manager's own columns right next to it
      const rows = [2, 3, 4].map((r) => HEADERS.map((_, c) => ws.getRow(r).getCell(c + 1).value));
      ws.spliceRows(2, 3);
      ws.addTable({
        name: 'CustomerList',
        ref: 'A1',
        columns: HEADERS.map((name) => ({ name, filterButton: true })),
        rows,
      });
      ws.getCell('R1').value = '经理批注';
      ws.getCell('R1').font = { bold: true };
      ws.getCell('R2').value = { richText: runs };
      ws.getCell('R2').note = '周五前回电';
      ws.getCell('R2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('R3').value = '合并备注';
      ws.mergeCells('R3:S3');
      ws.getCell('T2').value = { formula: 'R2&"!"', result: '重点跟进!' } as ExcelJS.CellFormulaValue;
      ws.addConditionalFormatting({
        ref: 'R2:R4',
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: ['LEN($R2)>0'],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
          },
        ],
      });
      const sum = wb.addWorksheet('汇总');
      sum.getCell('A1').value = { formula: '客户档案!R2', result: '重点跟进' } as ExcelJS.CellFormulaValue;
      sum.getCell('A2').value = { formula: 'COUNTA(客户档案!R:R)', result: 3 } as ExcelJS.CellFormulaValue;
      sum.getCell('A3').value = {
        formula: "'客户档案'!$R$2&客户档案!Q2",
        result: '重点跟进强',
      } as ExcelJS.CellFormulaValue;
      sum.getCell('B1').dataValidation = { type: 'list', allowBlank: true, formulae: ['客户档案!$R$2:$R$4'] };
    });
    const xl = await checkOut(input);
    const ws = xl.getWorksheet('客户档案')!;
    expect([ws.getCell('R1').value, ws.getCell('S1').value]).toEqual(['校验', '冲突组']);
    expect((ws.getTables()[0] as unknown as { table: { tableRef: string } }).table.tableRef).toBe('A1:S4');
    expect(ws.getCell('T1').value).toBe('经理批注');
    expect(ws.getCell('T1').font).toMatchObject({ bold: true });
    expect(ws.getCell('T2').value).toEqual({ richText: runs });
    expect(ws.getCell('T2').note).toBe('周五前回电');
    expect(ws.getCell('T2').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(JSON.stringify(ws.getCell('R2').style)).not.toContain('FFFFFF00');
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(['T3:U3']);
    expect(ws.getCell('T3').value).toBe('合并备注');
    expect(ws.getCell('V2').formula).toBe('T2&"!"');
    const userFormat = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
    ).conditionalFormattings.find((cf) => cf.rules[0].formulae?.[0]?.startsWith('LEN'));
    expect(userFormat).toMatchObject({ ref: 'T2:T4', rules: [{ formulae: ['LEN($T2)>0'] }] });
    const sum = xl.getWorksheet('汇总')!;
    expect(sum.getCell('A1').formula).toBe('客户档案!T2');
    expect(sum.getCell('A2').formula).toBe('COUNTA(客户档案!T:T)');
    expect(sum.getCell('A3').formula).toBe("'客户档案'!$T$2&客户档案!Q2");
    expect(sum.getCell('B1').dataValidation).toMatchObject({ type: 'list', formulae: ['客户档案!$T$2:$T$4'] });
  });

  test('hidden rows and columns, row heights, column widths and outline levels stay, and move with moved cells', async () => {
    const input = await workbook('hidden.xlsx', (ws, wb) => {
      ws.getColumn('D').hidden = true;
      ws.getColumn('C').width = 24;
      ws.getRow(2).height = 32;
      ws.getRow(3).hidden = true;
      ws.getRow(4).outlineLevel = 1;
      ws.properties.outlineLevelRow = 1;
      // the manager's own hidden column right of the data: the status columns go in before it
      ws.getCell('R2').value = '不外传';
      ws.getColumn('R').hidden = true;
      ws.getColumn('Z').hidden = true; // hidden, with no cells in it
      const staff = wb.getWorksheet('人员')!;
      staff.getColumn('B').outlineLevel = 1;
      staff.getRow(6).hidden = true; // hidden, with no cells in it
      staff.getRow(6).height = 18; // (ExcelJS writes a row without cells only when it has a height)
    });
    const xl = await checkOut(input);
    const ws = xl.getWorksheet('客户档案')!;
    expect([ws.getCell('R1').value, ws.getCell('S1').value, ws.getCell('T2').value]).toEqual([
      '校验',
      '冲突组',
      '不外传',
    ]);
    const hidden = (w: ExcelJS.Worksheet, cols: string[]) => cols.filter((c) => w.getColumn(c).hidden);
    expect(hidden(ws, ['A', 'B', 'C', 'D', 'Q', 'R', 'S', 'T', 'AA', 'AB'])).toEqual(['D', 'T', 'AB']);
    expect(ws.getColumn('C').width).toBe(24);
    expect([1, 2, 3, 4].map((r) => [ws.getRow(r).hidden, ws.getRow(r).outlineLevel])).toEqual([
      [false, 0],
      [false, 0],
      [true, 0],
      [false, 1],
    ]);
    expect(ws.getRow(2).height).toBe(32);
    expect(ws.properties.outlineLevelRow).toBe(1);
    const staff = xl.getWorksheet('人员')!;
    expect(staff.getColumn('B').outlineLevel).toBe(1);
    expect([staff.getRow(6).hidden, staff.getRow(6).height]).toEqual([true, 18]);

    // Excel also writes a hidden empty row without a height: the copy gives it one so that it is written at all
    const wb = await xlsxBufferToMemory(fs.readFileSync(input));
    wb.sheet('人员')!.extras!.rows!.set(7, { hidden: true });
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await memoryToXlsxBuffer(wb)) as unknown as ArrayBuffer);
    expect(again.getWorksheet('人员')!.getRow(7).hidden).toBe(true);
  });

  test('defined names stay, workbook and sheet ones, plain and formula ones, and follow the cells a status column moves', async () => {
    const input = await namedWorkbook('names.xlsx');
    await checkOut(input);
    expect(definedNames(input.replace(/\.xlsx$/, '-checked.xlsx'))).toEqual([
      // the print area and the name over the manager's column moved with it; hidden, external and broken names are left out
      { name: '_xlnm.Print_Area', localSheetId: '0', text: '客户档案!$A$1:$T$4' },
      { name: '备注列', text: '客户档案!$T$2:$T$4' },
      { name: '本地', localSheetId: '3', text: '参数!$B$3' },
      { name: '动态', text: 'SUM(OFFSET(参数!$B$2,0,0,2,1))' },
      { name: '折扣率', text: '参数!$B$2' },
      // the header row printed on every page (issue 16): the customer file and the add-in's reports
      { name: '_xlnm.Print_Titles', localSheetId: '0', text: '&apos;客户档案&apos;!$1:$1' },
      { name: '_xlnm.Print_Titles', localSheetId: '4', text: '&apos;校验问题&apos;!$1:$1' },
      { name: '_xlnm.Print_Titles', localSheetId: '5', text: '&apos;冲突&apos;!$1:$1' },
    ]);
  });

  test('a plain range whose header cells a table would rename stays a plain range, and no header cell changes', async () => {
    const input = await workbook('headers.xlsx', (ws) => {
      ws.getCell('R2').value = '无表头'; // a column without a header, then two headed 备注, one headed 2024
      ws.getCell('S1').value = '备注';
      ws.getCell('S2').value = 'a';
      ws.getCell('T1').value = '备注';
      ws.getCell('T2').value = 'b';
      ws.getCell('U1').value = 2024;
      ws.getCell('U2').value = 5;
      ws.autoFilter = 'A1:U4';
    });
    const ws = (await checkOut(input)).getWorksheet('客户档案')!;
    expect(ws.getTables()).toEqual([]);
    expect(['R1', 'S1', 'T1', 'U1', 'V1', 'W1'].map((a) => ws.getCell(a).value)).toEqual([
      null,
      '备注',
      '备注',
      2024,
      '校验',
      '冲突组',
    ]);
    expect(ws.getCell('R2').value).toBe('无表头');
    // the filter takes in the status columns, so that sorting moves the statuses with their rows
    expect(ws.autoFilter).toBe('A1:W4');
    const formats = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(formats.length).toBe(4);
    expect(formats.every((f) => f.ref === 'A2:W4')).toBe(true);
  });
});

describe('LibreOffice', () => {
  const soffice = '/usr/bin/soffice';

  /** Opens a file in LibreOffice, recalculating every formula, and saves it as .xlsx; returns what it saved. */
  async function recalculated(file: string): Promise<ExcelJS.Workbook> {
    const profile = path.join(dir, 'lo-recalc-profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">' +
        '<value>0</value></prop></item></oor:items>',
    );
    const outDir = path.join(dir, 'lo-recalc');
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file],
      { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 120000 },
    );
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.readFile(path.join(outDir, path.basename(file)));
    return lo;
  }

  (fs.existsSync(soffice) ? test : test.skip)(
    "computes the formulas that use the copy's defined names, and keeps its hidden rows and columns",
    async () => {
      const input = await namedWorkbook('names-lo.xlsx');
      await checkOut(input);
      const lo = await recalculated(input.replace(/\.xlsx$/, '-checked.xlsx'));
      const sum = lo.getWorksheet('汇总')!;
      expect(['A1', 'A2', 'A3', 'A4'].map((a) => sum.getCell(a).result)).toEqual([10, 10, 5.1, '1经理看过']);
      const ws = lo.getWorksheet('客户档案')!;
      expect(['C', 'D', 'T'].map((c) => ws.getColumn(c).hidden)).toEqual([false, true, false]);
      expect([2, 3, 4].map((r) => ws.getRow(r).hidden)).toEqual([false, true, false]);
    },
  );

  (fs.existsSync(soffice) ? test : test.skip)(
    'opens an annotated copy with all of these, and saves the same cells, notes, merges, filter and formulas',
    async () => {
      const input = await workbook('all.xlsx', (ws, wb) => {
        ws.getCell('C2').note = 'VIP: call after 6pm';
        ws.getCell('I3').value = { richText: [{ text: '天河路', font: { bold: true } }, { text: '100号' }] };
        ws.getCell('R1').value = '备注'; // headed twice: the copy keeps a plain range
        ws.getCell('S1').value = '备注';
        ws.getCell('U2').value = '经理看过'; // no header: the second status column goes in before it
        ws.getCell('U2').font = { italic: true };
        ws.getCell('U3').value = '合并';
        ws.mergeCells('U3:V3');
        ws.autoFilter = 'A1:S4';
        const sum = wb.addWorksheet('汇总');
        sum.getCell('A1').value = { formula: '客户档案!U2', result: '经理看过' } as ExcelJS.CellFormulaValue;
      });
      const out = input.replace(/\.xlsx$/, '-checked.xlsx');
      const copy = await checkOut(input);
      const loDir = path.join(dir, 'lo');
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          loDir,
          out,
        ],
        { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 120000 },
      );
      const lo = new ExcelJS.Workbook();
      await lo.xlsx.readFile(path.join(loDir, path.basename(out)));
      const values = (xl: ExcelJS.Workbook, sheet: string) => {
        const cells: Record<string, unknown> = {};
        xl.getWorksheet(sheet)!.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type !== ExcelJS.ValueType.Merge) cells[cell.address] = cell.text;
          }),
        );
        return cells;
      };
      for (const sheet of ['客户档案', '汇总', '校验问题', '冲突'])
        expect(values(lo, sheet)).toEqual(values(copy, sheet));
      const ws = lo.getWorksheet('客户档案')!;
      expect(['R1', 'S1', 'T1', 'U1', 'V2'].map((a) => ws.getCell(a).text)).toEqual([
        '备注',
        '备注',
        '校验',
        '冲突组',
        '经理看过',
      ]);
      expect(JSON.stringify(ws.getCell('C2').note)).toContain('VIP: call after 6pm');
      expect(JSON.stringify(ws.getCell('I3').value)).toContain('"bold":true');
      expect(ws.getCell('V2').font).toMatchObject({ italic: true });
      expect((ws.model as unknown as { merges: string[] }).merges).toEqual(['V3:W3']);
      // LibreOffice shows a sheet autofilter only with Excel's hidden name _xlnm._FilterDatabase, which ExcelJS
      // does not write (tdf#118592, exceljs#2778); Excel does not need it. So the filter is checked in the copy.
      expect(copy.getWorksheet('客户档案')!.autoFilter).toBe('A1:U4');
      expect(lo.getWorksheet('汇总')!.getCell('A1').formula).toBe('客户档案!V2');
    },
  );
});
