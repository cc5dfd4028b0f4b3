/** Shared by the reading catalogue (csv.test.ts, cells.test.ts): the CLI in-process, files in a temp dir. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';
import type { CommandIo } from '../../src/cli/types';
import type { Issue } from '../../src/domain/issues';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  const code = await main(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** A temp dir for one test file, removed after it. */
export function tempDir(prefix: string): { dir: string; file: (name: string, content?: string | Buffer) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file: (name, content) => {
      const p = path.join(dir, name);
      if (content !== undefined) fs.writeFileSync(p, content);
      return p;
    },
  };
}

/** `validate FILE --json` in a language: the issues, after checking the run ended well (no stack, exit 0). */
export async function issuesOf(file: string, lang: 'zh' | 'en', ...more: string[]): Promise<Issue[]> {
  const r = await run('validate', file, '--json', '--lang', lang, '--today', '2026-06-30', ...more);
  expectCleanRun(r);
  return (JSON.parse(r.out) as { issues: Issue[] }).issues;
}

/** Exit 0, nothing on stderr, no stack trace anywhere. */
export function expectCleanRun(r: Run): void {
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  expect(r.out).not.toMatch(/\n\s+at \S+ \(|RangeError|TypeError/);
}

/** The messages of the issues of one rule. */
export function messagesOf(issues: Issue[], rule: string): string[] {
  return issues.filter((i) => i.rule === rule).map((i) => i.message);
}

/** Customers CSV header (zh) used by the catalogue. */
export const CUSTOMER_HEADER = '客户编号,客户类型,客户名称,电话,展厅,负责销售,首次接触,阶段';

/** A valid customer row with the given id, name and phone. */
export function customerRow(id: string, name: string, phone: string, owner = 'S001'): string {
  return `${id},最终客户,${name},${phone},一展厅,${owner},2026-06-01,线索`;
}
