/**
 * Seeded generator of realistic Chinese customer files with ground truth, for the
 * conflict-check bench. Each row carries the id of the real-world customer (entity) it
 * describes. Some entities are registered more than once (by the same or another
 * salesperson), through one of the planted evidence kinds:
 *
 *   phoneFormat   same phone typed differently (+86, 0086, dashes, spaces, full-width, prefixes)
 *   phoneTypo     one digit of the phone mistyped (or two neighbouring digits swapped), same or homophone name
 *   idVariant     same ID as 15 digits, lower-case x, or with a wrong check digit; phone changed or missing
 *   tradName      traditional-character name with the same phone
 *   homophone     homophone name typo with the same birth date and city, no usable phone
 *   companyUscc   company name suffix/trade-word variant with the same USCC
 *   companyContact company name variant with the same contact person and city
 *
 * and there are hard negatives: namesakes (a pool of very common names shared by many
 * different people), family members sharing a phone with different valid IDs, and a
 * placeholder phone typed for many unrelated customers.
 *
 * Formats and noise (phone and date formats, spaces, traditional characters, missing fields)
 * are drawn independently of which kind planted a row, so the bench measures the matcher,
 * not the generator.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { CUSTOMERS } from '../src/domain/schema';
import type { CellValue, Table } from '../src/domain/table';
import { residentIdCheckDigit, usccCheckChar, dayToExcelSerial, USCC_ALPHABET } from '../src/domain/normalise';

export type PlantedKind =
  'phoneFormat' | 'phoneTypo' | 'idVariant' | 'tradName' | 'homophone' | 'companyUscc' | 'companyContact';

export interface GeneratedCustomers {
  table: Table;
  /** Entity id per data row. */
  truth: Int32Array;
  /** Planted duplicate rows per kind. */
  planted: Record<PlantedKind | 'family' | 'placeholder', number>;
}

export interface GeneratorOptions {
  rows: number;
  seed?: number;
  /** Share of entities registered more than once (default 0.08). */
  duplicateRate?: number;
  /** Share of person entities who are a family member sharing an existing person's phone (default 0.02). */
  familyRate?: number;
  /** Share of rows typed with the placeholder phone 13800000000 (default 0.003). */
  placeholderRate?: number;
  /** Share of persons named from the very-common-name pool (default 0.06). */
  commonNameRate?: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
export const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞辉建国志宇浩然欣怡梓轩子涵晨阳思琪雨婷佳慧文博俊杰海燕小龙晓东亮峰斌波宁凯鑫琳瑶颖倩雪梅兰凤婷颖诗雅嘉豪鸿毅坤德荣海宏春晖云霞伦彬健琦薇';
const COMMON_NAMES = [
  '王伟',
  '李娜',
  '张伟',
  '王芳',
  '李伟',
  '刘伟',
  '王静',
  '张敏',
  '李静',
  '张静',
  '刘洋',
  '王磊',
  '李强',
  '张丽',
  '王勇',
];
const CITIES: Array<{ name: string; area: string; region: string }> = [
  { name: '北京', area: '010', region: '110105' },
  { name: '上海', area: '021', region: '310101' },
  { name: '广州', area: '020', region: '440103' },
  { name: '深圳', area: '0755', region: '440303' },
  { name: '杭州', area: '0571', region: '330102' },
  { name: '成都', area: '028', region: '510104' },
  { name: '武汉', area: '027', region: '420102' },
  { name: '南京', area: '025', region: '320102' },
  { name: '西安', area: '029', region: '610102' },
  { name: '重庆', area: '023', region: '500103' },
  { name: '佛山', area: '0757', region: '440604' },
  { name: '苏州', area: '0512', region: '320505' },
  { name: '郑州', area: '0371', region: '410102' },
  { name: '长沙', area: '0731', region: '430102' },
  { name: '济南', area: '0531', region: '370102' },
];
const BRANDS = '安达顺通华通鑫盛宏远恒信东风金宝瑞丰联合永泰广汇中升博睿天成福满大昌新宇荣威泰和';
const TRADES: Array<[string, string]> = [
  ['汽车贸易', '汽贸'],
  ['汽车销售', '汽销'],
  ['汽车服务', '汽车服务'],
  ['商贸', '商贸'],
];
const SUFFIXES = ['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', ''];

export function generateCustomers(opts: GeneratorOptions): GeneratedCustomers {
  const rnd = mulberry32(opts.seed ?? 20260101);
  const n = opts.rows;
  const dupRate = opts.duplicateRate ?? 0.08;
  const familyRate = opts.familyRate ?? 0.02;
  const placeholderRate = opts.placeholderRate ?? 0.003;
  const commonRate = opts.commonNameRate ?? 0.06;
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number) => rnd() < p;

