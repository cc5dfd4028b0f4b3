/**
 * The sample's duty rota (值班表): the rota generator's output (domain/duty/generate, 2 people a day
 * with one lead, fair over each month) for every showroom from 59 days before today to the end of the
 * current month — a supervisor plans the month ahead — with one documented plant per duty rule:
 * - duty.missingDay: showroom 1's row of today-10 removed (reported at its row of today-11);
 * - duty.onePerson: showroom 2's rota of today-12 has the lead only;
 * - duty.twoLeads: showroom 3's DutyLead of today-14 names both people on duty;
 * - duty.twice: showroom 1's OnDuty of today-16 repeats a person;
 * - duty.twoShowrooms: on today-18, showroom 2's second person also stands in showroom 1;
 * - duty.leadOtherShowroom: showroom 3's lead of today-20 is a salesperson of showroom 1;
 * - duty.left: showroom 2's second person of today-22 is the salesperson who has left.
 * (duty.outOnDuty, an outing of a person on duty, is planted with the outings in generate.ts.)
 */
import { label, type Lang } from '../domain/schema';
import { generateRota, monthDays } from '../domain/duty/generate';
import { DEFAULT_DUTY_POLICY } from '../domain/duty/policy';
import { dayToYMD } from '../domain/normalise';
import { SHOWROOMS } from './pools';
import type { Plant, Row } from './generate';

const DAY_MS = 86400000;

interface SalesPerson {
  id: string;
  showroom: number;
  active: boolean;
}

export function sampleRota(
  today: number,
  lang: Lang,
  sales: readonly SalesPerson[],
  inactiveId: string,
  plants: Plant[],
): Row[] {
  const from = today - 59;
  const [ty, tm] = dayToYMD(today);
  const end = monthDays(ty, tm)![1];
  const staff = sales.map((s) => ({ id: s.id, showroom: `r${s.showroom}`, active: s.active, role: 'sales' }));
  const rows: Row[] = [];
  const byDay = new Map<number, Row[]>();
  for (let [y, m] = dayToYMD(from); ; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const first = monthDays(y, m)![0];
    if (first > end) break;
    SHOWROOMS.forEach((room, si) => {
      const r = generateRota({
        year: y,
        month: m,
        showroom: label(room, lang),
        showroomKey: `r${si}`,
        staff,
        away: new Set(),
        existing: [],
        policy: DEFAULT_DUTY_POLICY,
        fromDay: from,
      });
      for (const g of r.rows) {
        const row: Row = {
          Date: new Date(g.day * DAY_MS),
          Showroom: g.showroom,
          DutyLead: g.lead,
          OnDuty: g.onDuty.join(','),
        };
        const list = byDay.get(g.day) ?? [];
        list[si] = row;
        byDay.set(g.day, list);
      }
    });
  }
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) rows.push(...byDay.get(day)!);

  const at = (day: number, si: number) => byDay.get(day)![si];
  const people = (r: Row) => String(r.OnDuty).split(',');
  const planted: Array<{ kind: string; rows: Row[]; what: string }> = [];

  const gapBefore = at(today - 11, 0);
  rows.splice(rows.indexOf(at(today - 10, 0)), 1);
  planted.push({ kind: 'duty.missingDay', rows: [gapBefore], what: 'no rota for showroom 1 on today-10' });

  const one = at(today - 12, 1);
  one.OnDuty = people(one)[0];
  planted.push({ kind: 'duty.onePerson', rows: [one], what: 'one person on duty, 2 needed' });

  const two = at(today - 14, 2);
  two.DutyLead = people(two).join('、');
  planted.push({ kind: 'duty.twoLeads', rows: [two], what: 'two duty leads on one day' });

  const twice = at(today - 16, 0);
  twice.OnDuty = [...people(twice), people(twice)[1]].join(',');
  planted.push({ kind: 'duty.twice', rows: [twice], what: "the same person twice in one day's list" });

  const a = at(today - 18, 0);
  const b = at(today - 18, 1);
  a.OnDuty = [people(a)[0], people(b)[1]].join(',');
  planted.push({ kind: 'duty.twoShowrooms', rows: [b], what: 'a person on duty in showrooms 1 and 2 the same day' });

  const lead = at(today - 20, 2);
  const busy = new Set([0, 1, 2].flatMap((si) => people(at(today - 20, si))));
  const stranger = sales.find((s) => s.showroom === 0 && s.active && !busy.has(s.id))!.id;
  lead.DutyLead = stranger;
  lead.OnDuty = [stranger, people(lead)[1]].join(',');
  planted.push({ kind: 'duty.leadOtherShowroom', rows: [lead], what: "showroom 3's lead is a showroom 1 salesperson" });

  const left = at(today - 22, 1);
  left.OnDuty = [people(left)[0], inactiveId].join(',');
  planted.push({ kind: 'duty.left', rows: [left], what: 'the salesperson who left is on duty' });

  for (const p of planted) {
    plants.push({
      kind: p.kind,
      sheet: 'Duty',
      rows: p.rows.map((r) => rows.indexOf(r) + 2),
      expect: 'issue',
      what: p.what,
    });
  }
  return rows;
}
