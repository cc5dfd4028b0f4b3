/**
 * The only actions that change user data: resolve a conflict, merge duplicates, mark
 * "not the same customer" (and create missing rows). Each is audited; merge archives
 * rather than deletes; decisions persist in the workbook and silence the pair.
 */
import { changedCells, userCells } from '../workbook/user-cells';
import { buildSample } from '../../src/sample';
import { runCheck } from '../../src/domain/engine';
import { parseDate } from '../../src/domain/normalise';
import { text } from '../../src/domain/table';
import { applyCheckResult } from '../../src/app/apply-check-result';
import { createRows } from '../../src/app/review-rows';
import { loadNotSame, markNotSame } from '../../src/app/not-same';
import { mergeDuplicates } from '../../src/app/merge-duplicates';
import { resolveConflict } from '../../src/app/resolve-conflict';
import type { MemoryWorkbook } from '../../src/workbook/memory';

const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;
const when = new Date('2026-11-27T10:00:00Z');

async function fresh(lang: 'zh' | 'en' = 'zh') {
  const { workbook, plants } = buildSample({ customers: 120, seed: 7, today: TODAY, lang });
  const data = await workbook.read();
  const result = runCheck(data, { today, lang });
  return { workbook, plants, data, result };
}

function auditRows(wb: MemoryWorkbook): unknown[][] {
  const sheet = wb.sheet('变更日志') ?? wb.sheet('Audit');
  return sheet ? sheet.cells.slice(1).filter((r) => r && r.some((v) => v !== null && v !== '')) : [];
}

describe('applyCheckResult', () => {
  test('writes only the add-in columns and sheets', async () => {
    const { workbook, data, result } = await fresh();
    const before = userCells(data);
    await applyCheckResult(workbook, result, 'zh');
    await applyCheckResult(workbook, result, 'zh'); // a re-run replaces
    const after = await workbook.read();
    expect(changedCells(before, userCells(after))).toEqual([]);
    expect(after.Customers!.columns.ConflictGroup).toBeDefined();
    const ids = workbook.model.conditionalFormats.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(auditRows(workbook)).toEqual([]); // checking is not a change of user data
  });
});

describe('resolveConflict', () => {
  test('changes only the Owner cells of the group and audits each change', async () => {
    const { workbook, data, result } = await fresh();
    const cluster = result.clusters.find((c) => c.kind === 'conflict')!;
    const before = userCells(data);
    const newOwner = cluster.owners.find((o) => o !== cluster.suggestedOwner)!;
    const audit = await resolveConflict(workbook, data, cluster, newOwner, { who: 'S001', lang: 'zh', now: when });
    const after = await workbook.read();
    const changed = changedCells(before, userCells(after));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((k) => k.startsWith('Customers!') && k.endsWith('!Owner'))).toBe(true);
    for (const row of cluster.rows)
      expect(text(after.Customers!, 'Owner', after.Customers!.rowNumbers.indexOf(row))).toBe(newOwner);
    expect(audit).toHaveLength(changed.length);
    const rows = auditRows(workbook);
    expect(rows).toHaveLength(changed.length);
    expect(rows[0]).toEqual(expect.arrayContaining(['S001', '解决冲突', newOwner]));
    // the note names the group by its stable label and lists its customers
    const ids = cluster.customerIds.filter(Boolean).join('、');
    expect(rows[0][8]).toBe(`冲突组 ${cluster.id}（客户编号 ${ids}）：由主管指定负责销售`);
    // the group is now a duplicate (one owner), no longer a conflict
    const again = runCheck(after, { today, lang: 'zh' });
    const same = again.clusters.find((c) => cluster.rows.every((r) => c.rows.includes(r)))!;
    expect(same.kind).toBe('duplicate');
  });
});

describe('mergeDuplicates', () => {
  test('keeps one row, fills its blanks, archives the others: nothing is lost', async () => {
    const { workbook, data, result } = await fresh('en');
    const cluster = result.clusters.find((c) => c.kind === 'duplicate')!;
    expect(cluster).toBeDefined();
    const [keepRow, ...others] = cluster.rows;
    const customers = data.Customers!;
    const otherIds = others.map((r) => text(customers, 'CustomerId', customers.rowNumbers.indexOf(r)));
    await mergeDuplicates(workbook, data, cluster, keepRow, { who: 'S002', lang: 'en', now: when });
    const after = await workbook.read();
    expect(after.Customers!.length).toBe(customers.length - others.length);
    const ids = after.Customers!.columns.CustomerId.map(String);
    for (const id of otherIds) expect(ids).not.toContain(id);
    const archive = workbook.sheet('Archive')!;
    expect(archive).toBeDefined();
    const archived = archive.cells.slice(1).map((r) => r.map((v) => (v === null ? '' : String(v))));
    for (const id of otherIds) expect(archived.some((r) => r.includes(id))).toBe(true);
    expect(auditRows(workbook).length).toBeGreaterThanOrEqual(others.length);
  });
});

describe('markNotSame', () => {
  test('stores the decision in the workbook and the group is never reported again', async () => {
    const { workbook, data, result } = await fresh();
    const cluster = result.clusters[0];
    const pairs = await markNotSame(workbook, data, cluster, { who: 'S003', lang: 'zh', now: when });
    expect(pairs.length).toBe((cluster.rows.length * (cluster.rows.length - 1)) / 2);
    const stored = await loadNotSame(workbook, 'zh');
    expect(stored).toEqual(pairs);
    const again = runCheck(await workbook.read(), { today, lang: 'zh', notSame: stored });
    expect(again.clusters.some((c) => cluster.rows.every((r) => c.rows.includes(r)))).toBe(false);
    expect(again.clusters.length).toBe(result.clusters.length - 1);
    expect(auditRows(workbook).length).toBe(cluster.rows.length);
  });
});

describe('createRows', () => {
  test('appends rows without touching existing ones and audits them with their rows', async () => {
    const { workbook, data } = await fresh();
    const before = userCells(data);
    await createRows(workbook, 'Reviews', [{ ReviewId: 'R-NEW-1', CustomerId: 'C000001', Kind: '年度评审' }], {
      who: 'S004',
      lang: 'zh',
      now: when,
    });
    const after = await workbook.read();
    const changed = changedCells(before, userCells(after));
    expect(changed.every((k) => k.startsWith('Reviews!'))).toBe(true);
    const reviews = after.Reviews!;
    const i = reviews.columns.ReviewId.map(String).indexOf('R-NEW-1');
    expect(i).toBeGreaterThanOrEqual(0);
    const audit = auditRows(workbook);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toContain(reviews.rowNumbers[i]);
  });
});
