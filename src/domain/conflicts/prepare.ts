/**
 * Normalises every customer row once, into columnar arrays the comparator reads by index.
 * Repeated values (names, cities, kinds) are normalised once each through memo maps.
 */
import type { Table, CellValue } from '../table';
import { field } from '../schema';
import { parseEnum } from '../headers';
import { normalisePhones, normaliseName, nameSound, toSimplified, toHalfWidth, companyCore } from '../normalise';
import { phoneColumn, idColumn, dayColumn } from '../normalise/columns';
import type { PhoneColumn } from '../normalise/phone';
import { ID_CHECK_OK, ID_FORMAT_OK, ID_UNKNOWN, NO_BIRTH_DATE, type IdColumn } from '../normalise/ids';
import { fuzzySound, hashString } from './similarity';

export const NO_DAY = -2147483648;
/** phoneNumA/B: a phone key that is not a plain number (hashed as text). */
export const PHONE_TEXT = -2;

export const KIND_UNKNOWN = 0;
export const KIND_END = 1;
export const KIND_DEALER = 2;

export interface PreparedRows {
  n: number;
  rowNumbers: number[];
  customerId: string[];
  owner: string[];
  /** Day number or NaN. */
  firstContact: Float64Array;
  kind: Int8Array;
  /** Up to two normalised phone keys per row ('' when none). */
  phoneA: string[];
  phoneB: string[];
  /**
   * The same phone keys as exact numbers (length × 10^13 + digits, so a leading 0 counts);
   * -1 when none, PHONE_TEXT (-2) when not plain digits up to 12 long: blocking keys without
   * strings, and the phone strings are read only for the rare text keys.
   */
  phoneNumA: Float64Array;
  phoneNumB: Float64Array;
  /** ID / USCC match key ('' when none). */
  idKey: string[];
  /** hashString(idKey, 21) (the idKey blocking key), -1 when there is no key: equality and presence without the strings. */
  idHash: Float64Array;
  /** 1 when the ID's shape and check digit are right. */
  idValid: Uint8Array;
  /** Index of the valid match key (a cannot-link label), -1 otherwise. */
  idLabel: Int32Array;
  /** Normalised name (simplified, no spaces); for companies the core (no legal suffix, no leading place). */
  name: string[];
  /** Companies: leading place of the name ('' when none). Two different places = different companies. */
  place: string[];
  /** Fuzzy sound of the name ('' when none). */
  sound: string[];
  isCompany: Uint8Array;
  /** Surname of a person name (first character, or the part before a title such as 先生). */
  surname: string[];
  /** 1 when the name is only surname + title (王先生, 李总). */
  titleOnly: Uint8Array;
  contact: string[];
  contactSound: string[];
  contactSurname: string[];
  contactTitleOnly: Uint8Array;
  /**
   * Term frequencies of names in THIS table (for the name's u-probability, Splink/fastLink style):
   * per row, how many rows carry the same normalised name, and how many sound the same
   * (persons and companies counted apart). 0 when the row has no name.
   */
  nameCount: Int32Array;
  soundCount: Int32Array;
  /** Per row, the code of the contact name (-1 when none), for its chance-agreement estimate. */
  contactCode: Int32Array;
  birth: Int32Array;
  /** City code (index into cities), -1 when empty. */
  city: Int32Array;
  cities: string[];
}

interface NameInfo {
  name: string;
  sound: string;
  surname: string;
  titleOnly: boolean;
  /** Companies: the leading place of the name (广州 in 广州安达汽贸), '' when none. */
  place: string;
  /** 53-bit hashes of the normalised name and of its sound (companies and persons apart), -1 when empty. */
  nameHash: number;
  soundHash: number;
}

const TITLE = /^(.{1,2}?)(先生|女士|小姐|太太|总|老总|老板|经理|师傅|老师|主任|姐|哥)$/;
const COMPANY_HINT = /公司|集团|有限|汽贸|汽销|车行|商行|经销|贸易|销售|4s|中心$|店$|厂$|部$/i;
/** Junk typed where an ID is unknown. */
const MIN_ID_LENGTH = 8;
/** Phone keys shorter than this are not numbers anyone can be reached at. */
const MIN_PHONE_LENGTH = 7;

