import { checkSteps, customersRecognised, runCheck, STATUS_MARKERS } from '../../src/domain/engine';
import { parseDate } from '../../src/domain/normalise';
import { makeTable, person } from './conflicts/make-table';
import { endCustomer, makeWorkbook, staffRows } from './validation/make-table';

const today = parseDate('2026-11-27')!;

describe('runCheck', () => {
  const table = makeTable([
    person({
      CustomerId: 'C1',
      Name: '陈伟',
      Phone: '138 1234 5678',
      Owner: 'S001',
      FirstContact: '2026-11-01',
      LastContact: '2026-11-20',
    }),
    person({
      CustomerId: 'C2',
      Name: '陳偉',
      Phone: '+86 13812345678',
      Owner: 'S002',
      FirstContact: '2026-10-01',
      LastContact: '2026-11-20',
    }),
    person({
      CustomerId: 'C3',
      Name: '李娜',
      Phone: '12345',
      Owner: 'S001',
      FirstContact: '2026-11-01',
      LastContact: '2026-11-20',
    }),
  ]);

  it('checkSteps pauses once, after validation, and returns what runCheck returns', () => {
    const steps = checkSteps({ Customers: table }, { today, lang: 'zh' });
    const first = steps.next();
    expect(first).toEqual({ done: false, value: 'validated' });
    const last = steps.next();
    expect(last.done).toBe(true);
    const whole = runCheck({ Customers: table }, { today, lang: 'zh' });
    expect(last.value).toMatchObject({ issues: whole.issues, clusters: whole.clusters, status: whole.status });
  });

  it('recognises a customer file only with a Customers table and at least one column', () => {
    expect(customersRecognised({ Customers: table })).toBe(true);
    expect(customersRecognised({})).toBe(false);
    expect(customersRecognised({ Customers: { ...table, mapping: { ...table.mapping, columns: {} } } })).toBe(false);
  });

  it('finds the conflict, validates, and fills both status columns row by row', () => {
    const result = runCheck({ Customers: table }, { today, lang: 'zh' });
    expect(result.clusters).toHaveLength(1);
    const [cluster] = result.clusters;
    expect(cluster.rows).toEqual([2, 3]);
    expect(cluster.kind).toBe('conflict');
    expect(cluster.suggestedOwner).toBe('S002'); // earliest FirstContact keeps the customer

    const status = result.status.Customers!;
    const group = status.find((c) => c.field === 'ConflictGroup')!.values;
    expect(group[0]).toContain(STATUS_MARKERS.conflict);
    expect(group[0]).toContain(cluster.id);
    expect(group[1]).toBe(group[0]);
    expect(group[2]).toBeNull();

    const check = status.find((c) => c.field === 'Check')!.values;
    expect(result.issues.some((i) => i.row === 4 && i.field === 'Phone')).toBe(true);
    expect(check[2]).toContain(STATUS_MARKERS.error);
    expect(result.stats).toMatchObject({ customers: 3, conflicts: 1, duplicates: 0 });
  });

  it('places status on the right rows when the table skips worksheet rows (blank or filtered rows in between)', () => {
    const gappy = { ...table, rowNumbers: [2, 5, 9] };
    const result = runCheck({ Customers: gappy }, { today, lang: 'zh' });
    expect(result.clusters[0].rows).toEqual([2, 5]);
    const status = result.status.Customers!;
    const group = status.find((c) => c.field === 'ConflictGroup')!.values;
    expect(group[0]).toContain(STATUS_MARKERS.conflict);
    expect(group[1]).toBe(group[0]);
    expect(group[2]).toBeNull();
    // the bad phone of the third data row is reported at worksheet row 9 and marked on that row only
    expect(result.issues.some((i) => i.row === 9 && i.field === 'Phone')).toBe(true);
    // data row by data row, the same status as the table without gaps
    const plain = runCheck({ Customers: table }, { today, lang: 'zh' }).status.Customers!;
    expect(status.find((c) => c.field === 'Check')!.values).toEqual(plain.find((c) => c.field === 'Check')!.values);
    expect(group).toEqual(plain.find((c) => c.field === 'ConflictGroup')!.values);
  });

  it('honours "not the same customer" decisions and can skip validation', () => {
    const result = runCheck({ Customers: table }, { today, lang: 'en', notSame: [['C1', 'C2']], skipValidation: true });
    expect(result.clusters).toHaveLength(0);
    expect(result.issues).toHaveLength(0);
    expect(result.status.Customers!.every((c) => c.values.every((v) => v === null))).toBe(true);
  });
});

describe('suggested owner', () => {
  // S003 has left; S002 works in 二号展厅; S001 in 一号展厅 (staffRows)
  const rows = [
    endCustomer({ CustomerId: 'C1', Owner: 'S003', FirstContact: '2026-09-01' }), // first, but its owner left
    endCustomer({ CustomerId: 'C2', Owner: 'S002', FirstContact: '2026-09-15' }), // another showroom's salesperson
    endCustomer({ CustomerId: 'C3', Owner: 'S001', FirstContact: '2026-10-01' }),
  ];

  it("is the first registration whose owner can keep the customer, with or without validation's run", () => {
    const data = makeWorkbook({ Customers: rows, Staff: staffRows() });
    for (const skipValidation of [false, true]) {
      const result = runCheck(data, { today, lang: 'zh', skipValidation });
      expect(result.clusters.map((c) => [c.rows, c.suggestedOwner])).toEqual([[[2, 3, 4], 'S001']]);
    }
  });

  it('is the first registration when no owner can keep it, or when there is no roster', () => {
    const noneCan = makeWorkbook({ Customers: rows.slice(0, 2), Staff: staffRows() });
    expect(runCheck(noneCan, { today, lang: 'zh' }).clusters[0].suggestedOwner).toBe('S003');
    const noRoster = makeWorkbook({ Customers: rows });
    expect(runCheck(noRoster, { today, lang: 'zh' }).clusters[0].suggestedOwner).toBe('S003');
  });
});
