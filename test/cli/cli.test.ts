import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, parseArgs, UsageError, helpText } from '../../src/cli';
import type { Command, CommandIo } from '../../src/cli/types';
import sample from '../../src/cli/commands/sample';
import init from '../../src/cli/commands/init';
import { loadWorkbookFile } from '../../src/workbook/file';
import { SHEETS, userFields } from '../../src/domain/schema';
import { allTables } from '../../src/i18n';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function io(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}
const mine: Command[] = [sample, init];

describe('parseArgs', () => {
  test('positionals, --x value, --x=value, flags and global options', () => {
    const a = parseArgs(['f.xlsx', '--customers', '50', '--seed=9', '--json', '--lang', 'en', '--today=2026-02-03'], {
      values: ['customers', 'seed'],
    });
    expect(a.positionals).toEqual(['f.xlsx']);
    expect(a.options).toMatchObject({ customers: '50', seed: '9', json: true });
    expect(a.lang).toBe('en');
    expect(a.today).toBe('2026-02-03');
    expect(a.todayDay).toBe(Date.UTC(2026, 1, 3) / 86400000);
    expect(a.json).toBe(true);
  });

  test('bad options are usage errors in the chosen language', () => {
    expect(() => parseArgs(['--bogus'])).toThrow(UsageError);
    expect(() => parseArgs(['--bogus', '--lang', 'en'])).toThrow(/Unknown option --bogus/);
    expect(() => parseArgs(['--today', '2026-13-01'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseArgs(['--today', '27/11/2026'])).toThrow(/--today/);
    expect(() => parseArgs(['--lang', 'fr'])).toThrow(/zh 或 en/);
    expect(() => parseArgs(['--today'])).toThrow(/缺少取值/);
  });
});

describe('main', () => {
  test('help in both languages lists the commands', async () => {
    const zh = io();
    expect(await main([], zh, mine)).toBe(0);
    expect(zh.stdout.join('\n')).toContain('命令:');
    expect(zh.stdout.join('\n')).toContain('sample');
    const en = io();
    expect(await main(['--help', '--lang', 'en'], en, mine)).toBe(0);
    expect(en.stdout.join('\n')).toContain('Commands:');
    expect(helpText('en', mine)).toContain('init');
    const one = io();
    expect(await main(['sample', '--help', '--lang', 'en'], one, mine)).toBe(0);
    expect(one.stdout[0]).toMatch(/^showroom-desk sample FILE\.xlsx/);
  });

  test('usage errors exit 2 with what, where and what to do', async () => {
    const a = io();
    expect(await main(['nope'], a, mine)).toBe(2);
    expect(a.stderr[0]).toMatch(/没有「nope」这个命令.*sample, init/);
    const b = io();
    expect(await main(['sample', '--lang', 'en'], b, mine)).toBe(2);
    expect(b.stderr[0]).toMatch(/Missing the file argument/);
    expect(b.stderr[0]).toMatch(/Usage: showroom-desk sample/);
    const c = io();
    expect(await main(['--lang', 'en', 'sample', path.join(dir, 'x.xlsx'), '--customers', '5'], c, mine)).toBe(2);
    expect(c.stderr[0]).toMatch(/--customers must be a whole number from 40/);
    const d = io();
    expect(await main(['init', path.join(dir, 'x.csv')], d, mine)).toBe(2);
    expect(d.stderr[0]).toMatch(/不支持的文件类型/);
  });

  test('a failure to write exits 1 with a message', async () => {
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'x');
    const e = io();
    expect(await main(['init', path.join(blocker, 'sub.xlsx'), '--lang', 'en'], e, mine)).toBe(1);
    expect(e.stderr[0]).toMatch(/showroom-desk init: Writing .*sub\.xlsx failed|Cannot write/);
  });

  test('every cli message exists in both languages', () => {
    const cli = allTables().find((m) => 'cli.help.title' in m.zh)!;
    expect(Object.keys(cli.zh).sort()).toEqual(Object.keys(cli.en).sort());
  });
});

describe('sample and init commands', () => {
  test('sample writes a workbook with every sheet and field; --json reports the plants', async () => {
    const file = path.join(dir, 'sample.xlsx');
    const out = io();
    expect(
      await main(['sample', file, '--customers', '120', '--seed', '5', '--today', '2026-06-15', '--json'], out, mine),
    ).toBe(0);
    const report = JSON.parse(out.stdout[0]);
    expect(report.customers).toBeGreaterThanOrEqual(115);
    expect(report.plants.map((p: { kind: string }) => p.kind)).toEqual(
      expect.arrayContaining(['conflict.phoneFormat', 'duplicate.pure', 'namesake', 'bad.ledgerAmount']),
    );
    const wb = await loadWorkbookFile(file);
    const data = await wb.read();
    for (const def of SHEETS) {
      const table = data[def.key];
      expect(table).toBeDefined();
      expect(table!.tableName).toBe(def.table);
      expect(table!.sourceName).toBe(def.zh);
      for (const f of userFields(def)) expect(table!.mapping.columns[f.key]).toBeDefined();
    }
    expect(data.Customers!.length).toBe(report.customers);
    expect(data.Ledger!.length).toBe(report.ledger);
    // the planted ID-as-number came through as a number
    expect(data.Customers!.numericCodes?.IdNumber?.length).toBe(1);
    expect(wb.model.validations.filter((v) => v.rule.type === 'list').length).toBeGreaterThan(10);
  });

  test('init writes the same layout empty, in English', async () => {
    const file = path.join(dir, 'empty.xlsx');
    const out = io();
    expect(await main(['init', file, '--lang', 'en'], out, mine)).toBe(0);
    expect(out.stdout[0]).toContain('empty workbook');
    const data = await (await loadWorkbookFile(file)).read();
    for (const def of SHEETS) {
      expect(data[def.key]!.sourceName).toBe(def.en);
      expect(data[def.key]!.length).toBe(0);
    }
  });
});
