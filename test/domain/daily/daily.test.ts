/**
 * The daily check's domain: fingerprints that do not depend on column order, header wording or
 * the add-in's status columns; a snapshot advanced check by check; the report of new, changed and
 * removed rows, records of a day, and new conflicts apart from old ones, for 'last' and for a day.
 */
import {
  advanceSnapshot,
  dailyReport,
  fingerprintCustomers,
  parseSnapshot,
  snapshotRows,
  type ConflictRef,
  type Since,
  type Snapshot,
} from '../../../src/domain/daily';
import type { CellValue, Table } from '../../../src/domain/table';
import { MemoryWorkbook, newSheet, setCell } from '../../../src/workbook/memory';
import { makeTable, day, type Row } from '../validation/make-table';

function customer(id: string, over: Row = {}): Row {
  return {
    CustomerId: id,
    Kind: '最终客户',
    Name: `客户${id}`,
    Phone: `139${id.replace(/\D/g, '').padStart(8, '0')}`,
    Owner: 'S001',
    FirstContact: '2026-06-01',
    LastContact: '2026-06-20',
    Stage: '洽谈',
    ...over,
  };
}

/** A Customers sheet in a memory workbook, read back through the adapter's header recognition. */
async function readSheet(headers: string[], rows: CellValue[][]): Promise<Table> {
  const wb = new MemoryWorkbook();
  const sheet = newSheet('客户档案');
  wb.model.sheets.push(sheet);
  [headers, ...rows].forEach((r, i) => r.forEach((v, c) => setCell(sheet, i + 1, c, v)));
  const data = await wb.read();
  return data.Customers!;
}

const table = (rows: Row[]) =>
  makeTable('Customers', rows, {
    fields: ['CustomerId', 'Kind', 'Name', 'Phone', 'Owner', 'FirstContact', 'LastContact', 'Stage', 'Notes'],
  });

/** Advances through checks on the given days, returning the snapshot after the last one. */
function checks(...steps: [string, Row[]][]): Snapshot | null {
  let s: Snapshot | null = null;
  for (const [d, rows] of steps) s = advanceSnapshot(s, fingerprintCustomers(table(rows)), day(d)).after;
  return s;
}

function report(before: Snapshot | null, rows: Row[], on: string, since: Since, clusters: ConflictRef[] = []) {
  const t = table(rows);
  const fingerprints = fingerprintCustomers(t);
  const { after, diff } = advanceSnapshot(before, fingerprints, day(on));
  return dailyReport({ table: t, fingerprints, before, after, diff, clusters, since, date: day(on) });
}

const ids = (rows: { customerId: string }[]) => rows.map((r) => r.customerId);

