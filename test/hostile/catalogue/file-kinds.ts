/**
 * Files that are not what their name says (issue 15, "Unclear messages" and "Crashes": tiers and
 * reviews on a missing, empty, truncated, encrypted or .ods file). Every command says what the file
 * really is and what to do, exits 1, and check --out writes nothing. Folded in from file-kinds.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { compoundFile, sampleWorkbook, zipFile } from '../builders';
import { writeFile } from './common';
import type { CliCase, Files, Sees } from './types';

const COMMANDS = ['check', 'validate', 'conflicts', 'reviews', 'tiers'];

/** The sample workbook with 64 bytes damaged inside its largest part: the zip's directory is intact. */
async function damagedWorkbook(dir: string): Promise<Files> {
  const bytes = await sampleWorkbook(path.join(dir, 'to-damage.xlsx'));
  fs.unlinkSync(path.join(dir, 'to-damage.xlsx'));
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
  return { input: writeFile(dir, 'damaged.xlsx', damaged), part: biggest.name };
}

interface Kind {
  id: string;
  source: string;
  title: { zh: string; en: string };
  build(dir: string): Promise<Files>;
  sees(f: Files): Sees;
}

/** Each command in turn, then check --out: all must refuse the file the same way and write nothing. */
const kindCase = (k: Kind): CliCase => ({
  kind: 'cli',
  ...k,
  code: 1,
  argv: (f) => [
    ...COMMANDS.map((command) => [command, f.input]),
    ['check', f.input, '--out', path.join(path.dirname(f.input), 'out.xlsx')],
  ],
  writes: undefined,
  then: async (f) => expect(fs.existsSync(path.join(path.dirname(f.input), 'out.xlsx'))).toBe(false),
});

const one = (name: string, bytes: Uint8Array | string) => async (dir: string) => ({
  input: writeFile(dir, name, bytes),
});

const XLS = (f: string): Sees => ({
  zh: `${f} 实际上是旧版 Excel 97-2003 工作簿(.xls),不是 .xlsx。请在 Excel 或 WPS 中打开它,另存为「Excel 工作簿(*.xlsx)」后再试。`,
  en: `${f} is an Excel 97-2003 workbook (.xls), not an .xlsx. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)" and try again.`,
});