  // homophones among given-name characters (toneless pinyin)
  const bySound = new Map<string, string[]>();
  for (const ch of new Set(GIVEN + '玮炜薇维蔚霞侠峡静婧晶菁敏珉民明铭鸣丽莉俐娜纳婷亭庭')) {
    const s = pinyin(ch, { toneType: 'none' });
    const list = bySound.get(s);
    if (list) list.push(ch);
    else bySound.set(s, [ch]);
  }
  const homophoneOf = (ch: string): string | null => {
    const list = bySound.get(pinyin(ch, { toneType: 'none' }));
    if (!list || list.length < 2) return null;
    const others = list.filter((c) => c !== ch);
    return pick(others);
  };
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const tradMemo = new Map<string, string>();
  const trad = (s: string) => {
    let v = tradMemo.get(s);
    if (v === undefined) tradMemo.set(s, (v = toTrad(s)));
    return v;
  };

  // ---- columns
  const cols = emptyCustomerColumns(n);
  const truth = new Int32Array(n);
  const planted = {
    phoneFormat: 0,
    phoneTypo: 0,
    idVariant: 0,
    tradName: 0,
    homophone: 0,
    companyUscc: 0,
    companyContact: 0,
    family: 0,
    placeholder: 0,
  };

  interface Entity {
    id: number;
    company: boolean;
    name: string; // persons: full name; companies: brand
    surname: string;
    given: string;
    place: string;
    trade: number;
    suffix: string;
    contact: string;
    phone: string;
    idBody: string; // 17 chars
    idCheck: string;
    birth: number;
    city: (typeof CITIES)[number];
    owner: string;
    first: number;
  }

