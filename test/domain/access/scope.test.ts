/** Access scopes per role (制度 §5 查看权限) on a three-showroom, two-department roster. */
import { canSeeAddinRow, readRosterTable, scopeFor, visibleRows, type StaffMember } from '../../../src/domain/access';
import type { WorkbookData } from '../../../src/domain/table';
import { text } from '../../../src/domain/table';
import { CUSTOMERS, EXPECTED, fixtureWorkbook } from './fixture';

let data: WorkbookData;
let roster: StaffMember[];

beforeAll(async () => {
  data = await fixtureWorkbook().read();
  roster = readRosterTable(data.Staff);
});

const idsOf = (rows: number[] | undefined, sheet: 'Customers' | 'Ledger' | 'Reviews' | 'Outings') =>
  (rows ?? []).map((i) => text(data[sheet]!, 'CustomerId', i));

describe('scopeFor', () => {
  it('gives each role its level', () => {
    expect(scopeFor('S010', roster).level).toBe('own');
    expect(scopeFor('S004', roster).level).toBe('showroom');
    expect(scopeFor('S001', roster).level).toBe('department');
    expect(scopeFor('S090', roster).level).toBe('all');
    expect(scopeFor('S080', roster).level).toBe('dealers');
  });

  it('gives nothing to someone who has left, is not on the roster, or has no role', () => {
    expect(scopeFor('S099', roster)).toMatchObject({ level: 'none', reason: 'inactive' });
    expect(scopeFor('S777', roster)).toMatchObject({ level: 'none', reason: 'unknown' });
    const noRole = roster.map((s) => (s.staffId === 'S010' ? { ...s, role: null } : s));
    expect(scopeFor('S010', noRole)).toMatchObject({ level: 'none', reason: 'noRole' });
    const noShowroom = roster.map((s) => (s.staffId === 'S004' ? { ...s, showrooms: [] } : s));
    expect(scopeFor('S004', noShowroom)).toMatchObject({ level: 'none', reason: 'noShowroom' });
  });

  it('finds a person by a loosely typed staff ID', () => {
    expect(scopeFor(' ｓ010 ', roster).staffId).toBe('S010');
  });

  it("gives a department's showrooms to its manager, and every showroom when the roster names no department", () => {
    expect([...scopeFor('S001', roster).showrooms].sort()).toEqual(['一店', '二店']);
    expect([...scopeFor('S002', roster).showrooms]).toEqual(['三店']);
    const flat = roster.map((s) => ({ ...s, department: '' }));
    expect(scopeFor('S001', flat).level).toBe('all');
    const meWithout = roster.map((s) => (s.staffId === 'S001' ? { ...s, department: '' } : s));
    expect(scopeFor('S001', meWithout)).toMatchObject({ level: 'none', reason: 'noDepartment' });
  });
});

describe('visibleRows', () => {
  it.each(Object.entries(EXPECTED))('%s sees the customers of their scope, and the rows that name them', (who, ids) => {
    const v = visibleRows(scopeFor(who, roster), data, roster);
    expect(idsOf(v.rows.Customers, 'Customers').sort()).toEqual([...ids].sort());
    expect(idsOf(v.rows.Ledger, 'Ledger').sort()).toEqual([...ids].sort());
    expect(idsOf(v.rows.Reviews, 'Reviews').sort()).toEqual([...ids].sort());
    const outings = idsOf(v.rows.Outings, 'Outings').filter(Boolean);
    expect(outings.sort()).toEqual([...ids].sort());
    for (const id of ids) expect(v.excluded.has(id)).toBe(false);
    expect(v.excluded.size + v.allowed.size).toBe(CUSTOMERS.length);
  });

  it("gives a salesperson their own outings without a customer and their showroom's rota, not others'", () => {
    const v = visibleRows(scopeFor('S010', roster), data, roster);
    const outings = v.rows.Outings!.map((i) => text(data.Outings!, 'StaffId', i));
    expect(outings.filter((s) => s !== 'S010' && s !== 'S011')).toEqual([]); // S011 owns C1002, where S010 assists
    expect(v.rows.Duty!.map((i) => text(data.Duty!, 'Showroom', i))).toEqual(['一店']);
  });

  it("gives a manager the department's rota and finance none", () => {
    const duty = (who: string) =>
      visibleRows(scopeFor(who, roster), data, roster).rows.Duty!.map((i) => text(data.Duty!, 'Showroom', i));
    expect(duty('S001')).toEqual(['一店', '二店']);
    expect(duty('S080')).toEqual([]);
    expect(duty('S090')).toEqual(['一店', '二店', '三店']);
  });

  it('keeps the roster and the policy whole for anyone who sees anything, and nothing for who has left', () => {
    expect(visibleRows(scopeFor('S010', roster), data, roster).rows.Staff!.length).toBe(data.Staff!.length);
    const gone = visibleRows(scopeFor('S099', roster), data, roster);
    expect(Object.values(gone.rows).every((r) => r!.length === 0)).toBe(true);
  });

  it('leaves out a CustomerId that also names a row out of scope, with everything that names it', async () => {
    const wb = fixtureWorkbook();
    wb.appendTableRowsSync('Customers', [
      {
        CustomerId: 'C1001',
        Kind: '最终客户',
        Name: '重号',
        Phone: '13899990000',
        Showroom: '三店',
        Owner: 'S030',
        FirstContact: '2026-01-01',
        Stage: '线索',
      },
    ]);
    const d = await wb.read();
    const v = visibleRows(scopeFor('S010', roster), d, roster);
    expect(v.allowed.has('C1001')).toBe(false);
    expect(v.rows.Customers!.map((i) => text(d.Customers!, 'CustomerId', i))).toEqual(['C1002']);
    expect(v.rows.Ledger!.map((i) => text(d.Ledger!, 'CustomerId', i))).toEqual(['C1002']);
  });
});

describe('canSeeAddinRow', () => {
  it('lets Audit and Archive rows follow their customer, and drops the report sheets', () => {
    const s = scopeFor('S010', roster);
    const v = visibleRows(s, data, roster);
    expect(canSeeAddinRow(s, 'Audit', 'C1001', ['x'], v)).toBe(true);
    expect(canSeeAddinRow(s, 'Audit', 'C2001', ['x'], v)).toBe(false);
    expect(canSeeAddinRow(s, 'Audit', '', ['x'], v)).toBe(false);
    // a re-pointed reference names the excluded customer too
    expect(canSeeAddinRow(s, 'Audit', 'C1001', ['C2001', 'C1001'], v)).toBe(false);
    expect(canSeeAddinRow(s, 'Issues', 'C1001', [], v)).toBe(false);
    const gm = scopeFor('S090', roster);
    expect(canSeeAddinRow(gm, 'Archive', '', [], visibleRows(gm, data, roster))).toBe(true);
    expect(canSeeAddinRow(gm, 'Snapshot', '', [], visibleRows(gm, data, roster))).toBe(false);
  });
});
