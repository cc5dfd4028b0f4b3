/**
 * What a workbook's cells can hold that a careless user or another program puts there (issue 15,
 * items 7 and 10, the earlier list: totals row, hidden rows, error values, 1904 dates; and the
 * careful tester's formulas, links, notes, emoji and rare characters). Each is checked with --out
 * and the copy compared cell by cell with the input.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { t } from '../../../src/i18n';
import { openpyxlWorkbook, runCli } from '../builders';
import {
  CONFLICT_ROWS,
  HEADER,
  checkCase,
  checkOut,
  customer,
  outBeside,
  statusBeforeMemo,
  summary,
  writeFile,
  xlsx,
} from './common';
import type { CliCase, Files } from './types';

const NOTES = [...HEADER, '备注'];

/** 31 characters, Excel's limit, and no word the add-in reads a sheet by (人员, 台账...). */
const LONG_NAME = '各展厅销售顾问及其主管的联系方式与排班表二零二六年上半年修订版';

/** Reads the checked copy back with ExcelJS. */
/** A one-pixel PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The parts of an .xlsx in one folder ('xl/charts/'). */
function partsIn(file: string, folder: string): string[] {
  return Object.keys(unzipSync(fs.readFileSync(file))).filter((p) => p.startsWith(folder));
}

/** The note that the copy leaves out a part of the input, which still has it. */
const leftOut = (part: string) => (f: Files) => {
  const say = (lang: 'zh' | 'en') =>
    t(lang, 'cli.output.leftOut', { parts: t(lang, `cli.output.part.${part}`), file: f.input });
  return { zh: say('zh'), en: say('en') };
};

async function copyOf(f: Files): Promise<ExcelJS.Workbook> {
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.readFile(outBeside(f));
  return xl;
}

const notADate = (row: number, text: string) => ({
  zh: `客户档案 第 ${row} 行「首次接触」列：「${text}」不是可识别的日期。请填写如 2026-11-27 的日期，或将单元格设为日期格式。`,
  en: `客户档案, row ${row}, column "首次接触 (First contact)": "${text}" is not a date that can be read. Enter a date such as 2026-11-27, or format the cell as a date.`,
});

/** A dealer with 22 months of ledger rows, two of whose quantities and amounts are `huge`. */
async function ledgerBook(dir: string, huge: number): Promise<string> {
  const xl = new ExcelJS.Workbook();
  const add = (name: string, headers: string[], rows: unknown[][]) => {
    const ws = xl.addWorksheet(name);
    ws.addRow(headers);
    rows.forEach((r) => ws.addRow(r));
  };
  add(
    '客户档案',
    [...HEADER, '信用状况'],
    [['D1', '经销商客户', '华东汽贸', '13812345678', '一展厅', 'S001', '2024-01-02', '已签约', '良好']],
  );
  const ledger = Array.from({ length: 22 }, (_, i) => {
    const month = `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`;
    const big = i === 2 || i === 3;
    return [`T${i + 1}`, 'D1', month, 'X1', big ? huge : 5, 100000, big ? huge : 500000, '已结清'];
  });
  add('经销商台账', ['交易编号', '客户编号', '日期', '车型', '数量', '单价', '金额', '状态'], ledger);
  add('客户评审', ['评审编号', '客户编号', '评审类型', '期间'], [['R1', 'D1', '年度评审', '2025']]);
  const file = `${dir}/ledger.xlsx`;
  await xl.xlsx.writeFile(file);
  return file;
}

