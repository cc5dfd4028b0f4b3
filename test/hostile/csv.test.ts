/**
 * The reading catalogue, CSV: files a careless user or another program produces. Each case runs the
 * CLI in-process and asserts the message the user sees (zh and en), that nothing crashed, and the
 * values read, by the streaming reader (validate) and the whole-workbook reader (check --out).
 */
import * as fs from 'fs';
import { loadWorkbookFile, readWorkbookData } from '../../src/workbook/file';
import { MemoryWorkbook } from '../../src/workbook/memory';
import type { Issue } from '../../src/domain/issues';
import { CUSTOMER_HEADER, customerRow, expectCleanRun, issuesOf, messagesOf, run, tempDir } from './reading-cli';

const { file } = tempDir('sd-hostile-csv-');

/** The Customers table of a file by both readers. */
async function bothReaders(path: string) {
  const streamed = (await readWorkbookData(path)).Customers!;
  const loaded = (await (await loadWorkbookFile(path)).read()).Customers!;
  return [streamed, loaded];
}

describe('CSV quoting', () => {
  test('CR, CRLF and LF inside quoted fields are read as written', async () => {
    const path = file(
      'line-ends.csv',
      `${CUSTOMER_HEADER}\r\n` +
        `C001,最终客户,"王伟\r\n(父)",13812345678,一展厅,S001,2026-06-01,线索\r\n` +
        `C002,最终客户,"李娜\r(母)",13812345679,一展厅,S001,2026-06-01,线索\r\n` +
        `C003,最终客户,"张三\n(子)",13812345670,一展厅,S001,2026-06-01,线索\r\n`,
    );
    for (const t of await bothReaders(path)) {
      expect(t.columns.Name).toEqual(['王伟\r\n(父)', '李娜\r(母)', '张三\n(子)']);
      expect(t.rowNumbers).toEqual([2, 3, 4]);
    }
  });

  test('a quote never closed is reported where it opened, and the rows after it are still read', async () => {
    const path = file(
      'open-quote.csv',
      [
        CUSTOMER_HEADER,
        customerRow('C001', '"王伟\n(父)"', '13812345678'),
        'C002,最终客户,"李娜,13812345679,一展厅,S001,2026-06-01,线索',
        customerRow('C003', '张三', '13812345670'),
        customerRow('C004', '赵四', '13812345671', 'S002'),
      ].join('\n') + '\n',
    );
    const zh = messagesOf(await issuesOf(path, 'zh'), 'customer.file.quote');
    expect(zh).toEqual([
      'open-quote 第 3 行「客户名称」列：文件第 4 行的 C 列有一个引号（"）打开后没有关上。为了不把后面的行都读进这一格，这一格只读到该行末尾，后面的行照常检查。请在文件中补上结束的引号（或删去这个引号）后重新检查。',
    ]);
    const en = messagesOf(await issuesOf(path, 'en'), 'customer.file.quote');
    expect(en).toEqual([
      'open-quote, row 3, column "客户名称 (Name)": a quote (") opens in column C on line 4 of the file and is never closed. So that the rows after it are not all read into this cell, the cell was read to the end of that line, and the rows after it are checked as usual. Add the closing quote in the file (or delete this one) and check again.',
    ]);
    for (const t of await bothReaders(path)) {
      expect(t.columns.CustomerId).toEqual(['C001', 'C002', 'C003', 'C004']);
      expect(t.columns.Name).toEqual(['王伟\n(父)', '李娜,13812345679,一展厅,S001,2026-06-01,线索', '张三', '赵四']);
      expect(t.rowNumbers).toEqual([2, 3, 4, 5]);
    }
  });
});

describe('control characters', () => {
  test('are kept in the value and reported on their cell', async () => {
    const path = file(
      'controls.csv',
      [
        CUSTOMER_HEADER,
        customerRow('C001', '王\u0001伟', '13812345678'),
        customerRow('C002', '李娜\u001b\u0000', '13812345679'),
        customerRow('C003', '张三\uffff', '13812345670'),
        customerRow('C004', '赵\t四', '13812345671'), // a tab is not reported
      ].join('\r\n') + '\r\n',
    );
    expect(messagesOf(await issuesOf(path, 'zh'), 'customer.cell.control')).toEqual(
      [
        '2」列：这一格含有看不见的控制字符 U+0001',
        '3」列：这一格含有看不见的控制字符 U+001B、U+0000',
        '4」列：这一格含有看不见的控制字符 U+FFFF',
      ].map(
        (s) =>
          `controls 第 ${s.slice(0, 1)} 行「客户名称${s.slice(1)}（多半是从其他系统复制时带进来的）。内容按原样保留，但这些字符会让姓名、号码对不上，有的程序也显示不出来。请删去这些字符。`,
      ),
    );
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.cell.control')[1]).toBe(
      'controls, row 3, column "客户名称 (Name)": this cell holds invisible control characters U+001B, U+0000 (most often carried in by a copy from another system). The content is kept as it is, but these characters keep names and numbers from matching, and some programs cannot show them. Delete them.',
    );
    for (const t of await bothReaders(path))
      expect(t.columns.Name).toEqual(['王\u0001伟', '李娜\u001b\u0000', '张三\uffff', '赵\t四']);
  });
});

