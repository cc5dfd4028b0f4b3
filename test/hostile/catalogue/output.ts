/**
 * Where the command line writes (issue 15, "Data lost", items 1 and 4, and the careful tester's
 * read-only folder): never over its input unless --in-place (after a backup), never through a
 * symlink, never over a file that is not a workbook; a folder or a path through a file is said.
 */
import * as fs from 'fs';
// The module itself, not the import's read-only namespace: the disk-full case replaces one of its functions.
import nodeFs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import { t } from '../../../src/i18n';
import { zipFile } from '../builders';
import { CONFLICT_ROWS, checkOut, writeFile, xlsx } from './common';
import type { CliCase, Files, Lang, Sees } from './types';

const both = (key: string, params: (f: Files) => Record<string, string>) => (f: Files) => ({
  zh: t('zh', key, params(f)),
  en: t('en', key, params(f)),
});

/** The customers of a small conflict, as a workbook. */
const customersBook = (dir: string) => xlsx(dir, '客户.xlsx', CONFLICT_ROWS);

const refusal = (
  id: string,
  source: string,
  title: { zh: string; en: string },
  build: (dir: string) => Promise<Files>,
  argv: (f: Files) => string[] | string[][],
  sees: (f: Files) => Sees,
): CliCase => ({ kind: 'cli', id, source, title, build, argv, code: 1, sees });

const sameAsInput = both('cli.output.sameAsInput', (f) => ({ file: f.out }));

const annotated = (lang: Lang, file: string) => t(lang, 'check.written', { file });

