/**
 * Chinese phone numbers, the strongest matching key in this market.
 *
 * Hand-written fast path for the forms that make up nearly every cell (plain digits,
 * full-width digits, spaces/dashes/brackets/dots, +86/0086/86 prefixes, extensions,
 * a label before the number). libphonenumber-js (max metadata) handles the rest
 * (foreign numbers, odd text) and validates landline area codes, with its answers
 * cached so that a million rows stay fast.
 */
import type * as PhoneMax from 'libphonenumber-js/max';
import type * as PhoneCore from 'libphonenumber-js/core';
import type MaxMetadata from 'libphonenumber-js/metadata.max.json';
import { lazyModule } from '../lazy-module';
import { asciiDigitsOnly, cellText } from './text';

/* eslint-disable @typescript-eslint/no-require-imports -- lazy loads (see lazyModule): most cells never reach the library */
const phoneMax = lazyModule(() => require('libphonenumber-js/max') as typeof PhoneMax);
const phoneCore = lazyModule(() => require('libphonenumber-js/core') as typeof PhoneCore);
const maxMetadata = lazyModule(() => require('libphonenumber-js/metadata.max.json') as typeof MaxMetadata);
/* eslint-enable @typescript-eslint/no-require-imports */

export interface NormalisedPhone {
  /**
   * Canonical digits. mobile: '13812345678'; landline: '0' + area code + local number
   * ('01062345678', extension dropped); unknown: digits with +86/0086/86 prefixes removed
   * (foreign numbers: country code + national number, e.g. '85291234567'); '' when the
   * cell holds no digits at all.
   */
  key: string;
  kind: 'mobile' | 'landline' | 'unknown';
  /** mobile: /^1[3-9]\d{9}$/; landline: 0 + 2-3 digit area code + 7-8 digits, on a real area code; foreign: libphonenumber's verdict. */
  valid: boolean;
}

/** Kind codes of PhoneColumn.kind (PHONE_BLANK where normalisePhone gives null). */
export const PHONE_BLANK = 0;
export const PHONE_MOBILE = 1;
export const PHONE_LANDLINE = 2;
export const PHONE_UNKNOWN = 3;
/** NormalisedPhone.kind by code (PHONE_BLANK has no object: its slot is never read). */
const KIND_NAMES: readonly NormalisedPhone['kind'][] = ['unknown', 'mobile', 'landline', 'unknown'];

/**
 * normalisePhone of every cell of a column, as one array per field rather than an object per
 * row: a million objects that live through the whole check are a million more for every
 * garbage collection to trace and copy.
 */
export interface PhoneColumn {
  /** NormalisedPhone.key; '' for a blank cell (strings only, so the array keeps one element kind). */
  key: string[];
  /** PHONE_MOBILE / PHONE_LANDLINE / PHONE_UNKNOWN, PHONE_BLANK for a blank cell. */
  kind: Uint8Array;
  /** 1 when valid. */
  valid: Uint8Array;
  /** 1 when the cell holds another number after the first (normalisePhones reads them all). */
  several: Uint8Array;
}

/**
 * Result of the last readPhone (module state, not an object per cell: the column parse copies
 * it into its arrays, normalisePhone into one object).
 */
let resultKey = '';
let resultValid = false;

function result(key: string, kind: number, valid: boolean): number {
  resultKey = key;
  resultValid = valid;
  return kind;
}

// ----------------------------------------------------------------- scanning

/** Results of the last scan (module state instead of an object per call: this runs per cell). */
let scanPlus = false;
let scanOdd = false;
/** Number of digits before the last digit group (the group after the last separator). */
let scanLastGroupStart = 0;
/**
 * Where a second number in the cell starts (the scan stopped before it), -1 when none:
 * after a list separator ('13812345678/13912345678', '… 或 …'), or a new group of digits
 * once the number is complete ('13812345678 025-12345678').
 */
let scanNext = -1;
/** No Chinese number has more digits than this after its +86 / 0086 prefix (mobiles and 3-digit-area landlines have 11). */
const COMPLETE_NUMBER_DIGITS = 11;

function isSpaceOrDash(c: number): boolean {
  // space, tab, - ( ) . and no-break / ideographic space, unicode dashes
  return (
    c === 32 ||
    c === 9 ||
    c === 45 ||
    c === 40 ||
    c === 41 ||
    c === 46 ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2212
  );
}

