/**
 * Files that are not what their name says (issue 15, "Unclear messages"): every command says what
 * the file really is and what to do, in the chosen language, exits 1, shows no stack trace, and
 * leaves the file as it was.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { compoundFile, expectNoCrash, runCli, sampleWorkbook, tempDir, zipFile } from './builders';

const { dir, cleanup } = tempDir('sd-kinds-');
afterAll(cleanup);

const COMMANDS = ['check', 'validate', 'conflicts', 'reviews', 'tiers'];
const prefix = (command: string, lang: 'zh' | 'en') => `showroom-desk ${command}:${lang === 'en' ? ' ' : ''}`;

interface Case {
  name: string;
  build(): Promise<string>;
  zh(file: string): string;
  en(file: string): string;
}

const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** The sample workbook with its bytes damaged inside the largest part: the zip's directory is intact. */
async function damagedWorkbook(): Promise<{ file: string; part: string }> {
  const bytes = await sampleWorkbook(path.join(dir, 'to-damage.xlsx'));
  let biggest = { name: '', start: 0, size: 0 };
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const local = bytes.readUInt32LE(p + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (size > biggest.size) biggest = { name: bytes.toString('utf8', p + 46, p + 46 + nameLength), start, size };
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  const damaged = Buffer.from(bytes);
  damaged.fill(0x55, biggest.start + (biggest.size >> 1), biggest.start + (biggest.size >> 1) + 64);
  return { file: write('damaged.xlsx', damaged), part: biggest.name };
}

let damagedPart = '';

const CASES: Case[] = [
  {
    name: 'a password-protected .xlsx (a compound file with EncryptionInfo and EncryptedPackage)',
    build: async () => write('encrypted.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])),
    zh: (f) =>
      `${f} 是设置了打开密码的加密文件,不输入密码无法读取其内容。请在 Excel 中用密码打开它,在“文件 > 信息 > 保护工作簿 > 用密码进行加密”中清空密码后保存(或另存一份不加密的副本),再用那个文件重试。`,
    en: (f) =>
      `${f} is encrypted with a password to open, so its contents cannot be read without it. Open it in Excel with the password, clear the password under File > Info > Protect Workbook > Encrypt with Password and save (or save an unencrypted copy), then try that file.`,
  },
  {
    name: 'an .xls renamed .xlsx (a compound file with a Workbook stream)',
    build: async () => write('old.xlsx', compoundFile(['Workbook', '\u0005SummaryInformation'])),
    zh: (f) =>
      `${f} 实际上是旧版 Excel 97-2003 工作簿(.xls),不是 .xlsx。请在 Excel 或 WPS 中打开它,另存为“Excel 工作簿(*.xlsx)”后再试。`,
    en: (f) =>
      `${f} is an Excel 97-2003 workbook (.xls), not an .xlsx. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)" and try again.`,
  },
  {
    name: 'an .ods renamed .xlsx',
    build: async () =>
      write(
        'calc.xlsx',
        zipFile({
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'content.xml': '<office:document-content/>',
          'META-INF/manifest.xml': '<manifest:manifest/>',
        }),
      ),
    zh: (f) =>
      `${f} 实际上是 OpenDocument 电子表格(.ods,LibreOffice 或 WPS 的格式),不是 .xlsx。请在 LibreOffice Calc、WPS 或 Excel 中打开它,另存为 .xlsx 后再试。`,
    en: (f) =>
      `${f} is an OpenDocument spreadsheet (.ods, the LibreOffice and WPS format), not an .xlsx. Open it in LibreOffice Calc, WPS or Excel, save it as .xlsx and try again.`,
  },
  {
    name: 'a Word document renamed .xlsx',
    build: async () =>
      write(
        'letter.xlsx',
        zipFile({
          '[Content_Types].xml': '<Types/>',
          '_rels/.rels': '<Relationships/>',
          'word/document.xml': '<w:document/>',
        }),
      ),
    zh: (f) => `${f} 实际上是 Word 文档(.docx),不是 Excel 工作簿。请确认选对了文件。`,
    en: (f) => `${f} is a Word document (.docx), not an Excel workbook. Check that this is the right file.`,
  },
  {
    name: 'a zip that is not a workbook',
    build: async () => write('photos.xlsx', zipFile({ 'photos/readme.txt': '展厅照片' })),
    zh: (f) =>
      `${f} 是一个压缩包(zip),但里面不是 Excel 工作簿(没有 xl/workbook.xml)。请确认选对了文件;如果工作簿在压缩包里,请先解压。`,
    en: (f) =>
      `${f} is a zip archive, but not an Excel workbook (it has no xl/workbook.xml). Check that this is the right file; if the workbook is inside the archive, extract it first.`,
  },
  {
    name: 'a truncated .xlsx (half of it)',
    build: async () => {
      const bytes = await sampleWorkbook(path.join(dir, 'whole.xlsx'));
      return write('half.xlsx', bytes.subarray(0, bytes.length >> 1));
    },
    zh: (f) =>
      `${f} 不完整:文件在中途被截断了(可能是复制或下载没有完成、磁盘已满,或保存时被中断),无法读取。请重新复制或下载,或者改用备份。`,
    en: (f) =>
      `${f} is incomplete: it was cut off part-way (a copy or download that did not finish, a full disk, or a save that was interrupted), so it cannot be read. Copy or download it again, or use a backup.`,
  },
  {
    name: 'an .xlsx damaged inside (a part fails its checksum)',
    build: async () => {
      const { file, part } = await damagedWorkbook();
      damagedPart = part;
      return file;
    },
    zh: (f) =>
      `${f} 已损坏:其中的 ${damagedPart} 部分校验不通过,无法读取。请在 Excel 中打开它(Excel 会提示修复)后另存一份,或者改用备份。`,
    en: (f) =>
      `${f} is damaged: its part ${damagedPart} fails its checksum, so it cannot be read. Open it in Excel (which offers to repair it) and save a copy, or use a backup.`,
  },
  {
    name: 'an empty .xlsx',
    build: async () => write('empty.xlsx', ''),
    zh: (f) => `${f} 是空文件(0 字节)。请确认选对了文件,或从 Excel 重新导出。`,
    en: (f) => `${f} is empty (0 bytes). Check that this is the right file, or export it from Excel again.`,
  },
  {
    name: 'a text file named .xlsx',
    build: async () => write('list.xlsx', '客户编号,客户名称\nC1,王伟\n'),
    zh: (f) =>
      `${f} 不是 Excel 工作簿(.xlsx 是压缩包,而它是文本)。如果它是 CSV,请改名为 .csv 后再试;否则请在 Excel 中另存为 .xlsx。`,
    en: (f) =>
      `${f} is not an Excel workbook (an .xlsx is a zip archive; this is text). If it is a CSV, rename it to .csv; otherwise save it as .xlsx from Excel.`,
  },
  {
    name: 'an .xls named .csv',
    build: async () => write('export.csv', compoundFile(['Workbook'])),
    zh: (f) =>
      `${f} 实际上是旧版 Excel 97-2003 工作簿(.xls),不是 .xlsx。请在 Excel 或 WPS 中打开它,另存为“Excel 工作簿(*.xlsx)”后再试。`,
    en: (f) =>
      `${f} is an Excel 97-2003 workbook (.xls), not an .xlsx. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)" and try again.`,
  },
  {
    name: 'a missing file',
    build: async () => path.join(dir, 'nowhere.xlsx'),
    zh: (f) => `找不到文件 ${f}。请检查路径和文件名。`,
    en: (f) => `Cannot find the file ${f}. Check the path and file name.`,
  },
  {
    name: 'a folder named .xlsx',
    build: async () => {
      const folder = path.join(dir, 'folder.xlsx');
      fs.mkdirSync(folder, { recursive: true });
      return folder;
    },
    zh: (f) => `${f} 是一个文件夹,不是文件。请给出 .xlsx 或 .csv 文件的路径。`,
    en: (f) => `${f} is a folder, not a file. Give the path of an .xlsx or .csv file.`,
  },
];

describe.each(CASES)('$name', (c) => {
  let file = '';
  let before: Buffer | null = null;
  beforeAll(async () => {
    file = await c.build();
    before = fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
  });

  test.each(COMMANDS)('%s says what the file is, in zh and en, exits 1 and leaves it as it was', async (command) => {
    for (const lang of ['zh', 'en'] as const) {
      const run = await runCli(command, file, '--lang', lang, '--today', '2026-06-15');
      expect(run.err).toBe(prefix(command, lang) + c[lang](file));
      expect(run.out).toBe('');
      expect(run.code).toBe(1);
      expectNoCrash(run);
    }
    if (before) expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('check --out writes nothing', async () => {
    const out = path.join(dir, `out-${path.basename(file)}.xlsx`);
    const run = await runCli('check', file, '--out', out, '--lang', 'en');
    expect(run.err).toBe(prefix('check', 'en') + c.en(file));
    expect(run.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('a sheet name over 31 characters (another program wrote the file)', () => {
  const long = '人员名单与各展厅销售顾问及其主管的联系方式与排班表2026年版本';
  let file = '';
  let before: Buffer;
  beforeAll(async () => {
    const parts = unzipSync(await sampleWorkbook(path.join(dir, 'for-long.xlsx')));
    parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']).replace('name="人员"', `name="${long}"`));
    file = write('long-sheet-name.xlsx', zipSync(parts));
    before = fs.readFileSync(file);
  });

  test.each(['check', 'validate', 'conflicts'])(
    '%s, which loads the whole workbook, names the sheet and says what to do',
    async (command) => {
      expect(long.length).toBe(32);
      const zh = await runCli(command, file, '--today', '2026-06-15');
      expect(zh.err).toBe(
        `${prefix(command, 'zh')}${file} 中工作表“${long}”的名称有 32 个字符,超过了 Excel 允许的 31 个(这样的文件是其他程序生成的,Excel 打开时也会要求修复)。请把这个工作表改名为不超过 31 个字符后再试。`,
      );
      expect(zh.code).toBe(1);
      const en = await runCli(command, file, '--lang', 'en', '--today', '2026-06-15');
      expect(en.err).toBe(
        `${prefix(command, 'en')}The sheet "${long}" in ${file} has a name of 32 characters; Excel allows 31 (another program wrote this file, and Excel asks to repair it too). Rename the sheet to 31 characters or fewer and try again.`,
      );
      expect(en.code).toBe(1);
      expectNoCrash(zh);
      expectNoCrash(en);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    },
  );

  test.each(['reviews', 'tiers'])('%s, which streams the sheets, reads it', async (command) => {
    const run = await runCli(command, file, '--lang', 'en', '--today', '2026-06-15');
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expectNoCrash(run);
  });
});
