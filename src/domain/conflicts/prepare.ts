/**
 * Normalises every customer row once, into columnar arrays the comparator reads by index.
 * Repeated values (names, cities, kinds) are normalised once each through memo maps.
 */
import { damagedCodeRows, type Table, type CellValue } from '../table';
import { field } from '../schema';
import { parseEnum } from '../headers';
import {
  normalisePhones,
  normaliseName,
  nameSound,
  toSimplified,
  toHalfWidth,
  companyCore,
  isLatinText,
  foldLatin,
  normaliseLatinName,
  romanisedKey,
  pinyinKey,
  surnamePinyin,
  normaliseAddress,
} from '../normalise';
import { phoneColumn, idColumn, dayColumn } from '../normalise/columns';
import type { PhoneColumn } from '../normalise/phone';
import {
  ID_CHECK_OK,
  ID_FORMAT_OK,
  ID_RESIDENT,
  ID_RESIDENT15,
  ID_UNKNOWN,
  ID_USCC,
  NO_BIRTH_DATE,
  type IdColumn,
} from '../normalise/ids';
import { fuzzySound, hashString } from './similarity';
import { doubleColumn } from './heap-arrays';
import { firstEqualEntries, mix32 } from './key-groups';

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
  firstContact: number[];
  kind: Int8Array;
  /** Up to two normalised phone keys per row ('' when none). */
  phoneA: string[];
  phoneB: string[];
  /**
   * The same phone keys as exact numbers (length × 10^13 + digits, so a leading 0 counts);
   * -1 when none, PHONE_TEXT (-2) when not plain digits up to 12 long: blocking keys without
   * strings, and the phone strings are read only for the rare text keys.
   */
  phoneNumA: number[];
  phoneNumB: number[];
  /** ID / USCC match key ('' when none). */
  idKey: string[];
  /** The ID as written, normalised (the shared column parse, not a copy): what reasons show. */
  idText: readonly string[];
  /** hashString(idKey, 21) (the idKey blocking key), -1 when there is no key: equality and presence without the strings. */
  idHash: number[];
  /** 1 when the ID's shape and check digit are right. */
  idValid: Uint8Array;
  /** Kind code of the ID (normalise/ids.ts ID_RESIDENT ...; ID_BLANK 0 when none is used). */
  idKind: Uint8Array;
  /** Rows whose ID is a permit, passport or other document (no check character): the ID typo passes read only these. */
  documentRows: Int32Array;
  /** Index of the valid match key (a cannot-link label), -1 otherwise. */
  idLabel: Int32Array;
  /** Per row, the code of its name (raw text and kind of name) in `names`; 0 when the row has no name. */
  nameCode: Int32Array;
  names: NameTable;
  isCompany: Uint8Array;
  /**
   * Blocking key of the name's sound, per row: hashString(sound, 41) for companies (companyCore),
   * hashString(sound, 31) for persons (nameSoundBirth, mixed with the birth day there); -1 when
   * there is no sound. Computed once per distinct name instead of once per row and pass.
   */
  soundKey: number[];
  /** Per row, the code of its contact text in `contacts`; 0 when the row has no contact. */
  contactNameCode: Int32Array;
  contacts: NameTable;
  /** hashString(contact sound, 51) per row (the contactCity blocking key, mixed with the city there); -1 when none. */
  contactSoundKey: number[];
  /**
   * Term frequencies of names in THIS table (for the name's u-probability, Splink/fastLink style):
   * per row, how many rows carry the same normalised name, and how many sound the same
   * (persons and companies counted apart). 0 when the row has no name.
   */
  nameCount: Int32Array;
  soundCount: Int32Array;
  /** Per row, the code of the contact name (-1 when none), for its chance-agreement estimate. */
  contactCode: Int32Array;
  /**
   * Rows per pinyin key (NameTable.roman) over persons of both scripts, so that Zhang Wei and 张伟
   * weigh as common as they are; null when no name is written in Latin letters (then no key is computed).
   */
  romanCount: Int32Array | null;
  /** Addresses as typed, and normaliseAddress of them, computed when a pair first needs it (see addressKey). */
  addressText: string[];
  addressNorm: string[];
  addressDone: Uint8Array;
  /** Does any row have an address? */
  hasAddress: boolean;
  birth: Int32Array;
  /** City code (index into cities), -1 when empty. */
  city: Int32Array;
  cities: string[];
}

