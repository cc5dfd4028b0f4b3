/**
 * Seeded generator of international customers with ground truth (issue 17), written from the
 * issue's text: people from Hong Kong, Macau and Taiwan with their permits, foreigners with
 * passports and other documents, and mainland Chinese registered under a romanised name
 * (Zhang Wei, ZHANG Wei, Wei Zhang) as well as under their characters. Few rows have a phone.
 *
 * Each registered-again customer differs from the first registration by one to three of:
 *   name      a typo (a letter replaced, dropped, doubled or two swapped), family and given
 *             name in the other order, initials (W. Zhang), case, accents dropped, a middle
 *             name dropped, romanised instead of characters (or back), traditional characters
 *   document  written with spaces, dashes, lower case or full-width; a one-character typo or
 *             two characters swapped; left out; another document (a permit instead of a passport)
 *   birth     another format, a one-digit typo, day and month swapped, left out
 *   address   rewritten (Rd / Road, 省/市/区 prefixes, 号, full-width digits, 3-2-501 for
 *             3栋2单元501室), a typo, left out, or a new address (moved)
 * and hard negatives: common names shared by strangers (John Smith, Zhang Wei / 张伟), families at
 * one address with one phone and consecutive passport numbers, twins.
 *
 * Formats and noise are drawn independently of the planted kind.
 */
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import type { CellValue, Table } from '../../src/domain/table';
import { dayToExcelSerial, dayToYMD, residentIdCheckDigit } from '../../src/domain/normalise';
import { GIVEN, SURNAMES, customersTable, emptyCustomerColumns, mulberry32 } from '../generate-customers';

export type Origin = 'western' | 'romanised' | 'characters' | 'hongKong' | 'taiwan';
export type Variation = 'name' | 'document' | 'birth' | 'address' | 'script';

export interface InternationalCustomers {
  table: Table;
  /** Entity id per data row. */
  truth: Int32Array;
  /** Registered-again rows per variation applied (a row can count under several). */
  planted: Record<Variation | 'family' | 'twins', number>;
}

const WESTERN_GIVEN = [
  'James',
  'John',
  'Robert',
  'Michael',
  'William',
  'David',
  'Thomas',
  'Daniel',
  'Matthew',
  'Andrew',
  'Mary',
  'Jennifer',
  'Elizabeth',
  'Sarah',
  'Emily',
  'Olivia',
  'Sophie',
  'Anna',
  'Maria',
  'Laura',
  'Lukas',
  'Jonas',
  'Felix',
  'Hannah',
  'Léa',
  'Chloé',
  'Camille',
  'Hugo',
  'Louis',
  'Gabriel',
  'José',
  'Juan',
  'Carlos',
  'Lucía',
  'Sofía',
  'Pedro',
  'Ivan',
  'Dmitri',
  'Olga',
  'Natalia',
  'Sergei',
  'Yuki',
  'Hiroshi',
  'Kenji',
  'Minjun',
  'Jiwoo',
  'Ahmed',
  'Fatima',
  'Omar',
  'Priya',
  'Rahul',
  'Björn',
  'Søren',
  'Zoë',
  'Renée',
  'François',
  'Mateo',
  'Ingrid',
  'Astrid',
  'Pieter',
];
const WESTERN_FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Dubois',
  'Martin',
  'Bernard',
  'Lefèvre',
  'Moreau',
  'García',
  'Fernández',
  'González',
  'Rodríguez',
  'López',
  'Martínez',
  'Ivanov',
  'Petrov',
  'Smirnov',
  'Kuznetsov',
  'Tanaka',
  'Suzuki',
  'Takahashi',
  'Watanabe',
  'Kim',
  'Park',
  'Choi',
  'Nguyen',
  'Tran',
  'Khan',
  'Singh',
  'Patel',
  'Kowalski',
  'Nowak',
  "O'Brien",
  'Rossi',
  'Bianchi',
  'Silva',
  'Santos',
  'Jensen',
  'Hansen',
  'Johansson',
  'Novák',
  'Horváth',
  'Van der Berg',
  'Da Costa',
  'Fitzgerald',
];
/** Strangers share these (hard negatives). */
const COMMON_WESTERN: Array<[string, string]> = [
  ['John', 'Smith'],
  ['Maria', 'García'],
  ['David', 'Kim'],
  ['Michael', 'Brown'],
  ['Anna', 'Müller'],
];
const COMMON_CHINESE = ['张伟', '王芳', '李娜', '刘洋', '王伟'];
const MIDDLE = ['Marie', 'Anne', 'Lee', 'James', 'Paul', 'Elena', 'Louise'];
/** Cantonese romanisation (Hong Kong): family names and given-name syllables. */
const HK_FAMILY = ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Ho', 'Ng', 'Lam', 'Tsang', 'Yip', 'Chow', 'Kwok', 'Fung'];
const HK_GIVEN = ['Ka', 'Wai', 'Man', 'Ming', 'Siu', 'Chi', 'Kin', 'Yan', 'Mei', 'Ling', 'Fai', 'Kit', 'Hung', 'Wing'];
/** Wade-Giles-like romanisation (Taiwan). */
const TW_FAMILY = ['Chang', 'Wang', 'Lin', 'Chen', 'Huang', 'Liu', 'Tsai', 'Yang', 'Hsu', 'Cheng', 'Hsieh', 'Kuo'];
const TW_GIVEN = ['Chih', 'Wei', 'Hsiao', 'Ming', 'Chia', 'Hui', 'Yu', 'Ting', 'Chun', 'Hsin', 'Kuan', 'Pei'];

