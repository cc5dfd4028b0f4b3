/**
 * The daily check as the pane and the CLI run it, over the memory adapter: a check stores the
 * snapshot (very hidden, after its verdict, never when it writes nothing), rows edited, added and
 * removed through the port, a second check, and the summary for 'last' and for a day.
 */
import { checkWorkbook, type CheckedWorkbook } from '../../src/app/check-workbook';
import { dailySummary, type DailySummary } from '../../src/app/daily-summary';
import { readSnapshot } from '../../src/app/snapshot';
import { parseDate } from '../../src/domain/normalise';
import { text, type WorkbookData } from '../../src/domain/table';
import { buildSample, buildSampleWorkbook } from '../../src/sample';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import type { WorkbookPort } from '../../src/workbook/port';
import { unrecognisedWorkbook } from './unrecognised';

const MONDAY = parseDate('2026-06-29')!;
const TUESDAY = parseDate('2026-06-30')!;
const sample = () => buildSampleWorkbook({ seed: 11, today: '2026-06-30', lang: 'zh', customers: 120 });

async function check(port: WorkbookPort, today: number, write = true): Promise<CheckedWorkbook> {
  const c = await checkWorkbook(port, { today, lang: 'zh', write });
  if (c.outcome !== 'checked') throw new Error(c.outcome);
  return c;
}

function reportOf(s: DailySummary) {
  if (s.outcome !== 'report') throw new Error(s.outcome);
  return s.report;
}

const ids = (rows: { customerId: string }[]) => rows.map((r) => r.customerId);

interface Edits {
  changed: string;
  partnerRow: number;
  removed: string;
  addedRow: number;
}

/**
 * Through the port, as the pane's actions and a person typing would: a row in no group takes the
 * name, phone and ID of another salesperson's customer in none, one row is removed, one added.
 */
async function edit(wb: MemoryWorkbook, data: WorkbookData, grouped: Set<number>): Promise<Edits> {
  const t = data.Customers!;
  const free = (i: number) => !grouped.has(t.rowNumbers[i]) && /^1\d{10}$/.test(text(t, 'Phone', i));
  let a = 0;
  while (!free(a)) a++;
  let b = a + 1;
  while (!free(b) || text(t, 'Owner', b) === text(t, 'Owner', a)) b++;
  await wb.updateCells(
    ['Name', 'Phone', 'IdNumber'].map((field) => ({
      sheet: 'Customers' as const,
      row: t.rowNumbers[a],
      field,
      value: t.columns[field][b],
    })),
  );
  let r = b + 1;
  while (!free(r)) r++;
  await wb.removeTableRows('Customers', [t.rowNumbers[r]]);
  const [addedRow] = await wb.appendTableRows('Customers', [
    { CustomerId: 'C900001', Kind: '最终客户', Name: '新来的', Phone: '13512345678', Owner: 'S001' },
  ]);
  // the rows after the removed one moved up by one
  return {
    changed: text(t, 'CustomerId', a),
    partnerRow: t.rowNumbers[b],
    removed: text(t, 'CustomerId', r),
    addedRow,
  };
}