/**
 * The normalised fields of each distinct raw name (with its kind of name), indexed by a row's
 * name code; code 0 is "no name" (every field ''). Rows read them through their code: one
 * string per distinct name, not one array of a million strings per field (filling those, and
 * the garbage collector scanning them, cost more than the extra lookup of the code).
 */
export interface NameTable {
  /** Normalised name (simplified, no spaces); for companies the core (no legal suffix, no leading place). */
  name: string[];
  /** Companies: leading place of the name (广州 in 广州安达汽贸, '' when none). Two different places = different companies. */
  place: string[];
  /** Fuzzy sound of the name ('' when none). */
  sound: string[];
  /** Surname of a person name (first character, or the part with a form of address: 王 in 王先生, 刘 in 老刘). */
  surname: string[];
  /** 1 when the name is only a surname and a form of address (王先生, 李总, 老刘, 小王). */
  titleOnly: Uint8Array;
  /** 1 when a person's name is written in Latin letters (name: its words in alphabetical order; sound: its pinyin key). */
  latin: Uint8Array;
  /** Pinyin key of a person's name in either script (latin.ts pinyinKey / romanisedKey); '' when not computed. */
  roman: string[];
}

const TITLE = /^(.{1,2}?)(先生|女士|小姐|太太|总|老总|老板|经理|师傅|老师|主任|姐|哥)$/;
/**
 * Words of an organisation's name. An end customer (最终客户) is 单位或个人 (regulations §5 客户的分类: fleets,
 * logistics and rental firms buy cars too), so its name decides: a name of 4 characters or more
 * with one of these words is compared as a company (legal suffixes and a leading place
 * stripped). Shorter names are persons' (张建设 is a person, 建设 a common given name).
 */
const COMPANY_HINT =
  /公司|集团|有限|汽贸|汽销|汽车|车行|商行|经销|贸易|商贸|销售|4s|科技|出租|租车|实业|物流|运输|客运|货运|租赁|旅游|工程|建筑|电子|信息|网络|投资|控股|置业|地产|酒店|宾馆|餐饮|医院|学校|学院|大学|银行|事务所|工作室|合作社|研究院|研究所|协会|中心$|店$|厂$|部$|局$|院$|社$|站$|队$/i;
const MIN_COMPANY_NAME_LENGTH = 4;
/** Junk typed where an ID is unknown. */
const MIN_ID_LENGTH = 8;
const MIN_DOCUMENT_LENGTH = 6;
/** Phone keys shorter than this are not numbers anyone can be reached at. */
const MIN_PHONE_LENGTH = 7;