/** Cell text, trimmed. Strings that cannot need trimming (the common case) are returned without a call. */
function cellString(v: CellValue | undefined): string {
  if (typeof v === 'string') {
    const n = v.length;
    if (n === 0) return v;
    const a = v.charCodeAt(0);
    const b = v.charCodeAt(n - 1);
    // printable ASCII or CJK at both ends: no white space to trim (trim's set is ASCII space, U+00A0..U+3000 and U+FEFF)
    if (((a > 32 && a < 127) || (a > 0x3000 && a !== 0xfeff)) && ((b > 32 && b < 127) || (b > 0x3000 && b !== 0xfeff)))
      return v;
    return v.trim();
  }
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
}

/** Slots for an open-addressing table holding up to `entries` keys (a power of two, at least twice as many). */
function tableSize(entries: number): number {
  let size = 1024;
  while (size < entries * 2) size *= 2;
  return size;
}

/** Slot of a 53-bit hash (its low 32 bits, mixed) in a table of mask + 1 slots. */
function slotOf(hash: number, mask: number): number {
  let h = Math.imul(hash | 0, 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}

const TITLE_ENDS = new Set('生士姐太总板理傅师任哥'.split('').map((c) => c.charCodeAt(0)));

/** Surname + title (王先生, 李总): the regex runs only on short names ending like a title. */
function titleMatch(norm: string): RegExpExecArray | null {
  return norm.length <= 4 && TITLE_ENDS.has(norm.charCodeAt(norm.length - 1)) ? TITLE.exec(norm) : null;
}

/** Normalised name, place, sound, surname and hashes of one distinct raw name (a contact's). */
function nameInfo(raw: string, company: boolean): NameInfo {
  const full = normaliseName(raw, company ? 'company' : 'person');
  const norm = company ? companyCore(full) : full;
  const place =
    company && norm.length < full.length && full.endsWith(norm) ? full.slice(0, full.length - norm.length) : '';
  let surname = '';
  let titleOnly = false;
  if (!company && norm) {
    const m = titleMatch(norm);
    if (m) {
      surname = m[1];
      titleOnly = true;
    } else surname = firstChar(norm);
  }
  const sound = norm ? fuzzySound(norm, nameSound) : '';
  return {
    name: norm,
    sound,
    surname,
    titleOnly,
    place,
    nameHash: norm ? hashString(norm, company ? 1 : 2) : -1,
    soundHash: sound ? hashString(sound, company ? 3 : 4) : -1,
  };
}

/** One-code-unit strings shared by code unit (a surname per distinct name would otherwise be a new string each). */
const charStrings: string[] = [];
function firstChar(s: string): string {
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return s.slice(0, 1);
  return (charStrings[c] ??= s.slice(0, 1));
}

/**
 * Each column is prepared by its own small function with one loop over the rows: small loops
 * are optimised early and stay optimised (one big loop over every column was compiled on stack
 * replacement and deoptimised again for lack of type feedback), and each touches few arrays.
 */
export function prepareRows(table: Table): PreparedRows {
  const n = table.length;
  const col = (k: string): (CellValue | undefined)[] => table.columns[k] ?? [];
  const cPhone = col('Phone');
  // whole-column normalisation shared with validation (each cell parsed once per check)
  // (a missing column reads as empty: index past the end gives undefined)
  const phoneFirst = phoneColumn(cPhone as CellValue[]);
  const ids = idColumn(col('IdNumber') as CellValue[]);
  const births = dayColumn(col('BirthDate') as CellValue[]);
  const firsts = dayColumn(col('FirstContact') as CellValue[]);

  const kind = kindCodes(col('Kind'), n);
  const rawNames = cellStrings(col('Name'), n);
  const isCompany = companyFlags(rawNames, kind);
  const names = prepareNames(rawNames, isCompany);
  const contacts = prepareContacts(col('Contact'), n);
  const phones = preparePhones(cPhone, phoneFirst, n);
  const id = prepareIds(ids, n);
  const city = cityCodes(col('City'), n);
  return {
    n,
    rowNumbers: table.rowNumbers.slice(0, n),
    customerId: cellStrings(col('CustomerId'), n),
    owner: cellStrings(col('Owner'), n),
    firstContact: dayNumbers(firsts, n),
    kind,
    ...phones,
    ...id,
    ...names,
    isCompany,
    ...contacts,
    birth: birthDays(births, ids, n),
    city: city.code,
    cities: city.cities,
  };
}

/** cellString of every row. */
function cellStrings(column: (CellValue | undefined)[], n: number): string[] {
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = cellString(column[i]);
  return out;
}

/** Day numbers (NaN where none). */
function dayNumbers(days: number[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = days[i] ?? NaN;
  return out;
}

function kindCodes(column: (CellValue | undefined)[], n: number): Int8Array {
  const kindField = field('Customers', 'Kind');
  const out = new Int8Array(n);
  const memo = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = cellString(column[i]);
    let kind = memo.get(text);
    if (kind === undefined) {
      const k = parseEnum(kindField, text);
      kind = k === 'End' ? KIND_END : k === 'Dealer' ? KIND_DEALER : KIND_UNKNOWN;
      memo.set(text, kind);
    }
    out[i] = kind;
  }
  return out;
}

function companyFlags(rawNames: string[], kind: Int8Array): Uint8Array {
  const n = rawNames.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    out[i] = k === KIND_DEALER || (k === KIND_UNKNOWN && COMPANY_HINT.test(rawNames[i])) ? 1 : 0;
  }
  return out;
}