interface Place {
  city: string;
  province: string;
  districts: string[];
}
const PLACES: Place[] = [
  { city: '北京', province: '', districts: ['朝阳区', '海淀区', '东城区'] },
  { city: '上海', province: '', districts: ['浦东新区', '徐汇区', '静安区'] },
  { city: '广州', province: '广东省', districts: ['天河区', '越秀区', '海珠区'] },
  { city: '深圳', province: '广东省', districts: ['南山区', '福田区', '罗湖区'] },
  { city: '杭州', province: '浙江省', districts: ['西湖区', '滨江区', '拱墅区'] },
  { city: '成都', province: '四川省', districts: ['武侯区', '锦江区', '青羊区'] },
  { city: '厦门', province: '福建省', districts: ['思明区', '湖里区'] },
];
const ROADS = [
  '建设路',
  '人民路',
  '中山路',
  '解放路',
  '天河路',
  '南京路',
  '长安街',
  '科技园路',
  '滨江大道',
  '世纪大道',
];
const LATIN_STREETS = ['Harbour', 'Nathan', 'Queen', 'Century', 'Garden', 'Victoria', 'Lake', 'Park', 'Hill', 'River'];
const STREET_TYPES: Array<[string, string]> = [
  ['Road', 'Rd'],
  ['Street', 'St'],
  ['Avenue', 'Ave'],
  ['Drive', 'Dr'],
];
const LATIN_AREAS = ['Wan Chai', 'Tsim Sha Tsui', 'Pudong', 'Tianhe', 'Nanshan', 'Xinyi', 'Taipa', 'Central'];

interface Person {
  id: number;
  origin: Origin;
  /** Latin tokens in written order (given first for western), or the Chinese characters. */
  given: string;
  family: string;
  middle: string;
  /** Chinese characters for romanised / characters origins ('' otherwise). */
  chinese: string;
  doc: string;
  /** A second document the person may show instead (a permit, a resident ID). */
  otherDoc: string;
  birth: number;
  place: Place;
  address: string;
  latinAddress: boolean;
  phone: string;
  owner: string;
  first: number;
}

