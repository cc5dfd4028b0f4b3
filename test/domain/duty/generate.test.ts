import fc from 'fast-check';
import { generateRota, monthDays, parseMonth, type RotaPerson } from '../../../src/domain/duty/generate';
import { DEFAULT_DUTY_POLICY, dutyPolicyFrom, isoWeekday } from '../../../src/domain/duty/policy';
import { dayFromYMD } from '../../../src/domain/normalise/dates';

const ROOM = '一号展厅';
const KEY = 'room1';
const person = (id: string, over: Partial<RotaPerson> = {}): RotaPerson => ({
  id,
  showroom: KEY,
  active: true,
  role: 'sales',
  ...over,
});
const base = {
  year: 2026,
  month: 12,
  showroom: ROOM,
  showroomKey: KEY,
  away: new Set<string>(),
  existing: [],
  policy: DEFAULT_DUTY_POLICY,
};
const dec = (d: number) => dayFromYMD(2026, 12, d)!;

describe('rota generator', () => {
  test('months and weekdays', () => {
    expect(parseMonth('2026-12')).toEqual([2026, 12]);
    expect(parseMonth('2026年2月')).toEqual([2026, 2]);
    expect(parseMonth('2026-13')).toBeNull();
    const [a, b] = monthDays(2028, 2)!;
    expect(b - a + 1).toBe(29);
    expect(isoWeekday(dec(6))).toBe(7); // 2026-12-06 is a Sunday
  });

  test('a full month, 2 a day, one lead; only active salespeople of the showroom; spreads ≤ 1', () => {
    const staff = [
      person('S1'),
      person('S2'),
      person('S3'),
      person('S4'),
      person('S5'),
      person('X1', { active: false }),
      person('P1', { role: 'supervisor' }),
      person('O1', { showroom: 'room2' }),
    ];
    const r = generateRota({ ...base, staff });
    expect(r.rows).toHaveLength(31);
    for (const row of r.rows) {
      expect(row.onDuty).toHaveLength(2);
      expect(row.onDuty[0]).toBe(row.lead);
      expect(new Set(row.onDuty).size).toBe(2);
      for (const id of row.onDuty) expect(['S1', 'S2', 'S3', 'S4', 'S5']).toContain(id);
    }
    expect(r.tally.map((t) => t.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    expect(r.tally.reduce((s, t) => s + t.duty, 0)).toBe(62);
    expect(r.dutySpread).toBeLessThanOrEqual(1);
    expect(r.leadSpread).toBeLessThanOrEqual(1);
    expect(r.short).toEqual([]);
  });

  test("outings, other showrooms' rotas and hand-made rows are respected", () => {
    const staff = ['S1', 'S2', 'S3'].map((id) => person(id));
    const r = generateRota({
      ...base,
      staff,
      away: new Set([`${dec(2)}|S1`, `${dec(2)}|S2`]),
      existing: [
        { day: dec(1), showroom: KEY, leads: ['S3'], people: ['S3', 'S1'] }, // hand-made: kept
        { day: dec(3), showroom: 'room2', leads: ['S2'], people: ['S2'] }, // lent to room2
      ],
    });
    expect(r.keptDays).toEqual([dec(1)]);
    expect(r.rows.find((x) => x.day === dec(1))).toBeUndefined();
    const d2 = r.rows.find((x) => x.day === dec(2))!;
    expect(d2.onDuty).toEqual(['S3']);
    expect(r.short).toEqual([{ day: dec(2), needed: 2, available: 1 }]);
    expect(r.rows.find((x) => x.day === dec(3))!.onDuty).not.toContain('S2');
    // the kept row counts: S3 led on the 1st
    expect(r.tally.find((t) => t.id === 'S3')!.lead).toBeGreaterThanOrEqual(1);
  });

  test('people per showroom and weekday; 0 closes the day; fromDay leaves earlier days', () => {
    const staff = ['S1', 'S2', 'S3', 'S4'].map((id) => person(id));
    const policy = dutyPolicyFrom({ default: 2, [ROOM + '@6']: 3, [ROOM + '@7']: 0 });
    const r = generateRota({
      ...base,
      staff,
      policy: { ...policy, overrides: remap(policy.overrides) },
      fromDay: dec(10),
    });
    expect(r.rows[0].day).toBe(dec(10));
    for (const row of r.rows) {
      const w = isoWeekday(row.day);
      expect(w).not.toBe(7);
      expect(row.onDuty).toHaveLength(w === 6 ? 3 : 2);
    }
  });

  test('property: random rosters, outings and kept rows never break the constraints; full free months are fair', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 8 })), { maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 31 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 12 }),
        (size, n, outs, kept, month) => {
          const ids = Array.from({ length: size }, (_, k) => `S${k + 1}`);
          const staff = [...ids.map((id) => person(id)), person('GONE', { active: false })];
          const [first, last] = monthDays(2026, month)!;
          const away = new Set(
            outs.filter(([d]) => first + d - 1 <= last).map(([d, k]) => `${first + d - 1}|S${k + 1}`),
          );
          const existing = kept
            .filter((d) => first + d - 1 <= last)
            .map((d) => ({ day: first + d - 1, showroom: KEY, leads: ['S1'], people: ['S1'] }));
          const policy = { perDay: n, overrides: new Map<string, number>() };
          const r = generateRota({ ...base, month, staff, away, existing, policy });
          const keptDays = new Set(existing.map((e) => e.day));
          const days = new Set<number>();
          for (const row of r.rows) {
            expect(keptDays.has(row.day)).toBe(false);
            expect(days.has(row.day)).toBe(false);
            days.add(row.day);
            expect(row.onDuty[0]).toBe(row.lead);
            expect(new Set(row.onDuty).size).toBe(row.onDuty.length);
            expect(row.onDuty.length).toBeLessThanOrEqual(n);
            for (const id of row.onDuty) {
              expect(ids).toContain(id);
              expect(away.has(`${row.day}|${id}`)).toBe(false);
            }
          }
          // every missing day is generated, or reported short
          const shortDays = new Set(r.short.map((s) => s.day));
          for (let d = first; d <= last; d++) {
            if (keptDays.has(d)) continue;
            const row = r.rows.find((x) => x.day === d);
            if (!row || row.onDuty.length < n) expect(shortDays.has(d)).toBe(true);
          }
          if (away.size === 0 && existing.length === 0 && size >= n) {
            expect(r.dutySpread).toBeLessThanOrEqual(1);
            expect(r.leadSpread).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 120, seed: 18 },
    );
  });
});

/** The test's showroom key is 'room1'; the policy keys were written with its text. */
function remap(m: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of m) out.set(k.replace(/^[^@]+/, KEY), v);
  return out;
}