type NameFields = Pick<PreparedRows, 'name' | 'place' | 'sound' | 'surname' | 'titleOnly' | 'nameCount' | 'soundCount'>;

/**
 * Rows with the same raw name (and kind of name) share one normalisation: each distinct raw
 * name gets a code (distinctNames), is normalised once, and its fields are copied to its rows.
 */
function prepareNames(rawNames: string[], isCompany: Uint8Array): NameFields {
  const n = rawNames.length;
  const names = distinctNames(rawNames, isCompany);
  const d = names.count;
  const dName: string[] = new Array(d);
  const dPlace: string[] = new Array(d);
  const dSound: string[] = new Array(d);
  const dSurname: string[] = new Array(d);
  const dTitleOnly = new Uint8Array(d);
  const dNameHash = new Float64Array(d);
  const dSoundHash = new Float64Array(d);
  for (let c = 0; c < d; c++) {
    const r = names.firstRow[c];
    const company = isCompany[r] === 1;
    const full = normaliseName(rawNames[r], company ? 'company' : 'person');
    const norm = company ? companyCore(full) : full;
    dName[c] = norm;
    dPlace[c] =
      company && norm.length < full.length && full.endsWith(norm) ? full.slice(0, full.length - norm.length) : '';
    if (!norm) {
      dSound[c] = '';
      dSurname[c] = '';
      dNameHash[c] = -1;
      dSoundHash[c] = -1;
      continue;
    }
    if (company) dSurname[c] = '';
    else {
      const m = titleMatch(norm);
      dSurname[c] = m ? m[1] : firstChar(norm);
      dTitleOnly[c] = m ? 1 : 0;
    }
    const sound = fuzzySound(norm, nameSound);
    dSound[c] = sound;
    dNameHash[c] = hashString(norm, company ? 1 : 2);
    dSoundHash[c] = sound ? hashString(sound, company ? 3 : 4) : -1;
  }
  // term frequencies: rows per normalised name (and per sound), summed over the raw names that give it
  const dNameCount = countRowsByHash(dNameHash, names.rows);
  const dSoundCount = countRowsByHash(dSoundHash, names.rows);
  const out: NameFields = {
    name: byCode(dName, names.code, n),
    place: byCode(dPlace, names.code, n),
    sound: byCode(dSound, names.code, n),
    surname: byCode(dSurname, names.code, n),
    titleOnly: new Uint8Array(n),
    nameCount: new Int32Array(n),
    soundCount: new Int32Array(n),
  };
  const code = names.code;
  for (let i = 0; i < n; i++) {
    const c = code[i];
    if (c < 0) continue;
    out.titleOnly[i] = dTitleOnly[c];
    out.nameCount[i] = dNameCount[c];
    out.soundCount[i] = dSoundCount[c];
  }
  return out;
}

