/**
 * Hostile input for the annotated copy's write side (issue 15: A, B): big reports, values no
 * program can open, control characters, a user's own formulas. Each case builds its input in a
 * temp dir, runs the CLI in-process (zh and en), checks what the user sees, and opens the copy:
 * ExcelJS reads it back, LibreOffice converts it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { applyCheckResult, REPORT_ROW_LIMIT } from '../../src/app/apply-check-result';
import { main } from '../../src/cli';
import type { Issue } from '../../src/domain/issues';
import type { CommandIo } from '../../src/cli/types';
import { memoryToXlsxBuffer, parseCsv } from '../../src/workbook/file';
import { loadXlsx } from '../../src/workbook/file/xlsx-load';
import { SheetTooBigError } from '../../src/workbook/file/xlsx-write';
import { MemoryWorkbook } from '../../src/workbook/memory';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-hostile-write-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SOFFICE = '/usr/bin/soffice';
const withLibreOffice = fs.existsSync(SOFFICE) ? test : test.skip;
const TODAY = '2024-07-01';
const HEADERS = ['客户编号', '客户类型', '客户名称', '电话', '展厅', '所属销售', '首次接触', '备注'];

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  const code = await main(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** check FILE --out COPY in both languages: exit 0, nothing on stderr, the copy announced; returns the zh copy. */
async function checkOut(input: string): Promise<string> {
  const copies: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const out = input.replace(/\.\w+$/, `-${lang}.xlsx`);
    const r = await run('check', input, '--out', out, '--today', TODAY, '--lang', lang);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).toContain(lang === 'zh' ? `已写出带标注的副本：${out}` : `Annotated copy written: ${out}`);
    copies.push(out);
  }
  return copies[0];
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.readFile(file);
  return xl;
}

/** Every XML part of an .xlsx as text. */
function xmlParts(file: string): Record<string, string> {
  return xmlPartsOf(fs.readFileSync(file));
}

function xmlPartsOf(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  return parts;
}

