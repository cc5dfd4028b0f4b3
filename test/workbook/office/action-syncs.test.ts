/**
 * The Office.js round trips (context.sync calls) of each of a person's actions must not grow with the
 * table: the same count on a 1k-row and a 50k-row customer table (recording fake). Issue 14, item 7.
 */
import type { WorkbookData } from '../../../src/domain/table';
import type { ClusterRef } from '../../../src/app/groups';
import { markNotSame } from '../../../src/app/not-same';
import { mergeDuplicates } from '../../../src/app/merge-duplicates';
import { resolveConflict } from '../../../src/app/resolve-conflict';
import { FakeExcel } from './fake-excel';
import { seedCustomers, workbook } from './seed';

const opts = { who: '主管', lang: 'zh' as const, now: new Date(2026, 5, 30, 9, 0) };

function cluster(rows: number[], kind: ClusterRef['kind']): ClusterRef {
  return { id: 'G1', rows, customerIds: [], owners: [], kind, reasons: [], suggestedOwner: '' };
}

/** Syncs of each action, in order, on a fresh workbook of `n` customers. */
async function syncsPerAction(n: number): Promise<Record<string, number>> {
  const fx = new FakeExcel();
  seedCustomers(fx, n);
  const wb = workbook(fx);
  const data: WorkbookData = await wb.read();
  const out: Record<string, number> = {};
  const measure = async (name: string, action: () => Promise<unknown>) => {
    fx.resetCounters();
    await action();
    out[name] = fx.syncCount;
  };
  await measure('resolve', () => resolveConflict(wb, data, cluster([2, 3], 'conflict'), 'S099', opts));
  await measure('notSame', () => markNotSame(wb, data, cluster([6, 7], 'conflict'), opts));
  await measure('appendRows', () => wb.appendRows('Audit', ['时间', '动作'], [['2026-06-30', '测试']], 'zh'));
  await measure('updateCells', () =>
    wb.updateCells([{ sheet: 'Customers', row: n, field: 'Notes', value: '最后一行' }]),
  );
  // after an action, the few status cells that changed (updateAfterAction's statusEdits)
  await measure('writeStatusCells', () =>
    wb.writeStatusCells(
      [
        { sheet: 'Customers', row: 2, field: 'ConflictGroup', value: '◆ G-C1 重复' },
        { sheet: 'Customers', row: 3, field: 'ConflictGroup', value: null },
        { sheet: 'Customers', row: n, field: 'Check', value: '✖ 手机号格式' },
      ],
      'zh',
    ),
  );
  // last: it removes rows, so the data read above no longer matches the sheet
  await measure('merge', () => mergeDuplicates(wb, data, cluster([4, 5], 'duplicate'), 4, opts));
  return out;
}

test('each action makes as many syncs on 50k customers as on 1k', async () => {
  const small = await syncsPerAction(1000);
  const large = await syncsPerAction(50_000);
  console.log(`syncs per action, 1k rows: ${JSON.stringify(small)}; 50k rows: ${JSON.stringify(large)}`);
  expect(large).toEqual(small);
  // and they are few: a probe (2 syncs) and a read or write per port call (a merge also reads its rows
  // whole, formulas and links, for the Archive: five calls; appending to the Audit reads its last row
  // first, a probe and one read, for the hash chain: 18 for a merge, was 15)
  for (const n of Object.values(large)) expect(n).toBeLessThanOrEqual(18);
});