/** Characters that separate two numbers in one cell: / ; , 、 | newline, 或 (or), 及 (and); full-width forms arrive mapped to ASCII. */
function isListSeparator(c: number): boolean {
  return (
    c === 47 ||
    c === 59 ||
    c === 44 ||
    c === 0x3001 ||
    c === 10 ||
    c === 13 ||
    c === 124 ||
    c === 0x6216 ||
    c === 0x53ca
  );
}

/** Index after the first list separator at or after `from` (full-width forms included), -1 when none. */
function afterListSeparator(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (isListSeparator(c)) return i + 1;
  }
  return -1;
}

/** What starts an extension after a number ('ext 801', 'x801', '转801', '分机801', '内线801'). */
const EXTENSION_WORD = /^(?:ext|x|转|分机|内线)/i;

/**
 * Where another number starts in s, after one (7 digits or more) that ended at i; -1 when none. It starts
 * with a '+', or with text that is no extension word ('Tel. 139…', '电话：020…', '（王先生） 139…'),
 * or after an extension's digits ('转801 139…'); digits must follow. A name alone after the
 * number ('13812345678 王先生') is no number.
 */
function nextNumberAt(s: string, i: number): number {
  const c = halfWidthCodeAt(s, i);
  let start = i;
  const extension = EXTENSION_WORD.exec(s.slice(i, i + 3));
  if (extension) {
    let j = i + extension[0].length;
    while (j < s.length && isSpaceOrDashOrColon(halfWidthCodeAt(s, j))) j++;
    while (j < s.length && isDigitCode(halfWidthCodeAt(s, j))) j++;
    while (j < s.length && isSpaceOrDashOrColon(halfWidthCodeAt(s, j))) j++;
    const next = halfWidthCodeAt(s, j);
    if (!(isDigitCode(next) || next === 43 || isLabelChar(next))) return -1;
    start = j;
  } else if (c !== 43 && !isLabelChar(c)) return -1;
  for (let k = start; k < s.length; k++) if (isDigitCode(halfWidthCodeAt(s, k))) return start;
  return -1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceOrDashOrColon(c: number): boolean {
  return c === 58 || isSpaceOrDash(c);
}

/** The character code at k with full-width forms mapped to ASCII (NaN past the end). */
function halfWidthCodeAt(s: string, k: number): number {
  const c = s.charCodeAt(k);
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/** A latin letter or a CJK character. */
function isLabelChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x2e80;
}

/** Digits of a China prefix at the start of the digits read so far (0086, or 86 after a '+'). */
function chinaPrefixLength(digits: string, plus: boolean): number {
  if (digits.startsWith('0086')) return 4;
  return plus && digits.startsWith('86') ? 2 : 0;
}

/**
 * Is the number read so far (count digits, the first ones in digits) complete, so that a group of
 * `nextGroup` digits after a gap starts another number? At 11 digits after a +86 / 0086 prefix; and,
 * after a prefix, when the group would make it longer than 11 (+86 20 87654321 13812345678: a
 * number written internationally has no trunk 0), or 12 when it kept the trunk 0.
 */
function numberComplete(digits: string, count: number, nextGroup: number): boolean {
  const prefix = chinaPrefixLength(digits, scanPlus);
  const national = count - prefix;
  if (national >= COMPLETE_NUMBER_DIGITS) return true;
  // '+86 (0)571 …' keeps its trunk 0: one digit more
  const longest = COMPLETE_NUMBER_DIGITS + (digits.charCodeAt(prefix) === 48 ? 1 : 0);
  return prefix > 0 && national >= 7 && national + nextGroup > longest;
}

/** Length of the run of digits (ASCII or full-width) starting at i. */
function digitRunAt(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigitCode(halfWidthCodeAt(s, j))) j++;
  return j - i;
}

/**
 * Collects the digits of the first phone number in s. Skips a label before the number
 * ('手机：', 'Tel.'), separators inside it, and stops at an extension ('ext', 'x', '转', '#',
 * '分机') or a second number. Sets scanOdd when something unexpected appears before the
 * number has 7 digits (then libphonenumber-js gets the text).
 */
