/**
 * Normalises every customer row once, into columnar arrays the comparator reads by index.
 * Repeated values (names, cities, kinds) are normalised once each through memo maps.
 */
import type { Table, CellValue } from '../table';
import { field } from '../schema';
import { parseEnum } from '../headers';
import { normalisePhones, normaliseName, nameSound, toSimplified, toHalfWidth, companyCore } from '../normalise';
import { phoneColumn, idColumn, dayColumn } from '../normalise/columns';
import { fuzzySound, hashString } from './similarity';
import { KeyEntries, KeyGroups } from './key-groups';

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

function cellString(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
}

export function prepareRows(table: Table): PreparedRows {
  const n = table.length;
  const col = (k: string): (CellValue | undefined)[] => table.columns[k] ?? [];
  const cId = col('CustomerId');
  const cOwner = col('Owner');
  const cFirst = col('FirstContact');
  const cKind = col('Kind');
  const cName = col('Name');
  const cContact = col('Contact');
  const cPhone = col('Phone');
  const cIdNum = col('IdNumber');
  const cBirth = col('BirthDate');
  const cCity = col('City');
  const kindField = field('Customers', 'Kind');
  // whole-column normalisation shared with validation (each cell parsed once per check)
  // (a missing column reads as empty: index past the end gives undefined)
  const phoneFirst = phoneColumn(cPhone as CellValue[]);
  const ids = idColumn(cIdNum as CellValue[]);
  const births = dayColumn(cBirth as CellValue[]);
  const firsts = dayColumn(cFirst as CellValue[]);

  const p: PreparedRows = {
    n,
    rowNumbers: table.rowNumbers.slice(0, n),
    customerId: new Array(n),
    owner: new Array(n),
    firstContact: new Float64Array(n),
    kind: new Int8Array(n),
    phoneA: new Array(n),
    phoneB: new Array(n),
    phoneNumA: new Float64Array(n),
    phoneNumB: new Float64Array(n),
    idKey: new Array(n),
    idHash: new Float64Array(n).fill(-1),
    idValid: new Uint8Array(n),
    idLabel: new Int32Array(n).fill(-1),
    name: new Array(n),
    place: new Array(n),
    sound: new Array(n),
    isCompany: new Uint8Array(n),
    surname: new Array(n),
    titleOnly: new Uint8Array(n),
    contact: new Array(n),
    contactSound: new Array(n),
    contactSurname: new Array(n),
    contactTitleOnly: new Uint8Array(n),
    nameCount: new Int32Array(n),
    soundCount: new Int32Array(n),
    contactCode: new Int32Array(n).fill(-1),
    birth: new Int32Array(n).fill(NO_DAY),
    city: new Int32Array(n).fill(-1),
    cities: [],
  };

  const kindMemo = new Map<string, number>();
  const personMemo = new Map<string, NameInfo>();
  const companyMemo = new Map<string, NameInfo>();
  const cityMemo = new Map<string, number>();
  const cityCodes = new Map<string, number>();
  const EMPTY: NameInfo = {
    name: '',
    sound: '',
    surname: '',
    titleOnly: false,
    place: '',
    nameHash: -1,
    soundHash: -1,
  };
  // contact names get small integer codes (their chance agreement is counted over codes)
  const contactCodes = new Map<string, number>();
  // term frequencies are counted by hash (sort-based grouping), not through a Map of every name
  const rowNameHash = new Float64Array(n).fill(-1);
  const rowSoundHash = new Float64Array(n).fill(-1);

  const nameInfo = (raw: string, company: boolean, memoise = true): NameInfo => {
    if (!raw) return EMPTY;
    const memo = company ? companyMemo : personMemo;
    let info = memoise ? memo.get(raw) : undefined;
    if (info) return info;
    const full = normaliseName(raw, company ? 'company' : 'person');
    const norm = company ? companyCore(full) : full;
    const place =
      company && norm.length < full.length && full.endsWith(norm) ? full.slice(0, full.length - norm.length) : '';
    let surname = '';
    let titleOnly = false;
    if (!company && norm) {
      const m = TITLE.exec(norm);
      if (m) {
        surname = m[1];
        titleOnly = true;
      } else surname = norm.slice(0, 1);
    }
    const sound = norm ? fuzzySound(norm, nameSound) : '';
    info = {
      name: norm,
      sound,
      surname,
      titleOnly,
      place,
      nameHash: norm ? hashString(norm, company ? 1 : 2) : -1,
      soundHash: sound ? hashString(sound, company ? 3 : 4) : -1,
    };
    if (memoise) memo.set(raw, info);
    return info;
  };

  // Kinds and raw names first: rows with the same raw name (and kind of name) share one
  // normalisation, found by hashing and grouping (a Map of half a million distinct names costs more).
  const rawNames: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const kindText = cellString(cKind[i]);
    let kind = kindMemo.get(kindText);
    if (kind === undefined) {
      const k = parseEnum(kindField, kindText);
      kind = k === 'End' ? KIND_END : k === 'Dealer' ? KIND_DEALER : KIND_UNKNOWN;
      kindMemo.set(kindText, kind);
    }
    p.kind[i] = kind;
    const rawName = cellString(cName[i]);
    rawNames[i] = rawName;
    p.isCompany[i] = kind === KIND_DEALER || (kind === KIND_UNKNOWN && COMPANY_HINT.test(rawName)) ? 1 : 0;
  }
  const nameRep = firstRowWithSameText(rawNames, p.isCompany);
  const idEntries = new KeyEntries();

  for (let i = 0; i < n; i++) {
    p.customerId[i] = cellString(cId[i]);
    p.owner[i] = cellString(cOwner[i]);
    p.firstContact[i] = firsts[i] ?? NaN;

    const r = nameRep[i];
    if (r !== i) {
      p.name[i] = p.name[r];
      p.place[i] = p.place[r];
      p.sound[i] = p.sound[r];
      p.surname[i] = p.surname[r];
      p.titleOnly[i] = p.titleOnly[r];
      rowNameHash[i] = rowNameHash[r];
      rowSoundHash[i] = rowSoundHash[r];
    } else {
      const ni = nameInfo(rawNames[i], p.isCompany[i] === 1, false);
      p.name[i] = ni.name;
      p.place[i] = ni.place;
      p.sound[i] = ni.sound;
      p.surname[i] = ni.surname;
      p.titleOnly[i] = ni.titleOnly ? 1 : 0;
      rowNameHash[i] = ni.nameHash;
      rowSoundHash[i] = ni.soundHash;
    }

    const ci = nameInfo(cellString(cContact[i]), false);
    p.contact[i] = ci.name;
    p.contactSound[i] = ci.sound;
    p.contactSurname[i] = ci.surname;
    p.contactTitleOnly[i] = ci.titleOnly ? 1 : 0;
    if (ci.name) {
      let code = contactCodes.get(ci.name);
      if (code === undefined) contactCodes.set(ci.name, (code = contactCodes.size));
      p.contactCode[i] = code;
    }

    const phoneCell = cPhone[i];
    p.phoneA[i] = '';
    p.phoneB[i] = '';
    if (typeof phoneCell === 'string' && hasSeveralPhones(phoneCell)) {
      let k = 0;
      for (const ph of normalisePhones(phoneCell)) {
        if (ph.key.length < MIN_PHONE_LENGTH) continue;
        if (k === 0) p.phoneA[i] = ph.key;
        else if (k === 1) p.phoneB[i] = ph.key;
        k++;
      }
    } else {
      const ph = phoneFirst[i];
      if (ph && ph.key.length >= MIN_PHONE_LENGTH) p.phoneA[i] = ph.key;
    }
    p.phoneNumA[i] = phoneNumber(p.phoneA[i]);
    p.phoneNumB[i] = phoneNumber(p.phoneB[i]);
    if (p.phoneNumA[i] < 0 && p.phoneA[i]) p.phoneNumA[i] = PHONE_TEXT;
    if (p.phoneNumB[i] < 0 && p.phoneB[i]) p.phoneNumB[i] = PHONE_TEXT;

    p.idKey[i] = '';
    const id = ids[i];
    if (id && id.matchKey.length >= MIN_ID_LENGTH) {
      p.idKey[i] = id.matchKey;
      p.idHash[i] = hashString(id.matchKey, ID_HASH_TAG);
      if (id.kind !== 'unknown' && id.formatOk && id.checkOk) {
        p.idValid[i] = 1;
        p.idLabel[i] = i;
        idEntries.add(hashString(id.matchKey, 7), i);
      }
      if (id.birthDate !== undefined && id.formatOk) p.birth[i] = id.birthDate;
    }
    // The birth date column wins over the date inside the ID (a wrong one is a validation issue).
    const day = births[i];
    if (day !== undefined && !Number.isNaN(day)) p.birth[i] = day;

    const cityText = cellString(cCity[i]);
    if (cityText) {
      let code = cityMemo.get(cityText);
      if (code === undefined) {
        let c = toSimplified(toHalfWidth(cityText)).replace(/\s+/g, '');
        if (c.length > 2) c = c.replace(/(市|省|区|县|地区)$/, '');
        c = c.toLowerCase();
        code = cityCodes.get(c);
        if (code === undefined) {
          code = p.cities.length;
          p.cities.push(c);
          cityCodes.set(c, code);
        }
        cityMemo.set(cityText, code);
      }
      p.city[i] = code;
    }
  }
  // one cannot-link label per valid ID: the first row carrying it (rows whose keys only collide keep their own)
  KeyGroups.fromEntries(idEntries).forEachGroup((rows, count) => linkToFirst(rows, count, p.idKey, p.idLabel));
  countHashes(rowNameHash, p.nameCount);
  countHashes(rowSoundHash, p.soundCount);
  return p;
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

