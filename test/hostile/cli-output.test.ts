/**
 * Where the command line writes (issue 15, "Data lost", items 1 and 4): never over its input
 * (unless --in-place, after a backup), never through a symlink, never over a file that is not a
 * workbook, and a folder gets a located message. Each refusal leaves every file as it was.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbookFile } from '../../src/workbook/file';
import { backupName } from '../../src/cli/output';
import { expectNoCrash, runCli, sampleWorkbook, tempDir, zipFile } from './builders';

const { dir, cleanup } = tempDir('sd-output-');
afterAll(cleanup);

const TODAY = ['--today', '2026-06-15'];
let input = '';
let original: Buffer;

beforeAll(async () => {
  input = path.join(dir, '客户.xlsx');
  original = await sampleWorkbook(input);
});

const unchanged = (file: string, bytes: Buffer) => expect(fs.readFileSync(file).equals(bytes)).toBe(true);

/** Runs the command in zh and en and checks the refusal: exact text, exit 1, no crash, nothing written. */
async function expectRefused(argv: string[], zh: string, en: string): Promise<void> {
  const command = argv[0];
  const zhRun = await runCli(...argv, ...TODAY);
  expect(zhRun.err).toBe(`showroom-desk ${command}:${zh}`);
  expect([zhRun.code, zhRun.out]).toEqual([1, '']);
  const enRun = await runCli(...argv, '--lang', 'en', ...TODAY);
  expect(enRun.err).toBe(`showroom-desk ${command}: ${en}`);
  expect([enRun.code, enRun.out]).toEqual([1, '']);
  expectNoCrash(zhRun);
  expectNoCrash(enRun);
  unchanged(input, original);
}

const sameAsInput = (f: string) => ({
  zh: `要写入的 ${f} 正是输入文件本身。写入会覆盖原文件,而副本带不上图表、工作表保护等内容。请换一个输出文件名;如确要覆盖原文件,请加上 --in-place(会先在同一文件夹里备份原文件)。`,
  en: `The output ${f} is the input file itself. Writing it would replace the original, and the copy does not carry charts, sheet protection and the like. Give another output file name; to replace the original anyway, add --in-place (the original is backed up in the same folder first).`,
});

describe('--out naming the input', () => {
  test('the same path, for check and tiers', async () => {
    const m = sameAsInput(input);
    await expectRefused(['check', input, '--out', input], m.zh, m.en);
    await expectRefused(['tiers', input, '--out', input], m.zh, m.en);
  });

  test('another spelling of the same path (./, ..)', async () => {
    const spelled = path.join(dir, '.', 'sub', '..', path.basename(input));
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const m = sameAsInput(spelled);
    await expectRefused(['check', input, '--out', spelled], m.zh, m.en);
    const relative = path.relative(process.cwd(), input);
    const r = sameAsInput(relative);
    await expectRefused(['check', input, '--out', relative], r.zh, r.en);
  });

  test('a hard link to the input (same device and inode)', async () => {
    const link = path.join(dir, 'hard-link.xlsx');
    fs.linkSync(input, link);
    const m = sameAsInput(link);
    await expectRefused(['check', input, '--out', link], m.zh, m.en);
    unchanged(link, original);
  });
});

