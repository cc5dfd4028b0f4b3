import { buildSample, generateSample, Rng } from '../../src/sample';
import { SHEETS, userFields } from '../../src/domain/schema';
import {
  isValidResidentId,
  isValidUscc,
  normalisePhone,
  parseIdNumber,
  normaliseName,
  parseDate,
} from '../../src/domain/normalise';
import { getCell } from '../../src/workbook/memory';
import { validateWorkbook } from '../../src/domain/validation';

const TODAY = '2026-06-15';
const sample = generateSample({ customers: 300, seed: 7, today: TODAY });
const customers = sample.sheets.Customers;
const byRow = (row: number) => customers[row - 2];
const plant = (kind: string) => {
  const p = sample.plants.find((x) => x.kind === kind);
  if (!p) throw new Error(`no plant ${kind}`);
  return p;
};
const phoneKey = (v: unknown) => normalisePhone(v)?.key;

describe('Rng', () => {
  test('is deterministic per seed and spreads over the range', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeLessThan(0.01);
    expect(Math.max(...xs)).toBeGreaterThan(0.99);
    expect(new Rng(2).next()).not.toBe(xs[0]);
  });
});

describe('generateSample', () => {
  test('same seed, same data; another seed, other data', () => {
    const again = generateSample({ customers: 300, seed: 7, today: TODAY });
    expect(again.sheets.Customers).toEqual(customers);
    expect(generateSample({ customers: 300, seed: 8, today: TODAY }).sheets.Customers[5]).not.toEqual(customers[5]);
  });

  test('about the asked number of customers, both kinds, unique ids', () => {
    expect(customers.length).toBeGreaterThanOrEqual(295);
    expect(customers.length).toBeLessThanOrEqual(310);
    const kinds = new Set(customers.map((c) => c.Kind));
    expect(kinds).toEqual(new Set(['最终客户', '经销商客户']));
    expect(new Set(customers.map((c) => c.CustomerId)).size).toBe(customers.length);
  });

  test('staff: 3 showrooms with a supervisor each, a manager, a GM, finance, one inactive salesperson', () => {
    const staff = sample.sheets.Staff;
    const roles = staff.map((s) => s.Role);
    expect(roles.filter((r) => r === '展厅主管')).toHaveLength(3);
    expect(roles.filter((r) => r === '部门经理')).toHaveLength(1);
    expect(roles.filter((r) => r === '总经理')).toHaveLength(1);
    expect(roles).toContain('财务');
    expect(staff.filter((s) => s.Active === '否')).toHaveLength(1);
    expect(new Set(staff.map((s) => s.Showroom).filter(Boolean)).size).toBe(3);
  });

  test('identity numbers carry correct check digits except the planted bad ones', () => {
    const badRows = new Set([...plant('bad.idCheck').rows, ...plant('bad.idAsNumber').rows]);
    let checked = 0;
    customers.forEach((c, i) => {
      if (!c.IdNumber || badRows.has(i + 2)) return;
      const p = parseIdNumber(c.IdNumber)!;
      expect(p.checkOk).toBe(true);
      if (c.Kind === '经销商客户') expect(isValidUscc(String(c.IdNumber))).toBe(true);
      else if (p.kind === 'resident') expect(isValidResidentId(String(c.IdNumber).toUpperCase())).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(200);
    const badCheck = byRow(plant('bad.idCheck').rows[0]).IdNumber as string;
    expect(isValidResidentId(badCheck)).toBe(false);
    expect(typeof byRow(plant('bad.idAsNumber').rows[0]).IdNumber).toBe('number');
  });

  test('phones are valid and unique apart from the planted ones, in mixed formats', () => {
    const planted = new Set(sample.plants.filter((p) => p.sheet === 'Customers').flatMap((p) => p.rows));
    const keys = new Map<string, number>();
    for (let i = 0; i < customers.length; i++) {
      const n = normalisePhone(customers[i].Phone)!;
      if (planted.has(i + 2)) continue;
      expect(n.valid).toBe(true);
      expect(keys.has(n.key)).toBe(false);
      keys.set(n.key, i);
    }
    const raw = customers.map((c) => String(c.Phone));
    expect(raw.some((p) => / /.test(p))).toBe(true);
    expect(raw.some((p) => /^\+86/.test(p))).toBe(true);
    expect(raw.some((p) => /^0\d{2,3}-/.test(p))).toBe(true);
    expect(normalisePhone(byRow(plant('bad.phone').rows[0]).Phone)!.valid).toBe(false);
  });

  test('planted conflicts are what they claim', () => {
    const pair = (kind: string) => plant(kind).rows.map(byRow);
    const [a, b] = pair('conflict.phoneFormat');
    expect(phoneKey(a.Phone)).toBe(phoneKey(b.Phone));
    expect(a.Phone).not.toBe(b.Phone);
    expect(a.Owner).not.toBe(b.Owner);

    const [c, d] = pair('conflict.phoneTypo');
    expect(c.Name).toBe(d.Name);
    const pc = phoneKey(c.Phone)!;
    const pd = phoneKey(d.Phone)!;
    expect([...pc].filter((ch, i) => ch !== pd[i])).toHaveLength(1);

    const [e, f] = pair('conflict.idLegacy');
    const ids = [String(e.IdNumber), String(f.IdNumber)].sort((x, y) => x.length - y.length);
    expect(ids[0]).toHaveLength(15);
    expect(ids[1]).toMatch(/x$/);
    expect(parseIdNumber(ids[0])!.matchKey).toBe(parseIdNumber(ids[1])!.matchKey);

    const [g, h] = pair('conflict.traditional');
    expect(g.Name).not.toBe(h.Name);
    expect(normaliseName(g.Name)).toBe(normaliseName(h.Name));
    expect(phoneKey(g.Phone)).toBe(phoneKey(h.Phone));

    const [i, j] = pair('conflict.companySuffix');
    expect(i.IdNumber).toBe(j.IdNumber);
    expect(i.Name).not.toBe(j.Name);
    expect(normaliseName(i.Name, 'company')).toBe(normaliseName(j.Name, 'company'));

    const [k, l] = pair('duplicate.pure');
    expect(k.Owner).toBe(l.Owner);
    expect(k.Phone).toBe(l.Phone);

    const wangwei = plant('namesake');
    expect(wangwei.expect).toBe('notSame');
    const people = sample.plants.filter((p) => p.kind === 'namesake').flatMap((p) => p.rows.map(byRow));
    expect(people.filter((x) => x.Name === '王伟').length).toBeGreaterThanOrEqual(3);
    expect(new Set(people.map((x) => phoneKey(x.Phone))).size).toBe(people.length);
    expect(new Set(people.map((x) => x.IdNumber)).size).toBe(people.length);

    const [m, n] = pair('notSame.familyPhone');
    expect(phoneKey(m.Phone)).toBe(phoneKey(n.Phone));
    expect(isValidResidentId(String(m.IdNumber))).toBe(true);
    expect(isValidResidentId(String(n.IdNumber))).toBe(true);
    expect(m.IdNumber).not.toBe(n.IdNumber);
  });

  test('planted bad records', () => {
    const today = parseDate(TODAY)!;
    const day = (v: unknown) => parseDate(v)!;
    expect(byRow(plant('bad.ownerUnknown').rows[0]).Owner).toBe('S999');
    const inactive = sample.sheets.Staff.find((s) => s.Active === '否')!;
    expect(byRow(plant('bad.ownerInactive').rows[0]).Owner).toBe(inactive.StaffId);
    const r = byRow(plant('bad.ownerShowroom').rows[0]);
    expect(sample.sheets.Staff.find((s) => s.StaffId === r.Owner)!.Showroom).not.toBe(r.Showroom);
    const order = byRow(plant('bad.dateOrder').rows[0]);
    expect(day(order.LastContact)).toBeLessThan(day(order.FirstContact));
    expect(day(byRow(plant('bad.futureDate').rows[0]).LastContact)).toBeGreaterThan(today);
    const stale = byRow(plant('bad.stale').rows[0]);
    expect(today - day(stale.LastContact)).toBeGreaterThanOrEqual(200);
    expect(byRow(plant('bad.dealerNoContact').rows[0]).Contact).toBeNull();
    const noLedger = byRow(plant('bad.contractedNoLedger').rows[0]);
    expect(noLedger.Stage).toBe('已签约');
    expect(sample.sheets.Ledger.some((t) => t.CustomerId === noLedger.CustomerId)).toBe(false);
    const amount = sample.sheets.Ledger[plant('bad.ledgerAmount').rows[0] - 2];
    expect(amount.Amount).not.toBe((amount.Quantity as number) * (amount.UnitPrice as number));
    expect(sample.sheets.Ledger[plant('bad.ledgerUnknownCustomer').rows[0] - 2].CustomerId).toBe('C999999');
  });

  test('ledger: 3+ years of dealer months with seasonality, some late and unpaid', () => {
    const ledger = sample.sheets.Ledger;
    const days = ledger.map((t) => parseDate(t.Date)!);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(3 * 365);
    const byMonth = new Array(12).fill(0);
    ledger.forEach((t) => {
      if ((t.Quantity as number) > 1) byMonth[(t.Date as Date).getUTCMonth()] += t.Quantity as number;
    });
    expect(byMonth[0]).toBeGreaterThan(byMonth[1] * 1.8); // January before the Spring Festival vs February
    expect(byMonth[9]).toBeGreaterThan(byMonth[6]); // October vs July
    const late = ledger.filter((t) => t.PaidDate && t.DueDate && (t.PaidDate as Date) > (t.DueDate as Date));
    const unpaid = ledger.filter((t) => t.Status === '已开票' && !t.PaidDate);
    expect(late.length).toBeGreaterThan(5);
    expect(unpaid.length).toBeGreaterThan(2);
  });

  test('duty, outings (evening-before and late), reviews with partly filled finance columns, policy and weights', () => {
    expect(sample.sheets.Duty.length).toBe(75 * 3 - 1); // 2026-04-17 .. 2026-06-30, one day planted missing
    const evening = sample.sheets.Outings[plant('outing.eveningBefore').rows[0] - 2];
    expect((evening.RegisteredAt as Date).getTime()).toBeLessThan((evening.Date as Date).getTime());
    const late = sample.sheets.Outings[plant('outing.late').rows[0] - 2];
    expect((late.RegisteredAt as Date).getTime()).toBeGreaterThan((late.Date as Date).getTime() + 12 * 3600000);
    const reviews = sample.sheets.Reviews;
    expect(reviews.some((r) => r.CreditScore !== null && r.CreditScore !== undefined)).toBe(true);
    expect(reviews.some((r) => r.Kind === '年度评审' && (r.CreditScore === null || r.CreditScore === undefined))).toBe(
      true,
    );
    expect(sample.sheets.Policy.map((p) => p.Tier)).toEqual(['A', 'B', 'C', 'D']);
    const total = sample.sheets.Weights.reduce((a, w) => a + (w.Weight as number), 0);
    expect(total).toBeCloseTo(1, 6);
  });

  test('English labels with lang en', () => {
    const en = generateSample({ customers: 60, seed: 1, lang: 'en', today: TODAY });
    expect(new Set(en.sheets.Customers.map((c) => c.Kind))).toEqual(new Set(['End', 'Dealer']));
    expect(en.sheets.Staff.map((s) => s.Role)).toContain('Supervisor');
  });
});

describe('policy kept: the documented plants are what the policy rules find', () => {
  // Each dealer's transactions keep to its tier's policy and each key dealer is visited, except the plants:
  // the rules find exactly them (and the D dealer on 90-day credit raises all three of its findings).
  test.each([7, 20260101, 3])('seed %d', async (seed) => {
    const { workbook, plants } = buildSample({ customers: 300, seed, today: TODAY });
    const issues = validateWorkbook(await workbook.read(), {
      today: parseDate(TODAY)!,
      lang: 'zh',
      staleDays: 30,
      only: [
        'ledger.policy.settlement',
        'ledger.policy.credit-days',
        'ledger.policy.credit-limit',
        'ledger.policy.discount',
        'customer.policy.visit',
      ],
    });
    const rowOf = (kind: string) => plants.find((p) => p.kind === kind)!.rows[0];
    const credit = rowOf('policy.cashDealerOnCredit');
    expect(issues.map((i) => [i.sheet, i.row, i.rule]).sort()).toEqual(
      [
        ['Ledger', credit, 'ledger.policy.settlement'],
        ['Ledger', credit, 'ledger.policy.credit-days'],
        ['Ledger', credit, 'ledger.policy.credit-limit'],
        ['Ledger', rowOf('policy.discountAbove'), 'ledger.policy.discount'],
        ['Customers', rowOf('policy.keyNotVisited'), 'customer.policy.visit'],
      ].sort(),
    );
  });
});

describe('buildSample', () => {
  test('lays the workbook out like setup(), with every sheet filled', async () => {
    const { workbook, plants } = buildSample({ customers: 120, seed: 3, today: TODAY });
    expect(plants.length).toBeGreaterThan(15);
    const data = await workbook.read();
    for (const def of SHEETS) {
      const t = data[def.key]!;
      expect(t.tableName).toBe(def.table);
      expect(t.mapping.missing).toEqual([]);
      for (const f of userFields(def)) expect(t.mapping.columns[f.key]).toBeDefined();
      expect(t.length).toBeGreaterThan(0);
    }
    // a dropdown covers every Customers row
    const kind = workbook.model.validations.find((v) => v.range.sheet === '客户档案' && v.range.firstColumn === 1)!;
    expect(kind.range.lastRow).toBe(data.Customers!.length + 1);
    expect(getCell(workbook.sheet('客户档案')!, 1, 0)).toBe('客户编号');
  });

  test('empty: the same layout without rows', async () => {
    const { workbook } = buildSample({ empty: true, lang: 'en' });
    const data = await workbook.read();
    expect(Object.keys(data).sort()).toEqual(SHEETS.map((s) => s.key).sort());
    for (const def of SHEETS) expect(data[def.key]!.length).toBe(0);
  });
});
