/**
 * Lookups shared by the showroom-operations rules (regulations §4), built once per check from
 * the sheets as read: who was on duty and who led on each day (值班表), who was registered out on
 * each day (外出登记) and who supervises each showroom (人员). Not a rule.
 */
import { codeKey, parseDayTime, type ValidationContext } from './context';

/** '20000|一号展厅' — a day number and a loose showroom key. */
const at = (day: number, showroom: string) => `${day}|${showroom}`;

export interface DutyIndex {
  /** Days with a rota row, per showroom (at(day, showroom)) and for any showroom (at(day, '')). */
  rota: Set<string>;
  /** Duty leads: at(day, showroom) and at(day, '') -> staff ids. */
  leads: Map<string, Set<string>>;
  /** Everyone on duty, the leads too: at(day, showroom) and at(day, '') -> staff ids. */
  onDuty: Map<string, Set<string>>;
}

/** The staff ids of an OnDuty cell ('S001、S002, s003'). */
export function dutyList(v: unknown): string[] {
  if (v === null || v === undefined || v === '') return [];
  const out: string[] = [];
  for (const part of String(v).split(/[,，、;；\s/]+/)) {
    const id = codeKey(part);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

const cache = new WeakMap<ValidationContext, Map<string, unknown>>();
function memo<T>(ctx: ValidationContext, key: string, make: () => T): T {
  let m = cache.get(ctx);
  if (!m) cache.set(ctx, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const s = map.get(key);
  if (s) s.add(id);
  else map.set(key, new Set([id]));
}

/** The Duty sheet as read (empty when absent). */
export function dutyIndex(ctx: ValidationContext): DutyIndex {
  return memo(ctx, 'duty', () => {
    const out: DutyIndex = { rota: new Set(), leads: new Map(), onDuty: new Map() };
    if (!ctx.has('Duty', ['Date'])) return out;
    const days = ctx.days('Duty', 'Date');
    const rooms = ctx.has('Duty', ['Showroom']) ? ctx.looseKeys('Duty', 'Showroom') : [];
    const leads = ctx.codes('Duty', 'DutyLead');
    const staff = ctx.column('Duty', 'OnDuty');
    for (let i = 0; i < days.length; i++) {
      const d = days[i];
      if (Number.isNaN(d)) continue;
      const keys = [at(d, ''), ...(rooms[i] ? [at(d, rooms[i])] : [])];
      for (const k of keys) {
        out.rota.add(k);
        if (leads[i]) {
          addTo(out.leads, k, leads[i]);
          addTo(out.onDuty, k, leads[i]);
        }
        for (const id of dutyList(staff[i])) addTo(out.onDuty, k, id);
      }
    }
    return out;
  });
}

/** Key into a DutyIndex: the showroom's when given and it has a rota that day, else the day's. */
export function dutyKey(duty: DutyIndex, day: number, showroom: string): string | null {
  if (showroom && duty.rota.has(at(day, showroom))) return at(day, showroom);
  if (!showroom && duty.rota.has(at(day, ''))) return at(day, '');
  return null;
}

/** Was this person on duty (in any showroom) that day? */
export function onDutyThatDay(duty: DutyIndex, day: number, id: string): boolean {
  return duty.onDuty.get(at(day, ''))?.has(id) ?? false;
}

export interface OutingSpan {
  row: number;
  /** Day number of the outing. */
  day: number;
  /** Day number with time of the return, NaN when none. */
  returnedAt: number;
}

/** Outings per staff id (empty when the sheet is absent). */
export function outingsByStaff(ctx: ValidationContext): Map<string, OutingSpan[]> {
  return memo(ctx, 'outings', () => {
    const out = new Map<string, OutingSpan[]>();
    if (!ctx.has('Outings', ['Date', 'StaffId'])) return out;
    const days = ctx.days('Outings', 'Date');
    const ids = ctx.codes('Outings', 'StaffId');
    const back = ctx.column('Outings', 'ReturnedAt');
    for (let i = 0; i < days.length; i++) {
      if (Number.isNaN(days[i]) || !ids[i]) continue;
      const span = { row: i, day: days[i], returnedAt: parseDayTime(back[i]) };
      const list = out.get(ids[i]);
      if (list) list.push(span);
      else out.set(ids[i], [span]);
    }
    return out;
  });
}

/** Active supervisors per loose showroom key. */
export function supervisorsByShowroom(ctx: ValidationContext): Map<string, string[]> {
  return memo(ctx, 'supervisors', () => {
    const out = new Map<string, string[]>();
    if (!ctx.has('Staff', ['StaffId'])) return out;
    const ids = ctx.codes('Staff', 'StaffId');
    const { role, showroom, active } = ctx.staff();
    for (let i = 0; i < ids.length; i++) {
      if (!ids[i] || !active[i] || role[i] !== 'supervisor' || !showroom[i]) continue;
      const list = out.get(showroom[i]);
      if (list) list.push(ids[i]);
      else out.set(showroom[i], [ids[i]]);
    }
    return out;
  });
}

/** The loose showroom key of a staff id on the roster ('' when unknown or blank). */
export function showroomOf(ctx: ValidationContext, id: string): string {
  const { byId, showroom } = ctx.staff();
  const s = byId.get(id);
  return s === undefined ? '' : showroom[s];
}

/** The roster's role key of a staff id (null when not on it). */
export function roleOf(ctx: ValidationContext, id: string): string | null {
  const { byId, role } = ctx.staff();
  const s = byId.get(id);
  return s === undefined ? null : role[s];
}

export { at as dayShowroomKey };
