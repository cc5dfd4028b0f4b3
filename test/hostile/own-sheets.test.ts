/**
 * Hostile layout: a user's own sheets named as the add-in names its sheets (冲突, 校验问题, 变更日志,
 * 非同一客户, 列表, Issues...). The add-in replaces, appends to and reads only the sheets it made
 * (registered in the settings payload); a user's sheet of that name keeps every cell, and the add-in's
 * sheet gets another name. Workbooks written by older versions (no registry) still have their add-in
 * sheets recognised. In the memory adapter, through `check --out`, and in the Office adapter; and the
 * Office adapter's settings sheet reads back in the file adapter.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CUSTOMERS, userFields, type AddinSheetKey } from '../../src/domain/schema';
import { main } from '../../src/cli';
import {
  MemoryWorkbook,
  SETTINGS_SHEET,
  newSheet,
  ownSheetName,
  setCell,
  type GridSheet,
} from '../../src/workbook/memory';
import { xlsxBufferToMemory } from '../../src/workbook/file';
import { SETTINGS_KEY } from '../../src/workbook/office';
import { FakeExcel } from '../workbook/office/fake-excel';
import { customerRow, fakeSettings, seedCustomers, workbook as officeWorkbook } from '../workbook/office/seed';

const HEADERS = userFields(CUSTOMERS).map((f) => f.zh);
const USER_ROWS = [
  ['我的冲突记录', '日期'],
  ['王伟和李娜都在跟', 46000],
];
const REPORT = { sheet: 'Conflicts' as const, headers: ['组', '行'], rows: [['G1', '2, 3']] };

function userSheet(name: string): GridSheet {
  const grid = newSheet(name);
  USER_ROWS.forEach((row, r) => row.forEach((v, c) => setCell(grid, r + 1, c, v)));
  return grid;
}

function customersGrid(): GridSheet {
  const grid = newSheet('客户档案');
  HEADERS.forEach((h, c) => setCell(grid, 1, c, h));
  for (let r = 2; r <= 3; r++) customerRow(r).forEach((v, c) => setCell(grid, r, c, v));
  return grid;
}

describe('ownSheetName', () => {
  test('the plain name when free, else the add-in’s name after it, numbered, at most 31 characters', () => {
    expect(ownSheetName('Conflicts', 'zh', ['客户档案'])).toBe('冲突');
    expect(ownSheetName('Conflicts', 'zh', ['冲突'])).toBe('冲突 (展厅助手)');
    expect(ownSheetName('Conflicts', 'en', ['conflicts'])).toBe('Conflicts (Showroom Desk)');
    expect(ownSheetName('Decisions', 'en', ['NotSameCustomer', 'NotSameCustomer (Showroom Desk)'])).toBe(
      'NotSameCustom (Showroom Desk) 2',
    );
    for (const key of ['Issues', 'Conflicts', 'Audit', 'Archive', 'Decisions', 'Lists'] as AddinSheetKey[])
      for (const lang of ['zh', 'en'] as const) {
        const taken = [ownSheetName(key, lang, [])];
        taken.push(ownSheetName(key, lang, taken));
        const name = ownSheetName(key, lang, taken);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }
  });
});

describe('memory adapter: a user’s sheet named like the add-in’s is left alone', () => {
  test('reports, appended rows, Lists and reads go to the add-in’s own sheets', async () => {
    const wb = new MemoryWorkbook();
    const names = ['冲突', '变更日志', '非同一客户', '列表', 'Conflicts'];
    for (const n of names) wb.model.sheets.push(userSheet(n));
    wb.model.sheets.push(customersGrid());
    const before = JSON.stringify(wb.model.sheets.filter((s) => names.includes(s.name)).map((s) => s.cells));

    await wb.writeReportSheet(REPORT, 'zh');
    await wb.writeReportSheet(REPORT, 'zh');
    await wb.appendRows('Audit', ['时间', '动作'], [['2026-06-30 09:00', '合并']], 'zh');
    await wb.appendRows('Audit', ['时间', '动作'], [['2026-06-30 10:00', '合并']], 'zh');
    expect(await wb.readAddinSheet('Decisions', 'zh')).toEqual([]);
    await wb.setup('zh');

    const after = JSON.stringify(wb.model.sheets.filter((s) => names.includes(s.name)).map((s) => s.cells));
    expect(after).toBe(before);
    expect(wb.model.addinSheets).toMatchObject({
      Conflicts: '冲突 (展厅助手)',
      Audit: '变更日志 (展厅助手)',
      Lists: '列表 (展厅助手)',
    });
    expect(wb.sheet('冲突 (展厅助手)')!.cells[1]).toEqual(['G1', '2, 3']);
    expect(await wb.readAddinSheet('Audit', 'zh')).toEqual([
      ['2026-06-30 09:00', '合并'],
      ['2026-06-30 10:00', '合并'],
    ]);
    // In English the plain name is taken too (by the user's Conflicts): the report keeps a suffixed name.
    await wb.writeReportSheet(REPORT, 'en');
    expect(wb.model.addinSheets!.Conflicts).toBe('Conflicts (Showroom Desk)');
    expect(wb.sheet('冲突 (展厅助手)')).toBeUndefined();
    expect(wb.model.sheets.filter((s) => s.name.startsWith('Conflicts'))).toHaveLength(2);
  });
});

describe('check --out', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-hostile-own-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function check(input: string, out: string): Promise<ExcelJS.Workbook> {
    const said: string[] = [];
    const code = await main(['check', input, '--out', out, '--today', '2026-06-30'], {
      out: (s) => said.push(s),
      err: (s) => said.push(s),
    });
    expect(code).toBe(0);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.readFile(out);
    return xl;
  }

  async function userWorkbook(file: string, settings?: string): Promise<string> {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('客户档案');
    ws.addRow(HEADERS);
    for (let r = 2; r <= 3; r++) ws.addRow(customerRow(r));
    const mine = xl.addWorksheet('冲突');
    USER_ROWS.forEach((row) => mine.addRow(row));
    if (settings !== undefined) xl.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' }).getCell('A1').value = settings;
    const p = path.join(dir, file);
    await xl.xlsx.writeFile(p);
    return p;
  }

  test('a user’s 冲突 sheet keeps its cells; the report goes to 冲突 (展厅助手), again on a re-run', async () => {
    const input = await userWorkbook('user.xlsx');
    const first = path.join(dir, 'user-1.xlsx');
    const xl = await check(input, first);
    expect(xl.getWorksheet('冲突')!.getSheetValues().slice(1)).toEqual(USER_ROWS.map((r) => [undefined, ...r]));
    expect(xl.getWorksheet('冲突 (展厅助手)')).toBeDefined();
    const again = await check(first, path.join(dir, 'user-2.xlsx'));
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith('冲突'))).toEqual([
      '冲突',
      '冲突 (展厅助手)',
    ]);
    expect(again.getWorksheet('冲突')!.getSheetValues().slice(1)).toEqual(USER_ROWS.map((r) => [undefined, ...r]));
  });

  test('a workbook an older version wrote (settings sheet without a registry): its 冲突 is the add-in’s', async () => {
    const input = await userWorkbook('old.xlsx', JSON.stringify({ settings: { staleDays: 45 }, formats: [] }));
    const xl = await check(input, path.join(dir, 'old-1.xlsx'));
    expect(xl.worksheets.map((w) => w.name).filter((n) => n.startsWith('冲突'))).toEqual(['冲突']);
    expect(xl.getWorksheet('冲突')!.getCell('A1').value).not.toBe(USER_ROWS[0][0]);
  });
});

/** Customers and a user's own sheet named 冲突, in the recording fake. */
function officeWithUserSheet() {
  const fx = new FakeExcel();
  seedCustomers(fx, 3);
  fx.addSheet(
    '冲突',
    USER_ROWS.map((r) => [...r]),
  );
  return { fx, wb: officeWorkbook(fx) };
}

