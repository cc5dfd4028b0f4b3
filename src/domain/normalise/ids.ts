/**
 * Identity numbers as typed in a customer file: an 18-digit resident ID, a legacy
 * 15-digit one, a company's unified social credit code, or a document of someone from
 * outside the mainland: a Hong Kong/Macau permit (港澳居民来往内地通行证: H or M and 8 or
 * 10 digits), a Taiwan permit (台湾居民来往大陆通行证: 8 digits), a passport (letters and
 * digits, 6-9 characters), or another document's number. Matching uses matchKey, which
 * survives a wrong check character (foreign, legacy or mistyped numbers still match: a
 * failed check is a validation issue, not a reason to ignore the number).
 */
import { asciiDigitsOnly, cellText, numberAsCode } from './text';
import {
  NOT_RESIDENT18,
  RESIDENT18_BIRTH,
  RESIDENT18_CHECK_OK,
  residentBirthDay,
  residentScan,
  scanResident18,
  upgradeResident15,
} from './resident-id';
import { looksLikeUscc, usccCheckChar } from './uscc';

export interface ParsedId {
  /** 'unknown': another document (a foreign ID card ...), or not an identity number at all (see formatOk). */
  kind: 'resident' | 'resident15' | 'uscc' | 'hkMacau' | 'taiwan' | 'passport' | 'unknown';
  /** upper-case, spaces, dashes and brackets removed, full-width folded */
  normalised: string;
  /**
   * resident: 17-digit body (15-digit legacy upgraded by inserting '19' after the area code);
   * uscc: first 17 characters; the others: normalised.
   */
  matchKey: string;
  /**
   * shape right (length, alphabet, plausible birth date); permits and passports: their pattern;
   * unknown: could be another document's number (letters and digits, 6-20 long, not a cut resident ID or a phone)
   */
  formatOk: boolean;
  /** check character right (15-digit legacy IDs have none: true; permits, passports and others have none to check: false) */
  checkOk: boolean;
  /** birth date (day number) for resident IDs with a real date */
  birthDate?: number;
}

/** Kind codes of IdColumn.kind (ID_BLANK where parseIdNumber gives null). */
export const ID_BLANK = 0;
export const ID_RESIDENT = 1;
export const ID_RESIDENT15 = 2;
export const ID_USCC = 3;
export const ID_UNKNOWN = 4;
export const ID_HK_MACAU = 5;
export const ID_TAIWAN = 6;
export const ID_PASSPORT = 7;
/** ParsedId.kind by code (ID_BLANK has no object: its slot is never read). */
export const ID_KIND_NAMES: readonly ParsedId['kind'][] = [
  'unknown',
  'resident',
  'resident15',
  'uscc',
  'unknown',
  'hkMacau',
  'taiwan',
  'passport',
];
/** Bits of IdColumn.flags. */
export const ID_FORMAT_OK = 1;
export const ID_CHECK_OK = 2;
/** IdColumn.birthDate where there is none. */
export const NO_BIRTH_DATE = -2147483648;

/**
 * parseIdNumber of every cell of a column, as one array per field rather than an object per
 * row: a million objects that live through the whole check are a million more for every
 * garbage collection to trace and copy.
 */
export interface IdColumn {
  /** ParsedId.normalised; '' for a blank cell (strings only, so the array keeps one element kind). */
  normalised: string[];
  /** ParsedId.matchKey; '' for a blank cell. */
  matchKey: string[];
  /** ID_RESIDENT / ID_RESIDENT15 / ID_USCC / ID_UNKNOWN, ID_BLANK for a blank cell. */
  kind: Uint8Array;
  /** ID_FORMAT_OK | ID_CHECK_OK. */
  flags: Uint8Array;
  /** ParsedId.birthDate, NO_BIRTH_DATE where it has none. */
  birthDate: Int32Array;
}

/**
 * Result of the last readId (module state, not an object per cell: the column parse copies it
 * into its arrays, parseIdNumber into one object).
 */
let resultNormalised = '';
let resultMatchKey = '';
let resultFormatOk = false;
let resultCheckOk = false;
let resultBirth = NO_BIRTH_DATE;

