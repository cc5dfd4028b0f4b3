/**
 * The month's rota of a showroom (regulations §4: 展厅日常运作采用轮流值班制度。由展厅主管负责安排每天 N
 * 人值班。值班长负责接听所有的客户电话), as a pure function of the roster, the outings, the rows already
 * on the Duty sheet and the people-per-day policy.
 *
 * - Only active salespeople of the showroom are used; nobody registered out that day (Outings), and
 *   nobody already on another showroom's rota that day.
 * - Days (of that showroom) that already have a row are kept as they are — a supervisor's hand-made
 *   rows are never overwritten; only the missing days are generated. Their people count towards the
 *   fairness tallies.
 * - Each missing day takes N people (policy: per showroom and weekday, 0 = closed), one of them the
 *   lead. Picks are greedy and fair: the lead is the available person with the fewest lead days
 *   (then fewest duty days, then the longest since their last duty), the others the ones with the
 *   fewest duty days (then longest since). Over a full month without absences, duty and lead days
 *   differ by at most one between people (the property test checks it on random rosters).
 * - The spread (max - min of duty days and of lead days over the showroom's people) is reported.
 */
import { formatDay } from '../normalise';
import { dayFromYMD } from '../normalise/dates';
import { peopleNeeded, type DutyPolicy } from './policy';

export interface RotaPerson {
  /** Staff id key (codeKey). */
  id: string;
  name?: string;
  /** Loose key of the person's showroom. */
  showroom: string;
  active: boolean;
  /** Role key (sales, supervisor...). */
  role: string | null;
}

/** A rota row already on the sheet (any showroom). */
export interface ExistingRota {
  day: number;
  /** Loose key of its showroom. */
  showroom: string;
  leads: readonly string[];
  people: readonly string[];
}

export interface GenerateRotaInput {
  year: number;
  /** 1-12 */
  month: number;
  /** The showroom as it is written on the sheets ('天河展厅'). */
  showroom: string;
  /** Loose key of that showroom. */
  showroomKey: string;
  staff: readonly RotaPerson[];
  /** `${day}|${staffId}`: registered out (Outings) that day, during working hours. */
  away: ReadonlySet<string>;
  existing: readonly ExistingRota[];
  policy: DutyPolicy;
  /** Generate only days from this one on (e.g. today); default: the whole month. */
  fromDay?: number;
}

export interface GeneratedRow {
  day: number;
  showroom: string;
  lead: string;
  /** The day's people, the lead first. */
  onDuty: string[];
}

export interface PersonTally {
  id: string;
  duty: number;
  lead: number;
}

export interface ShortDay {
  day: number;
  needed: number;
  /** People that could be put on duty (fewer than needed). */
  available: number;
}

export interface GeneratedRota {
  showroom: string;
  rows: GeneratedRow[];
  /** Days of the month that already had a row and were left as they are. */
  keptDays: number[];
  /** Days with fewer available people than needed (generated short, or not at all when nobody). */
  short: ShortDay[];
  /** Per person of the showroom's pool: duty and lead days in the month (kept rows included). */
  tally: PersonTally[];
  dutySpread: number;
  leadSpread: number;
}

/** First and last day numbers of a month, or null for a month that does not exist. */
export function monthDays(year: number, month: number): [number, number] | null {
  const first = dayFromYMD(year, month, 1);
  if (first === null) return null;
  const next = month === 12 ? dayFromYMD(year + 1, 1, 1) : dayFromYMD(year, month + 1, 1);
  return next === null ? null : [first, next - 1];
}

/** '2026-12' -> [2026, 12], or null. */
export function parseMonth(s: string): [number, number] | null {
  const m = /^\s*(\d{4})[-/.年](\d{1,2})月?\s*$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return monthDays(y, mo) ? [y, mo] : null;
}

export function generateRota(input: GenerateRotaInput): GeneratedRota {
  const range = monthDays(input.year, input.month);
  if (!range) throw new Error(`no such month ${input.year}-${input.month}`);
  const [first, last] = range;
  const key = input.showroomKey;
  const pool = input.staff
    .filter((s) => s.active && s.role === 'sales' && s.showroom === key)
    .map((s) => s.id)
    .filter((id, k, all) => all.indexOf(id) === k)
    .sort();
  const duty = new Map<string, number>(pool.map((id) => [id, 0]));
  const lead = new Map<string, number>(pool.map((id) => [id, 0]));
  const lastDay = new Map<string, number>(pool.map((id) => [id, -Infinity]));
  const ownDays = new Set<number>();
  const busy = new Set<string>(); // day|id on another showroom's rota
  for (const e of input.existing) {
    if (e.day < first || e.day > last) continue;
    if (e.showroom !== key) {
      for (const id of e.people) busy.add(`${e.day}|${id}`);
      continue;
    }
    ownDays.add(e.day);
    for (const id of e.people) {
      if (!duty.has(id)) continue;
      duty.set(id, duty.get(id)! + 1);
      lastDay.set(id, Math.max(lastDay.get(id)!, e.day));
    }
    for (const id of new Set(e.leads)) if (lead.has(id)) lead.set(id, lead.get(id)! + 1);
  }

  const rows: GeneratedRow[] = [];
  const short: ShortDay[] = [];
  const from = Math.max(first, input.fromDay ?? first);
  for (let day = first; day <= last; day++) {
    if (ownDays.has(day) || day < from) continue;
    const needed = peopleNeeded(input.policy, key, day);
    if (needed === 0) continue;
    const free = pool.filter((id) => !input.away.has(`${day}|${id}`) && !busy.has(`${day}|${id}`));
    if (free.length < needed) short.push({ day, needed, available: free.length });
    if (free.length === 0) continue;
    const since = (id: string) => lastDay.get(id)!;
    const byLead = [...free].sort(
      (a, b) => lead.get(a)! - lead.get(b)! || duty.get(a)! - duty.get(b)! || since(a) - since(b) || cmp(a, b),
    );
    const chief = byLead[0];
    const others = free
      .filter((id) => id !== chief)
      .sort((a, b) => duty.get(a)! - duty.get(b)! || since(a) - since(b) || lead.get(a)! - lead.get(b)! || cmp(a, b))
      .slice(0, needed - 1);
    const people = [chief, ...others];
    for (const id of people) {
      duty.set(id, duty.get(id)! + 1);
      lastDay.set(id, day);
    }
    lead.set(chief, lead.get(chief)! + 1);
    rows.push({ day, showroom: input.showroom, lead: chief, onDuty: people });
  }

  const tally = pool.map((id) => ({ id, duty: duty.get(id)!, lead: lead.get(id)! }));
  const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
  return {
    showroom: input.showroom,
    rows,
    keptDays: [...ownDays].sort((a, b) => a - b),
    short,
    tally,
    dutySpread: spread(tally.map((t) => t.duty)),
    leadSpread: spread(tally.map((t) => t.lead)),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A generated row as Duty sheet cells (Date as 'YYYY-MM-DD', OnDuty comma-joined, the lead first). */
export function rotaRowCells(row: GeneratedRow): { Date: string; Showroom: string; DutyLead: string; OnDuty: string } {
  return { Date: formatDay(row.day), Showroom: row.showroom, DutyLead: row.lead, OnDuty: row.onDuty.join(',') };
}