function scanDigits(s: string): string {
  scanPlus = false;
  scanOdd = false;
  scanLastGroupStart = 0;
  scanNext = -1;
  // Runs of ASCII digits are copied with one slice each ('165 6688 9914': three slices), not
  // char by char; a cell of ASCII digits only is returned as it is.
  let digits = ''; // digits before runStart
  let count = 0; // all digits so far
  let runStart = -1; // start of the run of ASCII digits not yet copied to digits
  let started = false;
  let gap = false;
  let plain = true; // only ASCII digits so far
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const raw = s.charCodeAt(i);
    let c = raw;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width
    if (c >= 48 && c <= 57) {
      if (gap) {
        // digits were flushed at the gap; a complete number followed by more digits is two numbers
        if (numberComplete(digits, count, digitRunAt(s, i))) {
          scanNext = i;
          break;
        }
        scanLastGroupStart = count;
        gap = false;
      }
      if (c === raw) {
        if (runStart < 0) runStart = i;
      } else {
        plain = false;
        if (runStart >= 0) {
          digits += s.slice(runStart, i);
          runStart = -1;
        }
        digits += String.fromCharCode(c);
      }
      count++;
      started = true;
      continue;
    }
    plain = false;
    if (runStart >= 0) {
      digits += s.slice(runStart, i);
      runStart = -1;
    }
    if (!started) {
      if (c === 43)
        scanPlus = true; // '+'
      else if (!isSpaceOrDash(c) && c !== 58 && c !== 0xff1a) {
        // a label before the number: letters, CJK, ':'; fine. Anything else is odd.
        if (!isLabelChar(c)) scanOdd = true;
      }
      continue;
    }
    if (isSpaceOrDash(c)) {
      gap = true;
      continue;
    }
    if (count >= 7) {
      // extension, second number, a name after the number: the number is complete; another
      // number may follow a list separator ('010-62345678 转 8/13912345678'), or start with a '+',
      // a label or after an extension ('手机:13812345678 电话:020-87654321', '…转801 139…')
      const next = isListSeparator(c) ? i + 1 : nextNumberAt(s, i);
      scanNext = next >= 0 ? next : afterListSeparator(s, i + 1);
      break;
    }
    if (isListSeparator(c)) {
      gap = true;
      continue;
    }
    scanOdd = true;
    break;
  }
  if (plain) return s;
  return runStart >= 0 ? digits + s.slice(runStart) : digits;
}

// ----------------------------------------------------------------- classifying

const landlineValidity = new Map<number, boolean>();
const LANDLINE_CACHE_LIMIT = 100000;

/** Length of the area code (without its leading 0) of a number starting with 0. */
function areaCodeLength(d: string): number {
  const c = d.charCodeAt(1);
  return c === 49 || c === 50 ? 2 : 3; // 010, 02x; otherwise 0xxx
}

/** Shape of a landline: 0 + area code (010, 02x, 0[3-9]xx) + 7-8 digit local number (libphonenumber-js checks the rest). */
function landlineShapeOk(d: string): boolean {
  const n = d.length;
  if (n < 10 || n > 12 || d.charCodeAt(0) !== 48) return false;
  const second = d.charCodeAt(1);
  if (second === 48) return false; // 00: international prefix
  if (second === 49 && d.charCodeAt(2) !== 48) return false; // 01x other than 010
  const area = areaCodeLength(d);
  const local = n - 1 - area;
  // A local number never starts with 0: dialling 0 starts a long-distance call.
  return local >= 7 && local <= 8 && d.charCodeAt(1 + area) !== 48;
}

/**
 * The parts of libphonenumber-js's numbering plan for China (+86) that decide whether a
 * national number is valid, as compiled regular expressions. The library's own isValid()
 * parses the text and builds each RegExp again on every call (about 60 us per call in a fresh
 * process, and a thousand distinct area codes and prefixes in 100k rows).
 */
interface ChinaPlan {
  general: RegExp;
  types: { pattern: RegExp; lengths: readonly number[] | undefined }[];
}

/** libphonenumber-js's number types, in the order its getNumberType tries them. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

/** The slice of libphonenumber-js's (untyped) NumberingPlan read here. */
interface PlanView {
  nationalNumberPattern(): string;
  type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

let chinaPlan: ChinaPlan | null = null;

function loadChinaPlan(): ChinaPlan {
  const metadata = new (phoneCore().Metadata)(maxMetadata());
  metadata.selectNumberingPlan('CN');
  const plan = metadata.numberingPlan as unknown as PlanView;
  const whole = (pattern: string) => new RegExp('^(?:' + pattern + ')$');
  const types: ChinaPlan['types'] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    // the library skips a type that is absent or has an empty pattern
    if (type && type.pattern()) types.push({ pattern: whole(type.pattern()), lengths: type.possibleLengths() });
  }
  return { general: whole(plan.nationalNumberPattern()), types };
}