function result(
  kind: number,
  normalised: string,
  matchKey: string,
  formatOk: boolean,
  checkOk: boolean,
  birth: number | null,
): number {
  resultNormalised = normalised;
  resultMatchKey = matchKey;
  resultFormatOk = formatOk;
  resultCheckOk = checkOk;
  resultBirth = birth === null ? NO_BIRTH_DATE : birth;
  return kind;
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
      c === 40 || // ( ) of 'H12345678(01)', 'A123456(7)'
      c === 41 ||
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

/**
 * An 18-character resident ID (scanResident18 gave `scan`, not NOT_RESIDENT18). An all-digit code
 * can also be a social credit code: that reading is taken only when it checks out and the resident
 * reading has no plausible birth date. A mistyped resident ID passes the USCC check by chance one
 * time in 31; reading it as a valid USCC would hide the typo.
 */
function readResident18(s: string, scan: number): number {
  const body = s.slice(0, 17);
  const birth = scan & RESIDENT18_BIRTH ? residentScan.birthDay : null;
  if (birth === null && looksLikeUscc(s) && usccCheckChar(body) === s[17]) {
    return result(ID_USCC, s, body, true, true, null);
  }
  return result(ID_RESIDENT, s, body, birth !== null && s[0] !== '0', (scan & RESIDENT18_CHECK_OK) !== 0, birth);
}

/** Reads an identity number: its kind code (ID_BLANK for an empty cell), the rest in the result state. */
function readId(raw: unknown): number {
  // the usual cell: 18 characters already in normal form (digits and X are clean), read in one pass
  if (typeof raw === 'string' && raw.length === 18) {
    const scan = scanResident18(raw);
    if (scan !== NOT_RESIDENT18) return readResident18(raw, scan);
  }
  const s = normaliseIdText(raw);
  if (!s) return result(ID_BLANK, '', '', false, false, null);

  if (s.length === 18) {
    const scan = scanResident18(s);
    if (scan !== NOT_RESIDENT18) return readResident18(s, scan);
  }
  if (s.length === 15 && asciiDigitsOnly(s)) {
    const body = upgradeResident15(s);
    const birth = residentBirthDay(body);
    return result(ID_RESIDENT15, s, body, birth !== null && s[0] !== '0', true, birth);
  }
  if (s.length === 18 && looksLikeUscc(s)) {
    const body = s.slice(0, 17);
    return result(ID_USCC, s, body, true, usccCheckChar(body) === s[17], null);
  }
  // documents without a check character: their pattern is their format
  const kind = documentKind(s);
  return result(kind, s, s, kind !== ID_UNKNOWN || couldBeDocument(s), false, null);
}

/** Counts of a normalised text's letters (A-Z) and digits; -1 when it has anything else. */
function letterCount(s: string): number {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (c < 48 || c > 57) return -1;
  }
  return letters;
}

/** Leading letters (A-Z) of s, then digits only to the end: how many letters; -1 otherwise. */
function lettersThenDigits(s: string): number {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 65 && s.charCodeAt(k) <= 90) k++;
  return asciiDigitsOnly(s.slice(k)) && k < s.length ? k : -1;
}

/**
 * The kind of a non-mainland document by its pattern: H/M + 8 or 10 digits a Hong Kong/Macau
 * permit (the 10-digit form is the older card, with its issue count); 8 digits a Taiwan permit;
 * 1-2 letters + 6-9 digits, or 6-9 letters and digits with two digits or more, a passport
 * (E12345678, EA1234567, TK1234567, C01X00T47); ID_UNKNOWN otherwise.
 */
function documentKind(s: string): number {
  const n = s.length;
  const lead = lettersThenDigits(s);
  const first = s.charCodeAt(0);
  if (lead === 1 && (first === 72 || first === 77) && (n === 9 || n === 11)) return ID_HK_MACAU;
  if (lead === 0 && n === 8) return ID_TAIWAN;
  if ((lead === 1 || lead === 2) && n - lead >= 6 && n - lead <= 9) return ID_PASSPORT;
  if (n >= 6 && n <= 9) {
    const letters = letterCount(s);
    if (letters >= 1 && n - letters >= 2) return ID_PASSPORT;
  }
  return ID_UNKNOWN;
}

/**
 * Could this be the number of a document with no pattern of its own (a foreign ID card, an old
 * permanent-residence card)? Letters and digits, 6-20 long, not one character repeated, and not
 * all digits of a phone's or a resident ID's length (11-19: a mobile, or a resident ID cut short).
 */
function couldBeDocument(s: string): boolean {
  const n = s.length;
  if (n < 6 || n > 20 || letterCount(s) < 0) return false;
  if (asciiDigitsOnly(s) && n >= 11) return false;
  for (let i = 1; i < n; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return true;
  return false;
}

/** Reads an identity number; null for an empty cell. */
export function parseIdNumber(raw: unknown): ParsedId | null {
  const code = readId(raw);
  if (code === ID_BLANK) return null;
  const kind = ID_KIND_NAMES[code];
  const normalised = resultNormalised;
  const matchKey = resultMatchKey;
  const formatOk = resultFormatOk;
  const checkOk = resultCheckOk;
  // birthDate written in the literal, not added after: an added property costs each object a
  // second allocation (a property array) and a second hidden class.
  if (resultBirth !== NO_BIRTH_DATE) return { kind, normalised, matchKey, formatOk, checkOk, birthDate: resultBirth };
  return { kind, normalised, matchKey, formatOk, checkOk };
}

/** parseIdNumber of every cell, written straight into the arrays of an IdColumn. */
export function parseIdColumn(column: readonly unknown[]): IdColumn {
  const n = column.length;
  const out: IdColumn = {
    normalised: new Array<string>(n),
    matchKey: new Array<string>(n),
    kind: new Uint8Array(n),
    flags: new Uint8Array(n),
    birthDate: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    out.kind[i] = readId(column[i]);
    // a clean ID cell is its own normalised text (normaliseIdText returns it): no string of its own is kept
    out.normalised[i] = resultNormalised;
    out.matchKey[i] = resultMatchKey;
    out.flags[i] = (resultFormatOk ? ID_FORMAT_OK : 0) | (resultCheckOk ? ID_CHECK_OK : 0);
    out.birthDate[i] = resultBirth;
  }
  return out;
}
