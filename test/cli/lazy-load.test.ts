/**
 * A cold command is mostly module loading (issue 21): the big libraries load only when a file's
 * content needs them. ExcelJS never for a CSV; opencc (traditional characters), pinyin-pro
 * (Chinese names' sounds) and libphonenumber (landlines, foreign numbers) not for a CSV of latin
 * names and mobile numbers under English headers. (opencc loads for every file: the header match
 * folds sheet names and headers to simplified characters.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CommandIo } from '../../src/cli/types';

const LAZY = [
  'exceljs',
  'opencc-js',
  'opencc-js/t2cn',
  'pinyin-pro',
  'libphonenumber-js/max',
  'libphonenumber-js/core',
  'libphonenumber-js/metadata.max.json',
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-lazy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in a fresh module registry; which of LAZY it loaded, and its output. */
async function runFresh(argv: string[]): Promise<{ code: number; out: string; loaded: string[] }> {
  jest.resetModules(); // a fresh mock registry too: each factory runs again, so `loaded` is this run's
  const loaded: string[] = [];
  let main!: (argv: string[], io: CommandIo) => Promise<number>;
  jest.isolateModules(() => {
    for (const name of LAZY)
      jest.doMock(name, () => {
        loaded.push(name);
        return jest.requireActual(name);
      });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = (require('../../src/cli') as typeof import('../../src/cli')).main;
  });
  const out: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n'), loaded };
}

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('conflicts on a CSV of latin names and mobiles loads no ExcelJS, pinyin or libphonenumber', async () => {
  const file = writeCsv('latin.csv', [
    'Customer ID,Customer type,Name,Phone',
    'C0000001,End customer,John Smith,13812345678',
    'C0000002,End customer,John Smith,13812345678',
  ]);
  const r = await runFresh(['conflicts', file, '--json', '--lang', 'en', '--today', '2026-11-27']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).clusters).toHaveLength(1);
  expect(r.loaded).toEqual(['opencc-js/t2cn']);
});

test('conflicts on a Chinese CSV with a landline loads what its cells need, and never ExcelJS', async () => {
  const file = writeCsv('zh.csv', [
    '客户编号,客户类型,客户名称,电话',
    'C0000001,最终客户,張偉,010 31546440',
    'C0000002,最终客户,张伟,010-31546440',
  ]);
  const r = await runFresh(['conflicts', file, '--json', '--today', '2026-11-27']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).clusters).toHaveLength(1);
  expect(r.loaded).toEqual(expect.arrayContaining(['opencc-js/t2cn', 'pinyin-pro', 'libphonenumber-js/core']));
  expect(r.loaded).not.toContain('exceljs');
  expect(r.loaded).not.toContain('opencc-js');
});
