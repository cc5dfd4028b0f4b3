/**
 * A seeded, pure generator of the sample workbook's data, with deliberately planted
 * conflicts and bad records listed in `plants` (so tests and the bench can score the
 * engine against them). No I/O; same seed and options -> same data.
 */
import {
  CREDIT_STATUSES,
  CRITERIA,
  CUSTOMER_KINDS,
  LEVELS,
  LOCATION_RATINGS,
  REVIEW_KINDS,
  ROLES,
  SERVICE_LEVELS,
  SETTLEMENTS,
  SOURCES,
  STAGES,
  TIERS,
  TXN_STATUSES,
  VISITORS,
  YES_NO,
  label,
  type EnumValue,
  type Lang,
  type SheetKey,
} from '../domain/schema';
import type { CellValue } from '../domain/table';
import {
  normalisePhone,
  residentIdCheckDigit,
  usccCheckChar,
  USCC_ALPHABET,
  dayFromYMD,
  dayToYMD,
  parseDate,
} from '../domain/normalise';
import { Rng } from './prng';
import { operationsSample } from './operations';
import { settlementAllowed } from '../domain/policy/in-force';
import { sampleRota } from './rota';
import {
  CITIES,
  GIVEN_ONE,
  GIVEN_TWO,
  LEGAL_SUFFIXES,
  MOBILE_PREFIXES,
  MODELS,
  PURPOSES_EN,
  PURPOSES_ZH,
  SHOWROOMS,
  SURNAMES,
  TRADE_NAMES,
  TRADE_WORDS,
  TRADITIONAL,
  type City,
} from './pools';

export interface SampleOptions {
  customers?: number;
  seed?: number;
  lang?: Lang;
  /** 'YYYY-MM-DD'; defaults to today (UTC). */
  today?: string;
}

export type PlantExpectation = 'conflict' | 'duplicate' | 'notSame' | 'issue';

export interface Plant {
  kind: string;
  sheet: SheetKey;
  /** Worksheet rows (header is row 1). */
  rows: number[];
  expect: PlantExpectation;
  what: string;
}

export type Row = Record<string, CellValue>;

export interface SampleData {
  lang: Lang;
  today: string;
  sheets: Record<SheetKey, Row[]>;
  plants: Plant[];
}

const DAY_MS = 86400000;
const toDate = (day: number): Date => new Date(day * DAY_MS);

/** A customer record while it is built; `tag` joins planted records so their rows can be listed at the end. */
/** A tier's terms on the sample's Policy sheet. */
interface TierTerms {
  settlement: string;
  days: number;
  discount: number;
  limit: number;
  visitBy: string;
}

interface CustomerDraft {
  row: Row;
  kind: 'End' | 'Dealer';
  phoneDigits: string;
  city: City;
  tag?: { kind: string; group: string; expect: PlantExpectation; what: string };
  /** For dealers: the ledger profile. */
  profile?: 'stable' | 'swingDown' | 'swingUp' | 'new' | 'none';
  /** A key dealer (重点客户): big, steady volume, good credit, pays on time; scores into tier A. */
  key?: boolean;
  /** For new dealers: months of steady business so far (the new-dealer review is due after 6). */
  newMonths?: number;
  /** A second entry of a customer (planted): its deal, if any, is in the original's ledger rows. */
  copy?: boolean;
}