/** Cell text, trimmed. Strings that cannot need trimming (the common case) are returned without a call. */
export function cellString(v: CellValue | undefined): string {
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

const TITLE_ENDS = new Set('生士姐太总板理傅师任哥'.split('').map((c) => c.charCodeAt(0)));

/** Compound surnames, for 老欧阳 / 小司马. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 慕容 令狐 夏侯 尉迟 长孙 宇文 司徒 公孙 端木 独孤 南宫 西门 万俟 闻人'.split(' '),
);
const OLD = 0x8001; // 老
const YOUNG = 0x5c0f; // 小

/**
 * The surname of a name that is only a surname and a form of address, null otherwise: a
 * title after it (王先生, 李总; the regex runs only on short names ending like a title), or
 * 老 / 小 before it (老刘, 小王, 老欧阳), as colleagues call a customer they know.
 */
function titleSurname(norm: string): string | null {
  const n = norm.length;
  if (n <= 4 && TITLE_ENDS.has(norm.charCodeAt(n - 1))) {
    const m = TITLE.exec(norm);
    if (m) return m[1];
  }
  const first = norm.charCodeAt(0);
  if ((first === OLD || first === YOUNG) && (n === 2 || (n === 3 && COMPOUND_SURNAMES.has(norm.slice(1)))))
    return norm.slice(1);
  return null;
}

/** A name table of `count` codes, every field '' (code 0 stays so: no name). */
function emptyNameTable(count: number): NameTable {
  return {
    name: new Array<string>(count).fill(''),
    place: new Array<string>(count).fill(''),
    sound: new Array<string>(count).fill(''),
    surname: new Array<string>(count).fill(''),
    titleOnly: new Uint8Array(count),
    latin: new Uint8Array(count),
    roman: new Array<string>(count).fill(''),
  };
}

/** Normalises one distinct raw name into code c of a name table. */
function normaliseInto(t: NameTable, c: number, raw: string, company: boolean): void {
  if (!company && isLatinText(raw)) {
    // Zhang Wei, ZHANG Wei, Wei Zhang, W. Zhang: compared word by word (compare.ts), sound = pinyin key
    const norm = normaliseLatinName(raw);
    t.name[c] = norm;
    t.latin[c] = 1;
    t.sound[c] = t.roman[c] = norm ? romanisedKey(foldLatin(raw).split(' ')) || norm : '';
    return;
  }
  const full = normaliseName(raw, company ? 'company' : 'person');
  const norm = company ? companyCore(full) : full;
  t.name[c] = norm;
  if (company && norm.length < full.length && full.endsWith(norm))
    t.place[c] = full.slice(0, full.length - norm.length);
  if (!norm) return;
  if (!company) {
    const titled = titleSurname(norm);
    t.surname[c] = titled ?? firstChar(norm);
    t.titleOnly[c] = titled === null ? 0 : 1;
  }
  t.sound[c] = fuzzySound(norm, nameSound);
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
  // contacts first: their grouping (a tenth of the rows) gets the sort loops compiled before the names' run
  const contacts = prepareContacts(col('Contact'), n);
  const names = prepareNames(rawNames, isCompany);
  const phones = preparePhones(cPhone, phoneFirst, n);
  const id = prepareIds(ids, n, damagedCodeRows(table, 'IdNumber'));
  const city = cityCodes(col('City'), n);
  const addressText = cellStrings(col('Address'), n);
  completeLocalNumbers(phones, city.code, n);
  return {
    n,
    rowNumbers: table.rowNumbers.slice(0, n),
    customerId: cellStrings(col('CustomerId'), n),
    owner: cellStrings(col('Owner'), n),
    firstContact: dayNumbers(firsts, n),
    kind,
    ...phones,
    ...id,
    idText: ids.normalised,
    ...names,
    isCompany,
    ...contacts,
    birth: birthDays(births, ids, n),
    city: city.code,
    cities: city.cities,
    addressText,
    addressNorm: new Array<string>(n).fill(''),
    addressDone: new Uint8Array(n),
    hasAddress: addressText.some((a) => a !== ''),
  };
}

/** The normalised address of row i (normaliseAddress), computed on first use: most rows are never compared on it. */
export function addressKey(p: PreparedRows, i: number): string {
  if (p.addressDone[i] === 0) {
    p.addressDone[i] = 1;
    if (p.addressText[i]) p.addressNorm[i] = normaliseAddress(p.addressText[i]);
  }
  return p.addressNorm[i];
}

/**
 * A row's cells that the matcher reads without normalising across rows (the rest of a row, its
 * phones, ID, names, dates and city, are prepared with the whole table): CustomerId, Owner and
 * FirstContact, as prepareRows would have them for these cells.
 */
export function preparedPlainCells(cells: { CustomerId?: CellValue; Owner?: CellValue; FirstContact?: CellValue }): {
  customerId: string;
  owner: string;
  firstContact: number;
} {
  return {
    customerId: cellString(cells.CustomerId),
    owner: cellString(cells.Owner),
    firstContact: dayNumbers(dayColumn([cells.FirstContact ?? null]), 1)[0],
  };
}

/**
 * The hashes row i is counted by for its name's term frequencies (nameCount, soundCount,
 * romanCount, as prepareNames and romanCounts count them), -1 where it has none.
 */
export function nameCountHashes(p: PreparedRows, i: number): [number, number, number] {
  const code = p.nameCode[i];
  const company = p.isCompany[i] === 1;
  const name = p.names.name[code];
  const sound = p.names.sound[code];
  const roman = p.romanCount !== null && !company ? p.names.roman[code] : '';
  return [
    name ? hashString(name, company ? 1 : 2) : -1,
    sound ? hashString(sound, company ? 3 : 4) : -1,
    roman ? hashString(roman, ROMAN_TAG) : -1,
  ];
}

/** cellString of every row. */
function cellStrings(column: (CellValue | undefined)[], n: number): string[] {
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = cellString(column[i]);
  return out;
}

/** Day numbers (NaN where none). */
function dayNumbers(days: number[], n: number): number[] {
  const out = doubleColumn(n, NaN);
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
    const name = rawNames[i];
    out[i] =
      k === KIND_DEALER || (name.length >= MIN_COMPANY_NAME_LENGTH && COMPANY_HINT.test(toSimplified(name))) ? 1 : 0;
  }
  return out;
}