describe('--in-place', () => {
  test('backs the input up beside it first, says where, then writes over it', async () => {
    const file = path.join(dir, 'in-place.xlsx');
    fs.writeFileSync(file, original);
    for (const lang of ['zh', 'en'] as const) {
      const before = fs.readdirSync(dir);
      const run = await runCli('check', file, '--out', file, '--in-place', '--lang', lang, ...TODAY);
      expect([run.code, run.err]).toEqual([0, '']);
      const backups = fs.readdirSync(dir).filter((n) => !before.includes(n));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(/^in-place\.bak-\d{8}-\d{6}(-\d+)?\.xlsx$/);
      const backup = path.join(dir, backups[0]);
      const lines = run.out.split('\n');
      expect(lines.slice(-2)).toEqual(
        lang === 'zh'
          ? [`已写出带标注的副本：${file}`, `原文件已先备份为 ${backup}。`]
          : [`Annotated copy written: ${file}`, `The original was backed up first as ${backup}.`],
      );
      if (lang === 'zh') unchanged(backup, original);
    }
    const annotated = await loadWorkbookFile(file);
    expect(annotated.model.sheets.map((s) => s.name)).toContain('Conflicts'); // the last run was in English
  });

  test('alone means --out INPUT; with --json the backup is named on stderr', async () => {
    const file = path.join(dir, 'in-place-json.xlsx');
    fs.writeFileSync(file, original);
    const run = await runCli('check', file, '--in-place', '--json', '--lang', 'en', ...TODAY);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.out)).not.toThrow();
    const backup = /^The original was backed up first as (.+)\.$/.exec(run.err)![1];
    unchanged(backup, original);
    expect(fs.readFileSync(file).equals(original)).toBe(false);
  });

  test("a backup name already taken gets -2, and today's date and time", () => {
    const at = new Date(2026, 5, 15, 9, 5, 7);
    expect(backupName('/data/客户.xlsx', at)).toBe('/data/客户.bak-20260615-090507.xlsx');
    expect(backupName('/data/客户.xlsx', at, 2)).toBe('/data/客户.bak-20260615-090507-2.xlsx');
  });
});

describe('--out that is not a plain new or workbook file', () => {
  test('a symlink is refused, not followed: the file it points to is untouched', async () => {
    const target = path.join(dir, 'linked-target.xlsx');
    fs.writeFileSync(target, original);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(target, link);
    const dangling = path.join(dir, 'dangling.xlsx');
    fs.symlinkSync(path.join(dir, 'nothing-here.xlsx'), dangling);
    for (const file of [link, dangling]) {
      await expectRefused(
        ['check', input, '--out', file],
        `要写入的 ${file} 是一个符号链接。为免改写它指向的文件,不会通过链接写入。请换一个普通文件的路径。`,
        `The output ${file} is a symbolic link. Writing through it would change the file it points to, so nothing was written. Give the path of a regular file.`,
      );
      expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
    }
    unchanged(target, original);
    expect(fs.existsSync(path.join(dir, 'nothing-here.xlsx'))).toBe(false);
  });

  test('an existing file that is not a workbook is refused, saying what it is (check, tiers, sample, init)', async () => {
    const notes = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notes, '明天十点开会\n');
    const letter = path.join(dir, 'letter.xlsx');
    fs.writeFileSync(letter, zipFile({ 'word/document.xml': '<w:document/>' }));
    const cases: [string, string, string][] = [
      [notes, '文本文件', 'a text file'],
      [letter, 'Word 文档', 'a Word document'],
    ];
    for (const [file, zhWhat, enWhat] of cases) {
      const bytes = fs.readFileSync(file);
      const zh = `${file} 已经存在,它是${zhWhat}。为免覆盖它,没有写入。请换一个文件名,或先把这个文件移走。`;
      const en = `${file} already exists and is ${enWhat}. Nothing was written, so as not to destroy it. Choose another file name, or move that file away first.`;
      await expectRefused(['check', input, '--out', file], zh, en);
      await expectRefused(['tiers', input, '--out', file], zh, en);
      await expectRefused(['sample', file, '--customers', '40'], zh, en);
      await expectRefused(['init', file], zh, en);
      unchanged(file, bytes);
    }
  });

  test('a folder gets a located message', async () => {
    const folder = path.join(dir, 'folder.xlsx');
    fs.mkdirSync(folder);
    const example = path.join(folder, 'checked.xlsx');
    await expectRefused(
      ['check', input, '--out', folder],
      `要写入的 ${folder} 是一个文件夹。请给出文件的路径,例如 ${example}。`,
      `The output ${folder} is a folder. Give the path of a file, for example ${example}.`,
    );
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  test('an existing workbook (not the input) and an empty file are written over', async () => {
    const older = path.join(dir, 'older.xlsx');
    fs.writeFileSync(older, original);
    const empty = path.join(dir, 'empty.xlsx');
    fs.writeFileSync(empty, '');
    for (const file of [older, empty]) {
      const run = await runCli('check', input, '--out', file, '--lang', 'en', ...TODAY);
      expect([run.code, run.err]).toEqual([0, '']);
      expect((await loadWorkbookFile(file)).model.sheets.map((s) => s.name)).toContain('Conflicts');
    }
  });
});
