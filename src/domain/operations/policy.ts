/**
 * The showroom-operations policy numbers (regulations §4) a supervisor may set, with their defaults
 * and bounds: the end of the working day (前一天下班前: an outing registered the evening before must
 * be registered before it; a key out past it is out overnight; an outing not back by it is open)
 * and the days a supervisor has to check a weekly work log. Saved in the workbook's settings like
 * staleDays; a value out of its bounds is ignored and the default used, by every host alike.
 */

export interface OperationsPolicy {
  /** End of the working day, minutes after midnight (default 18:00 = 1080). */
  workdayEndMinutes: number;
  /** Days after a week's end within which the supervisor checks its work log (default 7). */
  logCheckDays: number;
}

export interface PolicyNumber {
  /** Key in the saved Settings. */
  key: string;
  min: number;
  max: number;
  default: number;
}

/** The working day ends between 12:00 and 23:59 (minutes after midnight). */
export const WORKDAY_END: PolicyNumber = { key: 'workdayEnd', min: 12 * 60, max: 23 * 60 + 59, default: 18 * 60 };
/** A work log is checked within 1 to 60 days of its week's end. */
export const LOG_CHECK_DAYS: PolicyNumber = { key: 'logCheckDays', min: 1, max: 60, default: 7 };

export const DEFAULT_OPERATIONS: OperationsPolicy = {
  workdayEndMinutes: WORKDAY_END.default,
  logCheckDays: LOG_CHECK_DAYS.default,
};

/** Minutes after midnight of '18:00' / '18：30' / 1080; null when neither. */
export function clockMinutes(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,2})[:：](\d{2})\s*$/.exec(v);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? h * 60 + min : null;
}

/** 1080 -> '18:00'. */
export function clockText(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Why a value is refused ('integer', 'range'), or null when it is within the number's bounds. */
export function checkPolicyNumber(def: PolicyNumber, value: number): 'integer' | 'range' | null {
  if (!Number.isInteger(value)) return 'integer';
  return value < def.min || value > def.max ? 'range' : null;
}

/** The policy from what a workbook saved: each valid value, the default for anything else. */
export function operationsPolicyFrom(saved: Record<string, unknown>): OperationsPolicy {
  const end = clockMinutes(saved[WORKDAY_END.key]);
  const days = saved[LOG_CHECK_DAYS.key];
  return {
    workdayEndMinutes: end !== null && !checkPolicyNumber(WORKDAY_END, end) ? end : WORKDAY_END.default,
    logCheckDays: typeof days === 'number' && !checkPolicyNumber(LOG_CHECK_DAYS, days) ? days : LOG_CHECK_DAYS.default,
  };
}
