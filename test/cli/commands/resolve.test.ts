/**
 * `resolve FILE --accept-all [--merge] --who NAME --out FILE2` on the bundled sample: it prints what
 * it changed (zh and en), then `validate FILE2` finds no orphaned reference the sample did not have,
 * and `conflicts FILE2` finds none of the groups the run settled. Usage mistakes say what to add.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli';
import type { CommandIo } from '../../../src/cli/types';
import { buildSample } from '../../../src/sample';
import { saveWorkbookFile } from '../../../src/workbook/file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-resolve-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  const code = await main(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

const TODAY = '2026-11-27';
const input = path.join(dir, 'sample.xlsx');

beforeAll(async () => {
  await saveWorkbookFile(buildSample({ today: TODAY }).workbook, input);
});

interface ConflictsJson {
  clusters: { customerIds: string[]; kind: string }[];
}

/** Issues of a reference to a customer no row holds (the Ledger's rule: the sample plants one). */
async function unknownCustomerIssues(file: string): Promise<number> {
  const { code, out } = await run('validate', file, '--json', '--today', TODAY);
  expect(code).toBe(0);
  const { issues } = JSON.parse(out) as { issues: { rule: string }[] };
  return issues.filter((i) => i.rule === 'ledger.customer.unknown').length;
}

describe('resolve --accept-all', () => {
  test('--merge: prints the groups it settled, and the copy has no new orphan and none of those groups', async () => {
    const out = path.join(dir, 'resolved.xlsx');
    const before = JSON.parse((await run('conflicts', input, '--json', '--today', TODAY)).out) as ConflictsJson;
    expect(before.clusters.length).toBeGreaterThan(0);
    const r = await run('resolve', input, '--accept-all', '--merge', '--who', '王主管', '--out', out, '--today', TODAY);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('已接受');
    expect(r.out).toMatch(/G-C\d+（C\d+、C\d+）：合并到第 \d+ 行（负责销售 S\d+），第 \d+ 行移入归档/);
    expect(r.out).toMatch(/\d+ 行引用改为指向保留的客户/);
    expect(r.out).toContain(`已写出：${out}`);
    expect(fs.existsSync(out)).toBe(true);

    expect(await unknownCustomerIssues(out)).toBe(await unknownCustomerIssues(input));
    const settled = new Set(before.clusters.flatMap((c) => c.customerIds));
    const after = JSON.parse((await run('conflicts', out, '--json', '--today', TODAY)).out) as ConflictsJson;
    expect(after.clusters.filter((c) => c.customerIds.some((id) => settled.has(id)))).toEqual([]);
  }, 120_000);

  test('without --merge only owners change (en, JSON): no group merged, no conflict left that it settled', async () => {
    const out = path.join(dir, 'owners.xlsx');
    const r = await run(
      'resolve',
      input,
      '--accept-all',
      '--who',
      'Wang',
      '--out',
      out,
      '--json',
      '--lang',
      'en',
      '--today',
      TODAY,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      groups: { group: string; customerIds: string[]; merge: unknown }[];
      totals: { merged: number; reassigned: number; repointed: number };
    };
    expect(report.groups.length).toBeGreaterThan(0);
    expect(report.groups.every((g) => g.merge === null)).toBe(true);
    expect(report.totals).toMatchObject({ merged: 0, repointed: 0 });
    expect(report.totals.reassigned).toBeGreaterThan(0);
    const settled = new Set(report.groups.flatMap((g) => g.customerIds));
    const after = JSON.parse((await run('conflicts', out, '--json', '--today', TODAY)).out) as ConflictsJson;
    expect(after.clusters.filter((c) => c.kind === 'conflict' && c.customerIds.some((id) => settled.has(id)))).toEqual(
      [],
    );
    const text = await run(
      'resolve',
      input,
      '--accept-all',
      '--who',
      'Wang',
      '--out',
      path.join(dir, 'o2.xlsx'),
      '--lang',
      'en',
      '--today',
      TODAY,
    );
    expect(text.out).toContain('Accepted the suggestions of');
    expect(text.out).toMatch(/owner of row\(s\) \d+: S\d+ → S\d+/);
  }, 120_000);

  test('a missing --accept-all, --who or --out says what to add, and writes nothing', async () => {
    const out = path.join(dir, 'never.xlsx');
    const noMode = await run('resolve', input, '--who', '王主管', '--out', out);
    expect(noMode.code).toBe(2);
    expect(noMode.err).toContain('--accept-all');
    const noWho = await run('resolve', input, '--accept-all', '--out', out, '--lang', 'en');
    expect(noWho.code).toBe(2);
    expect(noWho.err).toContain('--who NAME');
    const noOut = await run('resolve', input, '--accept-all', '--who', '王主管');
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--out');
    const same = await run('resolve', input, '--accept-all', '--who', '王主管', '--out', input);
    expect(same.code).not.toBe(0);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