type NameFields = Pick<PreparedRows, 'nameCode' | 'names' | 'soundKey' | 'nameCount' | 'soundCount' | 'romanCount'>;

/** Blocking-key tags of a name's sound (companies, persons) and of a contact's (see PreparedRows.soundKey). */
const COMPANY_SOUND_TAG = 41;
const PERSON_SOUND_TAG = 31;
const CONTACT_SOUND_TAG = 51;

/**
 * Rows with the same raw name (and kind of name) share one normalisation: each distinct raw
 * name gets a code (distinctNames) and is normalised once; rows keep the code.
 */
function prepareNames(rawNames: string[], isCompany: Uint8Array): NameFields {
  const n = rawNames.length;
  const names = distinctNames(rawNames, isCompany);
  const d = names.count;
  const table = emptyNameTable(d);
  const dNameHash = new Float64Array(d).fill(-1);
  const dSoundHash = new Float64Array(d).fill(-1);
  const dSoundKey = new Float64Array(d).fill(-1);
  for (let c = 1; c < d; c++) {
    const company = isCompany[names.firstRow[c]] === 1;
    normaliseInto(table, c, rawNames[names.firstRow[c]], company);
    const norm = table.name[c];
    const sound = table.sound[c];
    if (norm) dNameHash[c] = hashString(norm, company ? 1 : 2);
    if (sound) {
      dSoundHash[c] = hashString(sound, company ? 3 : 4);
      dSoundKey[c] = hashString(sound, company ? COMPANY_SOUND_TAG : PERSON_SOUND_TAG);
    }
  }
  // term frequencies: rows per normalised name (and per sound), summed over the raw names that give it
  const dNameCount = countRowsByHash(dNameHash, names.rows);
  const dSoundCount = countRowsByHash(dSoundHash, names.rows);
  const out: NameFields = {
    nameCode: names.code,
    names: table,
    soundKey: doubleColumn(n, -1),
    nameCount: new Int32Array(n),
    soundCount: new Int32Array(n),
    romanCount: null,
  };
  copyByCode(names.code, dSoundKey, out.soundKey);
  copyByCode(names.code, dNameCount, out.nameCount);
  copyByCode(names.code, dSoundCount, out.soundCount);
  if (table.latin.includes(1)) out.romanCount = romanCounts(table, names, isCompany, n);
  return out;
}

/**
 * Pinyin keys of the persons' names in characters (the Latin ones have theirs), and the rows
 * per key over both scripts. Only for tables with a name in Latin letters: the others never
 * compare a romanised name.
 */
function romanCounts(table: NameTable, names: DistinctNames, isCompany: Uint8Array, n: number): Int32Array {
  const d = names.count;
  const hash = new Float64Array(d).fill(-1);
  for (let c = 1; c < d; c++) {
    if (isCompany[names.firstRow[c]] === 1) continue;
    if (table.latin[c] === 0) table.roman[c] = chinesePinyinKey(table.name[c], table.titleOnly[c]);
    if (table.roman[c]) hash[c] = hashString(table.roman[c], ROMAN_TAG);
  }
  const dCount = countRowsByHash(hash, names.rows);
  const out = new Int32Array(n);
  copyByCode(names.code, dCount, out);
  return out;
}

/** Tag of the pinyin-key hashes (romanCount, and the romanisedBirth blocking key). */
export const ROMAN_TAG = 61;

