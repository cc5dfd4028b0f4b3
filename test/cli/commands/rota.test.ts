/**
 * `rota` on a planted roster: two showrooms, an inactive salesperson, a supervisor, a hand-made row
 * (kept), an outing (respected), a lent person on the other showroom's rota (respected). Printing
 * writes nothing; --out appends the rows to a copy, audited, and the copy's rota passes the duty checks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli';
import type { CommandIo } from '../../../src/cli/types';
import { buildSample } from '../../../src/sample';
import { loadWorkbookFile, saveWorkbookFile, readWorkbookData } from '../../../src/workbook/file';
import { validateWorkbook } from '../../../src/domain/validation';
import { parseDate } from '../../../src/domain/normalise';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-rota-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  const code = await main(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

const input = path.join(dir, 'roster.xlsx');
const D = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  const { workbook } = buildSample({ empty: true, lang: 'zh' });
  const staff = (id: string, name: string, room: string, role = '销售员', active = '是') => ({
    StaffId: id,
    Name: name,
    Role: role,
    Showroom: room,
    Active: active,
  });
  workbook.appendTableRowsSync('Staff', [
    staff('P1', '周主管', '天河展厅', '展厅主管'),
    staff('S1', '张一', '天河展厅'),
    staff('S2', '张二', '天河展厅'),
    staff('S3', '张三', '天河展厅'),
    staff('S4', '张四', '天河展厅'),
    staff('S9', '离职', '天河展厅', '销售员', '否'),
    staff('P2', '吴主管', '越秀展厅', '展厅主管'),
    staff('T1', '李一', '越秀展厅'),
    staff('T2', '李二', '越秀展厅'),
  ]);
  workbook.appendTableRowsSync('Duty', [
    { Date: D('2026-12-01'), Showroom: '天河展厅', DutyLead: 'S4', OnDuty: 'S4,S3' }, // hand-made
    { Date: D('2026-12-02'), Showroom: '越秀展厅', DutyLead: 'T1', OnDuty: 'T1,S1' }, // S1 lent out
  ]);
  workbook.appendTableRowsSync('Outings', [
    { Date: D('2026-12-03'), StaffId: 'S2', Purpose: '拜访客户', RegisteredAt: D('2026-12-02'), ApprovedBy: 'P1' },
  ]);
  await saveWorkbookFile(workbook, input);
});

describe('rota', () => {
  test('prints the month and the spread, writes nothing', async () => {
    const before = fs.readFileSync(input);
    const r = await run('rota', input, '--month', '2026-12', '--showroom', '天河展厅', '--today', '2026-12-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2026-12 值班表 · 天河展厅');
    expect(r.out).toMatch(/2026-12-02 周三 {2}值班长 S\d 张.*值班 /);
    expect(r.out).toContain('已有的 1 天保持不变');
    expect(r.out).toContain('差距（最多 − 最少）：值班 1 天，值班长 1 天');
    expect(r.out).not.toContain('S9');
    expect(r.out).toContain('只打印，没有写入任何文件');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test('--json: the rows respect the hand-made row, the outing and the other showroom', async () => {
    const r = await run('rota', input, '--month', '2026-12', '--today', '2026-12-01', '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const tianhe = json.showrooms.find((s: { showroom: string }) => s.showroom === '天河展厅');
    expect(tianhe.keptDays).toEqual(['2026-12-01']);
    expect(tianhe.rows).toHaveLength(30);
    const on = (date: string) => tianhe.rows.find((x: { date: string }) => x.date === date).onDuty;
    expect(on('2026-12-02')).not.toContain('S1');
    expect(on('2026-12-03')).not.toContain('S2');
    for (const row of tianhe.rows) {
      expect(row.onDuty).toHaveLength(2);
      expect(row.onDuty[0]).toBe(row.lead);
      for (const id of row.onDuty) expect(['S1', 'S2', 'S3', 'S4']).toContain(id);
    }
    expect(tianhe.dutySpread).toBeLessThanOrEqual(1);
    expect(tianhe.leadSpread).toBeLessThanOrEqual(1);
    const yuexiu = json.showrooms.find((s: { showroom: string }) => s.showroom === '越秀展厅');
    expect(yuexiu.rows).toHaveLength(30); // the 2nd is kept
    expect(json.written).toEqual([]);
  });

  test('--out appends the rows to a copy, audited; the hand-made rows stay; the copy passes the duty checks', async () => {
    const out = path.join(dir, 'rota.xlsx');
    const r = await run('rota', input, '--month', '2026-12', '--today', '2026-12-01', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Added 60 rows at the end of the Duty table');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    const data = await readWorkbookData(out);
    expect(data.Duty!.length).toBe(62);
    expect(data.Duty!.columns.DutyLead.slice(0, 2)).toEqual(['S4', 'T1']);
    const issues = validateWorkbook(data, { today: parseDate('2026-12-31')!, lang: 'en', staleDays: 30 }).filter(
      (i) => i.sheet === 'Duty',
    );
    expect(issues.map((i) => i.rule)).toEqual([]);
    const audit = await (await loadWorkbookFile(out)).readAddinSheet('Audit', 'en');
    expect(audit.filter((row) => row.some((c) => c === 'Duty' || c === '值班表'))).toHaveLength(60);
  });

  test('a wrong month or an unknown showroom is explained', async () => {
    const bad = await run('rota', input, '--month', '12/2026', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--month YYYY-MM');
    const room = await run('rota', input, '--month', '2026-12', '--showroom', '海珠展厅');
    expect(room.code).toBe(1);
    expect(room.err).toContain('没有展厅「海珠展厅」的在职销售员。可选的展厅：天河展厅、越秀展厅');
  });
});