/** LibreOffice's CSV of one sheet of the file (by 1-based position), as rows of cells. */
function libreOfficeCsv(file: string, sheet: number): string[][] {
  const outDir = fs.mkdtempSync(path.join(dir, 'lo-'));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${path.join(outDir, 'profile')}`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
      '--outdir',
      outDir,
      file,
    ],
    { env: { ...process.env, HOME: outDir }, stdio: 'pipe', timeout: 120000 },
  );
  const csv = fs.readdirSync(outDir).find((f) => f.endsWith('.csv'))!;
  return parseCsv(fs.readFileSync(path.join(outDir, csv), 'utf8'));
}

describe('a report of more rows than a spread can take', () => {
  test('the memory workbook writes a 200k-row report sheet (RangeError before)', async () => {
    const wb = new MemoryWorkbook();
    const rows = Array.from({ length: 200_000 }, (_, i) => [`C${i}`, i]);
    await wb.writeReportSheet({ sheet: 'Issues', headers: ['编号', '行'], rows }, 'zh');
    const grid = wb.sheet('校验问题')!;
    expect([grid.cells.length, grid.cells[200_000]]).toEqual([200_001, ['C199999', 199_999]]);
    expect(wb.model.tables.find((t) => t.sheet === grid.name)?.rowCount).toBe(200_000);
  });

  test('a copy whose report has 200k linked rows is written and read again (the next check --out of it)', async () => {
    const wb = new MemoryWorkbook();
    const customers = wb.addSheet('客户档案');
    customers.cells = [HEADERS, ['C001', '最终客户', '王伟', '13812345678', '天河展厅', 'S001', '2024-05-01', null]];
    const rows = Array.from({ length: 200_000 }, (_, i) => [`C${i}`, i]);
    const links = rows.map(() => ({ sheet: 'Customers' as const, row: 2, field: 'Phone' }));
    await wb.writeReportSheet({ sheet: 'Issues', headers: ['编号', '行'], rows, links }, 'zh');
    expect(wb.model.hyperlinks.length).toBe(200_000);
    // a spread of the sheet's links overflowed the stack here (RangeError)
    const again = await loadXlsx(await memoryToXlsxBuffer(wb));
    const report = again.sheet('校验问题')!;
    expect([report.cells.length, report.cells[200_000]]).toEqual([200_001, ['C199999', 199_999]]);
    expect(again.model.hyperlinks.length).toBe(200_000);
    expect(again.model.hyperlinks[199_999]).toEqual({
      sheet: '校验问题',
      row: 200_001,
      col: 0,
      target: '#客户档案!D2',
    });
  });
});

describe('more issues than an Excel sheet has rows', () => {
  // 1,048,575 customers gave 1.48M issues: the copy's Issues sheet was past Excel's 1,048,576 rows, and the
  // writer refused it. The cap is lowered here (the same code at REPORT_ROW_LIMIT = 1,048,574).
  function workbookWithIssues(count: number): { wb: MemoryWorkbook; issues: Issue[] } {
    const wb = new MemoryWorkbook();
    wb.addSheet('客户档案').cells = [
      HEADERS,
      ['C001', '最终客户', '王伟', '1381234567', '天河展厅', 'S001', null, null],
    ];
    const issues: Issue[] = Array.from({ length: count }, (_, i) => ({
      sheet: 'Customers',
      row: 2,
      field: 'Phone',
      rule: 'customer.phone.format',
      severity: 'error',
      message: `第 ${i} 条`,
    }));
    return { wb, issues };
  }

  test.each([
    [
      'zh',
      '校验问题',
      '……另有 26 条问题没有列出：一张 Excel 工作表最多 1048576 行。请先修正上面列出的问题，再检查一次。',
    ],
    [
      'en',
      'Issues',
      '…and 26 more issues, not listed: an Excel sheet holds at most 1048576 rows. Fix the issues listed above, then check again.',
    ],
  ] as const)(
    'the Issues sheet lists as many as fit and counts the rest on its last row (%s)',
    async (lang, sheet, more) => {
      const { wb, issues } = workbookWithIssues(100 + 26);
      await applyCheckResult(wb, { issues, clusters: [], status: {} }, lang, 100);
      const grid = wb.sheet(sheet)!;
      expect(grid.cells.length).toBe(1 + 100 + 1);
      expect(grid.cells[100][5]).toBe('第 99 条');
      // in the message column (the Owner column follows it)
      expect(grid.cells[101]).toEqual(['', '', '', '', '', more, '']);
      expect(wb.model.hyperlinks.filter((h) => h.sheet === sheet).length).toBe(100);
      expect(REPORT_ROW_LIMIT + 2).toBe(1_048_576);
    },
  );

  test("the copy writer takes a sheet of Excel's 1,048,576 rows, and refuses one row more", async () => {
    const wb = new MemoryWorkbook();
    const grid = wb.addSheet('满表');
    grid.cells = Array.from({ length: 1_048_576 }, (_, i) => [i]);
    const xml = Object.values(xmlPartsOf(await memoryToXlsxBuffer(wb))).find((x) => x.includes('<c r="A1048576"'))!;
    expect(xml).toContain('<dimension ref="A1:A1048576"/>');
    grid.cells.push([0]);
    await expect(memoryToXlsxBuffer(wb)).rejects.toThrow(SheetTooBigError);
  });
});

describe('control characters in cell text', () => {
  // What a CSV export from another system carries: a bell, an escape, a unit separator, U+FFFF, a tab and a
  // line break; and a user who typed Excel's own escape syntax. (A lone surrogate cannot come through UTF-8.)
  const notes = [
    '响铃\u0007后',
    '退格\u0008与转义\u001b',
    '分隔\u001f符',
    '非字符\uffff',
    '制表\t换行\n',
    '_x0041_ 原样',
  ];

  function csvWith(values: string[]): string {
    const lines = [HEADERS.join(',')];
    values.forEach((note, i) => {
      const id = `C00${i + 1}`;
      lines.push(
        [id, '最终客户', `客户${i + 1}`, `1381234567${i}`, '天河展厅', 'S001', '2024-05-01', `"${note}"`].join(','),
      );
    });
    lines.push(['C099', '最终客户', '最后一位', '13812345699', '天河展厅', 'S001', '2024-05-01', '末行'].join(','));
    return lines.join('\r\n') + '\r\n';
  }

  test('are kept: escaped as _xHHHH_ in the copy, read back as typed, and the rows after them are all there', async () => {
    const input = path.join(dir, '客户档案.csv');
    fs.writeFileSync(input, '\ufeff' + csvWith(notes));
    const copy = await checkOut(input);
    const parts = xmlParts(copy);
    for (const [name, xml] of Object.entries(parts))
      // eslint-disable-next-line no-control-regex -- no part may hold a character XML 1.0 forbids
      expect({ name, bad: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml) }).toEqual({
        name,
        bad: false,
      });
    expect(parts['xl/sharedStrings.xml']).toContain('响铃_x0007_后');
    expect(parts['xl/sharedStrings.xml']).toContain('_x005F_x0041_ 原样');
    const ws = (await readBack(copy)).getWorksheet('客户档案')!;
    const column = HEADERS.indexOf('备注') + 1;
    // ExcelJS decodes _xHHHH_ written in upper case; a lone surrogate reads back as itself.
    expect(notes.map((_, i) => ws.getRow(i + 2).getCell(column).value)).toEqual(notes);
    expect(ws.getRow(notes.length + 2).getCell(1).value).toBe('C099');
  });

  withLibreOffice('LibreOffice opens the copy and shows every row, the last one too', async () => {
    const input = path.join(dir, 'lo客户.csv');
    fs.writeFileSync(input, '\ufeff' + csvWith(notes));
    const copy = await checkOut(input);
    const rows = libreOfficeCsv(copy, 1);
    expect(rows.length).toBeGreaterThanOrEqual(notes.length + 2);
    expect(rows.map((r) => r[0])).toEqual(['客户编号', ...notes.map((_, i) => `C00${i + 1}`), 'C099']);
    const column = HEADERS.indexOf('备注');
    expect(rows[6][column]).toBe('_x0041_ 原样');
    expect(rows[3][column]).toBe('分隔\u001f符');
    expect(rows[notes.length + 1][column]).toBe('末行');
  });
});

describe('numbers no program can read', () => {
  /** A customer sheet whose first-contact column is date-formatted, with what a user typed there. */
  async function customers(file: string, typed: ExcelJS.CellValue[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户档案');
    ws.addRow(HEADERS);
    typed.forEach((v, i) => {
      ws.addRow([`C00${i + 1}`, '最终客户', `客户${i + 1}`, `1381234567${i}`, '天河展厅', 'S001', v, null]);
      ws.getRow(i + 2).getCell(7).numFmt = 'yyyy-mm-dd';
    });
    const p = path.join(dir, file);
    await wb.xlsx.writeFile(p);
    return p;
  }

  test('a date-formatted phone number and 1e308 keep their values in the copy (no NaN)', async () => {
    const typed = [13812345678, 1e308, new Date(Date.UTC(2024, 4, 1))];
    const copy = await checkOut(await customers('big-dates.xlsx', typed));
    for (const [name, xml] of Object.entries(xmlParts(copy)))
      expect({ name, nan: /NaN|Infinity/.test(xml) }).toEqual({ name, nan: false });
    const sheet = Object.entries(xmlParts(copy)).find(
      ([n, x]) => n.startsWith('xl/worksheets/') && x.includes('G2'),
    )![1];
    expect(/<c r="G2"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1]).toBe('13812345678');
    expect(Number(/<c r="G3"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1])).toBe(1e308);
    expect(/<c r="G4"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1]).toBe('45413');
  });

  withLibreOffice('LibreOffice opens that copy', async () => {
    const copy = await checkOut(await customers('big-dates-lo.xlsx', [13812345678, new Date(Date.UTC(2024, 4, 1))]));
    const rows = libreOfficeCsv(copy, 1);
    expect(rows.map((r) => r[0])).toEqual(['客户编号', 'C001', 'C002']);
    // the phone typed into the date column shows as the number it is, and its status says the date is unreadable
    expect([rows[1][6], rows[1][8]]).toEqual(['13812345678', '✖ 客户档案：日期无法识别']);
    expect(rows[2][6]).toBe('2024-05-01');
  });

  test('a number that is not finite, and a formula whose result is not, are written as #NUM!', async () => {
    const wb = new MemoryWorkbook();
    const grid = wb.addSheet('分数');
    grid.cells = [[NaN, Infinity, -Infinity, 1.5, null, '半个\ud83d字', '表情\ud83d\ude00']];
    grid.formulas.set('1,4', 'A1*2');
    grid.cells[0][4] = NaN;
    const file = path.join(dir, 'not-finite.xlsx');
    fs.writeFileSync(file, await memoryToXlsxBuffer(wb));
    const ws = (await readBack(file)).getWorksheet('分数')!;
    expect([1, 2, 3, 4].map((c) => ws.getRow(1).getCell(c).value)).toEqual([
      { error: '#NUM!' },
      { error: '#NUM!' },
      { error: '#NUM!' },
      1.5,
    ]);
    expect(ws.getCell('E1').value).toEqual({ formula: 'A1*2', result: { error: '#NUM!' } });
    // a lone surrogate (no UTF-8 for it) is escaped and read back as itself; a pair is a character
    expect([ws.getCell('F1').value, ws.getCell('G1').value]).toEqual(['半个\ud83d字', '表情\ud83d\ude00']);
  });
});

describe("a user's own formulas", () => {
  test('a HYPERLINK formula stays a formula in the copy (it became a static link)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户档案');
    ws.addRow(HEADERS);
    ws.addRow(['C001', '最终客户', '王伟', '13812345678', '天河展厅', 'S001', new Date(Date.UTC(2024, 4, 1)), null]);
    // literal arguments: the form the old reading took for a link; and one that builds its target
    const formula = 'HYPERLINK("https://crm.example.cn/c/C001","打开 C001")';
    ws.getCell('H2').value = { formula, result: '打开 C001' } as ExcelJS.CellFormulaValue;
    ws.getCell('I1').value = '链接';
    const built = 'HYPERLINK("https://crm.example.cn/c/"&A2,"打开 "&A2)';
    ws.getCell('I2').value = { formula: built, result: '打开 C001' } as ExcelJS.CellFormulaValue;
    ws.addRow(['C002', '最终客户', '李娜', '13812345679', '天河展厅', 'S001', new Date(Date.UTC(2024, 4, 1)), null]);
    ws.getCell('H3').value = {
      formula: 'HYPERLINK("#客户档案!A2","回到客户")',
      result: '回到客户',
    } as ExcelJS.CellFormulaValue;
    const input = path.join(dir, 'hyperlink-formula.xlsx');
    await wb.xlsx.writeFile(input);
    const copy = (await readBack(await checkOut(input))).getWorksheet('客户档案')!;
    expect(copy.getCell('H2').value).toEqual({ formula, result: '打开 C001' });
    expect(copy.getCell('H3').value).toEqual({ formula: 'HYPERLINK("#客户档案!A2","回到客户")', result: '回到客户' });
    expect(copy.getCell('H2').hyperlink).toBeUndefined();
    expect(copy.getCell('I2').value).toEqual({ formula: built, result: '打开 C001' });
  });
});
