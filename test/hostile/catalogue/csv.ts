/**
 * CSV files a careless user or another program produces (issue 15, items 8 and 9, "Unclear
 * messages": encodings; and the careful tester's empty, header-only, BOM-only, delimiter-only,
 * semicolon and tab files). Each one that reads writes its checked copy, compared cell by cell.
 */
import { t } from '../../../src/i18n';
import { CUSTOMER_HEADER, customerRow } from '../reading-cli';
import { HEADER, checkCase, customer, summary, writeFile } from './common';
import type { CliCase, Files } from './types';

const lines = (...rows: string[]) => rows.join('\n') + '\n';
const one = (name: string, text: string | Buffer) => (dir: string) => ({ input: writeFile(dir, name, text) });

const UTF16_TEXT = lines(
  CUSTOMER_HEADER,
  customerRow('C001', '王伟', '13812345678'),
  customerRow('C002', '一展李娜', '13812345679'),
);

export const noCustomers = (f: Files) => ({
  zh: t('zh', 'check.notRecognised', { where: t('zh', 'check.notRecognised.file', { file: f.input }) }),
  en: t('en', 'check.notRecognised', { where: t('en', 'check.notRecognised.file', { file: f.input }) }),
});

export const CSV_CASES: CliCase[] = [
  checkCase({
    id: 'csv-line-ends-in-quotes',
    source: 'issue 15: 9 (CR and CRLF inside a quoted field came back as LF)',
    title: { zh: 'CSV 引号内的 CR、CRLF 换行', en: 'CR and CRLF inside quoted CSV fields' },
    build: one(
      'line-ends.csv',
      `${CUSTOMER_HEADER}\r\n` +
        `C001,最终客户,"王伟\r\n(父)",13812345678,一展厅,S001,2026-06-01,线索\r\n` +
        `C002,最终客户,"李娜\r(母)",13812345679,一展厅,S001,2026-06-01,线索\r\n` +
        `C003,最终客户,"张三\n(子)",13812345670,一展厅,S001,2026-06-01,线索\r\n`,
    ),
    sees: () => summary(3),
  }),
  checkCase({
    id: 'csv-unclosed-quote',
    source: 'issue 15: 9 (an unterminated quote swallowed the next record)',
    title: { zh: 'CSV 中没有关上的引号', en: 'a CSV quote that never closes' },
    build: one(
      'open-quote.csv',
      lines(
        CUSTOMER_HEADER,
        customerRow('C001', '王伟', '13812345678'),
        'C002,最终客户,"李娜,13812345679,一展厅,S001,2026-06-01,线索',
        customerRow('C003', '张三', '13812345670'),
      ),
    ),
    sees: () => ({
      zh: 'open-quote 第 3 行「客户名称」列：文件第 3 行的 C 列有一个引号（"）打开后没有关上。为了不把后面的行都读进这一格，这一格只读到该行末尾，后面的行照常检查。请在文件中补上结束的引号（或删去这个引号）后重新检查。',
      en: 'open-quote, row 3, column "客户名称 (Name)": a quote (") opens in column C on line 3 of the file and is never closed. So that the rows after it are not all read into this cell, the cell was read to the end of that line, and the rows after it are checked as usual. Add the closing quote in the file (or delete this one) and check again.',
    }),
  }),
  checkCase({
    id: 'csv-control-characters',
    source: 'issue 15: 8 (control characters stripped, or sharedStrings.xml broken)',
    title: { zh: 'CSV 单元格里的控制字符', en: 'control characters in CSV cells' },
    build: one(
      'controls.csv',
      lines(
        CUSTOMER_HEADER,
        customerRow('C001', '王\u0001伟', '13812345678'),
        customerRow('C002', '李娜\u001b\u0000', '13812345679'),
        customerRow('C003', '张三\uffff', '13812345670'),
      ),
    ),
    sees: () => ({
      zh: 'controls 第 3 行「客户名称」列：这一格含有看不见的控制字符 U+001B、U+0000（多半是从其他系统复制时带进来的）。内容按原样保留，但这些字符会让姓名、号码对不上，有的程序也显示不出来。请删去这些字符。',
      en: 'controls, row 3, column "客户名称 (Name)": this cell holds invisible control characters U+001B, U+0000 (most often carried in by a copy from another system). The content is kept as it is, but these characters keep names and numbers from matching, and some programs cannot show them. Delete them.',
    }),
  }),
  checkCase({
    id: 'csv-utf16le-bom',
    source: 'issue 15: unclear messages (UTF-16 CSV decoded as the wrong encoding)',
    title: { zh: '带 BOM 的 UTF-16LE CSV', en: 'a UTF-16LE CSV with a BOM' },
    build: one('utf16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_TEXT, 'utf16le')])),
    sees: () => summary(2),
  }),
  checkCase({
    id: 'csv-utf16be-no-bom',
    source: 'issue 15: unclear messages (UTF-16 CSV decoded as the wrong encoding)',
    title: { zh: '没有 BOM 的 UTF-16BE CSV', en: 'a UTF-16BE CSV without a BOM' },
    build: one('utf16be.csv', Buffer.from(UTF16_TEXT, 'utf16le').swap16()),
    sees: () => summary(2),
  }),
  checkCase({
    id: 'csv-utf8-bad-byte',
    source: 'issue 15: unclear messages (one bad UTF-8 byte: the whole file taken for GB18030)',
    title: { zh: '有一个坏字节的 UTF-8 CSV', en: 'a UTF-8 CSV with one damaged byte' },
    build: (dir) => {
      const bytes = Buffer.from(UTF16_TEXT, 'utf8');
      bytes[bytes.indexOf(Buffer.from('李娜')) + 1] = 0xff;
      return { input: writeFile(dir, 'damaged.csv', bytes) };
    },
    sees: () => ({
      zh: 'damaged 第 3 行「客户名称」列：文件第 3 行的 C 列有不能按 UTF-8 编码读出的字节，已显示为「�」，这一格的内容可能不完整。请核对这一格，或用生成文件的程序重新导出为 UTF-8 编码的 CSV 后再检查。',
      en: 'damaged, row 3, column "客户名称 (Name)": column C on line 3 of the file holds bytes that are not valid UTF-8; they show as "�", and the cell may be incomplete. Check the cell, or export the file again as UTF-8 CSV from the program that made it, and check again.',
    }),
  }),
  checkCase({
    id: 'csv-gb18030',
    source: 'careful tester (Chinese Excel saves CSV as GB18030)',
    title: { zh: 'GB18030 编码的 CSV', en: 'a GB18030 CSV' },
    build: async (dir) => {
      const iconv = await import('iconv-lite');
      return { input: writeFile(dir, 'gbk.csv', iconv.encode(UTF16_TEXT, 'gb18030')) };
    },
    sees: () => summary(2),
  }),
  checkCase({
    id: 'csv-header-only',
    source: 'careful tester',
    title: { zh: '只有表头的 CSV', en: 'a CSV with the header only' },
    build: one('header-only.csv', lines(CUSTOMER_HEADER)),
    sees: () => summary(0),
  }),
  {
    kind: 'cli',
    id: 'csv-bom-only',
    source: 'careful tester',
    title: { zh: '只有 BOM 的 CSV', en: 'a CSV holding only a BOM' },
    build: one('bom.csv', '\ufeff'),
    argv: (f) => ['check', f.input],
    code: 1,
    sees: noCustomers,
  },
  {
    kind: 'cli',
    id: 'csv-delimiters-only',
    source: 'careful tester',
    title: { zh: '只有分隔符的 CSV', en: 'a CSV of delimiters only' },
    build: one('commas.csv', ',,,,,,,\n,,,,,,,\n'),
    argv: (f) => ['check', f.input],
    code: 1,
    sees: noCustomers,
  },
  checkCase({
    id: 'csv-semicolons',
    source: 'careful tester (Excel in some locales saves with ;)',
    title: { zh: '用分号分隔的 CSV', en: 'a semicolon-delimited CSV' },
    build: one('semicolons.csv', lines(HEADER.join(';'), customer('C001', '王伟', '13812345678').join(';'))),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'csv-tabs',
    source: 'careful tester (a copy from a web page or "Unicode text")',
    title: { zh: '用制表符分隔的 CSV', en: 'a tab-delimited CSV' },
    build: one('tabs.csv', lines(HEADER.join('\t'), customer('C001', '王伟', '13812345678').join('\t'))),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'csv-formula-text',
    source: 'issue 15: well-behaved (no formula injection in the CLI copy)',
    title: { zh: '看起来像公式的文本(=、+、-、@)', en: 'text that looks like a formula (=, +, -, @)' },
    build: one(
      'formula-text.csv',
      lines(
        CUSTOMER_HEADER + ',备注',
        customerRow('=HYPERLINK("http://evil.example/?x";"点我")', '=1+1', '+86 138 1234 5678') + ',@SUM(A1)',
        customerRow('-2+3', "'quoted", '13812345679', 'S002') + ',00123',
      ),
    ),
    sees: () => ({ zh: /客户 2 行/, en: /2 customer rows/ }),
  }),
  checkCase({
    id: 'csv-long-cell',
    source: "issue 15: unclear messages (a 1 MB cell, no warning about Excel's 32,767 characters)",
    title: { zh: '一百万字符的单元格', en: 'a cell of 1,000,000 characters' },
    build: one(
      'long-cell.csv',
      lines(CUSTOMER_HEADER + ',备注', customerRow('C001', '王伟', '13812345678') + ',' + '很长的备注'.repeat(200000)),
    ),
    sees: () => ({
      zh: /long-cell 第 2 行「备注」列：这一格有 1,000,000 个字符（「很长的备注.*超过了 Excel 单元格最多 32,767 个字符的上限/,
      en: /long-cell, row 2, column "备注 \(Notes\)": this cell has 1,000,000 characters \("很长的备注.*more than the 32,767 an Excel cell holds/,
    }),
  }),
  checkCase({
    id: 'csv-error-values',
    source: 'issue 15: earlier list (#N/A, #REF! in data cells)',
    title: { zh: '数据格里的 #N/A、#REF! 错误值', en: '#N/A and #REF! error values in data cells' },
    build: one(
      'errors.csv',
      lines(
        CUSTOMER_HEADER,
        customerRow('C001', '王伟', '#N/A', 'S001'),
        customerRow('C002', '王伟', '#N/A', 'S002'),
        customerRow('C003', '李娜', '#REF!', 'S002'),
      ),
    ),
    sees: () => ({
      zh: 'errors 第 4 行「电话」列：这一格是 Excel 的错误值 #REF!（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      en: 'errors, row 4, column "电话 (Phone)": this cell holds the Excel error value #REF! (a formula failed: a lookup found nothing, or a referenced row was deleted), not real content, so it is treated as blank and not compared with other customers. Fix the formula that produced it, or enter the right value.',
    }),
  }),
  checkCase({
    id: 'csv-duplicate-headers',
    source: 'careful tester',
    title: { zh: '两列同名表头(两个「电话」)', en: 'two columns with the same header (two 电话)' },
    build: one(
      'two-phones.csv',
      lines(CUSTOMER_HEADER + ',电话', customerRow('C001', '王伟', '13812345678') + ',1391234567'),
    ),
    sees: () => summary(1),
  }),
];