/** The pinyin key of a person's name in characters: family name as family names are read, then the given name. */
function chinesePinyinKey(norm: string, titleOnly: number): string {
  if (titleOnly === 1 || norm.length < 2 || !/^[\u3400-\u9fff]+$/.test(norm)) return '';
  const familyLength = norm.length > 2 && COMPOUND_SURNAMES.has(norm.slice(0, 2)) ? 2 : 1;
  return pinyinKey(surnamePinyin(norm.slice(0, familyLength)), nameSound(norm.slice(familyLength)));
}

/** Per row, the value of its code (rows with code 0 keep what `out` holds). */
function copyByCode(code: Int32Array, values: ArrayLike<number>, out: { [row: number]: number }): void {
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c !== 0) out[i] = values[c];
  }
}

type ContactFields = Pick<PreparedRows, 'contactNameCode' | 'contacts' | 'contactSoundKey' | 'contactCode'>;

/** Contact names: each distinct contact text is normalised once (as person names), rows keep its code. */
function prepareContacts(column: (CellValue | undefined)[], n: number): ContactFields {
  const texts = cellStrings(column, n);
  const raw = distinctNames(texts, null);
  const d = raw.count;
  const table = emptyNameTable(d);
  // contact names get small integer codes, in order of first row (their chance agreement is counted over codes)
  const dContactCode = new Int32Array(d).fill(-1);
  const dSoundKey = new Float64Array(d).fill(-1);
  const codes = new Map<string, number>();
  for (let c = 1; c < d; c++) {
    normaliseInto(table, c, texts[raw.firstRow[c]], false);
    const norm = table.name[c];
    if (!norm) continue;
    let code = codes.get(norm);
    if (code === undefined) codes.set(norm, (code = codes.size));
    dContactCode[c] = code;
    if (table.sound[c]) dSoundKey[c] = hashString(table.sound[c], CONTACT_SOUND_TAG);
  }
  const out: ContactFields = {
    contactNameCode: raw.code,
    contacts: table,
    contactSoundKey: doubleColumn(n, -1),
    contactCode: new Int32Array(n).fill(-1),
  };
  copyByCode(raw.code, dSoundKey, out.contactSoundKey);
  copyByCode(raw.code, dContactCode, out.contactCode);
  return out;
}

type PhoneFields = Pick<PreparedRows, 'phoneA' | 'phoneB' | 'phoneNumA' | 'phoneNumB'>;