describe('dailySummary', () => {
  it('reports the rows edited through the port and the one new conflict, per salesperson', async () => {
    const wb = sample();
    const first = await check(wb, MONDAY);
    expect(first.daily?.before).toBeNull();
    const baseline = reportOf(await dailySummary(wb, { since: MONDAY, today: MONDAY, lang: 'zh', checked: first }));
    expect(baseline).toMatchObject({ baseline: true, new: [], changed: [], removed: [], newConflicts: [] });
    expect(baseline.oldConflicts.length).toBe(first.result.clusters.length);
    const grid = wb.sheet('快照')!;
    expect(grid.hidden).toBe('veryHidden');
    expect((await readSnapshot(wb, 'zh'))!.entries).toHaveLength(120);

    const planted = await edit(wb, first.data, new Set(first.result.clusters.flatMap((c) => c.rows)));
    const second = await check(wb, TUESDAY);
    const report = reportOf(await dailySummary(wb, { since: TUESDAY, today: TUESDAY, lang: 'zh', checked: second }));
    expect(ids(report.new)).toEqual(['C900001']);
    expect(report.new[0]).toMatchObject({ row: planted.addedRow, owner: 'S001', name: '新来的' });
    expect(ids(report.changed)).toEqual([planted.changed]);
    expect(report.changed[0].fields).toEqual(['Name', 'Phone', 'IdNumber']);
    expect(ids(report.removed)).toEqual([planted.removed]);
    expect(report.newConflicts).toHaveLength(1);
    expect(report.newConflicts[0].customerIds).toContain(planted.changed);
    expect(report.oldConflicts.length).toBe(second.result.clusters.length - 1);
    const owners = new Set(report.owners.map((o) => o.owner));
    expect(owners).toEqual(
      new Set(
        [...report.new, ...report.changed, ...report.removed, ...report.created, ...report.followedUp]
          .map((r) => r.owner)
          .concat(report.newConflicts[0].owners),
      ),
    );

    // 'last' after the check that stored the snapshot: nothing unseen. A day: read from the stored snapshot.
    const last = reportOf(await dailySummary(wb, { since: 'last', today: TUESDAY, lang: 'zh' }));
    expect([last.new, last.changed, last.removed]).toEqual([[], [], []]);
    const stored = reportOf(await dailySummary(wb, { since: TUESDAY, today: TUESDAY, lang: 'zh' }));
    expect(stored.new).toEqual(report.new);
    expect(stored.changed).toEqual(report.changed);
    expect(stored.removed).toEqual(report.removed);
    expect(stored.newConflicts.map((c) => c.id)).toEqual(report.newConflicts.map((c) => c.id));
  });

  it('stores nothing when the check writes nothing, and says there is nothing to compare with', async () => {
    const wb = sample();
    await check(wb, MONDAY, false);
    expect(wb.sheet('快照')).toBeUndefined();
    expect((await dailySummary(wb, { since: 'last', today: MONDAY, lang: 'zh' })).outcome).toBe('noSnapshot');
    const declined = await checkWorkbook(wb, { today: MONDAY, lang: 'zh', confirmFirstWrite: async () => false });
    expect(declined.outcome).toBe('declined');
    expect(wb.sheet('快照')).toBeUndefined();
    const user = unrecognisedWorkbook();
    expect((await dailySummary(user, { since: 'last', today: MONDAY, lang: 'zh' })).outcome).toBe('notRecognised');
    expect(user.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('stores the snapshot only after the verdict is written: a failed write stores none', async () => {
    const wb = sample();
    const order: string[] = [];
    const writeReport = wb.writeReportSheet.bind(wb);
    wb.writeReportSheet = async (report, lang) => {
      order.push(report.sheet);
      if (report.sheet === 'Conflicts' && order.includes('fail')) throw new Error('disk full');
      await writeReport(report, lang);
    };
    await check(wb, MONDAY);
    expect(order).toEqual(['Issues', 'Conflicts', 'Snapshot']);
    order.length = 0;
    order.push('fail');
    const before = await readSnapshot(wb, 'zh');
    await expect(check(wb, TUESDAY)).rejects.toThrow('disk full');
    expect(order).not.toContain('Snapshot');
    expect(await readSnapshot(wb, 'zh')).toEqual(before);
  });

  it('lists the weekly work logs of ended weeks that the supervisor has not checked yet, oldest first', async () => {
    const built = buildSample({ seed: 11, today: '2026-06-30', lang: 'zh', customers: 120 });
    await check(built.workbook, TUESDAY);
    const s = await dailySummary(built.workbook, { since: 'last', today: TUESDAY, lang: 'zh' });
    if (s.outcome !== 'report') throw new Error(s.outcome);
    const planted = built.plants.find((p) => p.kind === 'ops.worklog.unchecked')!;
    // the planted log, overdue, comes first; then the week that ended on Sunday 2026-06-28 (not yet due)
    expect(s.uncheckedLogs[0]).toMatchObject({ row: planted.rows[0], week: '2026-W23', days: 23 });
    expect(s.uncheckedLogs.slice(1).every((l) => l.week === '2026-W26' && l.days === 2)).toBe(true);
    expect(s.uncheckedLogs.length).toBeGreaterThan(5);
  });
});
