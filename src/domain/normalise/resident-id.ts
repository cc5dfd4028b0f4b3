/**
 * Resident identity numbers (居民身份证号码), GB 11643-1999.
 * 18 characters: 6-digit area code, 8-digit birth date (YYYYMMDD), 3-digit sequence,
 * check character by ISO 7064 MOD 11-2. Legacy 15-digit numbers have a 6-digit birth
 * date (YYMMDD, 19xx) and no check character.
 */
import { dayFromYMD } from './dates';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Check character for the first 17 digits: '10X98765432'[Σ(digit × weight) mod 11]. '' if body17 is not 17 digits. */
export function residentIdCheckDigit(body17: string): string {
  if (body17.length !== 17) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = body17.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return '';
    sum += d * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

/** Birth date (day number) in an 18-digit body (YYYYMMDD at 6..14), or null when it is no real date. */
export function residentBirthDay(id18: string): number | null {
  const digit = (i: number) => id18.charCodeAt(i) - 48;
  const y = digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9);
  const m = digit(10) * 10 + digit(11);
  const d = digit(12) * 10 + digit(13);
  if (!(y >= 1900)) return null;
  return dayFromYMD(y, m, d);
}

/** scanResident18: s is not 17 digits then a digit or X. */
export const NOT_RESIDENT18 = -1;
/** scanResident18 bit: the check character is right. */
export const RESIDENT18_CHECK_OK = 1;
/** scanResident18 bit: the birth date is real (its day number in residentScan.birthDay). */
export const RESIDENT18_BIRTH = 2;
/** Birth day of the last scanResident18 with RESIDENT18_BIRTH (module state: this runs per cell). */
export const residentScan = { birthDay: 0 };

/**
 * looksLikeResident18, residentBirthDay and the check character in one pass over the string:
 * NOT_RESIDENT18, or RESIDENT18_CHECK_OK | RESIDENT18_BIRTH bits. Cells read from a file are
 * views into its text, where each character read goes through the view: one pass, not four.
 */
export function scanResident18(s: string): number {
  if (s.length !== 18) return NOT_RESIDENT18;
  let sum = 0;
  let y = 0;
  let md = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NOT_RESIDENT18;
    sum += d * WEIGHTS[i];
    if (i >= 6 && i < 10) y = y * 10 + d;
    else if (i >= 10 && i < 14) md = md * 10 + d;
  }
  const last = s.charCodeAt(17);
  if (!((last >= 48 && last <= 57) || last === 88)) return NOT_RESIDENT18;
  let out = CHECK_CHARS.charCodeAt(sum % 11) === last ? RESIDENT18_CHECK_OK : 0;
  if (y >= 1900) {
    const day = dayFromYMD(y, Math.floor(md / 100), md % 100);
    if (day !== null) {
      residentScan.birthDay = day;
      out |= RESIDENT18_BIRTH;
    }
  }
  return out;
}

/** 15-digit legacy number -> the 17-digit body of its 18-digit form ('19' inserted after the area code). */
export function upgradeResident15(id15: string): string {
  return id15.slice(0, 6) + '19' + id15.slice(6);
}

/** Shape test: 17 digits then a digit or X (upper-case). */
export function looksLikeResident18(s: string): boolean {
  if (s.length !== 18) return false;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const last = s.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88;
}

/**
 * A well-formed 18-character resident ID with the right check character and a real birth date.
 * Accepts a lower-case x and surrounding spaces.
 */
export function isValidResidentId(id: string): boolean {
  const s = id.trim().toUpperCase();
  if (!looksLikeResident18(s) || s[0] === '0') return false;
  if (residentBirthDay(s) === null) return false;
  return residentIdCheckDigit(s.slice(0, 17)) === s[17];
}