export const OUTPUT_CASES: CliCase[] = [
  refusal(
    'out-is-input',
    'issue 15: 1 (--out equal to the input)',
    { zh: '--out 就是输入文件', en: '--out names the input file' },
    async (dir) => {
      const input = await customersBook(dir);
      return { input, out: input };
    },
    (f) => [
      ['check', f.input, '--out', f.out],
      ['tiers', f.input, '--out', f.out],
    ],
    sameAsInput,
  ),
  refusal(
    'out-is-input-spelled',
    'issue 15: 1 (another spelling of the input path)',
    { zh: '--out 是输入文件的另一种写法(./、..)', en: '--out spells the input path another way (./, ..)' },
    async (dir) => {
      const input = await customersBook(dir);
      fs.mkdirSync(path.join(dir, 'sub'));
      return { input, out: path.join(dir, '.', 'sub', '..', path.basename(input)) };
    },
    (f) => ['check', f.input, '--out', f.out],
    sameAsInput,
  ),
  refusal(
    'out-is-hard-link',
    'issue 15: 1 (a hard link to the input)',
    { zh: '--out 是输入文件的硬链接', en: '--out is a hard link to the input' },
    async (dir) => {
      const input = await customersBook(dir);
      const out = path.join(dir, 'link.xlsx');
      fs.linkSync(input, out);
      return { input, out };
    },
    (f) => ['check', f.input, '--out', f.out],
    sameAsInput,
  ),
  {
    kind: 'cli',
    id: 'in-place',
    source: 'issue 15: 1 (--in-place writes a backup first)',
    title: { zh: '--in-place:先备份再覆盖原文件', en: '--in-place: a backup first, then the input is replaced' },
    build: async (dir) => {
      const input = await customersBook(dir);
      const original = path.join(dir, 'original-bytes.bin');
      fs.copyFileSync(input, original);
      return { input, original };
    },
    argv: (f) => ['check', f.input, '--in-place'],
    code: 0,
    sees: (f) => ({ zh: annotated('zh', f.input), en: annotated('en', f.input) }),
    writes: { file: (f) => f.input, intended: (lang) => checkOut(lang), alsoNew: /^客户\.bak-\d{8}-\d{6}\.xlsx$/ },
    then: async (f) => {
      const dir = path.dirname(f.input);
      const backups = fs.readdirSync(dir).filter((n) => /^客户\.bak-/.test(n));
      expect(backups).toHaveLength(1);
      expect(fs.readFileSync(path.join(dir, backups[0])).equals(fs.readFileSync(f.original))).toBe(true);
    },
  },
  {
    kind: 'cli',
    id: 'out-existing-workbook',
    source: 'careful tester',
    title: { zh: '--out 是另一个已有的工作簿:覆盖它', en: '--out is another existing workbook: written over' },
    build: async (dir) => {
      const input = await customersBook(dir);
      const out = await xlsx(dir, 'older.xlsx', [CONFLICT_ROWS[0]]);
      return { input, out };
    },
    argv: (f) => ['check', f.input, '--out', f.out],
    code: 0,
    sees: (f) => ({ zh: annotated('zh', f.out), en: annotated('en', f.out) }),
    writes: { file: (f) => f.out, intended: (lang) => checkOut(lang) },
  },
  refusal(
    'out-symlink',
    'issue 15: 4 (--out to a symlink overwrites its target)',
    { zh: '--out 是符号链接', en: '--out is a symbolic link' },
    async (dir) => {
      const input = await customersBook(dir);
      const target = await xlsx(dir, 'target.xlsx', [CONFLICT_ROWS[2]]);
      const out = path.join(dir, 'link.xlsx');
      fs.symlinkSync(target, out);
      return { input, out };
    },
    (f) => ['check', f.input, '--out', f.out],
    both('cli.output.symlink', (f) => ({ file: f.out })),
  ),
  refusal(
    'out-dangling-symlink',
    'issue 15: 4 (a symlink to nothing)',
    { zh: '--out 是指向不存在文件的符号链接', en: '--out is a symbolic link to nothing' },
    async (dir) => {
      const input = await customersBook(dir);
      const out = path.join(dir, 'dangling.xlsx');
      fs.symlinkSync(path.join(dir, 'nothing-here.xlsx'), out);
      return { input, out };
    },
    (f) => ['check', f.input, '--out', f.out],
    both('cli.output.symlink', (f) => ({ file: f.out })),
  ),
  refusal(
    'out-text-file',
    'issue 15: 4 (--out to an existing file that is not an .xlsx)',
    { zh: '--out 是已有的文本文件', en: '--out is an existing text file' },
    async (dir) => ({ input: await customersBook(dir), out: writeFile(dir, 'notes.xlsx', '明天十点开会\n') }),
    (f) => [
      ['check', f.input, '--out', f.out],
      ['tiers', f.input, '--out', f.out],
      ['sample', f.out, '--customers', '40'],
      ['init', f.out],
    ],
    (f) => ({
      zh: t('zh', 'cli.output.notWorkbook', { file: f.out, what: '文本文件' }),
      en: t('en', 'cli.output.notWorkbook', { file: f.out, what: 'a text file' }),
    }),
  ),
  refusal(
    'out-word-document',
    'issue 15: 4 (--out to an existing file that is not an .xlsx)',
    { zh: '--out 是已有的 Word 文档', en: '--out is an existing Word document' },
    async (dir) => ({
      input: await customersBook(dir),
      out: writeFile(dir, 'letter.xlsx', zipFile({ 'word/document.xml': '<w:document/>' })),
    }),
    (f) => ['check', f.input, '--out', f.out],
    (f) => ({
      zh: t('zh', 'cli.output.notWorkbook', { file: f.out, what: 'Word 文档' }),
      en: t('en', 'cli.output.notWorkbook', { file: f.out, what: 'a Word document' }),
    }),
  ),
  refusal(
    'out-is-folder',
    'issue 15: 4 (--out is a directory: raw EISDIR)',
    { zh: '--out 是一个文件夹', en: '--out is a folder' },
    async (dir) => {
      const out = path.join(dir, 'folder.xlsx');
      fs.mkdirSync(out);
      return { input: await customersBook(dir), out, example: path.join(out, 'checked.xlsx') };
    },
    (f) => ['check', f.input, '--out', f.out],
    both('cli.output.directory', (f) => ({ file: f.out, example: f.example })),
  ),
  refusal(
    'out-through-a-file',
    'careful tester',
    { zh: '--out 的路径经过一个文件', en: '--out has a file where a folder should be' },
    async (dir) => {
      const input = await customersBook(dir);
      const blocker = writeFile(dir, 'reports', 'a file, not a folder');
      return { input, out: path.join(blocker, 'checked.xlsx'), folder: blocker };
    },
    (f) => ['check', f.input, '--out', f.out],
    both('cli.output.notAFolder', (f) => ({ file: f.out, folder: f.folder })),
  ),
  refusal(
    'out-read-only-folder',
    'careful tester (a read-only output folder: /sys, which even root may not write)',
    { zh: '--out 在没有写权限的文件夹里', en: '--out in a folder that cannot be written' },
    async (dir) => ({ input: await customersBook(dir), out: '/sys/checked.xlsx' }),
    (f) => ['check', f.input, '--out', f.out],
    both('cli.error.cannotWrite', (f) => ({ file: f.out })),
  ),
  {
    kind: 'cli',
    id: 'disk-full',
    fails:
      "the simulation makes fs's file writes fail; the streaming copy writer (bigwrite: src/workbook/file/xlsx-write.ts, atomic.ts) writes through calls it does not replace, so the run ends 0: the simulation must follow the writer's calls",
    source: 'careful tester (a full disk, simulated: every file write fails with ENOSPC)',
    title: { zh: '写入时磁盘已满(模拟)', en: 'the disk fills up during the write (simulated)' },
    build: async (dir) => ({
      input: await customersBook(dir),
      out: await xlsx(dir, 'older.xlsx', [CONFLICT_ROWS[0]]),
    }),
    argv: (f) => ['check', f.input, '--out', f.out],
    code: 1,
    sees: both('cli.output.diskFull', (f) => ({ file: f.out })),
    // No tiny filesystem can be mounted here: the streams the writer opens fail as a full disk does.
    during: () => {
      const spy = jest.spyOn(nodeFs, 'createWriteStream').mockImplementation(
        () =>
          new Writable({
            write: (_chunk, _encoding, done) =>
              done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
          }) as fs.WriteStream,
      );
      return () => spy.mockRestore();
    },
  },
  {
    kind: 'cli',
    id: 'out-not-xlsx',
    source: 'careful tester',
    title: { zh: '--out 不是 .xlsx', en: '--out is not an .xlsx' },
    build: async (dir) => ({ input: await customersBook(dir), out: path.join(dir, 'checked.csv') }),
    argv: (f) => ['check', f.input, '--out', f.out],
    code: 2,
    sees: both('check.outType', (f) => ({ file: f.out })),
  },
  {
    kind: 'cli',
    id: 'check-twice',
    source: 'careful tester (issue 15: re-runs are idempotent)',
    title: { zh: '检查已检查过的副本:结果相同', en: 'checking a checked copy again changes nothing' },
    build: async (dir) => {
      const input = await customersBook(dir);
      const once = path.join(dir, 'once.xlsx');
      const { runCli } = await import('../builders');
      expect((await runCli('check', input, '--out', once, '--today', '2026-06-15')).code).toBe(0);
      return { input: once, out: path.join(dir, 'twice.xlsx') };
    },
    argv: (f) => ['check', f.input, '--out', f.out],
    code: 0,
    sees: (f) => ({ zh: annotated('zh', f.out), en: annotated('en', f.out) }),
    // The first run was in zh: an en run renames the add-in's sheets and headers, nothing of the user's.
    writes: {
      file: (f) => f.out,
      intended: (lang) =>
        lang === 'zh'
          ? { ownSheets: ['快照', 'SD_Settings'] }
          : {
              ownSheets: [...checkOut('en').ownSheets, ...checkOut('zh').ownSheets],
              // The columns keep the headers the first run gave them.
              columns: [{ ...checkOut('zh').columns![0], rewritten: true }],
            },
    },
  },
];
