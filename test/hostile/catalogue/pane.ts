/**
 * The pane's path: the app's use cases over the memory port (what the playground runs, the same
 * code as in Excel but the adapter). A check over a workbook with the user's own 冲突 sheet and
 * cells right of the customers (issue 15, items 5 and 6), and a merge of a row holding a formula
 * and a link (item 11).
 */
import { t } from '../../../src/i18n';
import { ADDIN_SHEETS } from '../../../src/domain/schema';
import { parseDate } from '../../../src/domain/normalise';
import { runCheck } from '../../../src/domain/engine';
import { checkWorkbook } from '../../../src/app/check-workbook';
import { mergeDuplicates } from '../../../src/app/merge-duplicates';
import { MemoryWorkbook, cellKey, newSheet, setCell, type GridSheet } from '../../../src/workbook/memory';
import { CONFLICT_ROWS, HEADER, TODAY, customer, statusHeaders, summary } from './common';
import { snapshotModel } from './snapshot';
import type { Lang, PortCase } from './types';

const today = parseDate(TODAY)!;

function sheetOf(name: string, rows: unknown[][]): GridSheet {
  const grid = newSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => setCell(grid, r + 1, c, v as never)));
  return grid;
}

/** A workbook of the customers (a plain range), and whatever else the case adds. */
function workbookOf(rows: unknown[][], more: (wb: MemoryWorkbook, customers: GridSheet) => void = () => undefined) {
  const wb = new MemoryWorkbook();
  const customers = sheetOf('客户档案', [HEADER, ...rows]);
  wb.model.sheets.push(customers);
  more(wb, customers);
  return wb;
}

const copy = <T>(x: T): T => structuredClone(x);

export const PANE_CASES: PortCase[] = [
  {
    kind: 'port',
    id: 'pane-check-beside-user-things',
    source: 'issue 15: 5 and 6, in the pane (memory port)',
    title: {
      zh: '任务窗格检查:用户的「冲突」表、表格右侧无缓存值的公式和批注',
      en: "the pane's check: the user's 冲突 sheet, a formula without a value and a note right of the table",
    },
    writes: true,
    sees: summary(3, 0, 0, 1),
    run: async (lang: Lang) => {
      const wb = workbookOf(CONFLICT_ROWS, (w, customers) => {
        w.model.sheets.push(
          sheetOf('冲突', [
            ['我的冲突记录', '日期'],
            ['王伟和李娜都在跟', 46000],
          ]),
        );
        customers.formulas.set(cellKey(2, HEADER.length), 'A2&"!"');
        customers.extras = { notes: new Map([[cellKey(3, HEADER.length), '周五前回电']]) };
      });
      const before = snapshotModel(copy(wb.model));
      const done = await checkWorkbook(wb, { today, lang, confirmFirstWrite: async () => true });
      if (done.outcome !== 'checked') throw new Error(`not checked: ${done.outcome}`);
      const { stats } = done.result;
      const said = t(lang, 'check.summary', {
        customers: String(stats.customers),
        errors: String(stats.errors),
        warnings: String(stats.warnings),
        conflicts: String(stats.conflicts),
        duplicates: String(stats.duplicates),
      });
      const suffix = lang === 'zh' ? t('zh', 'workbook.ownSheet.suffix') : '';
      return {
        said,
        before,
        after: snapshotModel(wb.model),
        intended: {
          ownSheets: [ADDIN_SHEETS.Issues[lang], ADDIN_SHEETS.Conflicts[lang] + suffix, ADDIN_SHEETS.Snapshot[lang]],
          columns: [{ sheet: '客户档案', at: HEADER.length, headers: statusHeaders(lang) }],
        },
      };
    },
  },
  {
    kind: 'port',
    id: 'merge-row-with-formula-and-link',
    source: 'issue 15: 11 (merging a row that holds a formula or hyperlink archives only the values)',
    title: { zh: '合并含公式和超链接的重复行', en: 'merging a duplicate row that holds a formula and a link' },
    writes: true,
    sees: {
      zh: t('zh', 'pane.done.merge', { group: 'G-C001', row: '2' }),
      en: t('en', 'pane.done.merge', { group: 'G-C001', row: '2' }),
    },
    run: async (lang: Lang) => {
      const header = [...HEADER, '备注'];
      const wb = workbookOf([
        [...customer('C001', '王伟', '13812345678'), '老客户'],
        [...customer('C002', '王伟', '138 1234 5678'), '资料'],
      ]);
      const customers = wb.sheet('客户档案')!;
      setCell(customers, 1, HEADER.length, header[HEADER.length]);
      customers.formulas.set(cellKey(3, 2), 'UPPER("王伟")');
      wb.model.hyperlinks.push({ sheet: '客户档案', row: 3, col: HEADER.length, target: 'https://example.com/c002' });
      const data = await wb.read();
      const result = runCheck(data, { today, lang });
      const cluster = result.clusters[0];
      await mergeDuplicates(wb, data, cluster, 2, { who: 'S001', lang, now: new Date('2026-06-15T10:00:00Z') });
      const archive = wb.sheet(ADDIN_SHEETS.Archive[lang])!;
      const row = archive.cells.findIndex((r) => r?.includes('C002')) + 1;
      const nameColumn = archive.cells[0].indexOf(lang === 'zh' ? '客户名称' : 'Name');
      const notesColumn = archive.cells[0].indexOf(lang === 'zh' ? '备注' : 'Notes');
      // The archived row keeps the formula and the link it had.
      expect(archive.formulas.get(cellKey(row, nameColumn))).toBe('UPPER("王伟")');
      expect(
        wb.model.hyperlinks.find((h) => h.sheet === archive.name && h.row === row && h.col === notesColumn)?.target,
      ).toBe('https://example.com/c002');
      return { said: t(lang, 'pane.done.merge', { group: cluster.id, row: '2' }) };
    },
    fails:
      "the merge (books) keeps a merged row's formulas and links as text in the Archive's restore-data column, for restore; " +
      'the Archive cell itself holds the value, so this case, which expects the live formula and link in the Archive cell, still fails',
  },
];
