/**
 * How many people are on duty a day (regulations §4: 由展厅主管负责安排每天 N 人值班), as data: a
 * default (2) and overrides per showroom and per showroom and weekday, saved in the workbook's
 * settings as `dutyPeople`. A supervisor's setting changes a number, never a code path; 0 means the
 * showroom is closed that day (no rota expected).
 *
 * Saved shape (JSON in the settings): { "default": 2, "天河展厅": 3, "天河展厅@6": 4 } where @1..@7
 * are ISO weekdays (Monday 1 .. Sunday 7). Showroom names are compared loosely (headerKey).
 * Values outside DUTY_PEOPLE's bounds, or keys that do not parse, are dropped.
 */
import { headerKey } from '../headers';

export const DUTY_PEOPLE = { key: 'dutyPeople', min: 0, max: 12, default: 2 } as const;

export interface DutyPolicy {
  /** People on duty a day where no override applies. */
  perDay: number;
  /** looseKey(showroom) or looseKey(showroom)@weekday (ISO 1..7) -> people that day. */
  overrides: ReadonlyMap<string, number>;
}

export const DEFAULT_DUTY_POLICY: DutyPolicy = { perDay: DUTY_PEOPLE.default, overrides: new Map() };

/** A bounded whole number of people, or undefined. */
export function checkDutyPeople(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < DUTY_PEOPLE.min || n > DUTY_PEOPLE.max) return undefined;
  return n;
}

/** ISO weekday of a day number (days since 1970-01-01, a Thursday): Monday 1 .. Sunday 7. */
export function isoWeekday(day: number): number {
  const w = (((Math.floor(day) + 3) % 7) + 7) % 7; // 0 = Monday
  return w + 1;
}

/** The policy from what the settings hold (anything unreadable: the defaults). */
export function dutyPolicyFrom(saved: unknown): DutyPolicy {
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return DEFAULT_DUTY_POLICY;
  let perDay: number = DUTY_PEOPLE.default;
  const overrides = new Map<string, number>();
  for (const [k, v] of Object.entries(saved as Record<string, unknown>)) {
    const n = checkDutyPeople(v);
    if (n === undefined) continue;
    if (k === 'default' || k === '*') {
      perDay = n;
      continue;
    }
    const m = /^(.*?)(?:@([1-7]))?$/.exec(k.trim());
    const room = m ? headerKey(m[1]) : '';
    if (!room) continue;
    overrides.set(m![2] ? `${room}@${m![2]}` : room, n);
  }
  return { perDay, overrides };
}

/** The saved form of a policy (for the settings). */
export function dutyPolicyToSaved(policy: DutyPolicy): Record<string, number> {
  const out: Record<string, number> = { default: policy.perDay };
  for (const [k, v] of policy.overrides) out[k] = v;
  return out;
}

/** People needed on a day in a showroom (showroomKey: the loose key, as rotaEntries gives it). */
export function peopleNeeded(policy: DutyPolicy, showroomKey: string, day: number): number {
  const o = policy.overrides;
  if (o.size === 0) return policy.perDay;
  return o.get(`${showroomKey}@${isoWeekday(day)}`) ?? o.get(showroomKey) ?? policy.perDay;
}
