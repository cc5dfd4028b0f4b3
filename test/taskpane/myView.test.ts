/** "I am …" and "my view": start views per role, the lists narrowed to a person's rows, the memory filter. */
import {
  IAM_KEY,
  START_VIEWS,
  localIdentityStore,
  myConflicts,
  myIssueGroups,
  myRows,
  startViewFor,
} from '../../src/taskpane/myView';
import type { ConflictView, IssueGroup } from '../../src/taskpane/viewModel';
import { fixtureWorkbook } from '../domain/access/fixture';

describe('start views', () => {
  it('sends each role to its daily job', () => {
    expect(startViewFor('supervisor')).toEqual({ tab: 'check', section: 'today' });
    expect(startViewFor('sales')).toEqual({ tab: 'check', section: 'mine' });
    expect(startViewFor('finance')?.tab).toBe('reviews');
    expect(startViewFor('gm')).toEqual({ tab: 'reviews', section: 'approvals' });
    expect(startViewFor(null)).toBeNull();
    expect(Object.keys(START_VIEWS).sort()).toEqual(['finance', 'gm', 'manager', 'sales', 'supervisor']);
  });
});

describe('the identity store', () => {
  it('remembers a staff ID in the storage given, and forgets it', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage;
    const store = localIdentityStore(storage);
    expect(store.get()).toBeNull();
    store.set('S010');
    expect(map.get(IAM_KEY)).toBe('S010');
    expect(localIdentityStore(storage).get()).toBe('S010');
    store.set(null);
    expect(store.get()).toBeNull();
  });

  it('works without storage (private mode throws)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(localIdentityStore(throwing).get()).toBeNull();
    expect(() => localIdentityStore(throwing).set('S1')).not.toThrow();
    expect(localIdentityStore(undefined).get()).toBeNull();
  });
});

describe('my view', () => {
  it("narrows conflicts and issues to a salesperson's rows", async () => {
    const wb = fixtureWorkbook();
    const data = await wb.read();
    const my = myRows(data, 'S010');
    const rowOf = (id: string) => data.Customers!.rowNumbers[data.Customers!.columns.CustomerId.indexOf(id)];
    expect(my.customerIds.sort()).toEqual(['C1001', 'C1002']);
    const view = (id: string, ids: string[]) =>
      ({ id, rows: ids.map((c) => ({ row: rowOf(c), customerId: c })) }) as unknown as ConflictView;
    const views = [view('G1', ['C1001', 'C2001']), view('G2', ['C2001', 'C3001'])];
    expect(myConflicts(views, my).map((v) => v.id)).toEqual(['G1']);
    const groups: IssueGroup[] = [
      {
        rule: 'r',
        title: 'r',
        severity: 'error',
        items: [
          { key: 'a', sheet: 'Customers', row: rowOf('C1001'), message: '' },
          { key: 'b', sheet: 'Customers', row: rowOf('C3001'), message: '' },
        ],
      },
      {
        rule: 's',
        title: 's',
        severity: 'warning',
        items: [{ key: 'c', sheet: 'Customers', row: rowOf('C2001'), message: '' }],
      },
    ];
    const mine = myIssueGroups(groups, my);
    expect(mine.map((g) => g.rule)).toEqual(['r']);
    expect(mine[0].items.map((i) => i.key)).toEqual(['a']);
  });

  it('hides the other rows of a table in the memory workbook, and shows them again', async () => {
    const wb = fixtureWorkbook();
    await wb.applyRowFilter('Customers', 'CustomerId', ['C1001', 'C1002']);
    const loc = wb.locate('Customers')!;
    const hidden = wb.model.rowFilters![loc.grid.name];
    expect(hidden).toHaveLength(6);
    const shown = [2, 3, 4, 5, 6, 7, 8, 9].filter((r) => !hidden.includes(r));
    expect(shown.map((r) => loc.grid.cells[r - 1][0])).toEqual(['C1001', 'C1002']);
    // a filter hides; it never removes
    expect((await wb.read({ sheets: ['Customers'] })).Customers!.length).toBe(8);
    await wb.applyRowFilter('Customers', 'CustomerId', null);
    expect(wb.model.rowFilters![loc.grid.name]).toBeUndefined();
  });
});