export function generateInternational(opts: { rows: number; seed?: number }): InternationalCustomers {
  const rnd = mulberry32(opts.seed ?? 20260517);
  const n = opts.rows;
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number) => rnd() < p;
  const digits = (k: number) => Array.from({ length: k }, () => String(int(0, 9))).join('');
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  const cols = emptyCustomerColumns(n);
  const truth = new Int32Array(n);
  const planted = { name: 0, document: 0, birth: 0, address: 0, script: 0, family: 0, twins: 0 };
  const issued = new Set<string>();
  const unique = (make: () => string) => {
    let s = make();
    while (issued.has(s)) s = make();
    issued.add(s);
    return s;
  };

  const passport = (origin: Origin): string =>
    unique(() => {
      if (origin === 'romanised' || origin === 'characters')
        return chance(0.7) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJK') + digits(7);
      const r = rnd();
      if (r < 0.3) return digits(9);
      if (r < 0.55) return pick('ABCDEFGKLNPRTXY') + digits(7);
      if (r < 0.8) return pick('ABCDEFGKLNPRTXY') + pick('ABCDEFGKLNPRTXY') + digits(7);
      return digits(7); // a national ID card's number
    });
  const residentId = (birth: number): string => {
    const [y, m, d] = dayToYMD(birth);
    const body = unique(
      () =>
        pick(['110105', '310104', '440106', '440305', '330106', '510107']) +
        `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}` +
        digits(3),
    );
    return body + residentIdCheckDigit(body);
  };

  const chineseAddress = (place: Place): string => {
    const road = pick(ROADS);
    const no = int(1, 999);
    const unit = chance(0.5)
      ? `${int(1, 12)}栋${int(1, 4)}单元${int(1, 30)}0${int(1, 4)}室`
      : `${int(1, 30)}0${int(1, 6)}室`;
    return `${place.province}${place.city}市${pick(place.districts)}${road}${no}号${unit}`;
  };
  const latinAddress = (): string => {
    const flat = chance(0.5) ? `Flat ${int(1, 40)}${pick('ABCDEF')}, ` : '';
    return `${flat}${int(1, 300)} ${pick(LATIN_STREETS)} ${pick(STREET_TYPES)[0]}, ${pick(LATIN_AREAS)}`;
  };

  const newPerson = (id: number): Person => {
    const r = rnd();
    const origin: Origin =
      r < 0.38 ? 'western' : r < 0.62 ? 'romanised' : r < 0.74 ? 'characters' : r < 0.9 ? 'hongKong' : 'taiwan';
    const place = pick(PLACES);
    const birth = int(-9000, 12000); // 1945 .. 2002
    const p: Person = {
      id,
      origin,
      given: '',
      family: '',
      middle: '',
      chinese: '',
      doc: '',
      otherDoc: '',
      birth,
      place,
      address: '',
      latinAddress: chance(origin === 'western' || origin === 'hongKong' ? 0.6 : 0.2),
      phone: chance(0.15) ? `1${pick('3589')}${digits(9)}` : '',
      owner: `S${String(int(1, 60)).padStart(3, '0')}`,
      first: int(19358, 20450),
    };
    p.address = p.latinAddress ? latinAddress() : chineseAddress(place);
    if (origin === 'western') {
      if (chance(0.08)) [p.given, p.family] = pick(COMMON_WESTERN);
      else {
        p.given = pick(WESTERN_GIVEN);
        p.family = pick(WESTERN_FAMILY);
      }
      if (chance(0.15)) p.middle = pick(MIDDLE);
      p.doc = passport(origin);
      if (chance(0.1)) p.otherDoc = unique(() => pick(['USA', 'GBR', 'DEU', 'FRA', 'JPN']) + digits(12));
    } else if (origin === 'romanised' || origin === 'characters') {
      p.chinese = chance(0.08) ? pick(COMMON_CHINESE) : pick(SURNAMES) + pick(GIVEN) + (chance(0.6) ? pick(GIVEN) : '');
      const syllables = pinyin(p.chinese, { toneType: 'none', surname: 'head', type: 'array' }).map((s) =>
        s.replace(/ü/g, 'u'),
      );
      p.family = cap(syllables[0]);
      p.given = cap(syllables.slice(1).join(''));
      p.doc = chance(0.75) ? passport(origin) : residentId(birth);
      if (chance(0.3)) p.otherDoc = p.doc[0] === 'E' ? residentId(birth) : passport(origin);
    } else if (origin === 'hongKong') {
      p.family = pick(HK_FAMILY);
      p.given = `${pick(HK_GIVEN)} ${pick(HK_GIVEN)}`;
      p.doc = unique(() => pick('HHHM') + digits(8));
      if (chance(0.2)) p.otherDoc = unique(() => pick('KRH') + digits(8));
    } else {
      p.family = pick(TW_FAMILY);
      p.given = `${pick(TW_GIVEN)}-${pick(TW_GIVEN).toLowerCase()}`;
      p.doc = unique(() => digits(8));
    }
    return p;
  };

  // ---- how a name, document, date and address are written (noise, independent of the planted kind)
  const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const latinName = (p: Person, style = rnd()): string => {
    const given = p.middle && chance(0.7) ? `${p.given} ${p.middle}` : p.given;
    if (p.origin === 'western') {
      if (style < 0.7) return `${given} ${p.family}`;
      if (style < 0.85) return `${p.family.toUpperCase()}, ${given}`;
      return `${given} ${p.family}`.toUpperCase();
    }
    // Chinese names: family name first (passports: upper-case family name), or in western order
    if (style < 0.45) return `${p.family} ${given}`;
    if (style < 0.7) return `${p.family.toUpperCase()} ${given}`;
    if (style < 0.85) return `${given} ${p.family}`;
    return `${p.family} ${given}`.toUpperCase();
  };
  const nameOf = (p: Person): string => {
    if (p.origin === 'characters') return chance(0.1) ? toTrad(p.chinese) : p.chinese;
    return latinName(p);
  };
  const writeDoc = (doc: string): string => {
    const r = rnd();
    if (r < 0.75) return doc;
    if (r < 0.83) return doc.toLowerCase();
    if (r < 0.9) return `${doc.slice(0, 4)} ${doc.slice(4)}`;
    if (r < 0.95) return `${doc.slice(0, 4)}-${doc.slice(4)}`;
    return doc.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  };
  const writeDate = (day: number): CellValue => {
    const [y, m, d] = dayToYMD(day);
    const r = rnd();
    if (r < 0.4) return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (r < 0.6) return dayToExcelSerial(day);
    if (r < 0.75) return `${y}/${m}/${d}`;
    if (r < 0.85 && d > 12) return `${d}/${m}/${y}`;
    if (r < 0.95) return `${y}年${m}月${d}日`;
    return `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  };

  // ---- the variations of a registration made again
  const letters = 'abcdefghijklmnoprstuvwy';
  const typo = (s: string): string => {
    const idx: number[] = [];
    for (let i = 1; i < s.length; i++) if (/[a-z]/i.test(s[i])) idx.push(i);
    if (idx.length < 2) return s + pick(letters);
    const i = pick(idx);
    const r = rnd();
    if (r < 0.35) return s.slice(0, i) + pick(letters) + s.slice(i + 1);
    if (r < 0.55) return s.slice(0, i) + s.slice(i + 1);
    if (r < 0.7) return s.slice(0, i) + s[i] + s.slice(i);
    if (i + 1 < s.length && /[a-z]/i.test(s[i + 1])) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    return s.slice(0, i) + pick(letters) + s.slice(i + 1);
  };
  const nameVariant = (p: Person): string => {
    if (p.origin === 'characters') return chance(0.5) ? toTrad(p.chinese) : latinName(p);
    const r = rnd();
    if (r < 0.45) {
      const copy = { ...p };
      if (chance(0.5)) copy.family = typo(p.family);
      else copy.given = typo(p.given);
      return latinName(copy);
    }
    if (r < 0.6) return `${p.given[0]}. ${p.family}`; // initials
    if (r < 0.72) return `${p.family} ${p.given}`; // the other order
    if (r < 0.85) return stripAccents(latinName(p)).toLowerCase();
    if (p.chinese) return chance(0.7) ? p.chinese : toTrad(p.chinese); // romanised -> characters
    return latinName({ ...p, middle: '' });
  };
  const docVariant = (p: Person): string => {
    const r = rnd();
    const d = p.doc.split('');
    if (r < 0.4) {
      const i = int(1, d.length - 1);
      const isDigit = /\d/.test(d[i]);
      let c = d[i];
      while (c === d[i]) c = isDigit ? String(int(0, 9)) : pick('ABCDEFGHJKLMNP');
      d[i] = c;
      return writeDoc(d.join(''));
    }
    if (r < 0.65) {
      const i = int(1, d.length - 2);
      if (d[i] !== d[i + 1]) [d[i], d[i + 1]] = [d[i + 1], d[i]];
      else d[i] = String((Number(d[i]) + 1) % 10);
      return writeDoc(d.join(''));
    }
    if (r < 0.85 && p.otherDoc) return writeDoc(p.otherDoc);
    return r < 0.9 ? writeDoc(p.doc) : ''; // written another way, or left out
  };
  const birthVariant = (p: Person): CellValue => {
    const [y, m, d] = dayToYMD(p.birth);
    const ymd = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`.split('');
    const r = rnd();
    if (r < 0.45) {
      const i = int(2, 7);
      ymd[i] = String((Number(ymd[i]) + int(1, 9)) % 10);
      const typed = ymd.join('');
      return `${typed.slice(0, 4)}-${typed.slice(4, 6)}-${typed.slice(6)}`; // may not exist: left as typed
    }
    if (r < 0.7 && d <= 12 && d !== m) return `${y}-${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}`;
    return r < 0.85 ? writeDate(p.birth) : null; // written another way, or left out
  };
  const addressVariant = (p: Person): string => {
    const r = rnd();
    if (r < 0.55) return rewriteAddress(p.address);
    if (r < 0.75) return typo(p.address);
    if (r < 0.85) return '';
    return p.latinAddress ? latinAddress() : chineseAddress(p.place); // moved
  };
  const rewriteAddress = (a: string): string => {
    if (/[A-Za-z]/.test(a)) {
      let s = a;
      for (const [long, short] of STREET_TYPES) s = s.replace(long, chance(0.5) ? short : `${short}.`);
      if (chance(0.3)) s = s.replace('Flat', 'Apt');
      if (chance(0.3)) s = s.replace(/,/g, '');
      return chance(0.3) ? s.toUpperCase() : s;
    }
    let s = a;
    if (chance(0.6)) s = s.replace(/^.*?市/, ''); // no province and city
    if (chance(0.4)) s = s.replace(/^[^路街道]{1,4}?区/, ''); // no district
    if (chance(0.4)) s = s.replace(/(\d+)栋(\d+)单元(\d+)室/, '$1-$2-$3');
    if (chance(0.4)) s = s.replace('号', '-');
    if (chance(0.2)) s = s.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    if (chance(0.15)) s = toTrad(s);
    return s;
  };

  let row = 0;
  const write = (p: Person, f: Record<string, CellValue>) => {
    if (row >= n) return;
    for (const [k, v] of Object.entries(f)) cols[k][row] = v;
    truth[row] = p.id;
    cols.CustomerId[row] = `I${String(row + 1).padStart(6, '0')}`;
    cols.Kind[row] = '最终客户';
    cols.Showroom[row] = `${p.place.city}展厅`;
    cols.Stage[row] = pick(['线索', '洽谈', '已签约', '已交车']);
    cols.Owner[row] ??= p.owner;
    cols.FirstContact[row] ??= writeDate(p.first);
    row++;
  };
  const baseFields = (p: Person): Record<string, CellValue> => ({
    Name: nameOf(p),
    IdNumber: chance(0.9) ? writeDoc(p.doc) : null,
    BirthDate: chance(0.85) ? writeDate(p.birth) : null,
    Address: chance(0.8) ? p.address : null,
    City: chance(0.8) ? p.place.city : null,
    Phone: p.phone && chance(0.8) ? p.phone : null,
  });

  let entity = 0;
  while (row < n) {
    const p = newPerson(++entity);
    const copies = chance(0.2) ? (chance(0.8) ? 1 : 2) : 0;
    // a customer who registers again shows a document or gives a birth date each time (what a careful
    // person would tell the registrations apart by), unless the variation itself takes it away
    const base = baseFields(p);
    if (copies && !base.IdNumber && !base.BirthDate) base.IdNumber = writeDoc(p.doc);
    write(p, base);
    // family members at the same address, with the same phone and, often, the next passport number
    if (chance(0.05)) {
      const kin = newPerson(++entity);
      Object.assign(kin, { origin: p.origin, family: p.family, place: p.place, address: p.address, phone: p.phone });
      kin.latinAddress = p.latinAddress;
      if (p.chinese) {
        kin.chinese = p.chinese[0] + pick(GIVEN) + pick(GIVEN);
        kin.given = cap(pinyin(kin.chinese.slice(1), { toneType: 'none', type: 'array' }).join(''));
      }
      // passports issued together (a resident ID's sequence is the birth date's, its last character a check digit)
      if (chance(0.5) && p.doc.length < 18 && /\d$/.test(p.doc))
        kin.doc = p.doc.slice(0, -1) + String((Number(p.doc.slice(-1)) + 1) % 10);
      const twins = chance(0.2);
      if (twins) kin.birth = p.birth;
      planted[twins ? 'twins' : 'family']++;
      write(kin, { ...baseFields(kin), Address: p.address, IdNumber: writeDoc(kin.doc) });
    }
    for (let c = 0; c < copies; c++) {
      const f = baseFields(p);
      if (!(f.IdNumber && base.IdNumber) && !(f.BirthDate && base.BirthDate)) {
        if (base.IdNumber) f.IdNumber = writeDoc(p.doc);
        else f.BirthDate = writeDate(p.birth);
      }
      f.Owner = chance(0.6) ? `S${String(int(1, 60)).padStart(3, '0')}` : p.owner;
      f.FirstContact = writeDate(p.first + int(30, 900));
      if (p.phone && chance(0.5)) f.Phone = null;
      // one to three variations, at most two of name, document and birth date
      const kinds: Variation[] = [];
      const count = int(1, 3);
      const pool: Variation[] = ['name', 'document', 'birth', 'address'];
      if (p.chinese) pool.push('script');
      while (kinds.length < count) {
        const v = pick(pool);
        if (!kinds.includes(v)) kinds.push(v);
      }
      const strong = kinds.filter((k) => k === 'name' || k === 'document' || k === 'birth' || k === 'script');
      if (strong.length === 3) kinds.splice(kinds.indexOf(strong[0]), 1);
      for (const v of kinds) {
        planted[v]++;
        if (v === 'name') f.Name = nameVariant(p);
        else if (v === 'script') f.Name = p.origin === 'characters' ? latinName(p) : p.chinese;
        else if (v === 'document') f.IdNumber = docVariant(p) || null;
        else if (v === 'birth') f.BirthDate = birthVariant(p);
        else f.Address = addressVariant(p) || null;
      }
      write(p, f);
    }
  }
  return { table: customersTable(cols, n), truth, planted };
}