/** Per row, the value of its code ('' for code -1). */
function byCode(values: string[], code: Int32Array, n: number): string[] {
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = code[i];
    out[i] = c < 0 ? '' : values[c];
  }
  return out;
}

type ContactFields = Pick<
  PreparedRows,
  'contact' | 'contactSound' | 'contactSurname' | 'contactTitleOnly' | 'contactCode'
>;

function prepareContacts(column: (CellValue | undefined)[], n: number): ContactFields {
  const out: ContactFields = {
    // most rows have no contact: filled once (a builtin fill), written only where there is one
    contact: new Array<string>(n).fill(''),
    contactSound: new Array<string>(n).fill(''),
    contactSurname: new Array<string>(n).fill(''),
    contactTitleOnly: new Uint8Array(n),
    contactCode: new Int32Array(n).fill(-1),
  };
  const memo = new Map<string, NameInfo>();
  // contact names get small integer codes (their chance agreement is counted over codes)
  const codes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = cellString(column[i]);
    if (!text) continue;
    let ci = memo.get(text);
    if (ci === undefined) memo.set(text, (ci = nameInfo(text, false)));
    out.contact[i] = ci.name;
    out.contactSound[i] = ci.sound;
    out.contactSurname[i] = ci.surname;
    out.contactTitleOnly[i] = ci.titleOnly ? 1 : 0;
    if (ci.name) {
      let code = codes.get(ci.name);
      if (code === undefined) codes.set(ci.name, (code = codes.size));
      out.contactCode[i] = code;
    }
  }
  return out;
}

type PhoneFields = Pick<PreparedRows, 'phoneA' | 'phoneB' | 'phoneNumA' | 'phoneNumB'>;

function preparePhones(column: (CellValue | undefined)[], phoneFirst: PhoneColumn, n: number): PhoneFields {
  const out: PhoneFields = {
    phoneA: new Array(n),
    phoneB: new Array(n),
    phoneNumA: new Float64Array(n),
    phoneNumB: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const cell = column[i];
    // '' for a blank cell (and past the end of a short column)
    const key = phoneFirst.key[i] ?? '';
    let phoneA = '';
    let phoneB = '';
    // a cell that is its own key (plain digits, the usual case) holds one number: no scan
    if (typeof cell === 'string' && key !== cell && hasSeveralPhones(cell)) {
      let k = 0;
      for (const part of normalisePhones(cell)) {
        if (part.key.length < MIN_PHONE_LENGTH) continue;
        if (k === 0) phoneA = part.key;
        else if (k === 1) phoneB = part.key;
        k++;
      }
    } else if (key.length >= MIN_PHONE_LENGTH) {
      phoneA = key;
    }
    out.phoneA[i] = phoneA;
    out.phoneB[i] = phoneB;
    out.phoneNumA[i] = phoneA ? phoneKeyNumber(phoneA) : -1;
    out.phoneNumB[i] = phoneB ? phoneKeyNumber(phoneB) : -1;
  }
  return out;
}

type IdFields = Pick<PreparedRows, 'idKey' | 'idHash' | 'idValid' | 'idLabel'>;