const KINDS: Kind[] = [
  {
    id: 'encrypted-xlsx',
    source: 'issue 15: unclear messages (password-protected .xlsx); crashes (tiers/reviews on an encrypted file)',
    title: { zh: '设置了打开密码的 .xlsx', en: 'a password-protected .xlsx' },
    build: one('encrypted.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])),
    sees: (f) => ({
      zh: `${f.input} 是设置了打开密码的加密文件,不输入密码无法读取其内容。请在 Excel 中用密码打开它,在「文件 > 信息 > 保护工作簿 > 用密码进行加密」中清空密码后保存(或另存一份不加密的副本),再用那个文件重试。`,
      en: `${f.input} is encrypted with a password to open, so its contents cannot be read without it. Open it in Excel with the password, clear the password under File > Info > Protect Workbook > Encrypt with Password and save (or save an unencrypted copy), then try that file.`,
    }),
  },
  {
    id: 'xls-renamed-xlsx',
    source: 'issue 15: unclear messages (.xls renamed .xlsx)',
    title: { zh: '改名为 .xlsx 的 .xls', en: 'an .xls renamed .xlsx' },
    build: one('old.xlsx', compoundFile(['Workbook', '\u0005SummaryInformation'])),
    sees: (f) => XLS(f.input),
  },
  {
    id: 'ods-renamed-xlsx',
    source: 'issue 15: unclear messages (.ods renamed .xlsx); crashes (tiers/reviews on an .ods)',
    title: { zh: '改名为 .xlsx 的 .ods', en: 'an .ods renamed .xlsx' },
    build: one(
      'calc.xlsx',
      zipFile({
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<office:document-content/>',
        'META-INF/manifest.xml': '<manifest:manifest/>',
      }),
    ),
    sees: (f) => ({
      zh: `${f.input} 实际上是 OpenDocument 电子表格(.ods,LibreOffice 或 WPS 的格式),不是 .xlsx。请在 LibreOffice Calc、WPS 或 Excel 中打开它,另存为 .xlsx 后再试。`,
      en: `${f.input} is an OpenDocument spreadsheet (.ods, the LibreOffice and WPS format), not an .xlsx. Open it in LibreOffice Calc, WPS or Excel, save it as .xlsx and try again.`,
    }),
  },
  {
    id: 'docx-renamed-xlsx',
    source: 'careful tester',
    title: { zh: '改名为 .xlsx 的 Word 文档', en: 'a Word document renamed .xlsx' },
    build: one(
      'letter.xlsx',
      zipFile({
        '[Content_Types].xml': '<Types/>',
        '_rels/.rels': '<Relationships/>',
        'word/document.xml': '<w:document/>',
      }),
    ),
    sees: (f) => ({
      zh: `${f.input} 实际上是 Word 文档(.docx),不是 Excel 工作簿。请确认选对了文件。`,
      en: `${f.input} is a Word document (.docx), not an Excel workbook. Check that this is the right file.`,
    }),
  },
  {
    id: 'zip-not-workbook',
    source: 'issue 15: unclear messages (a zip that is not a workbook)',
    title: { zh: '不是工作簿的 zip 压缩包', en: 'a zip that is not a workbook' },
    build: one('photos.xlsx', zipFile({ 'photos/readme.txt': '展厅照片' })),
    sees: (f) => ({
      zh: `${f.input} 是一个压缩包(zip),但里面不是 Excel 工作簿(没有 xl/workbook.xml)。请确认选对了文件;如果工作簿在压缩包里,请先解压。`,
      en: `${f.input} is a zip archive, but not an Excel workbook (it has no xl/workbook.xml). Check that this is the right file; if the workbook is inside the archive, extract it first.`,
    }),
  },
  {
    id: 'truncated-xlsx',
    source: 'issue 15: unclear messages (truncated .xlsx: English inside the zh message); crashes (tiers/reviews)',
    title: { zh: '被截断一半的 .xlsx', en: 'an .xlsx cut off half-way' },
    build: async (dir) => {
      const whole = path.join(dir, 'whole.xlsx');
      const bytes = await sampleWorkbook(whole);
      fs.unlinkSync(whole);
      return { input: writeFile(dir, 'half.xlsx', bytes.subarray(0, bytes.length >> 1)) };
    },
    sees: (f) => ({
      zh: `${f.input} 不完整:文件在中途被截断了(可能是复制或下载没有完成、磁盘已满,或保存时被中断),无法读取。请重新复制或下载,或者改用备份。`,
      en: `${f.input} is incomplete: it was cut off part-way (a copy or download that did not finish, a full disk, or a save that was interrupted), so it cannot be read. Copy or download it again, or use a backup.`,
    }),
  },
  {
    id: 'damaged-part',
    source: 'careful tester',
    title: { zh: '内部某一部分校验不通过的 .xlsx', en: 'an .xlsx with a part that fails its checksum' },
    build: damagedWorkbook,
    sees: (f) => ({
      zh: `${f.input} 已损坏:其中的 ${f.part} 部分校验不通过,无法读取。请在 Excel 中打开它(Excel 会提示修复)后另存一份,或者改用备份。`,
      en: `${f.input} is damaged: its part ${f.part} fails its checksum, so it cannot be read. Open it in Excel (which offers to repair it) and save a copy, or use a backup.`,
    }),
  },
  {
    id: 'empty-xlsx',
    source: 'careful tester (empty file); issue 15: crashes (tiers/reviews on an empty file)',
    title: { zh: '0 字节的 .xlsx', en: 'an empty (0-byte) .xlsx' },
    build: one('empty.xlsx', ''),
    sees: (f) => ({
      zh: `${f.input} 是空文件(0 字节)。请确认选对了文件,或从 Excel 重新导出。`,
      en: `${f.input} is empty (0 bytes). Check that this is the right file, or export it from Excel again.`,
    }),
  },
  {
    id: 'empty-csv',
    source: 'careful tester (empty file)',
    title: { zh: '0 字节的 CSV', en: 'an empty (0-byte) CSV' },
    build: one('empty.csv', ''),
    sees: (f) => ({
      zh: `${f.input} 是空文件(0 字节)。请确认选对了文件,或从 Excel 重新导出。`,
      en: `${f.input} is empty (0 bytes). Check that this is the right file, or export it from Excel again.`,
    }),
  },
  {
    id: 'text-named-xlsx',
    source: 'careful tester',
    title: { zh: '扩展名是 .xlsx 的文本文件', en: 'a text file named .xlsx' },
    build: one('list.xlsx', '客户编号,客户名称\nC1,王伟\n'),
    sees: (f) => ({
      zh: `${f.input} 不是 Excel 工作簿(.xlsx 是压缩包,而它是文本)。如果它是 CSV,请改名为 .csv 后再试;否则请在 Excel 中另存为 .xlsx。`,
      en: `${f.input} is not an Excel workbook (an .xlsx is a zip archive; this is text). If it is a CSV, rename it to .csv; otherwise save it as .xlsx from Excel.`,
    }),
  },
  {
    id: 'xls-named-csv',
    source: 'careful tester',
    title: { zh: '扩展名是 .csv 的 .xls', en: 'an .xls named .csv' },
    build: one('export.csv', compoundFile(['Workbook'])),
    sees: (f) => XLS(f.input),
  },
  {
    id: 'missing-file',
    source: 'careful tester; issue 15: crashes (tiers/reviews on a missing file)',
    title: { zh: '不存在的文件', en: 'a file that does not exist' },
    build: async (dir) => ({ input: path.join(dir, 'nowhere.xlsx') }),
    sees: (f) => ({
      zh: `找不到文件 ${f.input}。请检查路径和文件名。`,
      en: `Cannot find the file ${f.input}. Check the path and file name.`,
    }),
  },
  {
    id: 'input-is-folder',
    source: 'issue 15: 4 (the input is a directory: raw EISDIR)',
    title: { zh: '输入是一个文件夹', en: 'the input is a folder' },
    build: async (dir) => {
      const folder = path.join(dir, 'folder.xlsx');
      fs.mkdirSync(folder);
      return { input: folder };
    },
    sees: (f) => ({
      zh: `${f.input} 是一个文件夹,不是文件。请给出 .xlsx 或 .csv 文件的路径。`,
      en: `${f.input} is a folder, not a file. Give the path of an .xlsx or .csv file.`,
    }),
  },
];

const LONG_NAME = '人员名单与各展厅销售顾问及其主管的联系方式与排班表2026年版本';

/** A sheet name of 32 characters, as another program may write it. */
const longSheetName: CliCase = {
  kind: 'cli',
  id: 'sheet-name-32-characters',
  source: 'issue 15: unclear messages (a sheet name over 31 characters)',
  title: { zh: '工作表名超过 31 个字符', en: 'a sheet name over 31 characters' },
  build: async (dir) => {
    const sample = path.join(dir, 'for-long.xlsx');
    const parts = unzipSync(await sampleWorkbook(sample));
    fs.unlinkSync(sample);
    parts['xl/workbook.xml'] = strToU8(
      strFromU8(parts['xl/workbook.xml']).replace('name="人员"', `name="${LONG_NAME}"`),
    );
    return { input: writeFile(dir, 'long-sheet-name.xlsx', zipSync(parts)) };
  },
  argv: (f) => ['check', 'validate', 'conflicts'].map((command) => [command, f.input]),
  code: 1,
  sees: (f) => ({
    zh: `${f.input} 中工作表「${LONG_NAME}」的名称有 32 个字符,超过了 Excel 允许的 31 个(这样的文件是其他程序生成的,Excel 打开时也会要求修复)。请把这个工作表改名为不超过 31 个字符后再试。`,
    en: `The sheet "${LONG_NAME}" in ${f.input} has a name of 32 characters; Excel allows 31 (another program wrote this file, and Excel asks to repair it too). Rename the sheet to 31 characters or fewer and try again.`,
  }),
};

/** reviews and tiers stream the sheets and read the same file. */
const longSheetNameStreamed: CliCase = {
  ...longSheetName,
  id: 'sheet-name-32-characters-streamed',
  title: {
    zh: '工作表名超过 31 个字符:reviews 和 tiers 照常读取',
    en: 'a sheet name over 31 characters: reviews and tiers read it',
  },
  argv: (f) => [
    ['reviews', f.input],
    ['tiers', f.input],
  ],
  code: 0,
  sees: () => ({ zh: /经销商评分与等级|客户评审/, en: /Dealer scores and tiers|Customer reviews/ }),
};

export const FILE_KIND_CASES: CliCase[] = [...KINDS.map(kindCase), longSheetName, longSheetNameStreamed];