/**
 * Is this Chinese national number (no trunk 0) valid by libphonenumber-js's metadata? The same
 * answer as parsePhoneNumberFromString('+86' + national)?.isValid() for the landline shapes read
 * here (tested against it): the general pattern, then any number type whose lengths and pattern fit.
 */
export function chinaNationalNumberValid(national: string): boolean {
  const plan = chinaPlan ?? (chinaPlan = loadChinaPlan());
  if (!plan.general.test(national)) return false;
  for (const type of plan.types) {
    if (type.lengths && type.lengths.indexOf(national.length) < 0) continue;
    if (type.pattern.test(national)) return true;
  }
  return false;
}

/** Does libphonenumber-js know this area code and local length? Cached by area code, local length and leading digits. */
function landlineKnown(d: string): boolean {
  const area = areaCodeLength(d);
  // key: the first 3 + area digits as a number, their count and the length (no strings per cell)
  let prefix = 0;
  for (let i = 0; i < 3 + area; i++) prefix = prefix * 10 + (d.charCodeAt(i) - 48);
  const cacheKey = (prefix * 10 + area) * 100 + d.length;
  let ok = landlineValidity.get(cacheKey);
  if (ok === undefined) {
    ok = chinaNationalNumberValid(d.slice(1));
    if (landlineValidity.size < LANDLINE_CACHE_LIMIT) landlineValidity.set(cacheKey, ok);
  }
  return ok;
}

function isValidLandline(d: string): boolean {
  return landlineShapeOk(d) && landlineKnown(d);
}

function mobileDigitsValid(d: string): boolean {
  const c = d.charCodeAt(1);
  return d.length === 11 && d.charCodeAt(0) === 49 && c >= 51 && c <= 57;
}

/** Classifies Chinese digits (international prefix already removed): the kind code, key and validity in the result state. */
function classify(d: string, lastGroupStart: number): number {
  const n = d.length;
  const first = d.charCodeAt(0);
  if (first === 49 && n === 11) return result(d, PHONE_MOBILE, mobileDigitsValid(d));
  if (first === 48) {
    // A mobile with a spurious trunk 0: 013812345678 (no area code starts 01[3-9]).
    if (n === 12 && d.charCodeAt(1) === 49 && d.charCodeAt(2) >= 51) return result(d.slice(1), PHONE_MOBILE, true);
    if (isValidLandline(d)) return result(d, PHONE_LANDLINE, true);
    // 010-62345678-8001: the last dash group is an extension.
    if (lastGroupStart >= 10 && n - lastGroupStart <= 5) {
      const withoutExt = d.slice(0, lastGroupStart);
      if (isValidLandline(withoutExt)) return result(withoutExt, PHONE_LANDLINE, true);
    }
    return result(d, PHONE_LANDLINE, false);
  }
  return result(d, PHONE_UNKNOWN, false);
}

function startsWith86(d: string, at: number): boolean {
  return d.charCodeAt(at) === 56 && d.charCodeAt(at + 1) === 54;
}

/** Results of the last stripChinaPrefix (module state, not an object per cell). */
let strippedDigits = '';
let strippedShift = 0;

/**
 * Removes +86 / 0086 / 86 and restores the trunk 0 that international form drops, into
 * strippedDigits / strippedShift (shift of the digit positions). Returns false for a foreign number.
 */
function stripChinaPrefix(d: string, plus: boolean): boolean {
  let cut = 0;
  if (d.charCodeAt(0) === 48 && d.charCodeAt(1) === 48) {
    if (!startsWith86(d, 2)) return false; // 00 + another country
    cut = 4;
  } else if (plus) {
    if (!startsWith86(d, 0)) return false; // + another country
    cut = 2;
  } else if (startsWith86(d, 0) && d.length === 13 && d.charCodeAt(2) === 49) {
    cut = 2; // 8613812345678
  } else {
    strippedDigits = d;
    strippedShift = 0;
    return true;
  }
  let rest = d.slice(cut);
  let shift = -cut;
  // International form drops the trunk 0 of landlines: +86 10 62345678 -> 01062345678.
  if (rest.length > 0 && rest.charCodeAt(0) !== 48 && !(rest.length === 11 && rest.charCodeAt(0) === 49)) {
    rest = '0' + rest;
    shift += 1;
  }
  strippedDigits = rest;
  strippedShift = shift;
  return true;
}

