/**
 * Dates as "day numbers": whole days since 1970-01-01 (UTC). Plain integers, so
 * comparing and subtracting dates on a million rows costs nothing.
 */
import { cellText } from './text';

const MS_PER_DAY = 86400000;
/** Excel serial of 1970-01-01 (1900 date system). */
const EXCEL_EPOCH_SERIAL = 25569;
/** Largest serial Excel accepts: 9999-12-31. */
const EXCEL_MAX_SERIAL = 2958465;

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day number of a calendar date, or null when it does not exist (2026-02-30). Years 1000-9999. */
export function dayFromYMD(y: number, m: number, d: number): number | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const max = m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
  if (d > max) return null;
  return daysFromCivil(y, m, d);
}

/** Year, month (1-12), day of a day number. */
export function dayToYMD(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

// formatDay's texts by whole day 1900-01-01 .. 2199-12-31 (a message per row reuses a few thousand dates)
const FORMAT_FIRST_DAY = -25567;
const FORMAT_DAYS = 109573;
let formattedDays: string[] | null = null;

/** 'YYYY-MM-DD'. */
export function formatDay(day: number): string {
  const k = day - FORMAT_FIRST_DAY;
  if (k >= 0 && k < FORMAT_DAYS && Number.isInteger(k)) {
    if (formattedDays === null) formattedDays = new Array<string>(FORMAT_DAYS).fill('');
    let text = formattedDays[k];
    if (text === '') text = formattedDays[k] = formatDayUncached(day);
    return text;
  }
  return formatDayUncached(day);
}

function formatDayUncached(day: number): string {
  const [y, m, d] = dayToYMD(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Excel serial (1900 date system) -> day number; the time fraction is dropped.
 * Serials below 61 are corrected for Excel's fictitious 1900-02-29 (serial 60).
 */
export function excelSerialToDay(serial: number): number {
  const whole = Math.floor(serial);
  return (whole < 61 ? whole + 1 : whole) - EXCEL_EPOCH_SERIAL;
}

/** Day number -> Excel serial (1900 date system). */
export function dayToExcelSerial(day: number): number {
  const serial = day + EXCEL_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

/** 1000-01-01 and 9999-12-31, the dates a date cell may hold (Excel's last date is 9999-12-31). */
const FIRST_DAY = daysFromCivil(1000, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * Day number of a Date. Dates at local midnight (built with new Date(y, m, d)) keep their local
 * calendar day. null for an invalid Date and one past the years 1000-9999 (a reader that turned a
 * phone in a date column into the year 275760): not a date a cell can mean.
 */
function dayOfDate(d: Date): number | null {
  const t = d.getTime();
  if (isNaN(t)) return null;
  const day =
    d.getUTCHours() !== 0 && d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0
      ? daysFromCivil(d.getFullYear(), d.getMonth() + 1, d.getDate())
      : Math.floor(t / MS_PER_DAY);
  return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}

/** Reads an unsigned decimal integer from s[i..j); -1 if any character is not a digit (full-width digits accepted). */
function readInt(s: string, i: number, j: number): number {
  if (j <= i) return -1;
  let n = 0;
  for (let k = i; k < j; k++) {
    let c = s.charCodeAt(k);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Separators between date parts: - / . 年 月 and their full-width forms. */
function isDateSeparator(c: number): boolean {
  return (
    c === 45 || c === 47 || c === 46 || c === 0x5e74 || c === 0x6708 || c === 0xff0d || c === 0xff0f || c === 0xff0e
  );
}

/** Start and end of each digit run of the text being parsed (reused: no allocation per cell). */
const starts = new Int32Array(3);
const ends = new Int32Array(3);

/**
 * Parses text dates without regexes (called per cell on big sheets): '2026-11-27', '2026/11/27',
 * '2026.11.27', '2026年11月27日', '20261127', ISO datetimes ('2026-11-27T10:00:00Z' -> its date part),
 * '2026-11-27 10:30', and day-first or month-first dates with a 4-digit year when unambiguous
 * ('27/11/2026'; '05/06/2026' is ambiguous -> null).
 */
function parseDateText(raw: string): number | null {
  // the usual cell, '2026-11-27': read straight (what the general path below gives it)
  if (raw.length === 10 && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45) {
    const y = readInt(raw, 0, 4);
    const m = readInt(raw, 5, 7);
    const d = readInt(raw, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return dayFromYMD(y, m, d);
  }
  const s = raw.trim();
  const n = s.length;
  if (n < 6) return null;
  // Split into up to three digit runs separated by single separators; stop at a time part.
  let parts = 0;
  let i = 0;
  while (i < n && parts < 3) {
    if (!isDigitAt(s, i)) return null;
    starts[parts] = i;
    while (i < n && isDigitAt(s, i)) i++;
    ends[parts] = i;
    parts++;
    if (i >= n) break;
    let j = i;
    while (j < n && s.charCodeAt(j) === 32) j++; // '2026 年 11 月 27 日'
    if (parts < 3 && j < n && isDateSeparator(s.charCodeAt(j))) {
      i = j + 1;
      while (i < n && s.charCodeAt(i) === 32) i++;
      continue;
    }
    break;
  }
  // What follows the date: nothing, '日'/'号', or a time part ('T10:00', ' 10:30:00').
  if (i < n) {
    const c = s.charCodeAt(i);
    const tailOk = c === 0x65e5 || c === 0x53f7 || c === 84 || c === 116 || c === 32;
    if (!tailOk || parts < 3) return null;
  }
  if (parts === 1) {
    if (ends[0] - starts[0] !== 8) return null; // 20261127
    return dayFromYMD(readInt(s, 0, 4), readInt(s, 4, 6), readInt(s, 6, 8));
  }
  if (parts !== 3) return null;
  const a = readInt(s, starts[0], ends[0]);
  const b = readInt(s, starts[1], ends[1]);
  const c = readInt(s, starts[2], ends[2]);
  const lenA = ends[0] - starts[0];
  const lenC = ends[2] - starts[2];
  if (lenA === 4) return ends[1] - starts[1] <= 2 && lenC <= 2 ? dayFromYMD(a, b, c) : null;
  if (lenC === 4 && lenA <= 2 && ends[1] - starts[1] <= 2) {
    if (a > 12 && b <= 12) return dayFromYMD(c, b, a); // 27/11/2026
    if (b > 12 && a <= 12) return dayFromYMD(c, a, b); // 11/27/2026
    return null; // 05/06/2026: day-first or month-first? Refuse to guess.
  }
  return null;
}

/**
 * Any cell value -> day number, or null when it is empty or not a date.
 * Numbers are Excel serials (1..2958465), or yyyymmdd when they look like one (20261127).
 */
export function parseDate(raw: unknown): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'number') {
    if (!isFinite(raw)) return null;
    if (raw >= 10000101 && raw <= 99991231 && Number.isInteger(raw)) {
      return dayFromYMD(Math.floor(raw / 10000), Math.floor(raw / 100) % 100, raw % 100);
    }
    if (raw >= 1 && raw <= EXCEL_MAX_SERIAL) return excelSerialToDay(raw);
    return null;
  }
  if (raw instanceof Date) return dayOfDate(raw);
  if (typeof raw === 'string') return parseDateText(raw);
  return parseDateText(cellText(raw));
}
