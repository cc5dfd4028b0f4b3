/**
 * The check / validate / conflicts commands on the sample workbook: the JSON contract,
 * the planted conflicts and bad records, the annotated copy (status columns, one format
 * per rule, linked report sheets, every user cell unchanged), and LibreOffice opening it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { main } from '../../src/cli';
import type { CommandIo } from '../../src/cli/types';
import { buildSample } from '../../src/sample';
import { loadWorkbookFile, saveWorkbookFile, parseCsv } from '../../src/workbook/file';
import { SHEETS, userFields } from '../../src/domain/schema';
import type { Table, WorkbookData } from '../../src/domain/table';
import { text } from '../../src/domain/table';
import { STATUS_MARKERS } from '../../src/domain/engine';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function io(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = io();
  const code = await main(argv, c);
  return { code, out: c.stdout.join('\n'), err: c.stderr.join('\n') };
}

const TODAY = '2026-11-27';
const built = buildSample({ customers: 300, seed: 20260101, today: TODAY });
const input = path.join(dir, 'sample.xlsx');
beforeAll(async () => {
  await saveWorkbookFile(built.workbook, input);
});

const plantsOf = (prefix: string) => built.plants.filter((p) => p.kind.startsWith(prefix) && p.sheet === 'Customers');

describe('conflicts --json', () => {
  test('keeps the contract exactly and finds every planted conflict and duplicate', async () => {
    const r = await run('conflicts', input, '--json', '--today', TODAY);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { clusters: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['clusters', 'possible']);
    for (const c of json.clusters) {
      expect(Object.keys(c).sort()).toEqual(['customerIds', 'kind', 'owners', 'reasons', 'rows', 'suggestedOwner']);
      expect(['conflict', 'duplicate']).toContain(c.kind);
      expect((c.rows as number[]).every((n) => n >= 2)).toBe(true);
      expect((c.reasons as string[]).length).toBeGreaterThan(0);
    }
    const clusters = json.clusters as { rows: number[]; kind: string; owners: string[] }[];
    const planted = [...plantsOf('conflict.'), ...plantsOf('duplicate.')];
    expect(planted.length).toBeGreaterThanOrEqual(5);
    for (const p of planted) {
      const hit = clusters.find((c) => p.rows.every((row) => c.rows.includes(row)));
      expect({ plant: p.kind, found: hit?.kind }).toEqual({ plant: p.kind, found: p.expect });
    }
    // namesakes and family members sharing a phone are never grouped
    for (const p of built.plants.filter((x) => x.expect === 'notSame' && x.sheet === 'Customers')) {
      const together = clusters.some((c) => p.rows.filter((row) => c.rows.includes(row)).length > 1);
      expect({ plant: p.kind, rows: p.rows, together }).toEqual({ plant: p.kind, rows: p.rows, together: false });
    }
  });
});

describe('conflicts --json: possible duplicates', () => {
  test('a rare name in the same city under another phone is listed apart, with its reasons and score, never merged', async () => {
    const csv = path.join(dir, 'possible.csv');
    fs.writeFileSync(
      csv,
      '\ufeff客户编号,客户类型,客户名称,手机,城市,展厅,销售员,首次接触,阶段\n' +
        'C1,最终客户,欧阳子涵,138 1234 5678,北京,一展厅,S001,2026-11-01,线索\n' +
        'C2,最终客户,李娜,139 0000 1111,上海,一展厅,S001,2026-11-01,线索\n' +
        'C3,最终客户,欧阳子涵,137 9999 0000,北京,一展厅,S002,2026-11-02,洽谈\n',
    );
    const json = JSON.parse((await run('conflicts', csv, '--json', '--today', TODAY)).out);
    expect(json.clusters).toEqual([]);
    expect(json.possible).toEqual([
      { rows: [2, 4], customerIds: ['C1', 'C3'], owners: ['S001', 'S002'], reasons: expect.any(Array), score: 5 },
    ]);
    expect(Object.keys(json.possible[0])).toEqual(['rows', 'customerIds', 'owners', 'reasons', 'score']);
    expect(json.possible[0].reasons.join(' ')).toMatch(/名称相同.*城市相同/);
  });
});

describe('validate --json', () => {
  test('reports every planted bad record at its row, in the chosen language', async () => {
    const r = await run('validate', input, '--json', '--today', TODAY, '--lang', 'en');
    expect(r.code).toBe(0);
    const { issues } = JSON.parse(r.out) as {
      issues: { sheet: string; row: number; field: string | null; rule: string; severity: string; message: string }[];
    };
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(['field', 'message', 'row', 'rule', 'severity', 'sheet']);
      expect(['error', 'warning']).toContain(i.severity);
      expect(i.message).toMatch(/row \d+/); // English messages that name the row
    }
    const bad = built.plants.filter((p) => p.kind.startsWith('bad.') || p.kind === 'outing.late');
    expect(bad.length).toBeGreaterThan(10);
    for (const p of bad) {
      const hit = issues.some((i) => i.sheet === p.sheet && p.rows.includes(i.row));
      expect({ plant: p.kind, hit }).toEqual({ plant: p.kind, hit: true });
    }
    // the outing registered the evening before is allowed
    const evening = built.plants.find((p) => p.kind === 'outing.eveningBefore')!;
    expect(issues.filter((i) => i.sheet === 'Outings' && evening.rows.includes(i.row))).toEqual([]);
  });
});

function userColumnsEqual(before: WorkbookData, after: WorkbookData): void {
  for (const def of SHEETS) {
    const a = before[def.key] as Table | undefined;
    const b = after[def.key] as Table | undefined;
    if (!a) continue;
    expect(b).toBeDefined();
    expect(b!.length).toBe(a.length);
    for (const f of userFields(def)) {
      if (!a.columns[f.key]) continue;
      for (let i = 0; i < a.length; i++) {
        if (text(a, f.key, i) !== text(b!, f.key, i)) {
          throw new Error(
            `${def.key} row ${a.rowNumbers[i]} ${f.key}: "${text(a, f.key, i)}" became "${text(b!, f.key, i)}"`,
          );
        }
      }
    }
  }
}

describe('check --out', () => {
  const out = path.join(dir, 'checked.xlsx');
  const again = path.join(dir, 'checked-again.xlsx');

  test('writes status columns, one format per rule, linked Issues and Conflicts sheets, and keeps user cells', async () => {
    const r = await run('check', input, '--out', out, '--today', TODAY);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    const before = await (await loadWorkbookFile(input)).read();
    const wb = await loadWorkbookFile(out);
    const after = await wb.read();
    userColumnsEqual(before, after);

    const customers = after.Customers!;
    const group = customers.columns.ConflictGroup;
    const check = customers.columns.Check;
    expect(group).toBeDefined();
    expect(check).toBeDefined();
    const conflictRows = plantsOf('conflict.')[0].rows;
    for (const row of conflictRows)
      expect(String(group[customers.rowNumbers.indexOf(row)])).toContain(STATUS_MARKERS.conflict);
    const badPhone = built.plants.find((p) => p.kind === 'bad.phone')!.rows[0];
    expect(String(check[customers.rowNumbers.indexOf(badPhone)])).toContain(STATUS_MARKERS.error);

    const ids = wb.model.conditionalFormats.map((f) => f.id).sort();
    expect(new Set(ids).size).toBe(ids.length); // one per rule
    expect(ids.filter((id) => id.includes('Customers'))).toEqual([
      'sd:Customers:conflict',
      'sd:Customers:duplicate',
      'sd:Customers:error',
      'sd:Customers:warning',
    ]);

    const issuesSheet = wb.model.sheets.find((s) => s.name === '校验问题');
    const conflictsSheet = wb.model.sheets.find((s) => s.name === '冲突');
    expect(issuesSheet).toBeDefined();
    expect(conflictsSheet).toBeDefined();
    const issueLinks = wb.model.hyperlinks.filter((h) => h.sheet === '校验问题');
    expect(issueLinks.length).toBeGreaterThan(10);
    expect(issueLinks.every((h) => h.target.startsWith('#'))).toBe(true);
  });

  test('re-running on the annotated copy replaces, never stacks', async () => {
    const r = await run('check', out, '--out', again, '--today', TODAY);
    expect(r.code).toBe(0);
    const first = await loadWorkbookFile(out);
    const second = await loadWorkbookFile(again);
    expect(second.model.conditionalFormats.length).toBe(first.model.conditionalFormats.length);
    const t1 = first.model.tables.find((t) => t.name === 'Customers')!;
    const t2 = second.model.tables.find((t) => t.name === 'Customers')!;
    expect(t2.lastColumn).toBe(t1.lastColumn); // no second pair of status columns
    userColumnsEqual(await first.read(), await second.read());
  });

  const soffice = '/usr/bin/soffice';
  (fs.existsSync(soffice) ? test : test.skip)('LibreOffice opens the annotated copy', () => {
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        out,
      ],
      {
        env: { ...process.env, HOME: dir },
        stdio: 'pipe',
        timeout: 120000,
      },
    );
    const customers = parseCsv(fs.readFileSync(path.join(dir, 'checked-客户档案.csv'), 'utf8'));
    expect(customers[0]).toEqual(expect.arrayContaining(['校验', '冲突组']));
    const groupCol = customers[0].indexOf('冲突组');
    expect(
      customers.filter((row) => (row[groupCol] ?? '').includes(STATUS_MARKERS.conflict)).length,
    ).toBeGreaterThanOrEqual(2);
    const conflicts = parseCsv(fs.readFileSync(path.join(dir, 'checked-冲突.csv'), 'utf8'));
    expect(conflicts.length).toBeGreaterThan(1);
  });
});

describe('a CSV with only a Customers header row', () => {
  test('checks without the other sheets', async () => {
    const csv = path.join(dir, 'customers.csv');
    fs.writeFileSync(
      csv,
      '\ufeff客户编号,客户类型,客户名称,手机,展厅,销售员,首次接触,阶段\n' +
        'C1,最终客户,陈伟,138 1234 5678,一展厅,S001,2026-11-01,线索\n' +
        'C2,最终客户,陳偉,+86 138-1234-5678,一展厅,S002,2026-10-01,线索\n' +
        'C3,最终客户,李娜,12345,一展厅,S001,2026-11-02,洽谈\n',
    );
    const conflicts = JSON.parse((await run('conflicts', csv, '--json', '--today', TODAY)).out);
    expect(conflicts.clusters).toHaveLength(1);
    expect(conflicts.clusters[0]).toMatchObject({ rows: [2, 3], kind: 'conflict', suggestedOwner: 'S002' });
    const issues = JSON.parse((await run('validate', csv, '--json', '--today', TODAY)).out).issues;
    expect(issues.some((i: { row: number; field: string }) => i.row === 4 && i.field === 'Phone')).toBe(true);
    expect(issues.some((i: { rule: string }) => i.rule.startsWith('customer.owner'))).toBe(false); // no Staff sheet: no roster rules
  });
});

describe('files that are not a customer file', () => {
  test('an empty file, a workbook under the wrong extension, and a file without customers say so and exit 1', async () => {
    const empty = path.join(dir, 'empty.csv');
    fs.writeFileSync(empty, '');
    const renamed = path.join(dir, 'workbook.csv');
    fs.copyFileSync(input, renamed);
    const text = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(text, '客户编号,客户名称\nC1,王伟\n');
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, '明天上午十点开会\n记得带合同\n');
    const cases: [string, string, RegExp][] = [
      [empty, 'zh', /空文件/],
      [renamed, 'en', /is an Excel workbook named \.csv\. Rename it to \.xlsx/],
      [text, 'en', /is not an Excel workbook/],
      [notes, 'zh', /没有找到客户档案/],
      [notes, 'en', /No customer file found/],
    ];
    for (const [file, lang, message] of cases) {
      for (const command of ['validate', 'conflicts', 'check']) {
        const r = await run(command, file, '--lang', lang, '--today', TODAY);
        expect(r.code).toBe(1);
        expect(r.err).toMatch(message);
        expect(r.err).not.toMatch(/at .*\.js:\d+/); // no stack trace
      }
    }
  });

  test("a CSV's file name becomes a valid sheet name in the annotated copy, and the links find it", async () => {
    const csv = path.join(dir, '2024 天河-客户 (final) [v2] copy of the customer list export.csv');
    fs.writeFileSync(
      csv,
      '\ufeff客户编号,客户类型,客户名称,手机,展厅,销售员,首次接触,阶段\n' +
        'C1,最终客户,陈伟,138 1234 5678,一展厅,S001,2026-11-01,线索\n' +
        'C2,最终客户,陳偉,+86 138-1234-5678,一展厅,S002,2026-10-01,线索\n',
    );
    const out = path.join(dir, 'annotated-from-csv.xlsx');
    expect((await run('check', csv, '--out', out, '--today', TODAY)).code).toBe(0);
    const wb = await loadWorkbookFile(out);
    const names = wb.model.sheets.map((s) => s.name);
    const customers = names.find((n) => n.startsWith('2024 天河-客户'))!;
    expect(customers).toBe('2024 天河-客户 (final) _v2_ copy of');
    expect(customers.length).toBeLessThanOrEqual(31);
    // every internal link of the report sheets points at a sheet that exists
    for (const link of wb.model.hyperlinks.filter((h) => h.target.startsWith('#'))) {
      const sheet = /^#'?(.*?)'?!/.exec(link.target)![1].replace(/''/g, "'");
      expect(names).toContain(sheet);
    }
    expect(wb.model.hyperlinks.some((h) => h.target.includes(customers))).toBe(true);
  });
});
