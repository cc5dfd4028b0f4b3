/**
 * A tampered change log (issue 19, tamper evidence): the Audit sheet (变更日志) of a workbook with a
 * row edited, deleted or inserted by hand after the add-in logged it. check says which row, what
 * happened and what to do, and writes nothing into the log; an older log without the hash column
 * is no alarm.
 */
import type ExcelJS from 'exceljs';
import { auditHeaders } from '../../../src/app/audit';
import { chainHash } from '../../../src/domain/audit-chain';
import { ADDIN_SHEETS } from '../../../src/domain/schema';
import { t } from '../../../src/i18n';
import { SETTINGS_SHEET } from '../../../src/workbook/memory';
import { CONFLICT_ROWS, checkCase, summary, xlsx } from './common';
import type { CliCase } from './types';

/** Four logged rows as the Office adapter writes them (text, numbers), each with its chain hash. */
function loggedRows(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  let previous = '';
  for (let i = 0; i < 4; i++) {
    const cells = [
      `2026-06-1${i} 09:30`,
      '主管',
      '解决冲突',
      '客户档案',
      i + 2,
      '负责销售',
      'S001',
      'S002',
      null,
      `B-2026061${i}-093000-abcd`,
      'C00' + (i + 1),
    ];
    previous = chainHash(previous, cells);
    rows.push([...cells, previous]);
  }
  return rows;
}

/** A workbook of three customers and a 变更日志 sheet of these rows. */
const withLog =
  (rows: (string | number | null)[][], headers = auditHeaders('zh')) =>
  (dir: string) =>
    xlsx(dir, 'logged.xlsx', CONFLICT_ROWS, (xl: ExcelJS.Workbook) => {
      const ws = xl.addWorksheet(ADDIN_SHEETS.Audit.zh);
      ws.addRow(headers);
      for (const r of rows) ws.addRow(r);
      // the add-in's registry: this 变更日志 is its own (a user's sheet of that name is never read as the log)
      const settings = xl.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
      settings.getCell('A1').value = JSON.stringify({ settings: {}, formats: [], sheets: { Audit: ws.name } });
    }).then((input) => ({ input }));

const said = (kind: 'changed' | 'unhashed', row: number) => ({
  zh: t('zh', `audit.chain.${kind}`, { sheet: ADDIN_SHEETS.Audit.zh, row }),
  en: t('en', `audit.chain.${kind}`, { sheet: ADDIN_SHEETS.Audit.en, row }),
});

const source = 'issue 19: tamper evidence of the change log';

export const AUDIT_LOG_CASES: CliCase[] = [
  checkCase({
    id: 'audit-log-cell-edited',
    source,
    title: { zh: '变更日志中一个单元格被手工修改', en: 'a cell of the change log edited by hand' },
    build: withLog(loggedRows().map((r, i) => (i === 1 ? [...r.slice(0, 7), 'S009', ...r.slice(8)] : r))),
    sees: () => said('changed', 3),
  }),
  checkCase({
    id: 'audit-log-row-deleted',
    source,
    title: { zh: '变更日志中一行被删除', en: 'a row of the change log deleted' },
    build: withLog(loggedRows().filter((_, i) => i !== 2)),
    sees: () => said('changed', 4),
  }),
  checkCase({
    id: 'audit-log-row-inserted',
    source,
    title: { zh: '变更日志中插入了一行', en: 'a row inserted into the change log' },
    build: withLog([
      ...loggedRows().slice(0, 2),
      ['2026-06-11 10:00', '某人', '合并重复', '客户档案', 9, '电话', '1', '2'],
      ...loggedRows().slice(2),
    ]),
    sees: () => said('unhashed', 4),
  }),
  checkCase({
    id: 'audit-log-without-hashes',
    source: `${source} (an Audit sheet an older version wrote: no alarm)`,
    title: { zh: '旧版本的变更日志（没有校验码列）', en: "an older version's change log (no hash column)" },
    build: withLog(
      loggedRows().map((r) => r.slice(0, 11)),
      auditHeaders('zh').slice(0, 11),
    ),
    sees: (): { zh: string; en: string } => {
      const s = summary(3, 0, 0, 1);
      return { zh: s.zh, en: s.en };
    },
  }),
];
