/**
 * Calendar arithmetic on "day numbers" (whole days since 1970-01-01 UTC, see
 * src/domain/normalise) and "month indexes" (year * 12 + month0), so that a
 * monthly series is a plain array and "same month last year" is index - 12.
 */

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month1: number, day: number): number {
  return Math.floor(Date.UTC(year, month1 - 1, day) / MS_PER_DAY);
}

export function ymdOf(day: number): { year: number; month1: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month1: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function monthIndexOfDay(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthIndex(year: number, month1: number): number {
  return year * 12 + (month1 - 1);
}

/** 0 = January. */
export function calendarMonth(monthIdx: number): number {
  return ((monthIdx % 12) + 12) % 12;
}

export function yearOfMonth(monthIdx: number): number {
  return Math.floor(monthIdx / 12);
}

/** 'YYYY-MM' */
export function monthLabel(monthIdx: number): string {
  const y = yearOfMonth(monthIdx);
  const m = calendarMonth(monthIdx) + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

export function parseMonthLabel(s: string): number | null {
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(m[1]), month);
}

export function firstDayOfMonth(monthIdx: number): number {
  return dayFromYmd(yearOfMonth(monthIdx), calendarMonth(monthIdx) + 1, 1);
}

export function lastDayOfMonth(monthIdx: number): number {
  return firstDayOfMonth(monthIdx + 1) - 1;
}

/** The same calendar day `months` months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const { year, month1, day: dom } = ymdOf(day);
  const target = monthIndex(year, month1) + months;
  const last = ymdOf(lastDayOfMonth(target)).day;
  return dayFromYmd(yearOfMonth(target), calendarMonth(target) + 1, Math.min(dom, last));
}

/** 'YYYY-MM-DD' (kept here so the reviews engine needs nothing but day numbers). */
export function dayLabel(day: number): string {
  const { year, month1, day: d } = ymdOf(day);
  return `${year}-${month1 < 10 ? '0' : ''}${month1}-${d < 10 ? '0' : ''}${d}`;
}
