/**
 * Weeks of the weekly work log (工作周志): a week is named by its Monday's day number. A Week cell
 * may hold any day of the week (a date, an Excel serial, 2026-11-23) or an ISO week
 * ('2026-W48', '2026W48', '2026年第48周'); both read to the Monday.
 */
import { dayFromYMD, parseDate, toHalfWidth } from '../normalise';

/** The Monday of the week holding this day (day 0, 1970-01-01, was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The Monday of ISO week w of year y (week 1 holds the year's first Thursday). */
export function isoWeekMonday(year: number, week: number): number | null {
  const jan4 = dayFromYMD(year, 1, 4);
  if (jan4 === null || week < 1 || week > 53) return null;
  const monday = mondayOf(jan4) + (week - 1) * 7;
  // week 53 exists only in years whose week 53 still holds a Thursday of that year
  if (week === 53 && mondayOf(dayFromYMD(year + 1, 1, 4)!) === monday) return null;
  return monday;
}

/** '2026-W48' for the week of this Monday. */
export function isoWeekText(monday: number): string {
  const thursday = monday + 3;
  const year = new Date(thursday * 86400000).getUTCFullYear();
  const week = Math.floor((thursday - mondayOf(dayFromYMD(year, 1, 4)!)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of the week a cell names; NaN when blank or unreadable. */
export function parseWeek(v: unknown): number {
  if (v === null || v === undefined || v === '') return NaN;
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    const iso = /^(\d{4})\s*[-年]?\s*(?:W|第)\s*(\d{1,2})\s*周?$/i.exec(s);
    if (iso) {
      const m = isoWeekMonday(Number(iso[1]), Number(iso[2]));
      return m === null ? NaN : m;
    }
  }
  const day = parseDate(v);
  return day === null ? NaN : mondayOf(day);
}
