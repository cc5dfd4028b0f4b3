/**
 * `daily` on a file: no snapshot until a check has written one (check --out), then, on that copy
 * edited with ExcelJS (a row removed, a row added, a phone changed into another salesperson's
 * customer), the JSON contract and the human summary in both languages.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli';
import type { CommandIo } from '../../../src/cli/types';
import { buildSample } from '../../../src/sample';
import { saveWorkbookFile } from '../../../src/workbook/file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-daily-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  const code = await main(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

const CHECKED_ON = '2026-11-26';
const TODAY = '2026-11-27';
const input = path.join(dir, 'sample.xlsx');
const checked = path.join(dir, 'checked.xlsx');
const edited = path.join(dir, 'edited.xlsx');

interface Planted {
  removedId: string;
  /** A row given the name, phone and ID of another salesperson's customer (partnerRow). */
  changedRow: number;
  changedId: string;
  partnerRow: number;
}
let planted: Planted;

/**
 * Removes row 3 (the last row moves up into it), adds C009999 in the last row, and makes a row in
 * no group the same person as another salesperson's customer in none (name, phone and ID copied).
 */
async function editChecked(grouped: Set<number>): Promise<Planted> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(checked);
  const ws = wb.getWorksheet('客户档案')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (label: string) => header.indexOf(label);
  const value = (r: number, label: string) => String(ws.getRow(r).getCell(col(label)).value ?? '');
  const last = ws.actualRowCount;
  const removedId = value(3, '客户编号');
  ws.getRow(3).values = ws.getRow(last).values;
  const free = (r: number) => !grouped.has(r) && /^1\d{10}$/.test(value(r, '电话')) && value(r, '证件号码') !== '';
  let changedRow = 5;
  while (!free(changedRow)) changedRow++;
  let partnerRow = changedRow + 1;
  while (!free(partnerRow) || value(partnerRow, '负责销售') === value(changedRow, '负责销售')) partnerRow++;
  for (const label of ['客户名称', '电话', '证件号码'])
    ws.getRow(changedRow).getCell(col(label)).value = value(partnerRow, label);
  const added = ws.getRow(last);
  added.eachCell((c) => (c.value = null));
  const cells: [string, ExcelJS.CellValue][] = [
    ['客户编号', 'C009999'],
    ['客户类型', '最终客户'],
    ['客户名称', '新客户'],
    ['电话', '13512345678'],
    ['负责销售', 'S001'],
    ['首次接触', new Date(Date.UTC(2026, 10, 27))],
  ];
  for (const [label, v] of cells) added.getCell(col(label)).value = v;
  await wb.xlsx.writeFile(edited);
  return { removedId, changedRow, changedId: value(changedRow, '客户编号'), partnerRow };
}

beforeAll(async () => {
  await saveWorkbookFile(buildSample({ customers: 80, seed: 7, today: TODAY }).workbook, input);
});

describe('daily', () => {
  test('without a snapshot says to check first (exit 1); a check without --out stores none', async () => {
    expect((await run('check', input, '--today', CHECKED_ON)).code).toBe(0);
    const zh = await run('daily', input, '--today', TODAY);
    expect(zh.code).toBe(1);
    expect(zh.err).toContain('中没有检查保存的快照');
    expect(zh.err).toContain(`showroom-desk check ${input} --out`);
    const en = await run('daily', input, '--json', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toBe('');
    expect(en.err).toContain('holds no snapshot from a check');
  });

  test('check --out stores the snapshot in a very hidden sheet of the copy', async () => {
    expect((await run('check', input, '--out', checked, '--today', CHECKED_ON)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(checked);
    const sheet = wb.getWorksheet('快照')!;
    expect(sheet.state).toBe('veryHidden');
    expect(sheet.actualRowCount).toBe(1 + 1 + 80); // header, meta row, one row per customer
    const unchanged = await run('daily', checked, '--json', '--today', TODAY);
    expect(unchanged.code).toBe(0);
    const json = JSON.parse(unchanged.out);
    expect([json.new, json.changed, json.removed, json.newConflicts]).toEqual([[], [], [], []]);
    const groups = JSON.parse((await run('conflicts', checked, '--json', '--today', CHECKED_ON)).out);
    planted = await editChecked(new Set(groups.clusters.flatMap((c: { rows: number[] }) => c.rows)));
  });

  test('--json keeps the contract and finds the planted new, changed and removed rows and the new conflict', async () => {
    const r = await run('daily', edited, '--json', '--today', TODAY);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['new', 'changed', 'removed', 'newConflicts']));
    expect(json.lastCheck).toBe(CHECKED_ON);
    expect(json.new).toEqual([{ customerId: 'C009999', key: 'C009999', row: 81, owner: 'S001', name: '新客户' }]);
    expect(json.changed).toEqual([expect.objectContaining({ customerId: planted.changedId, row: planted.changedRow })]);
    expect(json.changed[0].fields).toEqual(['Name', 'Phone', 'IdNumber']); // in the schema's order
    expect(json.removed).toEqual([expect.objectContaining({ customerId: planted.removedId, row: 3 })]);
    expect(json.newConflicts).toHaveLength(1);
    const conflict = json.newConflicts[0];
    expect(conflict).toMatchObject({ kind: 'conflict', newRows: [planted.changedRow] });
    expect(conflict.rows.sort()).toEqual([planted.changedRow, planted.partnerRow].sort());
    expect(conflict.customerIds).toContain(planted.changedId);
    expect(json.created.map((c: { customerId: string }) => c.customerId)).toContain('C009999');
    const s001 = json.owners.find((o: { owner: string }) => o.owner === 'S001');
    expect(s001.new).toBe(1);
    // the first check's day counts: the same changes, all found after it
    const since = JSON.parse((await run('daily', edited, '--json', '--today', TODAY, '--since', CHECKED_ON)).out);
    expect([since.new, since.changed, since.removed]).toEqual([json.new, json.changed, json.removed]);
  });

  test('prints a summary per salesperson in zh and en', async () => {
    const zh = await run('daily', edited, '--today', TODAY);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain(`与上次检查（${CHECKED_ON}）保存的快照相比`);
    expect(zh.out).toContain('新增 1 行，修改 1 行，删除 1 行');
    expect(zh.out).toContain('第 81 行 C009999 新客户（S001）');
    expect(zh.out).toContain(`第 ${planted.changedRow} 行 ${planted.changedId}`);
    expect(zh.out).toMatch(/：(客户名称|电话|证件号码)、/);
    expect(zh.out).toContain('新出现的冲突：');
    const en = await run('daily', edited, '--today', TODAY, '--lang', 'en');
    expect(en.out).toContain('1 new, 1 changed, 1 removed rows');
    expect(en.out).toContain('By salesperson:');
    expect(en.out).toContain(`${planted.removedId} (`);
  });

  test('rejects a --since after today and a malformed --date (exit 2)', async () => {
    const late = await run('daily', edited, '--today', TODAY, '--since', '2026-11-28');
    expect(late.code).toBe(2);
    expect(late.err).toContain('--since');
    const bad = await run('daily', edited, '--date', '27/11/2026', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--date must be a date as YYYY-MM-DD');
  });
});