export function generateSample(options: SampleOptions = {}): SampleData {
  const n = Math.max(40, Math.floor(options.customers ?? 300));
  const rng = new Rng(options.seed ?? 20260101);
  const lang: Lang = options.lang ?? 'zh';
  const todayText = options.today ?? new Date().toISOString().slice(0, 10);
  const today = parseDate(todayText);
  if (today === null) throw new Error(`Bad today: ${todayText}`);
  const [ty, tm] = dayToYMD(today);
  const L = (values: readonly EnumValue[], key: string) =>
    label(
      values.find((v) => v.key === key)!,
      lang,
    );

  // ------------------------------------------------------------ staff
  const salesPerShowroom = Math.min(40, Math.max(5, Math.ceil(n / 150)));
  const staff: Row[] = [];
  const sales: { id: string; showroom: number; active: boolean }[] = [];
  const supervisors: string[] = [];
  let staffNo = 0;
  const usedStaffNames = new Set<string>();
  const staffName = () => {
    for (;;) {
      const name = rng.pick(SURNAMES.slice(0, 30)) + (rng.chance(0.5) ? rng.pick(GIVEN_ONE) : rng.pick(GIVEN_TWO));
      if (!usedStaffNames.has(name) && name !== '王伟' && name !== '李娜') {
        usedStaffNames.add(name);
        return name;
      }
    }
  };
  const addStaff = (role: string, showroom: number | null, active = true) => {
    const id = `S${String(++staffNo).padStart(3, '0')}`;
    staff.push({
      StaffId: id,
      Name: staffName(),
      Role: L(ROLES, role),
      Showroom: showroom === null ? null : label(SHOWROOMS[showroom], lang),
      Department: lang === 'zh' ? '汽车部' : 'Auto Dept',
      Email: `${id.toLowerCase()}@showroom.example.cn`,
      Active: L(YES_NO, active ? 'true' : 'false'),
    });
    return id;
  };
  const manager = addStaff('manager', null);
  const gm = addStaff('gm', null);
  addStaff('finance', null);
  addStaff('finance', null);
  SHOWROOMS.forEach((_, s) => {
    supervisors.push(addStaff('supervisor', s));
    for (let i = 0; i < salesPerShowroom; i++) {
      const active = !(s === 1 && i === salesPerShowroom - 1); // one salesperson has left
      sales.push({ id: addStaff('sales', s, active), showroom: s, active });
    }
  });
  const inactive = sales.find((x) => !x.active)!;
  const activeSales = (showroom: number) => sales.filter((x) => x.showroom === showroom && x.active);

  // ------------------------------------------------------------ identities
  const usedPhones = new Set<string>();
  const usedIds = new Set<string>();
  const usedCompanies = new Set<string>();
  const mobile = (): string => {
    for (;;) {
      const p = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99999999)).padStart(8, '0');
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  const landline = (city: City): string => {
    for (let tries = 0; ; tries++) {
      const len = city.localDigits;
      const local = String(rng.int(2, 8)) + String(rng.int(0, 10 ** (len - 1) - 1)).padStart(len - 1, '0');
      const p = city.areaCode + local;
      // Number plans differ by city: keep only numbers the phone normaliser accepts.
      if (!usedPhones.has(p) && (normalisePhone(p)?.valid || tries > 50)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  /** Real-world spellings of a phone: spaces, dashes, +86, brackets. */
  const formatPhone = (digits: string, style?: number): string => {
    const s = style ?? rng.weighted([60, 14, 10, 6, 5, 5]);
    if (digits.startsWith('1')) {
      switch (s) {
        case 1:
          return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
        case 2:
          return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
        case 3:
          return `+86 ${digits}`;
        case 4:
          return `+86-${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
        case 5:
          return `0086${digits}`;
        default:
          return digits;
      }
    }
    const area = digits.startsWith('02') ? digits.slice(0, 3) : digits.slice(0, 4);
    const local = digits.slice(area.length);
    switch (s % 3) {
      case 1:
        return `(${area})${local}`;
      case 2:
        return `${area} ${local}`;
      default:
        return `${area}-${local}`;
    }
  };
  const birthDay = (): number => {
    const y = rng.int(1958, 2002);
    const m = rng.int(1, 12);
    const d = rng.int(1, 28);
    return dayFromYMD(y, m, d)!;
  };
  const residentId = (city: City, birth: number, wantX = false): string => {
    const [y, m, d] = dayToYMD(birth);
    const area = rng.pick(city.districts).code;
    for (let tries = 0; ; tries++) {
      const body = `${area}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(rng.int(1, 999)).padStart(3, '0')}`;
      const id = body + residentIdCheckDigit(body);
      if (usedIds.has(id.slice(0, 17))) continue;
      if (wantX && !id.endsWith('X') && tries < 500) continue;
      usedIds.add(id.slice(0, 17));
      return id;
    }
  };
  const uscc = (city: City): string => {
    for (;;) {
      let org = '';
      for (let i = 0; i < 9; i++) org += USCC_ALPHABET[rng.int(0, i < 8 ? 9 : 30)];
      const body = `91${rng.pick(city.districts).code}${org}`;
      const code = body + usccCheckChar(body)!;
      if (!usedIds.has(code.slice(0, 17))) {
        usedIds.add(code.slice(0, 17));
        return code;
      }
    }
  };
  const personName = (): string => {
    const s = SURNAMES[Math.min(SURNAMES.length - 1, Math.floor(rng.next() ** 2 * SURNAMES.length))];
    return s + (rng.chance(0.55) ? rng.pick(GIVEN_TWO) : rng.pick(GIVEN_ONE));
  };
  const companyName = (city: City): { name: string; trade: string; word: string; suffix: string } => {
    for (let i = 0; ; i++) {
      const trade = rng.pick(TRADE_NAMES) + (i > 20 ? rng.pick(GIVEN_ONE) : '');
      const word = rng.pick(TRADE_WORDS);
      const suffix = rng.pick(LEGAL_SUFFIXES);
      const prefix = rng.chance(0.7) ? `${city.zh}市` : '';
      const name = `${prefix}${trade}${word}${suffix}`;
      if (!usedCompanies.has(trade + city.zh)) {
        usedCompanies.add(trade + city.zh);
        return { name, trade, word, suffix };
      }
    }
  };
  const address = (city: City) =>
    `${city.zh}市${rng.pick(city.districts).name}${rng.pick(city.roads)}${rng.int(1, 999)}号`;

  // ------------------------------------------------------------ customers
  const nDealers = n <= 300 ? Math.round(n * 0.2) : 60 + Math.round((n - 300) * 0.02);
  const firstDayWindow = today - 3 * 365;
  const drafts: CustomerDraft[] = [];
  const endStages: [string, number][] = [
    ['lead', 30],
    ['negotiating', 20],
    ['contracted', 10],
    ['delivered', 25],
    ['closed', 10],
    ['lost', 5],
  ];

  const makeEnd = (showroom: number): CustomerDraft => {
    const city = rng.chance(0.7) ? CITIES[0] : rng.pick(CITIES);
    const birth = birthDay();
    const phone = mobile();
    const owner = rng.pick(activeSales(showroom)).id;
    const first = rng.int(firstDayWindow, today - 20);
    const stage = endStages[rng.weighted(endStages.map((x) => x[1]))][0];
    const active = stage === 'lead' || stage === 'negotiating' || stage === 'contracted';
    const last = active ? rng.int(Math.max(first, today - 25), today) : rng.int(first, Math.min(today, first + 200));
    return {
      kind: 'End',
      phoneDigits: phone,
      city,
      row: {
        Kind: L(CUSTOMER_KINDS, 'End'),
        Name: personName(),
        Contact: null,
        Phone: formatPhone(phone),
        IdNumber: rng.chance(0.9) ? residentId(city, birth) : null,
        BirthDate: toDate(birth),
        City: city.zh,
        Address: rng.chance(0.8) ? address(city) : null,
        Showroom: label(SHOWROOMS[showroom], lang),
        Owner: owner,
        Source: L(SOURCES, rng.pick(['call', 'walkin', 'walkin', 'outbound', 'referral'])),
        FirstContact: toDate(first),
        LastContact: toDate(last),
        Stage: L(STAGES, stage),
        CreditStatus: L(CREDIT_STATUSES, rng.pick(['good', 'good', 'fair', 'unknown', 'poor'])),
        PaymentAbility: L(LEVELS, rng.pick(['high', 'medium', 'medium', 'low'])),
        SalesCapacity: null,
        LocationRating: null,
        Tier: null,
        Notes: null,
      },
    };
  };
  const makeDealer = (showroom: number, profile: CustomerDraft['profile'], newMonths = 0): CustomerDraft => {
    const city = rng.pick(CITIES);
    const company = companyName(city);
    const phone = rng.chance(0.6) ? landline(city) : mobile();
    const first =
      profile === 'new' ? today - newMonths * 31 - rng.int(5, 20) : rng.int(firstDayWindow - 400, firstDayWindow);
    return {
      kind: 'Dealer',
      phoneDigits: phone,
      city,
      profile,
      row: {
        Kind: L(CUSTOMER_KINDS, 'Dealer'),
        Name: company.name,
        Contact: personName(),
        Phone: formatPhone(phone),
        IdNumber: uscc(city),
        BirthDate: null,
        City: city.zh,
        Address: address(city),
        Showroom: label(SHOWROOMS[showroom], lang),
        Owner: rng.chance(0.2) ? manager : rng.pick(activeSales(showroom)).id,
        Source: L(SOURCES, rng.pick(['outbound', 'referral', 'call'])),
        FirstContact: toDate(first),
        LastContact: toDate(rng.int(today - 30, today)),
        Stage: L(STAGES, profile === 'none' ? 'negotiating' : 'delivered'),
        CreditStatus: L(CREDIT_STATUSES, rng.pick(['good', 'good', 'fair', 'poor'])),
        PaymentAbility: null,
        SalesCapacity: L(LEVELS, rng.pick(['high', 'medium', 'low'])),
        LocationRating: L(LOCATION_RATINGS, rng.pick(['good', 'fair', 'poor'])),
        Tier: profile === 'new' || profile === 'none' ? null : L(TIERS, rng.pick(['A', 'B', 'B', 'C', 'C', 'D'])),
        Notes: null,
      },
    };
  };

  const addedByPlants = 12; // second entries and namesakes added below
  const base = Math.max(30, n - addedByPlants);
  let dealerCount = 0;
  for (let i = 0; i < base; i++) {
    const showroom = i % 3;
    if (i % Math.max(1, Math.round(base / Math.max(1, nDealers))) === 0 && dealerCount < nDealers) {
      const k = dealerCount++;
      const profile: CustomerDraft['profile'] =
        k === 1 ? 'swingDown' : k === 2 ? 'swingUp' : k === 3 || k === 4 ? 'new' : k === 5 ? 'none' : 'stable';
      // One new dealer steady long enough to be due its new-dealer review, one not yet.
      const newMonths = k === 3 ? 7 : 4;
      const dealer = makeDealer(showroom, profile, newMonths);
      if (profile === 'new') dealer.newMonths = newMonths;
      if (profile === 'stable' && k % 7 === 0) {
        // 重点客户: a few big, steady dealers with a good name and location, so some reviews propose tier A.
        dealer.key = true;
        dealer.row.CreditStatus = L(CREDIT_STATUSES, 'good');
        dealer.row.SalesCapacity = L(LEVELS, 'high');
        dealer.row.LocationRating = L(LOCATION_RATINGS, 'good');
        dealer.row.Tier = L(TIERS, 'A');
      }
      drafts.push(dealer);
    } else drafts.push(makeEnd(showroom));
  }
  const ends = drafts.filter((d) => d.kind === 'End');
  const dealers = drafts.filter((d) => d.kind === 'Dealer' && d.profile === 'stable');
  const showroomOf = (d: CustomerDraft) => SHOWROOMS.findIndex((s) => label(s, lang) === d.row.Showroom);
  const otherOwner = (d: CustomerDraft) => {
    const pool = activeSales(Math.max(0, showroomOf(d))).filter((s) => s.id !== d.row.Owner);
    return rng.pick(pool).id;
  };
  const later = (d: CustomerDraft, days: number) =>
    toDate(Math.min(today, Math.round((d.row.FirstContact as Date).getTime() / DAY_MS) + days));
  let group = 0;
  const tagPair = (orig: CustomerDraft, copy: CustomerDraft, kind: string, expect: PlantExpectation, what: string) => {
    const g = `P${++group}`;
    orig.tag = { kind, group: g, expect, what };
    copy.tag = { kind, group: g, expect, what };
    drafts.push(copy);
  };
  const dealStages = [L(STAGES, 'contracted'), L(STAGES, 'delivered'), L(STAGES, 'closed')];
  const copyOf = (d: CustomerDraft, changes: Row): CustomerDraft => {
    const row = { ...d.row, ...changes };
    // A second entry is a fresh lead in the other salesperson's list.
    if (dealStages.includes(row.Stage as string)) row.Stage = L(STAGES, 'negotiating');
    return { ...d, tag: undefined, copy: true, row };
  };
  const takeEnd = (pred: (d: CustomerDraft) => boolean = () => true) => {
    const d = ends.find((x) => !x.tag && pred(x));
    if (!d) throw new Error('sample: ran out of end customers to plant on');
    d.tag = { kind: 'reserved', group: '', expect: 'issue', what: '' };
    return d;
  };

  // 1. the same customer entered by two salespeople, phone spelt differently
  {
    const d = takeEnd((x) => (x.row.Stage as string) === L(STAGES, 'lead'));
    tagPair(
      d,
      copyOf(d, {
        Owner: otherOwner(d),
        Phone: formatPhone(d.phoneDigits, 4),
        FirstContact: later(d, 12),
        LastContact: later(d, 14),
        Source: L(SOURCES, 'walkin'),
      }),
      'conflict.phoneFormat',
      'conflict',
      'same person and phone, phone written differently, two owners',
    );
  }
  // 2. one-digit phone typo + same name
  {
    const d = takeEnd();
    const p = d.phoneDigits;
    const typo = p.slice(0, 8) + String((Number(p[8]) + 3) % 10) + p.slice(9);
    usedPhones.add(typo);
    tagPair(
      d,
      copyOf(d, {
        Owner: otherOwner(d),
        Phone: typo,
        IdNumber: null,
        FirstContact: later(d, 30),
        LastContact: later(d, 31),
      }),
      'conflict.phoneTypo',
      'conflict',
      'same name, phone differs by one digit, two owners',
    );
  }
  // 3. same ID: 18-digit with lower-case x vs the 15-digit legacy form
  {
    const d = takeEnd();
    const birth = dayFromYMD(rng.int(1960, 1979), rng.int(1, 12), rng.int(1, 28))!;
    const id18 = residentId(d.city, birth, true);
    const id15 = id18.slice(0, 6) + id18.slice(8, 17);
    d.row.IdNumber = id18.toLowerCase();
    d.row.BirthDate = toDate(birth);
    tagPair(
      d,
      copyOf(d, {
        Owner: otherOwner(d),
        IdNumber: id15,
        Phone: formatPhone(mobile()),
        FirstContact: later(d, 40),
        LastContact: later(d, 41),
      }),
      'conflict.idLegacy',
      'conflict',
      '18-digit ID with lower-case x vs its 15-digit legacy form, different phones, two owners',
    );
  }
  // 4. traditional vs simplified name + same phone
  {
    const d = takeEnd();
    d.row.Name =
      rng.pick(['陈', '刘', '张', '黄', '杨', '赵']) + rng.pick(['国华', '伟东', '建军', '丽娟', '志强', '鹏']);
    const trad = [...String(d.row.Name)].map((c) => TRADITIONAL[c] ?? c).join('');
    tagPair(
      d,
      copyOf(d, {
        Owner: otherOwner(d),
        Name: trad,
        Phone: formatPhone(d.phoneDigits, 1),
        IdNumber: null,
        FirstContact: later(d, 5),
      }),
      'conflict.traditional',
      'conflict',
      'name in traditional characters, same phone, two owners',
    );
  }
  // 5. company suffix variant + same USCC
  {
    const d = dealers.find((x) => !x.tag)!;
    const m = /^(.*?)(汽车贸易|汽车销售服务|汽车销售|汽车服务)(有限公司|有限责任公司|股份有限公司)$/.exec(
      String(d.row.Name),
    );
    const variant = m
      ? `${m[1].replace(/市/, '')}${m[2] === '汽车贸易' ? '汽贸' : m[2]}${m[3] === '有限公司' ? '有限责任公司' : '有限公司'}`
      : `${d.row.Name}(分部)`;
    tagPair(
      d,
      copyOf(d, {
        Owner: otherOwner(d),
        Name: variant,
        Phone: formatPhone(landline(d.city)),
        Contact: personName(),
        FirstContact: later(d, 60),
      }),
      'conflict.companySuffix',
      'conflict',
      'company name with a different suffix/trade word, same USCC, two owners',
    );
    d.profile = 'stable';
  }
  // 6. a pure duplicate: entered twice by the same salesperson
  {
    const d = takeEnd();
    tagPair(
      d,
      copyOf(d, { FirstContact: later(d, 2) }),
      'duplicate.pure',
      'duplicate',
      'the same record entered twice by one owner',
    );
  }
  // 7. namesakes: same common name, different phone/ID/city -> not the same customer
  for (const name of ['王伟', '李娜']) {
    const g = `P${++group}`;
    const cities = [CITIES[0], CITIES[1], CITIES[2]];
    for (let k = 0; k < (name === '王伟' ? 3 : 2); k++) {
      const d = makeEnd(k % 3);
      d.city = cities[k];
      const birth = birthDay();
      d.row = {
        ...d.row,
        Name: name,
        City: cities[k].zh,
        Address: address(cities[k]),
        IdNumber: residentId(cities[k], birth),
        BirthDate: toDate(birth),
      };
      d.tag = {
        kind: 'namesake',
        group: g,
        expect: 'notSame',
        what: `${name}: same common name, different phone, ID and city`,
      };
      drafts.push(d);
    }
  }
  // 8. family members sharing a phone with different valid IDs -> never merged
  {
    const d = takeEnd((x) => !!x.row.IdNumber);
    const birth = birthDay();
    const relative = copyOf(d, {
      Name: String(d.row.Name)[0] + rng.pick(GIVEN_TWO),
      IdNumber: residentId(d.city, birth),
      BirthDate: toDate(birth),
      Owner: otherOwner(d),
      FirstContact: later(d, 90),
    });
    tagPair(
      d,
      relative,
      'notSame.familyPhone',
      'notSame',
      'same phone, different valid resident IDs (family members): warn, never merge',
    );
  }

  // Bad records (validation), each on its own record.
  const bad = (
    kind: string,
    what: string,
    change: (d: CustomerDraft) => void,
    pred?: (d: CustomerDraft) => boolean,
  ) => {
    const d = takeEnd(pred);
    change(d);
    d.tag = { kind, group: `B${++group}`, expect: 'issue', what };
  };
  bad(
    'bad.idCheck',
    'resident ID with a wrong check digit',
    (d) => {
      const id = String(d.row.IdNumber);
      const wrong = '10X98765432'.split('').find((c) => c !== id[17])!;
      d.row.IdNumber = id.slice(0, 17) + wrong;
    },
    (d) => !!d.row.IdNumber,
  );
  bad(
    'bad.idAsNumber',
    '18-digit ID stored as a number (Excel keeps 15 significant digits)',
    (d) => {
      d.row.IdNumber = Number(String(d.row.IdNumber).slice(0, 17) + '0');
    },
    (d) => !!d.row.IdNumber,
  );
  bad('bad.phone', 'mobile number with 10 digits', (d) => (d.row.Phone = d.phoneDigits.slice(0, 10)));
  bad('bad.ownerUnknown', 'owner S999 is not in Staff', (d) => (d.row.Owner = 'S999'));
  bad('bad.ownerInactive', `owner ${inactive.id} has left the company`, (d) => {
    d.row.Owner = inactive.id;
    d.row.Showroom = label(SHOWROOMS[inactive.showroom], lang);
  });
  bad('bad.ownerShowroom', 'end customer owned by a salesperson of another showroom', (d) => {
    const s = (showroomOf(d) + 1) % 3;
    d.row.Owner = activeSales(s)[0].id;
  });
  bad(
    'bad.dateOrder',
    'LastContact before FirstContact',
    (d) => {
      const first = (d.row.FirstContact as Date).getTime() / DAY_MS;
      d.row.LastContact = toDate(first - 10);
    },
    (d) => (d.row.FirstContact as Date).getTime() / DAY_MS > firstDayWindow + 30,
  );
  bad('bad.futureDate', 'LastContact in the future', (d) => (d.row.LastContact = toDate(today + 20)));
  bad('bad.stale', 'active lead with no follow-up for 200 days', (d) => {
    d.row.Stage = L(STAGES, 'lead');
    d.row.FirstContact = toDate(today - 260);
    d.row.LastContact = toDate(today - 200);
  });
  {
    const d = dealers.find((x) => !x.tag)!;
    d.row.Contact = null;
    d.tag = {
      kind: 'bad.dealerNoContact',
      group: `B${++group}`,
      expect: 'issue',
      what: 'dealer without a contact person',
    };
  }
  bad('bad.contractedNoLedger', 'contracted customer with no ledger row', (d) => {
    d.row.Stage = L(STAGES, 'contracted');
    d.row.Notes = lang === 'zh' ? '合同已签,台账未录' : 'Contract signed, not in the ledger';
  });
  for (const d of ends) if (d.tag?.kind === 'reserved') d.tag = undefined;

  // Spread planted copies through the sheet (stable shuffle of the appended tail).
  const tail = drafts.splice(base);
  for (const d of tail) drafts.splice(rng.int(Math.floor(drafts.length / 3), drafts.length), 0, d);
  drafts.forEach((d, i) => (d.row = { CustomerId: `C${String(i + 1).padStart(6, '0')}`, ...d.row }));
  // A duplicate customer id would be a bad record of its own kind; keep ids unique.

  const plants: Plant[] = [];
  const groups = new Map<string, { tag: NonNullable<CustomerDraft['tag']>; rows: number[] }>();
  drafts.forEach((d, i) => {
    if (!d.tag || !d.tag.group) return;
    const g = groups.get(d.tag.group) ?? { tag: d.tag, rows: [] };
    g.rows.push(i + 2);
    groups.set(d.tag.group, g);
  });
  for (const { tag, rows } of groups.values())
    plants.push({ kind: tag.kind, sheet: 'Customers', rows, expect: tag.expect, what: tag.what });
  drafts.forEach((d, i) => {
    if (d.profile === 'swingDown' || d.profile === 'swingUp') {
      const what =
        d.profile === 'swingDown'
          ? 'dealer volume fell to ~15% in the last two months'
          : 'dealer volume jumped to ~3x in the last two months';
      plants.push({ kind: 'review.abnormalSwing', sheet: 'Customers', rows: [i + 2], expect: 'issue', what });
    } else if (d.profile === 'new') {
      const due = (d.newMonths ?? 0) >= 6;
      plants.push({
        kind: 'review.newDealer',
        sheet: 'Customers',
        rows: [i + 2],
        expect: due ? 'issue' : 'notSame',
        what: due
          ? `new dealer with ${d.newMonths} steady months: due a new-dealer review, no swing alarm`
          : `new dealer with only ${d.newMonths} steady months: not yet due, no swing alarm`,
      });
    }
  });

  // ------------------------------------------------------------ ledger
  // The policy of each tier (the Policy sheet below): a dealer's transactions keep to its tier's terms,
  // except the documented policy plants.
  const TERMS: Record<string, TierTerms> = {
    A: { settlement: 'credit', days: 60, discount: 0.05, limit: 50_000_000, visitBy: 'gm' },
    B: { settlement: 'credit', days: 30, discount: 0.03, limit: 25_000_000, visitBy: 'manager' },
    C: { settlement: 'acceptance', days: 15, discount: 0.015, limit: 15_000_000, visitBy: 'sales' },
    D: { settlement: 'cash', days: 0, discount: 0, limit: 0, visitBy: 'sales' },
  };
  const termsOf = (d: CustomerDraft): TierTerms | undefined =>
    d.kind === 'Dealer' && d.row.Tier ? TERMS[String(d.row.Tier)] : undefined;
  const ledger: Row[] = [];
  let txn = 0;
  const modelLabel = (m: (typeof MODELS)[number]) => (lang === 'zh' ? m.zh : m.en);
  const addTxn = (
    d: CustomerDraft,
    day: number,
    qty: number,
    drawnSettlement: string,
    drawnDays: number,
    terms?: TierTerms,
  ) => {
    const m = MODELS[(Number(String(d.row.CustomerId).slice(1)) + txn) % MODELS.length];
    // a dealer's discount, settlement and credit days stay within its tier's policy
    const cut = Math.min(rng.int(0, 6), terms ? Math.floor(terms.discount * 100 + 1e-9) : 6);
    const price = Math.round(m.price * (1 - cut / 100));
    const settlement =
      terms && !settlementAllowed(drawnSettlement, terms.settlement) ? terms.settlement : drawnSettlement;
    const creditDays = terms ? Math.min(drawnDays, terms.days) : drawnDays;
    const cash = creditDays === 0;
    const age = today - day;
    const due = day + creditDays;
    let status = 'paid';
    let paid: number | null = null;
    let paidAmount: number | null = qty * price;
    if (age < 10) {
      status = 'contracted';
      paidAmount = null;
    } else if (age < 25 && !cash) {
      status = 'delivered';
      paidAmount = null;
    } else {
      // Key dealers always pay within terms, and cash dealers before the car leaves (the draw still happens,
      // so the rest of the sample stays put).
      const onTime = d.key || cash;
      const r = onTime ? 1 : rng.next();
      if (onTime) rng.next();
      if (r < 0.06 && due < today) {
        status = 'invoiced'; // unpaid and overdue
        paidAmount = rng.chance(0.5) ? Math.round((qty * price) / 2) : null;
        // a partial payment has the date it was received
        if (paidAmount !== null) paid = Math.min(today, day + rng.int(1, Math.max(1, creditDays)));
      } else if (r < 0.18)
        paid = Math.min(today, due + rng.int(5, 45)); // late
      else paid = Math.min(today, day + Math.min(rng.int(1, Math.max(1, creditDays)), creditDays));
    }
    ledger.push({
      TxnId: `T${String(++txn).padStart(7, '0')}`,
      CustomerId: d.row.CustomerId,
      Date: toDate(day),
      Model: modelLabel(m),
      Quantity: qty,
      UnitPrice: price,
      Amount: qty * price,
      Settlement: L(SETTLEMENTS, settlement),
      Status: L(TXN_STATUSES, status),
      DueDate: toDate(due),
      PaidDate: paid === null ? null : toDate(paid),
      PaidAmount: paidAmount,
      Owner: d.row.Owner,
      Discount: terms ? cut / 100 : null,
    });
  };
  // Seasonality: peaks before Spring Festival (Dec/Jan) and in Sep/Oct; February is quiet.
  const SEASON = [1.5, 0.55, 0.9, 1.0, 0.95, 0.9, 0.85, 0.9, 1.3, 1.35, 1.05, 1.3];
  const monthStart = (y: number, m: number) => dayFromYMD(y, m, 1)!;
  for (const d of drafts) {
    if (d.kind === 'Dealer') {
      if (d.profile === 'none' || !d.profile) continue;
      const baseQty = rng.int(3, 14) + (d.key ? 14 : 0);
      const credit = rng.pick([30, 45, 60]);
      const settlement = rng.pick(['credit', 'acceptance', 'transfer']);
      const months = d.profile === 'new' ? (d.newMonths ?? 4) : 38;
      for (let k = months; k >= 1; k--) {
        let y = ty;
        let m = tm - k;
        while (m < 1) {
          m += 12;
          y--;
        }
        let q = baseQty * SEASON[m - 1] * (0.85 + rng.next() * 0.3);
        if (d.profile === 'new') q = baseQty * (0.9 + rng.next() * 0.2); // steady
        if (d.key) q *= 1 + (0.1 * (months - k)) / 12; // key dealers grow ~10% a year
        if (d.profile === 'swingDown' && k <= 2) q = baseQty * 0.15;
        if (d.profile === 'swingUp' && k <= 2) q = baseQty * 3.2;
        const qty = Math.max(1, Math.round(q));
        addTxn(d, monthStart(y, m) + rng.int(2, 25), qty, settlement, credit, termsOf(d));
      }
    } else {
      const hasDeal = dealStages.includes(d.row.Stage as string);
      if (!hasDeal || d.copy || d.tag?.kind === 'bad.contractedNoLedger') continue;
      const day = Math.min(today - 1, Math.round((d.row.LastContact as Date).getTime() / DAY_MS));
      addTxn(
        d,
        Math.max(day, Math.round((d.row.FirstContact as Date).getTime() / DAY_MS)),
        1,
        rng.pick(['cash', 'loan', 'transfer']),
        7,
      );
    }
  }
  {
    const i = Math.floor(ledger.length / 2);
    ledger[i].Amount = (ledger[i].Amount as number) + 10000;
    plants.push({
      kind: 'bad.ledgerAmount',
      sheet: 'Ledger',
      rows: [i + 2],
      expect: 'issue',
      what: 'Amount is not Quantity × UnitPrice',
    });
    const j = Math.floor(ledger.length / 3);
    ledger.splice(j, 0, { ...ledger[j], TxnId: `T${String(++txn).padStart(7, '0')}`, CustomerId: 'C999999' });
    plants.push({
      kind: 'bad.ledgerUnknownCustomer',
      sheet: 'Ledger',
      rows: [j + 2],
      expect: 'issue',
      what: 'ledger row for customer C999999, who has no file',
    });
    // the Amount plant moved down one row if it was after the insert
    if (i >= j) plants[plants.length - 2].rows = [i + 3];
  }
  {
    // Policy kept (validation/ledger/policy-*.ts): a cash-only D dealer given 90 days' credit, and a C dealer
    // given more discount than its tier's.
    const taken = new Set(plants.filter((p) => p.sheet === 'Ledger').flatMap((p) => p.rows));
    const tierOf = new Map(drafts.map((d) => [d.row.CustomerId, termsOf(d)]));
    const pick = (tier: string) =>
      ledger.findIndex(
        (t, k) =>
          !taken.has(k + 2) &&
          tierOf.get(t.CustomerId) === TERMS[tier] &&
          (t.Date as Date).getTime() / DAY_MS < today - 150 &&
          t.Status === L(TXN_STATUSES, 'paid'),
      );
    const d = pick('D');
    if (d >= 0) {
      const t = ledger[d];
      const day = Math.round((t.Date as Date).getTime() / DAY_MS);
      t.Settlement = L(SETTLEMENTS, 'credit');
      t.DueDate = toDate(day + 90);
      t.PaidDate = toDate(day + 85);
      plants.push({
        kind: 'policy.cashDealerOnCredit',
        sheet: 'Ledger',
        rows: [d + 2],
        expect: 'issue',
        what: 'tier D dealer (cash, 0 days, limit 0) put on 90-day credit: settlement, credit days and credit limit',
      });
    }
    const c = pick('C');
    if (c >= 0) {
      ledger[c].Discount = 0.05;
      plants.push({
        kind: 'policy.discountAbove',
        sheet: 'Ledger',
        rows: [c + 2],
        expect: 'issue',
        what: 'tier C dealer given a 5% discount (policy 1.5%)',
      });
    }
  }

  // ------------------------------------------------------------ duty and outings
  const duty = sampleRota(today, lang, sales, inactive.id, plants);
  const onDuty = new Set<string>();
  for (const r of duty) {
    for (const id of String(r.OnDuty).split(/[,、]/).concat(String(r.DutyLead)))
      onDuty.add(`${parseDate(r.Date)}|${id}`);
  }
  const outings: Row[] = [];
  const purposes = lang === 'zh' ? PURPOSES_ZH : PURPOSES_EN;
  const dateTime = (day: number, h: number, m: number) => new Date(day * DAY_MS + (h * 60 + m) * 60000);
  const ownCustomers = new Map<string, CellValue[]>();
  for (const d of drafts) {
    const owner = String(d.row.Owner ?? '');
    if (!d.copy && !d.tag) (ownCustomers.get(owner) ?? ownCustomers.set(owner, []).get(owner)!).push(d.row.CustomerId);
  }
  for (let day = today - 55; day <= today; day += 3) {
    // people on duty stay in the showroom (regulations §4): only the others go out
    const out = sales.filter((x) => x.active && (x.id.charCodeAt(3) + day) % 4 === 0 && !onDuty.has(`${day}|${x.id}`));
    for (const s of out) {
      // the customer is one of their own
      const k = rng.int(0, drafts.length - 1);
      const purpose = rng.pick(purposes);
      const withCustomer = rng.chance(0.7);
      const registered = dateTime(day, 8, rng.int(0, 50));
      const own = ownCustomers.get(s.id) ?? [];
      outings.push({
        Date: toDate(day),
        StaffId: s.id,
        Purpose: purpose,
        CustomerId: withCustomer && own.length ? own[k % own.length] : null,
        RegisteredAt: registered,
        ApprovedBy: supervisors[s.showroom],
        ReturnedAt: day < today ? dateTime(day, 15 + (k % 3), (k * 7) % 60) : null,
      });
    }
  }
  /** An active salesperson of a showroom not on duty that day (the first one when all are). */
  const offDuty = (showroom: number, day: number, skip = 0) => {
    const pool = activeSales(showroom).filter((s) => !onDuty.has(`${day}|${s.id}`));
    return (pool.length ? pool : activeSales(showroom))[skip % Math.max(1, pool.length)];
  };
  const s0 = offDuty(0, today - 3);
  outings.push({
    Date: toDate(today - 3),
    StaffId: s0.id,
    Purpose: purposes[0],
    CustomerId: (ownCustomers.get(s0.id) ?? [null])[0],
    RegisteredAt: dateTime(today - 4, 17, 40),
    ApprovedBy: supervisors[0],
    ReturnedAt: dateTime(today - 3, 16, 0),
  });
  plants.push({
    kind: 'outing.eveningBefore',
    sheet: 'Outings',
    rows: [outings.length + 1],
    expect: 'notSame',
    what: 'registered the evening before, before the working day ended, and left directly next morning (allowed)',
  });
  outings.push({
    Date: toDate(today - 2),
    StaffId: offDuty(1, today - 2).id,
    Purpose: purposes[2],
    CustomerId: null,
    RegisteredAt: dateTime(today - 2, 15, 10),
    ApprovedBy: null,
    ReturnedAt: dateTime(today - 2, 17, 20),
  });
  plants.push({
    kind: 'outing.late',
    sheet: 'Outings',
    rows: [outings.length + 1],
    expect: 'issue',
    what: 'registered in the afternoon of the outing day, not approved',
  });
  // Key customers' visits (the policy's VisitBy): the manager or the GM visits each tier A and B dealer once
  // in the year, registered the evening before; one B dealer is left unvisited (a documented plant).
  const keyDealers = drafts
    .map((d, i) => ({ d, row: i + 2, terms: termsOf(d) }))
    .filter(
      (x) =>
        x.terms && (x.terms.visitBy === 'gm' || x.terms.visitBy === 'manager') && x.d.row.Stage !== L(STAGES, 'lost'),
    );
  const unvisited = keyDealers.find((x) => x.terms!.visitBy === 'manager');
  keyDealers.forEach((x, k) => {
    if (x === unvisited) return;
    const day = today - 20 - ((k * 37) % 300);
    outings.push({
      Date: toDate(day),
      StaffId: x.terms!.visitBy === 'gm' ? gm : manager,
      // the dealer's own salesperson goes along (the purpose says so: not another's customer taken over)
      Purpose:
        lang === 'zh'
          ? `陪同 ${String(x.d.row.Owner)} 拜访重点客户`
          : `Key customer visit with ${String(x.d.row.Owner)}`,
      CustomerId: x.d.row.CustomerId,
      RegisteredAt: dateTime(day - 1, 16, 30),
      ReturnedAt: dateTime(day, 16, 0),
      ApprovedBy: gm,
    });
  });
  if (unvisited)
    plants.push({
      kind: 'policy.keyNotVisited',
      sheet: 'Customers',
      rows: [unvisited.row],
      expect: 'issue',
      what: 'tier B dealer whose policy asks for a visit by the department manager: no such outing in the year',
    });
  const dutyRow = duty.find((r) => parseDate(r.Date) === today - 5)!;
  const busyOne = String(dutyRow.OnDuty).split(',')[1];
  outings.push({
    Date: toDate(today - 5),
    StaffId: busyOne,
    Purpose: purposes[1],
    CustomerId: null,
    RegisteredAt: dateTime(today - 6, 17, 20),
    ApprovedBy: supervisors[0],
    ReturnedAt: dateTime(today - 5, 16, 40),
  });
  plants.push({
    kind: 'duty.outOnDuty',
    sheet: 'Duty',
    rows: [duty.indexOf(dutyRow) + 2],
    expect: 'issue',
    what: 'a person on duty registered an outing the same day',
  });
  // the same outing seen from the Outings sheet (outings/not-on-duty-day)
  plants.push({
    kind: 'ops.outing.on-duty',
    sheet: 'Outings',
    rows: [outings.length + 1],
    expect: 'issue',
    what: 'a person on duty registered an outing the same day (the duty.outOnDuty plant)',
  });
  // one plant per showroom-operations rule of the Outings sheet (issue 18)
  const outingPlant = (kind: string, what: string, row: Row) => {
    outings.push({
      Purpose: purposes[1],
      CustomerId: null,
      RegisteredAt: dateTime(Math.round((row.Date as Date).getTime() / DAY_MS), 8, 20),
      ReturnedAt: dateTime(Math.round((row.Date as Date).getTime() / DAY_MS), 16, 30),
      ...row,
    });
    plants.push({ kind, sheet: 'Outings', rows: [outings.length + 1], expect: 'issue', what });
  };
  {
    const d = today - 6;
    const a = offDuty(0, d);
    outingPlant('ops.outing.registered.after-hours', 'registered at 21:30 the evening before', {
      Date: toDate(d),
      StaffId: a.id,
      RegisteredAt: dateTime(d - 1, 21, 30),
      ApprovedBy: supervisors[0],
    });
    const b = offDuty(0, d, 1);
    outingPlant('ops.outing.approver.showroom', "approved by another showroom's supervisor", {
      Date: toDate(d),
      StaffId: b.id,
      ApprovedBy: supervisors[2],
    });
    const c = offDuty(1, d);
    const other = [...ownCustomers.entries()].find(
      ([owner, ids]) => owner !== c.id && ids.length && owner.startsWith('S'),
    )!;
    outingPlant(
      'ops.outing.customer.not-own',
      `visits ${String(other[1][0])}, a customer of ${other[0]}, no reason given`,
      {
        Date: toDate(d),
        StaffId: c.id,
        CustomerId: other[1][0],
        ApprovedBy: supervisors[1],
      },
    );
    const e = offDuty(2, d);
    outingPlant('ops.outing.open', 'no return time on a past day', {
      Date: toDate(d),
      StaffId: e.id,
      ApprovedBy: supervisors[2],
      ReturnedAt: null,
    });
  }

  // ------------------------------------------------------------ calls, walk-ins, work logs, keys (issue 18)
  const ops = operationsSample({
    seed: options.seed ?? 20260101,
    lang,
    today,
    duty,
    customers: drafts.map((d) => d.row),
    sourceCall: L(SOURCES, 'call'),
    sourceWalkin: L(SOURCES, 'walkin'),
    sales,
    supervisors,
    showrooms: SHOWROOMS.map((s) => label(s, lang)),
    manager,
  });
  for (const o of ops.supervisorOutings) outings.push(o);
  for (const p of ops.plants) {
    const rows = p.staffId ? [staff.findIndex((s) => s.StaffId === p.staffId) + 2] : p.rows;
    plants.push({ kind: p.kind, sheet: p.sheet, rows, expect: 'issue', what: p.what });
  }

  // ------------------------------------------------------------ reviews
  const reviews: Row[] = [];
  let rev = 0;
  const lastYear = ty - 1;
  const stableDealers = drafts.filter(
    (d) => d.kind === 'Dealer' && (d.profile === 'stable' || d.profile === 'swingDown' || d.profile === 'swingUp'),
  );
  stableDealers.forEach((d, k) => {
    if (k % 3 === 2) return; // some dealers still miss last year's review
    const filled = k % 4 !== 1; // finance columns partly filled
    const tier = d.row.Tier ?? L(TIERS, 'C');
    reviews.push({
      ReviewId: `R${String(++rev).padStart(5, '0')}`,
      CustomerId: d.row.CustomerId,
      Kind: L(REVIEW_KINDS, 'annual'),
      Period: String(lastYear),
      DueDate: toDate(dayFromYMD(lastYear, 12, 31)!),
      Trigger: lang === 'zh' ? '年底评审' : 'Year end',
      SalesSummary: null,
      SupervisorEvaluation: null,
      ManagerAnalysis:
        lang === 'zh' ? '全年提车稳定,回款基本及时。' : 'Steady orders all year, payments mostly on time.',
      Countermeasures: lang === 'zh' ? '维持现行政策。' : 'Keep the current policy.',
      WorkPlan: lang === 'zh' ? '下季度拜访一次。' : 'Visit next quarter.',
      SupervisorRating: d.key ? rng.int(88, 97) : rng.int(60, 95),
      CreditScore: filled ? (d.key ? rng.int(88, 98) : rng.int(55, 98)) : null,
      PaymentScore: filled ? (d.key ? rng.int(88, 98) : rng.int(50, 98)) : null,
      FinanceOpinion: filled ? (lang === 'zh' ? '信用良好' : 'Good credit') : null,
      ApprovedTier: filled ? tier : null,
      ApprovedBy: filled ? staff[1].StaffId : null,
      ApprovedDate: filled ? toDate(dayFromYMD(ty, 1, 15)!) : null,
      ApprovalComment: null,
    });
  });
  drafts
    .filter((d) => d.kind === 'End' && d.row.Stage === L(STAGES, 'closed'))
    .slice(0, Math.max(3, Math.round(n / 60)))
    .forEach((d) => {
      reviews.push({
        ReviewId: `R${String(++rev).padStart(5, '0')}`,
        CustomerId: d.row.CustomerId,
        Kind: L(REVIEW_KINDS, 'deal'),
        Period: String(ty),
        DueDate: later(d, 200),
        Trigger: lang === 'zh' ? '业务结束' : 'Deal closed',
        SalesSummary: lang === 'zh' ? '客户按时提车,全款结清。' : 'Took delivery on time, paid in full.',
        SupervisorEvaluation: rng.chance(0.6) ? (lang === 'zh' ? '服务到位' : 'Well served') : null,
        SupervisorRating: rng.chance(0.6) ? rng.int(60, 95) : null,
      });
    });

  // ------------------------------------------------------------ policy and weights
  const policy: Row[] = [
    {
      Tier: 'A',
      MinScore: 85,
      PriceDiscount: TERMS.A.discount,
      Settlement: L(SETTLEMENTS, TERMS.A.settlement),
      CreditDays: TERMS.A.days,
      CreditLimit: TERMS.A.limit,
      ServiceLevel: L(SERVICE_LEVELS, 'vip'),
      VisitBy: L(VISITORS, TERMS.A.visitBy),
    },
    {
      Tier: 'B',
      MinScore: 70,
      PriceDiscount: TERMS.B.discount,
      Settlement: L(SETTLEMENTS, TERMS.B.settlement),
      CreditDays: TERMS.B.days,
      CreditLimit: TERMS.B.limit,
      ServiceLevel: L(SERVICE_LEVELS, 'priority'),
      VisitBy: L(VISITORS, TERMS.B.visitBy),
    },
    {
      Tier: 'C',
      MinScore: 55,
      PriceDiscount: TERMS.C.discount,
      Settlement: L(SETTLEMENTS, TERMS.C.settlement),
      CreditDays: TERMS.C.days,
      CreditLimit: TERMS.C.limit,
      ServiceLevel: L(SERVICE_LEVELS, 'standard'),
      VisitBy: L(VISITORS, TERMS.C.visitBy),
    },
    {
      Tier: 'D',
      MinScore: 0,
      PriceDiscount: TERMS.D.discount,
      Settlement: L(SETTLEMENTS, TERMS.D.settlement),
      CreditDays: TERMS.D.days,
      CreditLimit: TERMS.D.limit,
      ServiceLevel: L(SERVICE_LEVELS, 'basic'),
      VisitBy: L(VISITORS, TERMS.D.visitBy),
    },
  ];
  const W: Record<string, number> = {
    credit: 0.15,
    payment: 0.15,
    volume: 0.2,
    growth: 0.1,
    location: 0.1,
    capacity: 0.1,
    financeCredit: 0.05,
    financePayment: 0.05,
    rating: 0.1,
  };
  const weights: Row[] = CRITERIA.map((c) => ({ Criterion: label(c, lang), Weight: W[c.key], Notes: null }));

  return {
    lang,
    today: todayText,
    sheets: {
      Customers: drafts.map((d) => d.row),
      Ledger: ledger,
      Staff: staff,
      Duty: duty,
      Outings: outings,
      Calls: ops.calls,
      Visits: ops.visits,
      WorkLogs: ops.workLogs,
      Keys: ops.keys,
      Reviews: reviews,
      Policy: policy,
      Weights: weights,
    },
    plants,
  };
}