function prepareIds(ids: IdColumn, n: number): IdFields {
  const out: IdFields = {
    idKey: new Array<string>(n).fill(''),
    idHash: new Float64Array(n).fill(-1),
    idValid: new Uint8Array(n),
    idLabel: new Int32Array(n).fill(-1),
  };
  // valid IDs: one cannot-link label per match key, the first row carrying it, found through an
  // open-addressing table of rows keyed by idHash
  // slot k holds [low 32 bits of idHash, row + 1] at 2k, 2k + 1 (0: empty)
  const size = tableSize(n);
  const slots = new Int32Array(2 * size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const kind = ids.kind[i]; // 0 (ID_BLANK) for a blank cell, undefined past the end of a short column
    if (!kind || ids.matchKey[i].length < MIN_ID_LENGTH) continue;
    const key = ids.matchKey[i];
    const hash = hashString(key, ID_HASH_TAG);
    out.idKey[i] = key;
    out.idHash[i] = hash;
    if (kind === ID_UNKNOWN || (ids.flags[i] & (ID_FORMAT_OK | ID_CHECK_OK)) !== (ID_FORMAT_OK | ID_CHECK_OK)) continue;
    out.idValid[i] = 1;
    // the first valid row with the same key text (rows whose hashes merely collide keep their own)
    const h32 = hash | 0;
    let s = slotOf(hash, mask);
    for (;;) {
      const r1 = slots[2 * s + 1];
      if (r1 === 0) {
        slots[2 * s] = h32;
        slots[2 * s + 1] = i + 1;
        out.idLabel[i] = i;
        break;
      }
      if (slots[2 * s] === h32 && out.idKey[r1 - 1] === key) {
        out.idLabel[i] = r1 - 1;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return out;
}

/** The birth date column, else the date inside a well-formed ID (a wrong one is a validation issue). */
function birthDays(births: number[], ids: IdColumn, n: number): Int32Array {
  const out = new Int32Array(n).fill(NO_DAY);
  for (let i = 0; i < n; i++) {
    const day = births[i];
    if (day !== undefined && !Number.isNaN(day)) {
      out[i] = day;
      continue;
    }
    const idDate = ids.birthDate[i]; // NO_BIRTH_DATE for a blank cell, undefined past the end of a short column
    if (
      idDate !== undefined &&
      idDate !== NO_BIRTH_DATE &&
      ids.matchKey[i].length >= MIN_ID_LENGTH &&
      ids.flags[i] & ID_FORMAT_OK
    )
      out[i] = idDate;
  }
  return out;
}

/** City codes (index into cities, -1 when empty): simplified, no spaces, no 市/省/区/县 suffix, lower case. */
function cityCodes(column: (CellValue | undefined)[], n: number): { code: Int32Array; cities: string[] } {
  const code = new Int32Array(n).fill(-1);
  const cities: string[] = [];
  const memo = new Map<string, number>();
  const byCity = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = cellString(column[i]);
    if (!text) continue;
    let c = memo.get(text);
    if (c === undefined) {
      let city = toSimplified(toHalfWidth(text)).replace(/\s+/g, '');
      if (city.length > 2) city = city.replace(/(市|省|区|县|地区)$/, '');
      city = city.toLowerCase();
      c = byCity.get(city);
      if (c === undefined) {
        c = cities.length;
        cities.push(city);
        byCity.set(city, c);
      }
      memo.set(text, c);
    }
    code[i] = c;
  }
  return { code, cities };
}

/** Tag of the idHash (shared with the idKey blocking key, so both are one hash). */
export const ID_HASH_TAG = 21;

/** Does a phone cell hold several numbers (a separator among / ; , 、 ； ， | newline)? A char loop, not a regex per row. */
function hasSeveralPhones(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7c) {
      if (c === 0x3001 || c === 0xff1b || c === 0xff0c) return true; // 、 ； ，
    } else if (c === 0x2f || c === 0x3b || c === 0x2c || c === 0x7c || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/** A phone key as an exact number: length × 10^13 + digits; -1 when empty, not digits or longer than 12. */
export function phoneNumber(key: string): number {
  const len = key.length;
  if (len === 0 || len > 12) return -1;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return len * 1e13 + v;
}

/** phoneNumA/B of a non-empty key: its exact number, or PHONE_TEXT when it is not plain digits up to 12 long. */
function phoneKeyNumber(key: string): number {
  const v = phoneNumber(key);
  return v < 0 ? PHONE_TEXT : v;
}

interface DistinctNames {
  /** Number of distinct (text, flag) pairs. */
  count: number;
  /** Per row, the code of its text (-1 when empty). */
  code: Int32Array;
  /** Per code, the first row with it, and how many rows have it. */
  firstRow: Int32Array;
  rows: Int32Array;
}

/**
 * Codes for the distinct non-empty texts (with the same flag), numbered in order of first row,
 * through an open-addressing table of first rows keyed by the text's hash (texts whose hashes
 * merely collide get codes of their own).
 */
function distinctNames(texts: string[], flag: Uint8Array): DistinctNames {
  const n = texts.length;
  const code = new Int32Array(n);
  // slot k holds [low 32 bits of the hash, code + 1] at 2k, 2k + 1 (0: empty): one cache line per probe
  const size = tableSize(n);
  const slots = new Int32Array(2 * size);
  const mask = size - 1;
  let firstRow: Int32Array<ArrayBuffer> = new Int32Array(1024);
  let rows: Int32Array<ArrayBuffer> = new Int32Array(1024);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const text = texts[i];
    if (!text) {
      code[i] = -1;
      continue;
    }
    const f = flag[i];
    const hash = hashString(text, f + 101);
    const h32 = hash | 0;
    let s = slotOf(hash, mask);
    for (;;) {
      const c1 = slots[2 * s + 1];
      if (c1 === 0) {
        if (count === firstRow.length) {
          firstRow = grow(firstRow);
          rows = grow(rows);
        }
        slots[2 * s] = h32;
        slots[2 * s + 1] = count + 1;
        firstRow[count] = i;
        rows[count] = 1;
        code[i] = count++;
        break;
      }
      if (slots[2 * s] === h32) {
        const r = firstRow[c1 - 1];
        if (flag[r] === f && texts[r] === text) {
          rows[c1 - 1]++;
          code[i] = c1 - 1;
          break;
        }
      }
      s = (s + 1) & mask;
    }
  }
  return { count, code, firstRow, rows };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Per code: the number of rows whose hash equals the code's (summing `rows` over the codes
 * that share the hash); 0 for hash -1.
 */
function countRowsByHash(hash: Float64Array, rows: Int32Array): Int32Array {
  const d = hash.length;
  const out = new Int32Array(d);
  // slot k holds [low 32 bits of the hash, first code with it + 1] at 2k, 2k + 1 (0: empty)
  const size = tableSize(d);
  const slots = new Int32Array(2 * size);
  const mask = size - 1;
  // first pass: each code's group (the first code with its hash), rows summed on the group's first code
  const group = new Int32Array(d);
  for (let c = 0; c < d; c++) {
    const h = hash[c];
    if (h < 0) {
      group[c] = -1;
      continue;
    }
    const h32 = h | 0;
    let s = slotOf(h, mask);
    for (;;) {
      const g1 = slots[2 * s + 1];
      if (g1 === 0) {
        slots[2 * s] = h32;
        slots[2 * s + 1] = c + 1;
        group[c] = c;
        out[c] = rows[c];
        break;
      }
      if (slots[2 * s] === h32 && hash[g1 - 1] === h) {
        const g = g1 - 1;
        group[c] = g;
        out[g] += rows[c];
        break;
      }
      s = (s + 1) & mask;
    }
  }
  for (let c = 0; c < d; c++) if (group[c] >= 0 && group[c] !== c) out[c] = out[group[c]];
  return out;
}

/**
 * Chance that two random rows agree on a coded value (agreeing pairs / pairs, over rows that have
 * one): its u-probability, shrunk towards `prior` worth `priorPairs` pairs.
 */
export function chanceAgreement(code: ArrayLike<number>, missing: number, prior = 0, priorPairs = 0): number {
  let lo = Infinity;
  let hi = -Infinity;
  let total = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === missing) continue;
    total++;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (total < 2) return priorPairs > 0 ? prior : 1;
  let sum = 0;
  if (hi - lo < 1 << 23) {
    const counts = new Int32Array(hi - lo + 1);
    for (let i = 0; i < code.length; i++) if (code[i] !== missing) counts[code[i] - lo]++;
    for (let k = 0; k < counts.length; k++) sum += counts[k] * (counts[k] - 1);
  } else {
    const counts = new Map<number, number>();
    for (let i = 0; i < code.length; i++) if (code[i] !== missing) counts.set(code[i], (counts.get(code[i]) ?? 0) + 1);
    for (const k of counts.values()) sum += k * (k - 1);
  }
  // sum counts ordered pairs
  return (sum / 2 + prior * priorPairs) / ((total * (total - 1)) / 2 + priorPairs);
}