describe('customer fingerprints', () => {
  it('do not depend on column order, header wording, the status columns or how a date arrives', async () => {
    const a = await readSheet(
      ['客户编号', '客户类型', '客户名称', '电话', '负责销售', '首次接触日期', '校验', '冲突组'],
      [
        ['C1', '最终客户', '王伟', '13800138000', 'S001', new Date(Date.UTC(2026, 5, 1)), '', ''],
        ['C2', '最终客户', '李娜', '13900139000', 'S002', '2026-06-02', '⛔ 错误', '⚠ G-C2'],
      ],
    );
    const b = await readSheet(
      ['Owner', '手机', 'Customer ID', '姓名', 'Kind', 'First contact', '备注', '冲突组', '校验'],
      [
        ['S001', '13800138000', 'C1', '王伟', '最终客户', '2026-06-01', '', '⚠ G-C1', '⛔ 错误'],
        ['S002', '13900139000', 'C2', '李娜', '最终客户', 46175, null, '', ''],
      ],
    );
    expect(Object.keys(b.mapping.columns)).toEqual(
      expect.arrayContaining(['Owner', 'Phone', 'CustomerId', 'Name', 'FirstContact', 'Check', 'ConflictGroup']),
    );
    const fa = fingerprintCustomers(a);
    const fb = fingerprintCustomers(b);
    expect(fb.keys).toEqual(['C1', 'C2']);
    expect(fb.hashes).toEqual(fa.hashes);
    expect(fb.sigs).toEqual(fa.sigs);
    expect(fb.owners).toEqual(['S001', 'S002']);
    expect(new Set(fa.hashes).size).toBe(2);
  });

  it('change with any user cell, and key a row without a CustomerId by its name and phone', () => {
    const base = fingerprintCustomers(table([customer('C1'), customer('', { Name: '王 偉', Phone: '138-0013-8000' })]));
    expect(base.keys).toEqual(['C1', '~王伟|13800138000']);
    const edited = fingerprintCustomers(table([customer('C1', { Stage: '已签约' }), customer('', { Name: '王伟' })]));
    expect(edited.hashes[0]).not.toBe(base.hashes[0]);
    expect(edited.keys[1]).toBe('~王伟|13900000000');
    const blank = fingerprintCustomers(
      makeTable('Customers', [{ CustomerId: null, Notes: 'x' }], { fields: ['CustomerId', 'Notes'] }),
    );
    expect(blank.keys[0]).toMatch(/^~#/);
  });
});

describe('the snapshot', () => {
  it('survives being stored as sheet rows', () => {
    const s = checks(
      ['2026-06-01', [customer('C1'), customer('C2'), customer('C3')]],
      ['2026-06-02', [customer('C1', { Stage: '已签约' }), customer('C3'), customer('C4')]],
    )!;
    expect(parseSnapshot(snapshotRows(s))).toEqual(s);
    expect(parseSnapshot([])).toBeNull();
    expect(parseSnapshot([['客户编号', 1, 2, 3, '']])).toBeNull();
  });

  it('starts as a baseline: the first check finds nothing new', () => {
    const r = report(null, [customer('C1'), customer('C2')], '2026-06-01', 'last');
    expect(r.baseline).toBe(true);
    expect([r.new, r.changed, r.removed]).toEqual([[], [], []]);
  });
});

describe('the daily report', () => {
  const monday = checks([
    '2026-06-01',
    [customer('C1'), customer('C2', { Owner: 'S002' }), customer('C3', { Owner: 'S002' }), customer('C4')],
  ]);

  it('finds planted new, changed and removed rows, with the fields that changed, per salesperson', () => {
    const tuesday = [
      customer('C4'), // moved up: same customer
      customer('C1', { Phone: '13700137000', Notes: '改了电话' }),
      customer('C3', { Owner: 'S002' }),
      customer('C5', { Owner: 'S003', FirstContact: '2026-06-02', LastContact: '2026-06-02' }),
      customer('C6', { Owner: 'S002', FirstContact: '2026-05-01', LastContact: '2026-06-02' }),
    ];
    const r = report(monday, tuesday, '2026-06-02', 'last');
    expect(ids(r.new)).toEqual(['C5', 'C6']);
    expect(r.new.map((x) => x.row)).toEqual([5, 6]);
    expect(ids(r.changed)).toEqual(['C1']);
    expect(r.changed[0]).toMatchObject({ row: 3, owner: 'S001', name: '客户C1' });
    expect(r.changed[0].fields!.sort()).toEqual(['Notes', 'Phone']);
    expect(r.removed).toEqual([{ key: 'C2', customerId: 'C2', row: 3, owner: 'S002', name: '' }]);
    expect(ids(r.created)).toEqual(['C5']);
    expect(ids(r.followedUp)).toEqual(['C6']);
    expect(r.owners).toEqual([
      { owner: 'S001', new: 0, changed: 1, removed: 0, created: 0, followedUp: 0, newConflicts: 0 },
      { owner: 'S002', new: 1, changed: 0, removed: 1, created: 0, followedUp: 1, newConflicts: 0 },
      { owner: 'S003', new: 1, changed: 0, removed: 0, created: 1, followedUp: 0, newConflicts: 0 },
    ]);
  });

  it('pairs rows of a CustomerId typed twice by their fingerprints, and counts an owner change under the new owner', () => {
    const before = checks(['2026-06-01', [customer('C1'), customer('C1', { Name: '另一位' }), customer('C2')]]);
    const r = report(
      before,
      [customer('C2', { Owner: 'S009' }), customer('C1', { Name: '另一位' }), customer('C1')],
      '2026-06-02',
      'last',
    );
    expect(ids(r.new)).toEqual([]);
    expect(ids(r.removed)).toEqual([]);
    expect(r.changed).toMatchObject([{ customerId: 'C2', owner: 'S009', fields: ['Owner'] }]);
    expect(r.owners.map((o) => o.owner)).toEqual(['S009']);
  });

  it('lists the conflicts that involve a new or changed row apart from the old ones', () => {
    const rows = [
      customer('C1'),
      customer('C2', { Owner: 'S002' }),
      customer('C3', { Owner: 'S002', Notes: '新备注' }),
      customer('C4'),
      customer('C9', { Owner: 'S003' }),
    ];
    const group = (id: string, r: number[], owners: string[]): ConflictRef => ({
      id,
      kind: 'conflict',
      rows: r,
      customerIds: r.map((x) => `C${x - 1}`),
      owners,
      suggestedOwner: owners[0],
      reasons: [],
    });
    const old = group('G-C1', [2, 3], ['S001', 'S002']);
    const byChange = group('G-C3', [4, 5], ['S002', 'S001']);
    const byNew = group('G-C4', [5, 6], ['S001', 'S003']);
    const r = report(monday, rows, '2026-06-02', 'last', [old, byChange, byNew]);
    expect(r.newConflicts.map((c) => [c.id, c.newRows])).toEqual([
      ['G-C3', [4]],
      ['G-C4', [6]],
    ]);
    expect(r.oldConflicts.map((c) => c.id)).toEqual(['G-C1']);
    const counts = Object.fromEntries(r.owners.map((o) => [o.owner, o.newConflicts]));
    expect(counts).toEqual({ S001: 2, S002: 1, S003: 1 });
  });

  it('answers --since a day from the days the checks found each change', () => {
    const rows1 = [customer('C1'), customer('C2'), customer('C3'), customer('C4')];
    const rows2 = [customer('C1', { Stage: '已签约' }), customer('C3'), customer('C4'), customer('C5')];
    const rows3 = [customer('C1', { Stage: '已签约' }), customer('C3', { Notes: '周三' }), customer('C5')];
    const s = checks(['2026-06-01', rows1], ['2026-06-02', rows2], ['2026-06-03', rows3]);
    const rows4 = [...rows3, customer('C6')]; // typed after the last check: not seen yet
    const since = (d: string) => report(s, rows4, '2026-06-04', day(d));
    const sum = (r: ReturnType<typeof since>) => [ids(r.new), ids(r.changed), ids(r.removed)];
    expect(sum(since('2026-06-04'))).toEqual([['C6'], [], []]);
    expect(sum(since('2026-06-03'))).toEqual([['C6'], ['C3'], ['C4']]);
    expect(sum(since('2026-06-02'))).toEqual([
      ['C5', 'C6'],
      ['C1', 'C3'],
      ['C4', 'C2'],
    ]);
    // nothing before the first check is known: its rows are never new
    const all = since('2026-01-01');
    expect(sum(all)).toEqual(sum(since('2026-06-02')));
    expect(all.knownFrom).toBe(day('2026-06-01'));
    // 'last' is only what no check has seen yet
    expect(sum(report(s, rows4, '2026-06-04', 'last'))).toEqual([['C6'], [], []]);
  });

  it('keeps the fields of every change found on one day, and a row removed and typed again is new', () => {
    const s = checks(
      ['2026-06-01', [customer('C1'), customer('C2')]],
      ['2026-06-02', [customer('C1', { Stage: '已签约' })]],
      ['2026-06-02', [customer('C1', { Stage: '已签约', Notes: '又改' })]],
    );
    const r = report(
      s,
      [customer('C1', { Stage: '已签约', Notes: '又改' }), customer('C2')],
      '2026-06-03',
      day('2026-06-02'),
    );
    expect(r.changed[0].fields!.sort()).toEqual(['Notes', 'Stage']);
    expect(ids(r.new)).toEqual(['C2']);
    expect(r.removed).toEqual([]);
  });
});