/**
 * Per row, the first row with the same non-empty text and the same flag (itself when none or
 * when the text is empty), by hashing and grouping; texts whose hashes merely collide stay apart.
 */
function firstRowWithSameText(texts: string[], flag: Uint8Array): Int32Array {
  const n = texts.length;
  const rep = new Int32Array(n);
  const entries = new KeyEntries();
  for (let i = 0; i < n; i++) {
    rep[i] = i;
    if (texts[i]) entries.add(hashString(texts[i], flag[i] + 101), i);
  }
  KeyGroups.fromEntries(entries).forEachGroup((rows, count) => linkToFirst(rows, count, texts, rep, flag));
  return rep;
}

/**
 * Inside one group of rows with the same text hash: out[row] = the first row of the group with
 * the same text (and flag). A group whose hashes merely collided is split by text.
 */
function linkToFirst(rows: Int32Array, count: number, texts: string[], out: Int32Array, flag?: Uint8Array): void {
  const first = rows[0];
  let same = true;
  for (let k = 1; k < count && same; k++)
    same = texts[rows[k]] === texts[first] && (!flag || flag[rows[k]] === flag[first]);
  if (same) {
    for (let k = 1; k < count; k++) out[rows[k]] = first;
    return;
  }
  const firstOf = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const r = rows[k];
    const key = flag ? `${flag[r]}|${texts[r]}` : texts[r];
    const f = firstOf.get(key);
    if (f === undefined) firstOf.set(key, r);
    else out[r] = f;
  }
}

/** out[i] = number of rows whose hash equals hash[i] (0 for hash -1). */
function countHashes(hash: Float64Array, out: Int32Array): void {
  const entries = new KeyEntries();
  for (let i = 0; i < hash.length; i++) {
    if (hash[i] < 0) continue;
    entries.add(hash[i], i);
    out[i] = 1;
  }
  KeyGroups.fromEntries(entries).forEachGroup((rows, count) => {
    for (let k = 0; k < count; k++) out[rows[k]] = count;
  });
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
