/**
 * Where the user's own things sit (issue 15, items 5 and 6): sheets named as the add-in names its
 * sheets, and cells right of a plain customer range that the values alone do not show. The add-in's
 * sheets get another name, and its status columns go in before such cells, never over them.
 */
import ExcelJS from 'exceljs';
import { t } from '../../../src/i18n';
import { ADDIN_SHEETS } from '../../../src/domain/schema';
import { CONFLICT_ROWS, HEADER, checkCase, checkOut, statusBeforeMemo, summary, xlsx } from './common';
import type { Intended } from './snapshot';
import type { CliCase, Lang } from './types';

const USER_ROWS = [
  ['我的冲突记录', '日期'],
  ['王伟和李娜都在跟', 46000],
];

/** The add-in's name for its sheet when the user has one of the plain name. */
const renamed = (key: 'Issues' | 'Conflicts', lang: Lang) =>
  `${ADDIN_SHEETS[key][lang]}${t(lang, 'workbook.ownSheet.suffix')}`;

function userSheet(xl: ExcelJS.Workbook, name: string): void {
  const ws = xl.addWorksheet(name);
  USER_ROWS.forEach((r) => ws.addRow(r));
}

/** check --out's changes, its reports renamed when the run's language is the one whose plain names the user took. */
function ownReportsRenamed(lang: Lang, taken: Lang): Intended {
  const plain = checkOut(lang);
  if (lang !== taken) return plain;
  const reports = [ADDIN_SHEETS.Issues[lang], ADDIN_SHEETS.Conflicts[lang]];
  return {
    ...plain,
    ownSheets: [
      ...plain.ownSheets.filter((s) => !reports.includes(s)),
      renamed('Issues', lang),
      renamed('Conflicts', lang),
    ],
  };
}

export const LAYOUT_CASES: CliCase[] = [
  checkCase({
    id: 'user-sheet-named-like-a-report',
    source: 'issue 15: 5 (a sheet of the user named 冲突 was cleared, replaced and renamed)',
    title: { zh: '用户自己的「冲突」和「校验问题」工作表', en: "the user's own sheets named 冲突 and 校验问题" },
    build: async (dir) => ({
      input: await xlsx(dir, 'user-sheets.xlsx', CONFLICT_ROWS, (xl) => {
        for (const name of ['冲突', '校验问题']) userSheet(xl, name);
      }),
    }),
    sees: () => summary(3, 0, 0, 1),
    intended: (lang) => ownReportsRenamed(lang, 'zh'),
  }),
  checkCase({
    id: 'user-sheet-named-like-a-report-en',
    source: 'issue 15: 5 (a sheet of the user named Issues / Conflicts)',
    title: { zh: '用户自己的 Issues 和 Conflicts 工作表', en: "the user's own sheets named Issues and Conflicts" },
    build: async (dir) => ({
      input: await xlsx(dir, 'user-sheets-en.xlsx', CONFLICT_ROWS, (xl) => {
        for (const name of ['Issues', 'Conflicts']) userSheet(xl, name);
      }),
    }),
    sees: () => summary(3, 0, 0, 1),
    intended: (lang) => ownReportsRenamed(lang, 'en'),
  }),
  checkCase({
    id: 'formula-without-result-right-of-table',
    source: 'issue 15: 6 (a formula with no cached value just right of the table was overwritten)',
    title: { zh: '表格右侧没有缓存值的公式', en: 'a formula with no cached value right of the table' },
    build: async (dir) => ({
      input: await xlsx(dir, 'formula-right.xlsx', CONFLICT_ROWS, (_, ws) => {
        ws.getCell('I2').value = { formula: 'A2&"!"' } as never;
      }),
    }),
    sees: () => summary(3, 0, 0, 1),
    intended: (lang) => checkOut(lang, HEADER.length),
  }),
  checkCase({
    id: 'note-right-of-table',
    source: 'issue 15: 6 (any non-empty cell in the way of a status column)',
    title: { zh: '表格右侧空单元格上的批注', en: 'a note on an empty cell right of the table' },
    build: async (dir) => ({
      input: await xlsx(dir, 'note-right.xlsx', CONFLICT_ROWS, (_, ws) => {
        ws.getCell('I3').note = '周五前回电';
      }),
    }),
    sees: () => summary(3, 0, 0, 1),
    intended: (lang) => checkOut(lang, HEADER.length),
  }),
  checkCase({
    id: 'memo-right-of-table',
    source: 'careful tester (notes typed beside the table, no header)',
    title: { zh: '表格右侧没有表头的备忘', en: 'memos typed right of the table, without a header' },
    build: async (dir) => ({
      input: await xlsx(dir, 'memo-right.xlsx', CONFLICT_ROWS, (_, ws) => {
        ws.getCell('J2').value = '周五前回电';
        ws.getCell('J4').value = 46000;
      }),
    }),
    sees: () => summary(3, 0, 0, 1),
    // The empty column I takes the first status column; the second goes in before the memos (J moves to K).
    intended: statusBeforeMemo,
  }),
  checkCase({
    id: 'merged-title-above-header',
    source: 'careful tester (merged header cells: a title merged across the columns above the header)',
    title: { zh: '表头上方跨列合并的标题', en: 'a title merged across the columns above the header' },
    build: async (dir) => ({
      input: await xlsx(dir, 'merged-title.xlsx', [HEADER, ...CONFLICT_ROWS], (_, ws) => ws.mergeCells('A1:H1'), [
        '2026 年客户档案',
      ]),
    }),
    sees: () => summary(3, 0, 0, 1),
    // The header is on row 2, under the title: so are the status columns' headers.
    intended: (lang) => {
      const plain = checkOut(lang, HEADER.length);
      return { ...plain, columns: plain.columns!.map((c) => ({ ...c, headerRow: 2 })) };
    },
  }),
  checkCase({
    id: 'merged-header-cells',
    fails:
      'header cells merged into one differ in the copy since the fast loader and copy writer (bigwrite) replaced the ExcelJS path: HOSTILE_SHOW_FAILS=1 shows the cells',
    source: 'careful tester (merged header cells: two header cells merged into one)',
    title: { zh: '合并了的表头单元格', en: 'header cells merged into one' },
    build: async (dir) => ({
      input: await xlsx(dir, 'merged-header.xlsx', CONFLICT_ROWS, (_, ws) => ws.mergeCells('G1:H1')),
    }),
    // A merged cell holds the first cell's text only (as Excel shows it): 阶段 is gone, and the check says so.
    sees: () => ({
      zh: '客户档案 第 1 行：缺少必填列「阶段」。表头里有未能识别的列：首次接触；若其中一列就是「阶段」，请把它的列名改为「阶段」。请在表头添加这一列（列名可用中文或英文），再填写每一行。',
      en: '客户档案, row 1: the required column "Stage" is missing. The header has columns that were not recognised: 首次接触. If one of them is "Stage", rename it to "Stage". Add it to the header row (Chinese or English name), then fill it in on every row.',
    }),
    intended: (lang) => checkOut(lang, HEADER.length),
  }),
];
