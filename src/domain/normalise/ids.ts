/**
 * Identity numbers as typed in a customer file: an 18-digit resident ID, a legacy
 * 15-digit one, or a company's unified social credit code. Matching uses matchKey,
 * which survives a wrong check character (foreign, legacy or mistyped numbers still
 * match: a failed check is a validation issue, not a reason to ignore the number).
 */
import { cellText, numberAsCode } from './text';
import { looksLikeResident18, residentBirthDay, residentIdCheckDigit, upgradeResident15 } from './resident-id';
import { looksLikeUscc, usccCheckChar } from './uscc';

export interface ParsedId {
  kind: 'resident' | 'resident15' | 'uscc' | 'unknown';
  /** upper-case, spaces removed, full-width folded */
  normalised: string;
  /**
   * resident: 17-digit body (15-digit legacy upgraded by inserting '19' after the area code);
   * uscc: first 17 characters; unknown: normalised.
   */
  matchKey: string;
  /** shape right (length, alphabet, plausible birth date) */
  formatOk: boolean;
  /** check character right (15-digit legacy IDs have none: true) */
  checkOk: boolean;
  /** birth date (day number) for resident IDs with a real date */
  birthDate?: number;
}

/** Already normalised: only ASCII digits and upper-case letters (the common case; no copy needed). */
function isCleanId(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/**
 * Upper-case, full-width folded, with spaces, dashes and Excel's leading apostrophe removed.
 * Numbers (an ID typed as a number) are written out in full digits; precision lost by
 * Excel cannot be restored, so such IDs usually fail their check.
 */
export function normaliseIdText(raw: unknown): string {
  let s: string;
  if (typeof raw === 'number') s = numberAsCode(raw);
  else s = cellText(raw);
  if (isCleanId(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 45 ||
      c === 0x3000 ||
      c === 0xa0 ||
      c === 39 ||
      c === 0x2010 ||
      c === 0x2013 ||
      c === 0x2014
    )
      continue;
    if (c >= 97 && c <= 122) c -= 32;
    out += c === s.charCodeAt(i) ? s[i] : String.fromCharCode(c);
  }
  return out;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Reads an identity number; null for an empty cell. */
export function parseIdNumber(raw: unknown): ParsedId | null {
  const s = normaliseIdText(raw);
  if (!s) return null;

  if (s.length === 18 && looksLikeResident18(s)) {
    const body = s.slice(0, 17);
    const birth = residentBirthDay(s);
    const checkOk = residentIdCheckDigit(body) === s[17];
    // An all-digit code can also be a social credit code: take that reading only when it checks out
    // and the resident reading has no plausible birth date. A mistyped resident ID passes the
    // USCC check by chance one time in 31; reading it as a valid USCC would hide the typo.
    if (birth === null && looksLikeUscc(s) && usccCheckChar(body) === s[17]) {
      return { kind: 'uscc', normalised: s, matchKey: body, formatOk: true, checkOk: true };
    }
    const formatOk = birth !== null && s[0] !== '0';
    // birthDate written in the literal, not added after: an added property costs each of half a
    // million IDs a second allocation (a property array) and a second hidden class.
    if (birth !== null) return { kind: 'resident', normalised: s, matchKey: body, formatOk, checkOk, birthDate: birth };
    return { kind: 'resident', normalised: s, matchKey: body, formatOk, checkOk };
  }
  if (s.length === 15 && allDigits(s)) {
    const body = upgradeResident15(s);
    const birth = residentBirthDay(body);
    const formatOk = birth !== null && s[0] !== '0';
    if (birth !== null)
      return { kind: 'resident15', normalised: s, matchKey: body, formatOk, checkOk: true, birthDate: birth };
    return { kind: 'resident15', normalised: s, matchKey: body, formatOk, checkOk: true };
  }
  if (s.length === 18 && looksLikeUscc(s)) {
    const body = s.slice(0, 17);
    return { kind: 'uscc', normalised: s, matchKey: body, formatOk: true, checkOk: usccCheckChar(body) === s[17] };
  }
  return { kind: 'unknown', normalised: s, matchKey: s, formatOk: false, checkOk: false };
}