  const BRAND_WORDS = BRANDS.match(/../g)!;
  const BRAND_CHARS = BRANDS + '嘉禾隆兴旺发达昌盛鼎立信诚通运驰骏骐骥';
  const companyNames = new Set<string>();
  const randomMobile = () => `1${pick('3456789')}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;
  const randomLandline = (city: (typeof CITIES)[number]) =>
    `${city.area}${int(2, 8)}${String(int(0, 9999999)).padStart(city.area.length === 3 ? 7 : 6, '0')}`;
  const personName = (): [string, string, string] => {
    if (chance(commonRate)) {
      const full = pick(COMMON_NAMES);
      return [full, full[0], full.slice(1)];
    }
    const s = pick(SURNAMES);
    const g = chance(0.35) ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN);
    return [s + g, s, g];
  };
  // a resident ID is issued once: region + birth date + sequence never repeats between two people
  const issuedIds = new Set<number>();
  const makeResident = (region: string, birth: number): [string, string] => {
    const d = new Date(birth * 86400000);
    const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
    let seq = int(0, 999);
    while (issuedIds.has((Number(region) * 40000 + birth + 10000) * 1000 + seq)) seq = (seq + 1) % 1000;
    issuedIds.add((Number(region) * 40000 + birth + 10000) * 1000 + seq);
    const body = region + ymd + String(seq).padStart(3, '0');
    return [body, residentIdCheckDigit(body)];
  };
  const makeUscc = (region: string): [string, string] => {
    let body = '91' + region;
    for (let k = 0; k < 9; k++) body += pick(USCC_ALPHABET);
    return [body, usccCheckChar(body) ?? '0'];
  };
  const ownerOf = () => `S${String(int(1, 80)).padStart(3, '0')}`;

  const newEntity = (id: number, company: boolean): Entity => {
    const city = pick(CITIES);
    const [full, sur, given] = personName();
    const birth = int(-7300, 12400); // 1950 .. 2003
    const e: Entity = {
      id,
      company,
      name: full,
      surname: sur,
      given,
      place: city.name,
      trade: int(0, TRADES.length - 1),
      suffix: pick(SUFFIXES),
      contact: '',
      phone: randomMobile(),
      idBody: '',
      idCheck: '',
      birth,
      city,
      owner: ownerOf(),
      first: int(19358, 20450), // 2023 .. 2025
    };
    if (company) {
      // a trade name (字号) is registered once per city and trade: no two companies share one
      do {
        e.name = pick(BRAND_WORDS) + (chance(0.6) ? pick(BRAND_CHARS) : '') + (chance(0.3) ? pick(BRAND_CHARS) : '');
      } while (companyNames.has(`${city.name}|${e.name}|${e.trade}`));
      companyNames.add(`${city.name}|${e.name}|${e.trade}`);
      e.contact = personName()[0];
      if (chance(0.4)) e.phone = randomLandline(city);
      [e.idBody, e.idCheck] = makeUscc(city.region);
    } else {
      [e.idBody, e.idCheck] = makeResident(city.region, birth);
    }
    return e;
  };

  // ---- noise, independent of the planted kind
  const formatPhone = (digits: string): string => {
    if (!digits) return '';
    const mobile = digits.length === 11 && digits[0] === '1';
    const r = rnd();
    if (mobile) {
      if (r < 0.55) return digits;
      if (r < 0.65) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
      if (r < 0.75) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
      if (r < 0.82) return `+86 ${digits}`;
      if (r < 0.87) return `0086${digits}`;
      if (r < 0.92) return digits.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      if (r < 0.96) return `手机：${digits}`;
      return `86-${digits}`;
    }
    const areaLen = digits[1] === '1' || digits[1] === '2' ? 3 : 4;
    const area = digits.slice(0, areaLen);
    const local = digits.slice(areaLen);
    if (r < 0.5) return `${area}-${local}`;
    if (r < 0.7) return `(${area})${local}`;
    if (r < 0.85) return `${area} ${local}`;
    return `+86-${area.slice(1)}-${local}`;
  };
  const formatDate = (day: number): CellValue => {
    const d = new Date(day * 86400000);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const dd = d.getUTCDate();
    const r = rnd();
    if (r < 0.35) return dayToExcelSerial(day);
    if (r < 0.6) return `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    if (r < 0.75) return `${y}/${m}/${dd}`;
    if (r < 0.88) return `${y}年${m}月${dd}日`;
    if (r < 0.95) return `${y}.${String(m).padStart(2, '0')}.${String(dd).padStart(2, '0')}`;
    return `${y}${String(m).padStart(2, '0')}${String(dd).padStart(2, '0')}`;
  };
  const noisyName = (s: string): string => {
    if (chance(0.03)) s = trad(s);
    if (chance(0.04) && s.length >= 2) s = s[0] + ' ' + s.slice(1);
    if (chance(0.02)) s = ' ' + s + ' ';
    return s;
  };
  const companyName = (e: Entity, variant: boolean): string => {
    const [long, short] = TRADES[e.trade];
    const trade = variant ? (chance(0.5) ? long : short) : long;
    const suffix = variant ? pick(SUFFIXES) : e.suffix;
    const r = variant ? rnd() : 0.5;
    if (r < 0.2) return `${e.name}${trade}（${e.place}）${suffix}`;
    if (r < 0.35) return `${e.place}市${e.name}${trade}${suffix}`;
    if (r < 0.5) return `${e.name}${trade}${suffix}`;
    return `${e.place}${e.name}${trade}${suffix}`;
  };
  const cityText = (e: Entity) => (chance(0.3) ? e.city.name + '市' : e.city.name);

  let row = 0;
  const write = (e: Entity, f: Partial<Record<string, CellValue>>) => {
    if (row >= n) return;
    for (const k of Object.keys(f)) cols[k][row] = f[k] ?? null;
    truth[row] = e.id;
    cols.CustomerId[row] = `C${String(row + 1).padStart(7, '0')}`;
    cols.Kind[row] = e.company ? (chance(0.9) ? '经销商客户' : '经销商') : chance(0.9) ? '最终客户' : '个人';
    cols.Showroom[row] = `${e.city.name}展厅`;
    cols.Stage[row] = pick(['线索', '洽谈', '已签约', '已交车', '已结束', '已流失']);
    if (cols.FirstContact[row] === null) cols.FirstContact[row] = formatDate(e.first);
    if (cols.Owner[row] === null) cols.Owner[row] = e.owner;
    row++;
  };
  const baseFields = (e: Entity): Partial<Record<string, CellValue>> => {
    const f: Partial<Record<string, CellValue>> = {
      Name: e.company ? companyName(e, false) : noisyName(e.name),
      Phone: chance(placeholderRate) ? (planted.placeholder++, '13800000000') : formatPhone(e.phone),
      City: chance(0.9) ? cityText(e) : null,
    };
    if (e.company) {
      f.Contact = chance(0.85) ? noisyName(e.contact) : null;
      if (chance(0.7)) f.IdNumber = e.idBody + e.idCheck;
    } else {
      if (chance(0.6)) f.IdNumber = e.idBody + e.idCheck;
      if (chance(0.6)) f.BirthDate = formatDate(e.birth);
    }
    return f;
  };

  const persons: Entity[] = [];
  let entityId = 0;
  while (row < n) {
    const company = chance(0.15);
    let e: Entity;
    if (!company && persons.length > 10 && chance(familyRate)) {
      // a family member: shares a phone (and surname, often) with an existing person, own valid ID
      const rel = pick(persons);
      e = newEntity(++entityId, false);
      e.phone = rel.phone;
      e.city = rel.city;
      if (chance(0.7)) {
        e.surname = rel.surname;
        e.given = chance(0.35) ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN);
        e.name = e.surname + e.given;
      }
      if (e.name === rel.name) e.name = e.surname + pick(GIVEN) + pick(GIVEN);
      const f = baseFields(e);
      f.IdNumber = e.idBody + e.idCheck;
      f.Phone = formatPhone(e.phone);
      write(e, f);
      planted.family++;
      // make sure the relative's record shows its ID too (both valid, different)
      continue;
    }
    e = newEntity(++entityId, company);
    if (!company) persons.push(e);
    const copies = chance(dupRate) ? (chance(0.8) ? 1 : 2) : 0;
    const kinds: PlantedKind[] = [];
    for (let c = 0; c < copies; c++)
      kinds.push(
        company
          ? chance(0.5)
            ? 'companyUscc'
            : 'companyContact'
          : pick(['phoneFormat', 'phoneTypo', 'idVariant', 'tradName', 'homophone'] as const),
      );
    // the first registration carries what each planted kind relies on
    const base = baseFields(e);
    for (const kind of kinds) {
      if (kind === 'idVariant' || kind === 'companyUscc') base.IdNumber = e.idBody + e.idCheck;
      if (kind === 'homophone') {
        base.BirthDate ??= formatDate(e.birth);
        base.City ??= cityText(e);
      }
      if (kind === 'companyContact') {
        base.Contact ??= e.contact;
        base.City ??= cityText(e);
      }
      if ((kind === 'phoneFormat' || kind === 'phoneTypo' || kind === 'tradName') && base.Phone === '13800000000')
        base.Phone = formatPhone(e.phone);
    }
    write(e, base);
    for (let c = 0; c < copies; c++) {
      const owner = chance(0.6) ? ownerOf() : e.owner;
      const first = e.first + int(-60, 120);
      const f = baseFields(e);
      f.Owner = owner;
      f.FirstContact = formatDate(first);
      const kind = kinds[c];
      planted[kind]++;
      switch (kind) {
        case 'phoneFormat':
          f.Phone = formatPhone(e.phone);
          break;
        case 'phoneTypo': {
          const d = e.phone.split('');
          const pos = int(3, d.length - 1);
          if (chance(0.75)) d[pos] = String((Number(d[pos]) + int(1, 9)) % 10);
          else if (pos < d.length - 1 && d[pos] !== d[pos + 1]) [d[pos], d[pos + 1]] = [d[pos + 1], d[pos]];
          else d[pos] = String((Number(d[pos]) + 1) % 10);
          f.Phone = formatPhone(d.join(''));
          if (chance(0.3)) {
            const i = e.name.length - 1;
            const h = homophoneOf(e.name[i]);
            if (h) f.Name = noisyName(e.name.slice(0, i) + h);
          }
          break;
        }
        case 'idVariant': {
          const r = rnd();
          const y = Number(e.idBody.slice(6, 10));
          if (r < 0.35 && y >= 1900 && y < 2000) f.IdNumber = e.idBody.slice(0, 6) + e.idBody.slice(8, 17);
          else if (r < 0.6 && e.idCheck === 'X') f.IdNumber = e.idBody + 'x';
          else if (r < 0.8) f.IdNumber = e.idBody + (e.idCheck === '0' ? '1' : '0');
          else f.IdNumber = `${e.idBody.slice(0, 6)} ${e.idBody.slice(6, 14)} ${e.idBody.slice(14)}${e.idCheck}`;
          f.Phone = chance(0.5) ? '' : formatPhone(randomMobile());
          break;
        }
        case 'tradName':
          f.Name = trad(e.name);
          f.Phone = formatPhone(e.phone);
          break;
        case 'homophone': {
          const i = int(1, e.name.length - 1);
          const h = homophoneOf(e.name[i]);
          f.Name = noisyName(h ? e.name.slice(0, i) + h + e.name.slice(i + 1) : e.name);
          f.BirthDate = formatDate(e.birth);
          f.City = cityText(e);
          f.Phone = chance(0.5) ? '' : formatPhone(randomMobile());
          f.IdNumber = null;
          break;
        }
        case 'companyUscc':
          f.Name = companyName(e, true);
          f.IdNumber = chance(0.2) ? (e.idBody + e.idCheck).toLowerCase() : e.idBody + e.idCheck;
          f.Phone = formatPhone(chance(0.5) ? randomMobile() : randomLandline(e.city));
          break;
        case 'companyContact':
          f.Name = companyName(e, true);
          f.Contact = noisyName(e.contact);
          f.City = cityText(e);
          f.IdNumber = null;
          f.Phone = formatPhone(chance(0.5) ? randomMobile() : randomLandline(e.city));
          break;
      }
      write(e, f);
    }
  }

  return { table: customersTable(cols, n), truth, planted };
}

/** The Customers fields a person types (not the add-in's own columns), each an empty column of n rows. */
export function emptyCustomerColumns(n: number): Record<string, CellValue[]> {
  const cols: Record<string, CellValue[]> = {};
  for (const f of CUSTOMERS.fields) if (f.owner !== 'addin') cols[f.key] = new Array<CellValue>(n).fill(null);
  return cols;
}

/** A Customers table over generated columns (header on row 1, data from row 2), as a reader gives it. */
export function customersTable(cols: Record<string, CellValue[]>, n: number): Table {
  const keys = Object.keys(cols);
  return {
    sheet: 'Customers',
    sourceName: 'Customers',
    headerRow: 1,
    firstColumn: 0,
    headers: keys,
    mapping: { columns: Object.fromEntries(keys.map((k, i) => [k, i])), extra: [], missing: [], matchedLabels: {} },
    length: n,
    rowNumbers: Array.from({ length: n }, (_, i) => i + 2),
    columns: cols,
  };
}