describe('encodings', () => {
  const text = [
    CUSTOMER_HEADER,
    customerRow('C001', '王伟', '13812345678'),
    customerRow('C002', '一展李娜', '13812345679'),
  ]
    .join('\r\n')
    .concat('\r\n');
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  test.each([
    ['utf16le-bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['utf16be-bom.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['utf16le.csv', utf16le],
    ['utf16be.csv', utf16be],
  ])('%s is read as UTF-16', async (name, bytes) => {
    const path = file(name, bytes);
    expect(await issuesOf(path, 'zh')).toEqual([]);
    for (const t of await bothReaders(path)) {
      expect(t.columns.Name).toEqual(['王伟', '一展李娜']);
      expect(t.mapping.missing).toEqual([]);
    }
  });

  test('UTF-8 with one damaged byte is read as UTF-8, and the damaged cell is reported', async () => {
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(Buffer.from('李娜')) + 1] = 0xff;
    const path = file('damaged.csv', bytes);
    expect(messagesOf(await issuesOf(path, 'zh'), 'customer.file.bytes')).toEqual([
      'damaged 第 3 行「客户名称」列：文件第 3 行的 C 列有不能按 UTF-8 编码读出的字节，已显示为“�”，这一格的内容可能不完整。请核对这一格，或用生成文件的程序重新导出为 UTF-8 编码的 CSV 后再检查。',
    ]);
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.file.bytes')).toEqual([
      'damaged, row 3, column "客户名称 (Name)": column C on line 3 of the file holds bytes that are not valid UTF-8; they show as "�", and the cell may be incomplete. Check the cell, or export the file again as UTF-8 CSV from the program that made it, and check again.',
    ]);
    for (const t of await bothReaders(path)) {
      expect(t.columns.Name[0]).toBe('王伟');
      expect(t.columns.Name[1]).toMatch(/^一展\uFFFD+娜$/);
      expect(t.columns.Phone).toEqual(['13812345678', '13812345679']);
    }
  });
});

describe('sizes', () => {
  test('a CSV of 131,000 rows loads for --out (no "Maximum call stack size exceeded")', async () => {
    const rows = [CUSTOMER_HEADER];
    for (let i = 0; i < 131000; i++) rows.push(`C${i}`);
    const path = file('long.csv', rows.join('\n') + '\n');
    const wb = await loadWorkbookFile(path);
    expect((await wb.read()).Customers!.length).toBe(131000);
    // the report sheets take one row per issue: as many rows as that fit too
    const big = new MemoryWorkbook();
    await big.writeReportSheet({ sheet: 'Issues', headers: ['a'], rows: rows.map((r) => [r]) }, 'zh');
    expect(big.model.sheets[0].cells.length).toBe(131002);
  });

  test('columns past what a sheet holds: the rest is checked, the cut is said, the copy is written', async () => {
    const width = 16390;
    const header = ['客户编号', '客户名称', '电话'];
    const row = ['C001', '王伟', '13812345678'];
    for (let c = 3; c < width; c++) {
      header.push(`备用${c}`);
      row.push('x');
    }
    const path = file('wide.csv', `${header.join(',')}\n${row.join(',')}\n`);
    const out = file('wide-checked.xlsx');
    // zh: check --out (the whole-workbook reader, and the copy); en: validate (the streaming reader)
    for (const lang of ['zh', 'en'] as const) {
      const r =
        lang === 'zh'
          ? await run('check', path, '--out', out, '--lang', lang, '--today', '2026-06-30', '--json')
          : await run('validate', path, '--lang', lang, '--today', '2026-06-30', '--json');
      expectCleanRun(r);
      const issues = (JSON.parse(r.out) as { issues: Issue[] }).issues;
      expect(messagesOf(issues, 'customer.file.limit')).toEqual([
        lang === 'zh'
          ? 'wide 第 1 行：这一行有 16,390 列。一张工作表最多 16,384 列（到 XFD 列），检查还要在右边加上状态列，所以从 XFC 列起的 8 列没有读取，也不会出现在检查后的副本中。请删去多余的列，或把文件拆开后分别检查。'
          : 'wide, row 1: this row has 16,390 columns. A sheet holds at most 16,384 columns (up to XFD) and the check adds its status columns at the right, so the 8 columns from column XFC on were not read and will not be in the checked copy. Delete the extra columns, or split the file, and check again.',
      ]);
      // the columns that fit are checked: the phone and name were read
      expect(issues.filter((i) => i.rule === 'customer.phone.format')).toEqual([]);
    }
    expect(fs.existsSync(out)).toBe(true);
  });

  test('rows past what a sheet holds: the rows that fit are checked, the rest is said', async () => {
    // 1,048,575 blank lines after the header: the data rows 1,048,577 and 1,048,578 do not fit
    const path = file(
      'tall.csv',
      `${CUSTOMER_HEADER}\n` +
        '\n'.repeat(1048575) +
        `${customerRow('C1', '王伟', '13812345678')}\n${customerRow('C2', '李娜', '13812345679')}\n`,
    );
    const zh = await issuesOf(path, 'zh');
    expect(messagesOf(zh, 'customer.file.limit')).toEqual([
      'tall 第 1 行：文件从第 1,048,577 行起还有 2 行数据，超过了一张工作表的上限 1,048,576 行，这些行没有读取，也不会出现在检查后的副本中。请把文件拆成几个较小的文件分别检查。',
    ]);
    expect(messagesOf(await issuesOf(path, 'en'), 'customer.file.limit')).toEqual([
      'tall, row 1: the file has 2 more rows of data from row 1,048,577 on, past the 1,048,576 rows a sheet holds; they were not read and will not be in the checked copy. Split the file into smaller files and check each.',
    ]);
  });
});
