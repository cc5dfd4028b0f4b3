/**
 * The Audit sheet's hash chain through the use cases (issue 19): appendAudit chains every row to
 * the one before, across appends, in the memory, file and Office adapters; a check flags the first
 * row where the chain breaks (an edited cell, a deleted row, an inserted row) on the Issues sheet,
 * in both languages; an Audit sheet an older version started (no hash column) is no alarm.
 */
import { appendAudit, auditHeaders } from '../../src/app/audit';
import { AUDIT_CHAIN_RULE } from '../../src/app/audit-chain-check';
import { checkWorkbook } from '../../src/app/check-workbook';
import { parseDate } from '../../src/domain/normalise';
import type { Lang } from '../../src/domain/schema';
import type { CellValue } from '../../src/domain/table';
import { buildSampleWorkbook } from '../../src/sample';
import { memoryToXlsxBuffer, xlsxBufferToMemory } from '../../src/workbook/file';
import { newSheet, setCell, type GridSheet, type MemoryWorkbook } from '../../src/workbook/memory';
import type { AuditEntry, WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../workbook/office/fake-excel';
import { seedCustomers, workbook as officeWorkbook } from '../workbook/office/seed';

const TODAY = '2026-06-30';
const today = parseDate(TODAY)!;

function entry(i: number, action: AuditEntry['action'] = 'resolve'): AuditEntry {
  return {
    at: new Date(2026, 5, 30, 9, i, 30),
    who: `主管${i}`,
    action,
    sheet: 'Customers',
    row: i + 2,
    field: 'Owner',
    before: `S00${i}`,
    after: i % 2 ? null : new Date(2026, 2, i + 1),
    note: `=HYPERLINK("x") 第 ${i} 条`,
    batch: `B-${i}`,
    customer: `C${i}`,
  };
}

/** A sample workbook whose Audit holds 6 rows (worksheet rows 2-7), appended in two actions. */
async function logged(lang: Lang = 'zh'): Promise<MemoryWorkbook> {
  const wb = buildSampleWorkbook({ seed: 7, today: TODAY, lang, customers: 40 });
  await appendAudit(
    wb,
    [0, 1, 2].map((i) => entry(i)),
    lang,
  );
  await appendAudit(wb, [entry(3, 'merge'), entry(4, 'edit'), entry(5, 'dealerInfo')], lang);
  return wb;
}

function auditGrid(wb: MemoryWorkbook): GridSheet {
  return wb.sheet(wb.model.addinSheets!.Audit!)!;
}

async function chainIssues(port: WorkbookPort, lang: Lang = 'zh') {
  const outcome = await checkWorkbook(port, { today, lang, pause: async () => undefined });
  if (outcome.outcome !== 'checked') throw new Error(outcome.outcome);
  return outcome.result.issues.filter((i) => i.rule === AUDIT_CHAIN_RULE);
}

describe('the Audit hash chain', () => {
  test('an untouched chain passes, and each row carries a 64-digit hash in the last column', async () => {
    const wb = await logged();
    expect(await chainIssues(wb)).toEqual([]);
    const rows = await wb.readAddinRows('Audit');
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    for (const r of rows) expect(r.cells[11]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(rows.map((r) => r.cells[11])).size).toBe(6);
    expect(auditGrid(wb).cells[0][11]).toBe('校验码');
  });

  test('an edited cell is found at its row, in both languages, on the Issues sheet', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const wb = await logged(lang);
      setCell(auditGrid(wb), 4, 7, 'S099');
      const issues = await chainIssues(wb, lang);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ sheet: 'Audit', row: 4, severity: 'error' });
      expect(issues[0].message).toBe(
        lang === 'zh'
          ? '「变更日志」第 4 行：变更日志从这一行起与记录时不一致（这一行或它上面的一行被修改、删除或清空）。请从备份副本核对这一行和上一行，查明是谁改的；不要自己修复日志。'
          : "'Audit' row 4: the change log no longer matches what was logged from this row on (this row, or the one above it, was edited, deleted or cleared). Compare this row and the one above with a backup copy and find out who changed it; do not repair the log yourself.",
      );
      const sheet = await wb.readAddinSheet('Issues', lang);
      const row = sheet.find((r) => r[5] === issues[0].message);
      expect(row?.slice(1, 5)).toEqual(
        lang === 'zh' ? ['变更日志', 4, '', '变更日志被改动'] : ['Audit', 4, '', 'Change log altered'],
      );
    }
  });

  test('a deleted row is found where it was; a cleared row at the blank row', async () => {
    const wb = await logged();
    auditGrid(wb).cells.splice(2, 1); // worksheet row 3 removed: row 4 moves up into its place
    expect(await chainIssues(wb)).toMatchObject([{ row: 3 }]);

    const cleared = await logged();
    auditGrid(cleared).cells[4] = []; // worksheet row 5 emptied (Delete key)
    expect(await chainIssues(cleared)).toMatchObject([{ row: 5 }]);
  });

  test('an inserted row is found at its row', async () => {
    const wb = await logged();
    const forged: CellValue[] = ['2026-06-30 09:02', '主管', '解决冲突', '客户档案', 9, '负责销售', 'S001', 'S002'];
    auditGrid(wb).cells.splice(4, 0, forged); // becomes worksheet row 5
    const issues = await chainIssues(wb);
    expect(issues).toMatchObject([{ row: 5 }]);
    expect(issues[0].message).toContain('这一行没有校验码');
  });

  test('an older Audit sheet without the hash column: the chain starts at the first hashed row', async () => {
    const wb = buildSampleWorkbook({ seed: 7, today: TODAY, lang: 'zh', customers: 40 });
    const old = newSheet('变更日志');
    auditHeaders('zh')
      .slice(0, 9)
      .forEach((h, c) => setCell(old, 1, c, h));
    ['2026-01-02 10:00', '主管', '合并重复', '客户档案', 5, '电话', '1', '2', '旧版本'].forEach((v, c) =>
      setCell(old, 2, c, v),
    );
    wb.model.sheets.push(old);
    wb.model.addinSheets = { ...wb.model.addinSheets, Audit: '变更日志' };
    expect(await chainIssues(wb)).toEqual([]);
    await appendAudit(wb, [entry(1), entry(2)], 'zh');
    expect(await chainIssues(wb)).toEqual([]);
    expect(old.cells[0][11]).toBe('校验码');
    setCell(old, 3, 1, '别人');
    expect(await chainIssues(wb)).toMatchObject([{ row: 3 }]);
  });

  test('the chain survives saving and reopening the file (dates and numbers read back as written)', async () => {
    const wb = await logged();
    const reopened = await xlsxBufferToMemory(await memoryToXlsxBuffer(wb));
    expect(await chainIssues(reopened)).toEqual([]);
    await appendAudit(reopened, [entry(6)], 'zh');
    expect(await chainIssues(reopened)).toEqual([]);
  });

  test('in the Office adapter (recording fake): appended across actions, verified, tampering found', async () => {
    const fx = new FakeExcel();
    seedCustomers(fx, 30);
    const wb = officeWorkbook(fx);
    await appendAudit(wb, [entry(0), entry(1)], 'zh');
    await appendAudit(wb, [entry(2, 'edit')], 'zh');
    expect(await wb.readAddinRows('Audit', { last: 1 })).toMatchObject([{ row: 4 }]);
    expect(await chainIssues(wb)).toEqual([]);
    await wb.appendRows('Audit', auditHeaders('zh'), [['2026-06-30 10:00', '某人', '合并重复']], 'zh');
    expect(await chainIssues(wb)).toMatchObject([{ row: 5, sheet: 'Audit' }]);
  });
});