/** libphonenumber-js for text the fast path does not understand, and for foreign numbers. */
function viaLibrary(text: string, digits: string): number {
  const p = phoneMax().parsePhoneNumberFromString(text, 'CN');
  if (p) {
    if (p.countryCallingCode === '86') {
      const national = p.nationalNumber as string;
      return classify(national.length === 11 && national[0] === '1' ? national : '0' + national, 0);
    }
    return result(p.countryCallingCode + p.nationalNumber, PHONE_UNKNOWN, p.isValid());
  }
  return result(stripChinaPrefix(digits, scanPlus) ? strippedDigits : digits, PHONE_UNKNOWN, false);
}

/** Reads one phone cell: its kind code (PHONE_BLANK for an empty cell), key and validity in the result state. */
function readPhone(raw: unknown): number {
  scanNext = -1;
  let s: string;
  if (typeof raw === 'string') s = raw;
  else if (typeof raw === 'number') s = Number.isInteger(raw) && raw > 0 ? String(raw) : cellText(raw);
  else s = cellText(raw);
  if (!s) return result('', PHONE_BLANK, false);
  // most cells: eleven ASCII digits starting with 1, a mobile as typed (what the general path
  // below concludes for them, without its scan state)
  if (s.length === 11 && s.charCodeAt(0) === 49 && asciiDigitsOnly(s))
    return result(s, PHONE_MOBILE, mobileDigitsValid(s));
  const digits = scanDigits(s);
  if (digits.length === 0) {
    for (let i = 0; i < s.length; i++) if (!isSpaceOrDash(s.charCodeAt(i))) return result('', PHONE_UNKNOWN, false);
    return result('', PHONE_BLANK, false); // only spaces
  }
  if (scanOdd) return viaLibrary(s, digits);
  if (!stripChinaPrefix(digits, scanPlus)) return viaLibrary(s, digits);
  return classify(strippedDigits, scanLastGroupStart > 0 ? scanLastGroupStart + strippedShift : 0);
}

/**
 * Normalises one phone cell; null for an empty cell. When a cell holds several numbers
 * ('13812345678 / 13912345678') this reads the first; see normalisePhones for all.
 */
export function normalisePhone(raw: unknown): NormalisedPhone | null {
  const kind = readPhone(raw);
  if (kind === PHONE_BLANK) return null;
  return { key: resultKey, kind: KIND_NAMES[kind], valid: resultValid };
}

/** normalisePhone of every cell, written straight into the arrays of a PhoneColumn. */
export function parsePhoneColumn(column: readonly unknown[]): PhoneColumn {
  const n = column.length;
  const out: PhoneColumn = {
    key: new Array<string>(n),
    kind: new Uint8Array(n),
    valid: new Uint8Array(n),
    several: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const kind = readPhone(column[i]);
    // a cell of plain digits is its own key (scanDigits returns it): no string of its own is kept
    out.key[i] = resultKey;
    out.kind[i] = kind;
    out.valid[i] = resultValid ? 1 : 0;
    if (scanNext >= 0) out.several[i] = 1;
  }
  return out;
}

/**
 * Every number in a cell that may hold several, in order, without repeats: after a list
 * separator ('13812345678/13912345678', '电话:010-62345678；手机:13812345678', '… 或 …') or
 * written after a complete number ('13812345678 025-12345678'). A separator inside the first
 * seven digits belongs to the number ('010/62345678').
 */
export function normalisePhones(raw: unknown): NormalisedPhone[] {
  let rest = cellText(raw);
  const out: NormalisedPhone[] = [];
  while (rest) {
    const kind = readPhone(rest);
    const next = scanNext;
    const key = resultKey;
    if (kind !== PHONE_BLANK && key && !out.some((q) => q.key === key))
      out.push({ key, kind: KIND_NAMES[kind], valid: resultValid });
    if (next < 0) break;
    rest = rest.slice(next);
  }
  return out;
}