function preparePhones(column: (CellValue | undefined)[], phoneFirst: PhoneColumn, n: number): PhoneFields {
  const out: PhoneFields = {
    phoneA: new Array(n),
    phoneB: new Array(n),
    phoneNumA: doubleColumn(n, -1),
    phoneNumB: doubleColumn(n, -1),
  };
  for (let i = 0; i < n; i++) {
    const cell = column[i];
    // '' for a blank cell (and past the end of a short column)
    const key = phoneFirst.key[i] ?? '';
    let phoneA = '';
    let phoneB = '';
    // the column's scan saw whether another number follows the first (a cell of plain digits never has one)
    if (phoneFirst.several[i] === 1) {
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

/** A city's landlines must agree this much on one area code before its local numbers get it. */
export const AREA_CODE_SHARE = 0.8;
export const AREA_CODE_MIN_ROWS = 3;

/** Area code digits (after the 0) of a landline phone number (length × 10^13 + digits), -1 when it is not one. */
export function areaOfLandline(num: number): number {
  if (num < 0) return -1;
  const len = Math.floor(num / 1e13);
  if (len < 10 || len > 12) return -1;
  const digits = num - len * 1e13;
  const first = Math.floor(digits / POW10[len - 2]); // the digit after the trunk 0
  if (first === 0 || digits >= POW10[len - 1]) return -1; // 00 (international) or no leading 0
  const areaDigits = first === 1 || first === 2 ? 2 : 3; // 010, 02x; 0xxx otherwise
  return Math.floor(digits / POW10[len - 1 - areaDigits]);
}

/**
 * A landline typed without its area code ('80342559') gets the area code its city's other
 * landlines carry, so that it meets '020-80342559' on another row: salespeople leave out
 * their own city's code. The area code is learnt from the table itself (no city list to keep
 * up): only a city whose landlines agree on one code (AREA_CODE_SHARE, at least
 * AREA_CODE_MIN_ROWS of them) completes its local numbers, and only a number that is a local
 * number's shape (7-8 digits, not starting with 0 or 1; 8 after a 2-digit code).
 */
function completeLocalNumbers(phones: PhoneFields, city: Int32Array, n: number): void {
  let locals = 0;
  for (let i = 0; i < n; i++)
    if (city[i] >= 0 && (isLocalNumber(phones.phoneNumA[i]) || isLocalNumber(phones.phoneNumB[i]))) locals++;
  if (locals === 0) return; // the usual table: nothing to learn
  const votes = new Map<number, number>(); // city * 1000 + area -> landlines
  const total = new Map<number, number>(); // city -> landlines
  const vote = (c: number, num: number) => {
    const area = areaOfLandline(num);
    if (area < 0) return;
    votes.set(c * 1000 + area, (votes.get(c * 1000 + area) ?? 0) + 1);
    total.set(c, (total.get(c) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) {
    const c = city[i];
    if (c < 0) continue;
    vote(c, phones.phoneNumA[i]);
    vote(c, phones.phoneNumB[i]);
  }
  const areaOfCity = new Map<number, number>();
  for (const [key, count] of votes) {
    const c = Math.floor(key / 1000);
    if (count >= AREA_CODE_MIN_ROWS && count >= AREA_CODE_SHARE * total.get(c)!) areaOfCity.set(c, key - c * 1000);
  }
  for (let i = 0; i < n; i++) {
    const area = city[i] < 0 ? undefined : areaOfCity.get(city[i]);
    if (area === undefined) continue;
    const a = completed(phones.phoneA[i], phones.phoneNumA[i], area);
    if (a) {
      phones.phoneA[i] = a;
      phones.phoneNumA[i] = phoneKeyNumber(a);
    }
    const b = completed(phones.phoneB[i], phones.phoneNumB[i], area);
    if (b) {
      phones.phoneB[i] = b;
      phones.phoneNumB[i] = phoneKeyNumber(b);
    }
  }
}

/** A local landline number as typed: 7-8 digits, not starting with 0 or 1. */
export function isLocalNumber(num: number): boolean {
  if (num < 0) return false;
  const len = Math.floor(num / 1e13);
  if (len !== 7 && len !== 8) return false;
  const first = Math.floor((num - len * 1e13) / POW10[len - 1]);
  return first >= 2;
}

/** The local number with its city's area code, '' when it is not a local number or would not fit the code. */
function completed(key: string, num: number, area: number): string {
  if (!isLocalNumber(num)) return '';
  const areaText = String(area);
  if (areaText.length === 2 && key.length !== 8) return ''; // 010, 02x: 8-digit local numbers
  return '0' + areaText + key;
}

type IdFields = Pick<PreparedRows, 'idKey' | 'idHash' | 'idValid' | 'idLabel' | 'idKind' | 'documentRows'>;

/**
 * `damaged`: rows whose ID Excel has cut to 15 digits (held as a number): what is left is not
 * the customer's ID, and two people born on one day can be left with the same digits.
 */
function prepareIds(ids: IdColumn, n: number, damaged: readonly number[]): IdFields {
  let unreadable: Uint8Array | null = null;
  if (damaged.length) {
    unreadable = new Uint8Array(n);
    for (const i of damaged) unreadable[i] = 1;
  }
  const out: IdFields = {
    idKey: new Array<string>(n).fill(''),
    idHash: doubleColumn(n, -1),
    idValid: new Uint8Array(n),
    idLabel: new Int32Array(n).fill(-1),
    idKind: new Uint8Array(n),
    documentRows: new Int32Array(0),
  };
  let documents = 0;
  // valid IDs: one cannot-link label per match key, the first valid row carrying it (rows whose
  // hashes merely collide keep their own); grouped by sorting, as distinctNames
  growScratch(n);
  const validRow = rowScratch;
  const mixed = hashScratch;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const kind = ids.kind[i]; // 0 (ID_BLANK) for a blank cell, undefined past the end of a short column
    if (!kind || !usableId(ids.matchKey[i], ids.flags[i]) || (unreadable !== null && unreadable[i] === 1)) continue;
    const key = ids.matchKey[i];
    const hash = hashString(key, ID_HASH_TAG);
    out.idKey[i] = key;
    out.idHash[i] = hash;
    out.idKind[i] = kind;
    if (isDocumentKind(kind)) documents++;
    if (kind === ID_UNKNOWN || (ids.flags[i] & (ID_FORMAT_OK | ID_CHECK_OK)) !== (ID_FORMAT_OK | ID_CHECK_OK)) continue;
    out.idValid[i] = 1;
    validRow[m] = i;
    mixed[m++] = mix32(hash);
  }
  const first = firstEqualEntries(mixed, m, (a, b) => {
    const ra = validRow[a];
    const rb = validRow[b];
    return out.idHash[ra] === out.idHash[rb] && sameText(out.idKey[ra], out.idKey[rb]);
  });
  labelByFirst(first, validRow, m, out.idLabel);
  out.documentRows = new Int32Array(documents);
  for (let i = 0, k = 0; k < documents; i++)
    if (out.idKind[i] !== 0 && isDocumentKind(out.idKind[i])) out.documentRows[k++] = i;
  return out;
}

/** A permit, passport or other document: no check character, so one-character typos are looked for (blocking.ts). */
export function isDocumentKind(kind: number): boolean {
  return kind !== ID_RESIDENT && kind !== ID_RESIDENT15 && kind !== ID_USCC;
}

/**
 * Is an ID usable as evidence? 8 characters or more (junk typed where an ID is unknown is shorter),
 * or 6-7 for a number of a document's shape (a passport, a foreign national ID card's 7 digits).
 */
function usableId(key: string, flags: number): boolean {
  return key.length >= MIN_ID_LENGTH || (key.length >= MIN_DOCUMENT_LENGTH && (flags & ID_FORMAT_OK) !== 0);
}

/** Each valid row's label: the row of the first entry with its key. */
function labelByFirst(first: Int32Array, validRow: Int32Array, m: number, label: Int32Array): void {
  for (let k = 0; k < m; k++) label[validRow[k]] = validRow[first[k]];
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

/** Powers of ten for digit arithmetic on phone numbers as exact numbers (see phoneNumber). */
export const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

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

/** 32-bit hash of a string and a seed (FNV-1a, then the murmur3 finaliser: every bit sorts well). */
function textHash32(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * a === b for texts, compared code unit by code unit. Cells read from a CSV are mostly sliced
 * strings (views into the decoded text), and `===` on two of those is a runtime call (~1 µs);
 * charCodeAt reads them in optimised code.
 */
export function sameText(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

interface DistinctNames {
  /** Number of codes: 1 + the number of distinct (text, flag) pairs. */
  count: number;
  /** Per row, the code of its text, from 1 in order of first row; 0 when the text is empty. */
  code: Int32Array;
  /** Per code, the first row with it (-1 for code 0), and how many rows have it. */
  firstRow: Int32Array;
  rows: Int32Array;
}

// Scratch typed arrays for the groupings below, reused by every call (grown when needed): a
// fresh million-entry buffer per step counts as external memory, and every 64 MB of that
// starts a full garbage collection of the whole heap (a gigabyte of cells at a million rows).
let rowScratch = new Int32Array(0);
let codeScratch = new Int32Array(0);
let hashScratch = new Uint32Array(0);
let keyScratch = new Float64Array(0);

function growScratch(size: number): void {
  if (rowScratch.length >= size) return;
  rowScratch = new Int32Array(size);
  codeScratch = new Int32Array(size);
  hashScratch = new Uint32Array(size);
  keyScratch = new Float64Array(size);
}

/**
 * Codes for the distinct non-empty texts (with the same flag, 0..3), numbered from 1 in order
 * of first row (0: empty). Rows are grouped by sorting on a hash of (text, flag)
 * (firstEqualEntries), not through a hash table: half a million distinct names make every
 * table probe a chain of cache misses.
 */
function distinctNames(texts: string[], flag: Uint8Array | null): DistinctNames {
  const n = texts.length;
  growScratch(n);
  const entryRow = rowScratch;
  const hash = hashScratch;
  const short = keyScratch;
  const m = collectTextEntries(texts, flag, entryRow, hash, short);
  const first = firstEqualEntries(hash, m, (a, b) => {
    // most names are two or three characters: told apart by their exact keys, without loading the strings
    const ka = short[a];
    if (ka >= 0 || short[b] >= 0) return ka === short[b];
    const ra = entryRow[a];
    const rb = entryRow[b];
    return (!flag || flag[ra] === flag[rb]) && sameText(texts[ra], texts[rb]);
  });
  return codesInEntryOrder(first, entryRow, m, n);
}

/**
 * The rows with a text are the entries: their rows, hashes and short keys (-1 when longer);
 * returns how many. (Each long loop of the groupings is a small function of its own, see prepareRows.)
 */
function collectTextEntries(
  texts: string[],
  flag: Uint8Array | null,
  entryRow: Int32Array,
  hash: Uint32Array,
  short: Float64Array,
): number {
  let m = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (!text) continue;
    const f = flag ? flag[i] : 0;
    entryRow[m] = i;
    hash[m] = textHash32(text, f);
    short[m++] = shortTextKey(text, f);
  }
  return m;
}

/**
 * A text of up to 3 code units and a tag (0..3) as one exact number (48 bits of code units, the
 * length and the tag); -1 for longer texts.
 */
export function shortTextKey(s: string, tag: number): number {
  const len = s.length;
  if (len > 3) return -1;
  let v = 0;
  for (let i = 0; i < 3; i++) v = v * 65536 + (i < len ? s.charCodeAt(i) : 0);
  return v * 16 + len * 4 + tag;
}

/**
 * Codes numbered from 1 in order of first entry, from firstEqualEntries' answer over entries that
 * are rows in ascending order (entryRow); rows that are not entries get code 0.
 */
function codesInEntryOrder(first: Int32Array, entryRow: Int32Array, m: number, n: number): DistinctNames {
  const code = new Int32Array(n);
  const entryCode = codeScratch;
  const firstRow = new Int32Array(m + 1);
  const rows = new Int32Array(m + 1);
  firstRow[0] = -1;
  rows[0] = n - m;
  const count = numberEntries(first, entryRow, m, code, entryCode, firstRow, rows);
  return { count, code, firstRow: firstRow.slice(0, count), rows: rows.slice(0, count) };
}

function numberEntries(
  first: Int32Array,
  entryRow: Int32Array,
  m: number,
  code: Int32Array,
  entryCode: Int32Array,
  firstRow: Int32Array,
  rows: Int32Array,
): number {
  let count = 1;
  for (let k = 0; k < m; k++) {
    const f = first[k];
    let c: number;
    if (f === k) {
      c = count++;
      firstRow[c] = entryRow[k];
    } else c = entryCode[f];
    entryCode[k] = c;
    rows[c]++;
    code[entryRow[k]] = c;
  }
  return count;
}

/**
 * Per code: the number of rows whose hash equals the code's (summing `rows` over the codes
 * that share the hash); 0 for hash -1. Codes are grouped by sorting on a mix of the hash.
 */
function countRowsByHash(hash: Float64Array, rows: Int32Array): Int32Array {
  const d = hash.length;
  growScratch(d);
  const mixed = hashScratch;
  mixAll(hash, mixed, d);
  const first = firstEqualEntries(mixed, d, (a, b) => hash[a] === hash[b]);
  const out = new Int32Array(d);
  sumOverGroups(first, hash, rows, out, d);
  return out;
}

function mixAll(hash: Float64Array, mixed: Uint32Array, d: number): void {
  for (let c = 0; c < d; c++) mixed[c] = mix32(hash[c]);
}

/** rows summed on each group's first code, then copied to the others (first[c] <= c); 0 for hash -1. */
function sumOverGroups(first: Int32Array, hash: Float64Array, rows: Int32Array, out: Int32Array, d: number): void {
  for (let c = 0; c < d; c++) out[first[c]] += rows[c];
  for (let c = 0; c < d; c++) out[c] = hash[c] < 0 ? 0 : out[first[c]];
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
