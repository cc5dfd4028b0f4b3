import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseReviewArgs, runReviewsCli } from '../../../src/cli/commands/reviews';
import { runTiersCli } from '../../../src/cli/commands/tiers';
import { main, UsageError } from '../../../src/cli';
import { dayLabel } from '../../../src/domain/reviews';

async function writeBook(path: string) {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, headers: string[], rows: unknown[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(headers);
    for (const r of rows) ws.addRow(r);
  };
  add(
    '客户档案',
    ['客户编号', '客户类型', '客户名称', '阶段', '负责销售', '展厅', '信用状况', '客户等级'],
    [
      ['E1', '最终客户', '张三', '已交车', 'S001', '一店', '良好', ''],
      ['D1', '经销商客户', '华东汽贸', '已签约', 'M01', '一店', '良好', 'A'],
    ],
  );
  const ledger: unknown[][] = [['T-E1', 'E1', '2026-11-10', 'X1', 1, 200000, 200000, '已交车']];
  for (let m = 1; m <= 22; m++) {
    const y = 2025 + Math.floor((m - 1) / 12);
    const mo = ((m - 1) % 12) + 1;
    ledger.push([`T-D1-${m}`, 'D1', `${y}-${String(mo).padStart(2, '0')}-10`, 'X1', 5, 100000, 500000, '已结清']);
  }
  add('经销商台账', ['交易编号', '客户编号', '日期', '车型', '数量', '单价', '金额', '状态'], ledger);
  add(
    '客户评审',
    ['评审编号', '客户编号', '评审类型', '期间', '核定等级', '审核人', '审核日期'],
    [['R1', 'D1', '年度评审', '2025', 'B', 'G01', '2025-12-31']],
  );
  add(
    '人员',
    ['工号', '姓名', '角色', '展厅'],
    [
      ['S001', '甲', '销售员', '一店'],
      ['G01', '总', '总经理', ''],
    ],
  );
  await wb.xlsx.writeFile(path);
}

describe('reviews / tiers commands', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-cli-reviews-'));
    file = join(dir, 'book.xlsx');
    await writeBook(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
  };

  test('argument parsing', () => {
    const o = parseReviewArgs(['f.xlsx', '--json', '--today=2026-12-05', '--lang', 'en']);
    expect(o).toMatchObject({ file: 'f.xlsx', json: true, lang: 'en' });
    expect(dayLabel(o.today)).toBe('2026-12-05');
    expect(() => parseReviewArgs(['--today', 'nope', 'f'])).toThrow(UsageError);
    expect(() => parseReviewArgs([])).toThrow(UsageError);
  });

  test('reviews --json lists the deal and annual reviews to create', async () => {
    const c = capture();
    expect(await runReviewsCli([file, '--json', '--today', '2026-12-05'], c.io)).toBe(0);
    const res = JSON.parse(c.out.join(''));
    expect(res.today).toBe('2026-12-05');
    expect(
      res.proposals
        .map((p: { customerId: string; kind: string; period: string }) => `${p.customerId}:${p.kind}:${p.period}`)
        .sort(),
    ).toEqual(['D1:annual:2026', 'E1:deal:T-E1']);
    expect(res.swings).toBeUndefined();
  });

  test('reviews text output in English', async () => {
    const c = capture();
    await runReviewsCli([file, '--today', '2026-12-05', '--lang', 'en'], c.io);
    const text = c.out.join('\n');
    expect(text).toContain('Reviews to create: 2');
    expect(text).toContain('Deal T-E1 ended on 2026-11-10');
  });

  test('tiers flags a tier in use that differs from the approved one', async () => {
    const c = capture();
    expect(await runTiersCli([file, '--json', '--today', '2026-12-05'], c.io)).toBe(0);
    const res = JSON.parse(c.out.join(''));
    const d1 = res.dealers.find((d: { customerId: string }) => d.customerId === 'D1');
    expect(d1.currentTier).toBe('A');
    expect(d1.latestApprovedTier).toBe('B');
    expect(res.issues.map((i: { rule: string }) => i.rule)).toContain('review.tier.mismatch');
    const text = capture();
    await runTiersCli([file, '--today', '2026-12-05'], text.io);
    expect(text.out.join('\n')).toMatch(/D1 华东汽贸：总分 [\d.]+，建议等级 [ABCD]/);
  });

  test('bad usage exits 2 through main', async () => {
    const c = capture();
    expect(await main(['reviews', '--bogus'], c.io)).toBe(2);
    expect(await main(['tiers'], c.io)).toBe(2);
    const ok = capture();
    expect(await main(['tiers', file, '--json', '--today', '2026-12-05'], ok.io)).toBe(0);
  });
});