describe('Office adapter', () => {
  test('a user’s 冲突 sheet keeps its cells; the registry in the settings sheet names the add-in’s', async () => {
    const { fx, wb } = officeWithUserSheet();
    await wb.writeReportSheet(REPORT, 'zh');
    await wb.writeReportSheet(REPORT, 'zh');
    expect(fx.sheet('冲突').rows).toEqual(USER_ROWS);
    expect(fx.sheets.map((s) => s.name)).toEqual(['客户档案', '冲突', SETTINGS_SHEET, '冲突 (展厅助手)']);
    expect(fx.get('冲突 (展厅助手)', 1, 0)).toBe('G1');
    expect(JSON.parse(String(fx.get(SETTINGS_SHEET, 0, 0))).sheets).toEqual({ Conflicts: '冲突 (展厅助手)' });
    fx.addSheet('非同一客户', [['我的表'], ['C9', 'C8']]);
    await wb.appendRows('Decisions', ['甲', '乙'], [['C1', 'C2']], 'zh');
    expect(await wb.readAddinSheet('Decisions', 'zh')).toEqual([['C1', 'C2']]);
  });

  test('an older version’s workbook (its settings in the document): 冲突 is recognised as the add-in’s', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 3);
    fx.addSheet('冲突', [['组'], ['G9']]);
    const settings = fakeSettings();
    settings.data[SETTINGS_KEY] = JSON.stringify({ staleDays: 45 });
    await officeWorkbook(fx, settings).writeReportSheet(REPORT, 'zh');
    expect(fx.sheets.map((s) => s.name)).toEqual(['客户档案', '冲突', SETTINGS_SHEET]);
    expect(fx.get('冲突', 1, 0)).toBe('G1');
  });

  test('settings and registry written in Excel are what the CLI reads from the same cells', async () => {
    const { fx, wb } = officeWithUserSheet();
    await wb.saveSettings({ staleDays: 21, matchThreshold: 0.8 });
    await wb.writeReportSheet(REPORT, 'zh');
    // The same workbook as a file: every fake sheet's cells, the settings sheet very hidden.
    const xl = new ExcelJS.Workbook();
    for (const s of fx.sheets) {
      const ws = xl.addWorksheet(s.name, { state: s.visibility === 'VeryHidden' ? 'veryHidden' : 'visible' });
      s.rows.forEach((row) => ws.addRow(row));
    }
    const back = await xlsxBufferToMemory(await xl.xlsx.writeBuffer());
    expect(await back.loadSettings()).toEqual({ staleDays: 21, matchThreshold: 0.8 });
    expect(back.model.addinSheets).toEqual({ Conflicts: '冲突 (展厅助手)' });
    expect(await back.readAddinSheet('Conflicts', 'zh')).toEqual([['G1', '2, 3']]);
  });
});