export const CELL_CASES: CliCase[] = [
  checkCase({
    id: 'phone-in-date-column',
    source: 'issue 15: 7 (a date-formatted number of about 1e8 or more was written as <v>NaN</v>)',
    title: {
      zh: '日期列里的手机号(日期格式的 13812345678)',
      en: 'a phone number in a date column (13812345678 as a date)',
    },
    build: async (dir) => ({
      input: await xlsx(
        dir,
        'phone-in-date.xlsx',
        [customer('C001', '王伟', '13812345678'), customer('C002', '李娜', '13812345679')],
        (_, ws) => {
          ws.getCell('G2').value = 13812345678;
          ws.getCell('G3').value = 100000000;
          for (const a of ['G2', 'G3']) ws.getCell(a).numFmt = 'yyyy-mm-dd';
        },
      ),
    }),
    sees: () => notADate(2, '13812345678'),
  }),
  checkCase({
    id: 'huge-number-in-date-column',
    source: 'issue 15: 7 (1e308 in a date column)',
    title: { zh: '日期列里的 1e308', en: '1e308 in a date column' },
    build: async (dir) => ({
      input: await xlsx(dir, 'huge-date.xlsx', [customer('C001', '王伟', '13812345678')], (_, ws) => {
        ws.getCell('G2').value = 1e308;
        ws.getCell('G2').numFmt = 'yyyy-mm-dd';
      }),
    }),
    sees: () => notADate(2, '1e+308'),
  }),
  {
    kind: 'cli',
    id: 'huge-ledger-amount',
    source: 'issue 15: 7 (a 1e308 ledger amount put NaN into a score)',
    title: { zh: '台账里 1e308 的数量和金额', en: 'a ledger quantity and amount of 1e308' },
    build: async (dir) => ({ input: await ledgerBook(dir, 1e308) }),
    argv: (f) => ['validate', f.input],
    code: 0,
    sees: () => ({
      zh: '经销商台账 第 4 行「数量」列：「1e+308」大得不可能是真实的数量或金额（绝对值超过 10 的 15 次方，超出了 Excel 能精确保存的 15 位数字），无法计算，评分和统计中不计这一格。请核对并改正。',
      en: '经销商台账, row 4, column "金额 (Amount)": "1e+308" is too large to be a real quantity or amount (beyond 10 to the 15th, past the 15 digits Excel keeps exactly), so it cannot be calculated with and scores and totals leave this cell out. Check it and correct it.',
    }),
    then: async (f) => {
      const tiers = await runCli('tiers', f.input, '--json', '--today', '2026-12-05');
      expect(tiers.code).toBe(0);
      const dealer = JSON.parse(tiers.out).dealers[0] as { scores: Record<string, number | null>; total: number };
      expect(Object.values(dealer.scores).every((s) => s === null || Number.isFinite(s))).toBe(true);
      expect(Number.isFinite(dealer.total)).toBe(true);
    },
  },
  checkCase({
    id: 'error-value-from-a-formula',
    source: 'issue 15: earlier list (#N/A from a failed lookup in an .xlsx)',
    title: { zh: '公式算出的 #N/A(查找失败)', en: '#N/A from a failed lookup formula' },
    build: async (dir) => ({
      input: await xlsx(dir, 'lookup.xlsx', CONFLICT_ROWS.slice(0, 2), (_, ws) => {
        ws.getCell('D2').value = { formula: 'VLOOKUP(A2,电话表!A:B,2,FALSE)', result: { error: '#N/A' } } as never;
        ws.getCell('D3').value = { error: '#N/A' } as never;
      }),
    }),
    sees: () => ({
      zh: '客户档案 第 2 行「电话」列：这一格是 Excel 的错误值 #N/A（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。',
      en: '客户档案, row 2, column "电话 (Phone)": this cell holds the Excel error value #N/A (a formula failed: a lookup found nothing, or a referenced row was deleted), not real content, so it is treated as blank and not compared with other customers. Fix the formula that produced it, or enter the right value.',
    }),
  }),
  checkCase({
    id: 'formula-in-data-cell',
    source: 'careful tester',
    title: { zh: '数据格里的公式', en: 'a formula in a data cell' },
    build: async (dir) => ({
      input: await xlsx(
        dir,
        'formula.xlsx',
        [[...CONFLICT_ROWS[2], null]],
        (_, ws) => {
          ws.getCell('I2').value = { formula: 'C2&"（老客户）"', result: '李娜（老客户）' };
        },
        NOTES,
      ),
    }),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'hyperlink-formula',
    source: 'issue 15: 10 (a =HYPERLINK formula became a static link in the copy)',
    title: { zh: '用户的 =HYPERLINK(...) 公式', en: "a user's =HYPERLINK(...) formula" },
    build: async (dir) => ({
      input: await xlsx(
        dir,
        'hyperlink-formula.xlsx',
        [[...CONFLICT_ROWS[2], null]],
        (_, ws) => {
          ws.getCell('I2').value = { formula: 'HYPERLINK("https://example.com/c003","资料")', result: '资料' };
        },
        NOTES,
      ),
    }),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'hyperlink-in-data-cell',
    source: 'careful tester',
    title: { zh: '数据格里的超链接', en: 'a hyperlink in a data cell' },
    build: async (dir) => ({
      input: await xlsx(
        dir,
        'link.xlsx',
        [[...CONFLICT_ROWS[2], null]],
        (_, ws) => {
          ws.getCell('I2').value = { text: '资料', hyperlink: 'https://example.com/c003' };
        },
        NOTES,
      ),
    }),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'note-on-data-cell',
    source: 'careful tester',
    title: { zh: '数据格上的批注', en: 'a note on a data cell' },
    build: async (dir) => ({
      input: await xlsx(dir, 'note.xlsx', [CONFLICT_ROWS[2]], (_, ws) => {
        ws.getCell('C2').note = '老客户,周五前回电';
      }),
    }),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'table-totals-row',
    source: 'issue 15: earlier list (a table with a totals row)',
    title: { zh: '带汇总行的表格', en: 'a table with a totals row' },
    build: async (dir) => {
      const xl = new ExcelJS.Workbook();
      xl.addWorksheet('客户档案').addTable({
        name: 'Customers',
        ref: 'A1',
        totalsRow: true,
        columns: HEADER.map((name, i) =>
          i === 0 ? { name, totalsRowLabel: '合计' } : i === 3 ? { name, totalsRowFunction: 'count' } : { name },
        ),
        rows: CONFLICT_ROWS,
      });
      const input = `${dir}/totals.xlsx`;
      await xl.xlsx.writeFile(input);
      return { input };
    },
    sees: () => summary(3, 0, 0, 1),
  }),
  checkCase({
    id: 'hidden-and-filtered-rows',
    source: 'issue 15: earlier list (filtered and hidden rows)',
    title: { zh: '隐藏和筛选掉的行', en: 'hidden and filtered-out rows' },
    build: async (dir) => ({
      input: await xlsx(
        dir,
        'hidden.xlsx',
        [customer('C001', '王伟', '13812345678'), customer('C002', '李娜', '1381234')],
        (_, ws) => {
          ws.getRow(3).hidden = true;
          ws.autoFilter = 'A1:H3';
        },
      ),
    }),
    sees: () => ({
      zh: '客户档案 第 3 行「电话」列：「1381234」不是有效的手机号或固定电话。请填写 11 位手机号（如 13812345678）或带区号的固话（如 010-62345678）。',
      en: '客户档案, row 3, column "电话 (Phone)": "1381234" is neither a valid mobile nor a valid landline number. Enter an 11-digit mobile (e.g. 13812345678) or a landline with its area code (e.g. 010-62345678).',
    }),
    then: async (f) => expect((await copyOf(f)).getWorksheet('客户档案')!.getRow(3).hidden).toBe(true),
  }),
  checkCase({
    id: 'dates-1904-system',
    source: 'issue 15: earlier list (1904-system dates)',
    title: { zh: '1904 日期系统的工作簿', en: 'a workbook in the 1904 date system' },
    build: async (dir) => {
      const input = await xlsx(dir, 'date1904.xlsx', [CONFLICT_ROWS[2]], (xl, ws) => {
        xl.properties.date1904 = true;
        ws.getCell('G2').value = new Date(Date.UTC(2026, 5, 1));
        ws.getCell('G2').numFmt = 'yyyy-mm-dd';
      });
      return { input };
    },
    sees: () => summary(1),
  }),
  checkCase({
    id: 'emoji-in-names',
    source: 'careful tester',
    title: { zh: '姓名和工作表名里的 emoji', en: 'emoji in names and in a sheet name' },
    build: async (dir) => ({
      input: await xlsx(
        dir,
        'emoji.xlsx',
        [customer('C001', '王伟😀', '13812345678', 'S001'), customer('C002', '王伟😀', '13812345678', 'S002')],
        (xl) => xl.addWorksheet('🚗 销量').addRow(['👍 车型', 3]),
      ),
    }),
    sees: () => summary(2, 0, 0, 1),
  }),
  checkCase({
    id: 'cjk-extension-b',
    source: 'careful tester (rare characters outside the BMP: 𠮷, 𡈼)',
    title: { zh: '扩展 B 区汉字(𠮷、𡈼)的姓名', en: 'names in CJK extension B (𠮷, 𡈼)' },
    build: async (dir) => ({
      input: await xlsx(dir, 'ext-b.xlsx', [
        customer('C001', '𠮷田𡈼', '13812345678', 'S001'),
        customer('C002', '𠮷田𡈼', '138 1234 5678', 'S002'),
      ]),
    }),
    sees: () => ({ zh: /G-C001 冲突：第 2, 3 行/, en: /G-C001 Conflict: rows 2, 3/ }),
  }),
  checkCase({
    id: 'sheet-name-31-characters',
    source: 'careful tester (a very long sheet name, at the limit)',
    title: { zh: '31 个字符的工作表名', en: 'a sheet name of 31 characters' },
    build: async (dir) => ({
      input: await xlsx(dir, 'long-name.xlsx', [CONFLICT_ROWS[2]], (xl) =>
        xl.addWorksheet(LONG_NAME).addRow(['周一', '一展厅']),
      ),
    }),
    sees: () => summary(1),
  }),
  checkCase({
    id: 'thousand-sheets',
    source: 'careful tester (a workbook with 1,000 sheets)',
    title: { zh: '有 1000 个工作表的工作簿', en: 'a workbook with 1,000 sheets' },
    build: async (dir) => ({
      input: await xlsx(dir, 'many.xlsx', CONFLICT_ROWS, (xl) => {
        for (let i = 1; i < 1000; i++) xl.addWorksheet(`表${i}`).getCell('A1').value = i;
      }),
    }),
    sees: () => summary(3, 0, 0, 1),
  }),
  checkCase({
    id: 'protected-sheet',
    source: 'careful tester',
    title: { zh: '设了保护的工作表', en: 'a protected sheet' },
    build: async (dir) => {
      const xl = new ExcelJS.Workbook();
      const ws = xl.addWorksheet('客户档案');
      [HEADER, ...CONFLICT_ROWS].forEach((r) => ws.addRow(r));
      const prices = xl.addWorksheet('价格表');
      prices.addRow(['车型', '指导价']).commit();
      prices.addRow(['X1', 199800]);
      await prices.protect('展厅', { selectLockedCells: true });
      const input = `${dir}/protected.xlsx`;
      await xl.xlsx.writeFile(input);
      return { input };
    },
    sees: () => summary(3, 0, 0, 1),
    // The copy's 价格表 is protected as the user's was: the same password hash, salt and what it allows.
    then: async (f) => {
      const protectionOf = async (book: Promise<ExcelJS.Workbook>) =>
        ((await book).getWorksheet('价格表') as unknown as { sheetProtection?: object }).sheetProtection;
      const original = await protectionOf(new ExcelJS.Workbook().xlsx.readFile(f.input));
      expect(original).toMatchObject({ sheet: true, algorithmName: 'SHA-512' });
      expect(await protectionOf(copyOf(f))).toEqual(original);
    },
  }),
  checkCase({
    id: 'openpyxl-table-and-note',
    source:
      'issue 15: unclear messages (a valid workbook saved by openpyxl with a table: "Cannot read properties of undefined")',
    title: { zh: 'openpyxl 保存的带表格和批注的工作簿', en: 'a workbook openpyxl saved, with a table and a note' },
    build: (dir) => ({ input: writeFile(dir, 'openpyxl.xlsx', openpyxlWorkbook({ table: true, note: true })) }),
    sees: () => ({ zh: /^客户 3 行：/m, en: /^3 customer rows: / }),
  }),
  checkCase({
    id: 'chart-in-workbook',
    source: 'issue 15: unclear messages (openpyxl with a chart); 1 (what ExcelJS does not carry: charts)',
    title: { zh: '带图表的工作簿(openpyxl 保存)', en: 'a workbook with a chart (saved by openpyxl)' },
    build: (dir) => ({ input: writeFile(dir, 'chart.xlsx', openpyxlWorkbook({ chart: true })) }),
    sees: leftOut('charts'),
    // The copy cannot carry the chart (nor can ExcelJS): the user is told, and the input keeps it.
    then: async (f) => expect(partsIn(outBeside(f), 'xl/charts/')).toEqual([]),
  }),
  checkCase({
    id: 'pivot-table-in-workbook',
    source: 'careful tester (a workbook with a pivot table)',
    title: { zh: '带数据透视表的工作簿', en: 'a workbook with a pivot table' },
    build: (dir) => ({ input: writeFile(dir, 'pivot.xlsx', openpyxlWorkbook({ pivot: true })) }),
    sees: leftOut('pivotTables'),
    // Built by hand (a cache refreshed on open, no records): the copy has no pivot table, and the user is told.
    then: async (f) => expect(partsIn(outBeside(f), 'xl/pivotTables/')).toEqual([]),
  }),
  {
    kind: 'cli',
    id: 'chart-in-place',
    source: 'issue 15: 1 (--in-place: what the copy cannot carry is in the backup)',
    title: { zh: '带图表的工作簿 --in-place', en: 'a workbook with a chart, --in-place' },
    build: (dir) => ({ input: writeFile(dir, 'chart.xlsx', openpyxlWorkbook({ chart: true })) }),
    argv: (f) => ['check', f.input, '--in-place'],
    code: 0,
    // The backup's name has the time in it: the message names it, and it still has the chart.
    sees: () => ({
      zh: /注意:副本中没有原文件里的图表\(写出副本时无法带上它们\)。它们仍完好地保存在 \S+chart\.bak-\d{8}-\d{6}\.xlsx 中/,
      en: /Note: the copy does not have the charts of the original .*They are still in \S+chart\.bak-\d{8}-\d{6}\.xlsx, unchanged/,
    }),
    writes: {
      file: (f) => f.input,
      from: (f) => f.input,
      intended: (lang) => checkOut(lang),
      alsoNew: /^chart\.bak-\d{8}-\d{6}\.xlsx$/,
    },
    then: async (f) => {
      const backups = fs.readdirSync(path.dirname(f.input)).filter((n) => n.startsWith('chart.bak-'));
      expect(backups.map((n) => partsIn(path.join(path.dirname(f.input), n), 'xl/charts/'))).toEqual([
        ['xl/charts/chart1.xml'],
      ]);
    },
  },
  checkCase({
    id: 'image-in-workbook',
    source: 'careful tester (a workbook with an image)',
    title: { zh: '带图片的工作簿', en: 'a workbook with an image' },
    build: async (dir) => ({
      input: await xlsx(dir, 'image.xlsx', [CONFLICT_ROWS[2]], (xl, ws) => {
        ws.addImage(xl.addImage({ buffer: PNG as never, extension: 'png' }), 'K2:L4');
        ws.getCell('J2').value = '见右图';
      }),
    }),
    sees: () => summary(1),
    // I is free for the first status column; the second goes in before the memo in J, which moves to K,
    // and the picture right of it moves one column too (K2:L4 -> L2:M4), its bytes whole.
    intended: statusBeforeMemo,
    then: async (f) => {
      const copy = await copyOf(f);
      const images = copy.getWorksheet('客户档案')!.getImages();
      expect(images.map((i) => [i.range.tl.nativeCol, i.range.tl.nativeRow, i.range.br.nativeCol])).toEqual([
        [11, 1, 13],
      ]);
      const bytes = copy.getImage(Number(images[0].imageId)).buffer as unknown as Uint8Array;
      expect(Buffer.from(bytes).equals(PNG)).toBe(true);
    },
  }),
  checkCase({
    id: 'background-image',
    source: 'careful tester (a sheet with a background picture)',
    title: { zh: '带背景图片的工作表', en: 'a sheet with a background picture' },
    build: async (dir) => ({
      input: await xlsx(dir, 'background.xlsx', [CONFLICT_ROWS[2]], (xl, ws) =>
        ws.addBackgroundImage(xl.addImage({ buffer: PNG as never, extension: 'png' })),
      ),
    }),
    // A background is not placed on cells: the copy leaves it out, and says so.
    sees: leftOut('images'),
  }),
];
