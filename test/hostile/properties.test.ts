/**
 * Property tests (fast-check) of the normalisers and the matcher, over realistic input: mainland
 * mobiles and landlines in the ways people type them, resident IDs and credit codes with valid
 * check characters (and their legacy, lower-case, spaced, full-width forms), names from the
 * sample's pools (traditional characters, forms of address), companies, dates in the usual
 * formats; and customer rows built from a few people and companies, each typed once to three
 * times by different salespeople, with family members sharing a phone.
 *
 *  - normalising twice equals normalising once;
 *  - the row order does not change the clusters (compared as sets of CustomerIds);
 *  - adding an unrelated row neither splits nor joins clusters.
 *
 * A failing property prints fast-check's seed and the shrunk counterexample; replay it with
 * fc.assert(..., { seed, path }) while fixing.
 */
import fc from 'fast-check';
import {
  USCC_ALPHABET,
  dayFromYMD,
  dayToExcelSerial,
  dayToYMD,
  formatDay,
  normaliseIdText,
  normaliseName,
  normalisePhone,
  normalisePhones,
  parseDate,
  parseIdNumber,
  residentIdCheckDigit,
  usccCheckChar,
} from '../../src/domain/normalise';
import { DEFAULT_MATCH_CONFIG, matchCustomers } from '../../src/domain/conflicts';
import { runCheck } from '../../src/domain/engine';
import {
  CITIES,
  GIVEN_ONE,
  GIVEN_TWO,
  LEGAL_SUFFIXES,
  MOBILE_PREFIXES,
  SURNAMES,
  TRADE_NAMES,
  TRADE_WORDS,
  TRADITIONAL,
  type City,
} from '../../src/sample/pools';
import { makeTable, type CustomerRecord } from '../domain/conflicts/make-table';

// ---------------------------------------------------------------- typing helpers

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Digits, letters, + - ( ) and space as a Chinese IME types them (full-width). */
function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

function traditional(s: string): string {
  return [...s].map((c) => TRADITIONAL[c] ?? c).join('');
}

/** Splits s into groups of the given sizes joined by sep ('138', '1234', '5678'). */
function grouped(s: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

const digitString = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

// ---------------------------------------------------------------- phones

const mobileDigits = fc.tuple(fc.constantFrom(...MOBILE_PREFIXES), digitString(8)).map(([p, d]) => p + d);

/** A landline: the city's area code and a local number of the city's length, not starting with 0 or 1. */
const landlineDigits = fc
  .tuple(fc.constantFrom(...CITIES), fc.integer({ min: 2, max: 8 }), digitString(7))
  .map(([city, first, rest]) => city.areaCode + first + rest.slice(0, city.localDigits - 1));

type Typing = (digits: string) => string | number;

const MOBILE_TYPINGS: Typing[] = [
  (d) => d,
  (d) => Number(d), // typed into a number cell
  (d) => grouped(d, [3, 4], ' '),
  (d) => grouped(d, [3, 4], '-'),
  (d) => `+86 ${grouped(d, [3, 4], ' ')}`,
  (d) => `+86-${d}`,
  (d) => `0086${d}`,
  (d) => `86${d}`,
  (d) => fullWidth(d),
  (d) => `手机：${d}`,
  (d) => `${d}（王先生）`,
  (d) => ` ${d} `,
  (d) => `Tel. ${grouped(d, [3, 4], '.')}`,
];

const areaOf = (d: string) => (d.startsWith('01') || d.startsWith('02') ? d.slice(0, 3) : d.slice(0, 4));

const LANDLINE_TYPINGS: Typing[] = [
  (d) => d,
  (d) => `${areaOf(d)}-${d.slice(areaOf(d).length)}`,
  (d) => `(${areaOf(d)})${d.slice(areaOf(d).length)}`,
  (d) => `（${areaOf(d)}）${d.slice(areaOf(d).length)}`,
  (d) => `${areaOf(d)} ${d.slice(areaOf(d).length)}`,
  (d) => `+86 ${areaOf(d).slice(1)} ${d.slice(areaOf(d).length)}`,
  (d) => `${areaOf(d)}-${d.slice(areaOf(d).length)}转801`,
  (d) => `${areaOf(d)}-${d.slice(areaOf(d).length)} ext 12`,
  (d) => fullWidth(`${areaOf(d)}-${d.slice(areaOf(d).length)}`),
  (d) => `电话：${areaOf(d)}-${d.slice(areaOf(d).length)}`,
];

const typedMobile = fc.tuple(mobileDigits, fc.constantFrom(...MOBILE_TYPINGS)).map(([d, typing]) => ({
  digits: d,
  typed: typing(d),
}));
const typedLandline = fc.tuple(landlineDigits, fc.constantFrom(...LANDLINE_TYPINGS)).map(([d, typing]) => ({
  digits: d,
  typed: typing(d),
}));
const typedPhone = fc.oneof({ arbitrary: typedMobile, weight: 3 }, { arbitrary: typedLandline, weight: 1 });

// ---------------------------------------------------------------- resident IDs and credit codes

const birthYMD = fc.tuple(
  fc.integer({ min: 1940, max: 2005 }),
  fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 1, max: 28 }),
);

/** A valid 18-digit resident ID of a district of one of the sample's cities. */
const residentId = fc
  .tuple(fc.constantFrom(...CITIES), fc.nat(), birthYMD, fc.integer({ min: 1, max: 999 }))
  .map(([city, k, [y, m, d], seq]) => {
    const body = `${city.districts[k % city.districts.length].code}${y}${pad(m, 2)}${pad(d, 2)}${pad(seq, 3)}`;
    return body + residentIdCheckDigit(body);
  });

/** A valid unified social credit code of a company registered in one of the sample's cities. */
const creditCode = fc
  .tuple(fc.constantFrom(...CITIES), fc.nat(), digitString(8), fc.integer({ min: 0, max: USCC_ALPHABET.length - 1 }))
  .map(([city, k, org, last]) => {
    const body = `91${city.districts[k % city.districts.length].code}${org}${USCC_ALPHABET[last]}`;
    return body + usccCheckChar(body)!;
  });

/** The legacy 15-digit form of an 18-digit ID born in the 1900s (year without '19', no check digit). */
const legacy15 = (id: string) => id.slice(0, 6) + id.slice(8, 17);

const ID_TYPINGS: Array<(id: string) => string | number> = [
  (id) => id,
  (id) => id.toLowerCase(),
  (id) => grouped(id, [6, 8], ' '),
  (id) => grouped(id, [6, 4, 4], '-'),
  (id) => fullWidth(id),
  (id) => `'${id}`,
  (id) => ` ${id}\u3000`,
  (id) => (id.slice(6, 8) === '19' && /^\d{18}$/.test(id) ? legacy15(id) : id),
  (id) => (id.slice(6, 8) === '19' && /^\d{18}$/.test(id) ? Number(legacy15(id)) : id),
  (id) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0'), // a wrong check character
];

const typedId = fc.tuple(fc.oneof(residentId, creditCode), fc.constantFrom(...ID_TYPINGS)).map(([id, typing]) => ({
  id,
  typed: typing(id),
}));

// ---------------------------------------------------------------- names

const personName = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.oneof(fc.constantFrom(...GIVEN_ONE), fc.constantFrom(...GIVEN_TWO)))
  .map(([s, g]) => s + g);

const NAME_TYPINGS: Array<(name: string) => string> = [
  (n) => n,
  (n) => traditional(n),
  (n) => [...n].join(' '),
  (n) => `${n[0]}\u3000${n.slice(1)}`,
  (n) => ` ${n} `,
  (n) => `${n[0]}先生`,
  (n) => `${n[0]}女士`,
  (n) => `老${n[0]}`,
  (n) => `${n[0]}总`,
  (n) => `${n}（VIP）`,
];

const typedPerson = fc.tuple(personName, fc.constantFrom(...NAME_TYPINGS)).map(([n, typing]) => typing(n));

/** A dealer company: [place][trade name][trade word][legal suffix], typed the ways the sample types them and more. */
const companyParts = fc.record({
  city: fc.constantFrom(...CITIES),
  trade: fc.constantFrom(...TRADE_NAMES),
  word: fc.constantFrom(...TRADE_WORDS),
  suffix: fc.constantFrom(...LEGAL_SUFFIXES, '集团有限公司', '分公司', 'Co., Ltd.'),
});
type CompanyParts = { city: City; trade: string; word: string; suffix: string };

const COMPANY_TYPINGS: Array<(c: CompanyParts) => string> = [
  (c) => `${c.city.zh}市${c.trade}${c.word}${c.suffix}`,
  (c) => `${c.city.zh}${c.trade}${c.word}${c.suffix}`,
  (c) => `${c.trade}${c.word}${c.suffix}`,
  (c) => `${c.trade}${c.word}（${c.city.zh}）${c.suffix}`,
  (c) => `广东省${c.city.zh}市${c.trade}${c.word}${c.suffix}`,
  (c) => traditional(`${c.city.zh}市${c.trade}${c.word}${c.suffix}`),
  (c) => ` ${c.city.zh} ${c.trade} ${c.word}${c.suffix} `,
  (c) => `${c.trade}${c.word}`,
];

const typedCompany = fc.tuple(companyParts, fc.constantFrom(...COMPANY_TYPINGS)).map(([c, typing]) => typing(c));

// ---------------------------------------------------------------- dates

const day = fc
  .tuple(fc.integer({ min: 1950, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => dayFromYMD(y, m, d))
  .filter((d): d is number => d !== null);

const DATE_TYPINGS: Array<(d: number) => unknown> = [
  (d) => formatDay(d),
  (d) => {
    const [y, m, dd] = dayToYMD(d);
    return `${y}/${m}/${dd}`;
  },
  (d) => {
    const [y, m, dd] = dayToYMD(d);
    return `${y}年${m}月${dd}日`;
  },
  (d) => formatDay(d).replace(/-/g, '.'),
  (d) => formatDay(d).replace(/-/g, ''),
  (d) => Number(formatDay(d).replace(/-/g, '')),
  (d) => dayToExcelSerial(d),
  (d) => new Date(d * 86400000),
  (d) => `${formatDay(d)} 10:30:00`,
  (d) => {
    const [y, m, dd] = dayToYMD(d);
    return dd > 12 ? `${dd}/${m}/${y}` : formatDay(d); // day first only where it is unambiguous
  },
];

const typedDate = fc.tuple(day, fc.constantFrom(...DATE_TYPINGS)).map(([d, typing]) => ({ day: d, typed: typing(d) }));

// ---------------------------------------------------------------- normalising twice = once

describe('normalising twice equals normalising once', () => {
  test('phones: every typing gives the digits, and the key normalises to itself', () => {
    fc.assert(
      fc.property(typedPhone, ({ digits, typed }) => {
        const once = normalisePhone(typed);
        expect(once?.key).toBe(digits);
        expect(normalisePhone(once!.key)).toEqual(once);
      }),
      { numRuns: 400 },
    );
  });

  test('phones: a cell holding two numbers gives both, and each key normalises to itself', () => {
    const separators = fc.constantFrom('/', '／', '；', ',', ' 或 ', ' ');
    fc.assert(
      fc.property(typedPhone, typedMobile, separators, (a, b, sep) => {
        fc.pre(a.digits !== b.digits);
        const all = normalisePhones(`${a.typed}${sep}${b.typed}`);
        expect(all.map((p) => p.key)).toEqual([a.digits, b.digits]);
        for (const p of all) expect(normalisePhones(p.key)).toEqual([p]);
      }),
      { numRuns: 200 },
    );
  });

  test('resident IDs and credit codes: the normalised text parses to the same reading', () => {
    fc.assert(
      fc.property(typedId, ({ typed }) => {
        const once = parseIdNumber(typed);
        expect(once).not.toBeNull();
        expect(parseIdNumber(once!.normalised)).toEqual(once);
        expect(normaliseIdText(normaliseIdText(typed))).toBe(normaliseIdText(typed));
      }),
      { numRuns: 400 },
    );
  });

  test('resident IDs and credit codes: every typing of one code has its match key', () => {
    fc.assert(
      fc.property(typedId, ({ id, typed }) => {
        expect(parseIdNumber(typed)!.matchKey).toBe(id.slice(0, 17));
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['person', typedPerson],
    ['company', typedCompany],
  ] as const)('%s names', (kind, typedName) => {
    fc.assert(
      fc.property(typedName, (typed) => {
        const once = normaliseName(typed, kind);
        expect(normaliseName(once, kind)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  test('dates: every typing gives the day, and its YYYY-MM-DD text parses back to it', () => {
    fc.assert(
      fc.property(typedDate, ({ day: d, typed }) => {
        const once = parseDate(typed);
        expect(once).toBe(d);
        expect(parseDate(formatDay(once!))).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------- customer rows

interface Identity {
  company: boolean;
  name: CompanyParts | string;
  contact: string;
  phone: string;
  id: string;
  birth: number | null;
  city: City;
}

const personIdentity = fc
  .record({
    name: personName,
    phone: fc.oneof(mobileDigits, landlineDigits),
    id: residentId,
    city: fc.constantFrom(...CITIES),
  })
  .map(({ name, phone, id, city }): Identity => ({
    company: false,
    name,
    contact: '',
    phone,
    id,
    birth: dayFromYMD(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))),
    city,
  }));

const companyIdentity = fc
  .record({ name: companyParts, contact: personName, phone: fc.oneof(landlineDigits, mobileDigits), id: creditCode })
  .map(({ name, contact, phone, id }): Identity => ({
    company: true,
    name,
    contact,
    phone,
    id,
    birth: null,
    city: name.city,
  }));

/** How a salesperson typed one identity into a row: each field in one of its typings, or left blank. */
const rowTyping = fc.record({
  phone: fc.option(fc.constantFrom(...MOBILE_TYPINGS, ...LANDLINE_TYPINGS.slice(1, 6)), { freq: 6 }),
  id: fc.option(fc.constantFrom(...ID_TYPINGS), { freq: 2 }),
  person: fc.constantFrom(...NAME_TYPINGS),
  company: fc.constantFrom(...COMPANY_TYPINGS),
  birth: fc.boolean(),
  city: fc.boolean(),
  /** A slip of the finger in the phone: one digit changed, or two neighbours swapped (at a position past the prefix). */
  phoneSlip: fc.option(
    fc.record({ at: fc.integer({ min: 3, max: 9 }), swap: fc.boolean(), digit: fc.integer({ min: 0, max: 9 }) }),
    {
      freq: 5,
    },
  ),
  owner: fc.constantFrom('S001', 'S002', 'S003', 'S004'),
  firstContact: fc.integer({ min: 1, max: 28 }),
});
type RowTyping = typeof rowTyping extends fc.Arbitrary<infer T> ? T : never;

function slipped(digits: string, slip: RowTyping['phoneSlip']): string {
  if (!slip) return digits;
  const d = [...digits];
  if (slip.swap) [d[slip.at], d[slip.at + 1]] = [d[slip.at + 1], d[slip.at]];
  else d[slip.at] = String(slip.digit);
  return d.join('');
}

function typeRow(who: Identity, how: RowTyping): CustomerRecord {
  // a landline typing of a mobile (or the reverse) would be a different number: type digits plainly then
  const mobile = who.phone.startsWith('1');
  const phoneTyping = how.phone && (MOBILE_TYPINGS.includes(how.phone) === mobile ? how.phone : (d: string) => d);
  const name = who.company ? how.company(who.name as CompanyParts) : how.person(who.name as string);
  return {
    Kind: who.company ? '经销商客户' : '最终客户',
    Name: name,
    Contact: who.company ? who.contact : null,
    Phone: phoneTyping ? phoneTyping(slipped(who.phone, how.phoneSlip)) : null,
    IdNumber: how.id ? how.id(who.id) : null,
    BirthDate: how.birth && who.birth !== null ? formatDay(who.birth) : null,
    City: how.city ? who.city.zh : null,
    Showroom: '一展厅',
    Owner: how.owner,
    FirstContact: `2025-03-${pad(how.firstContact, 2)}`,
    Stage: '线索',
  };
}

/**
 * A customer file: 2-9 people and companies, each typed on 1-4 rows (now and then with a slip in
 * the phone), CustomerIds C001... in row order. A person may share another's phone: a family
 * member, sometimes of the same name (a namesake, or one person whose ID was mistyped into another
 * valid one), so that the never-merge-two-valid-IDs rule has work to do.
 */
const customerRows = fc
  .array(
    fc.record({
      who: fc.oneof({ arbitrary: personIdentity, weight: 3 }, { arbitrary: companyIdentity, weight: 1 }),
      rows: fc.array(rowTyping, { minLength: 1, maxLength: 4 }),
      sharesPhoneWith: fc.option(fc.nat(), { freq: 3 }),
      sameName: fc.boolean(),
    }),
    { minLength: 2, maxLength: 9 },
  )
  .map((entries) => {
    const records: CustomerRecord[] = [];
    entries.forEach(({ who, rows, sharesPhoneWith, sameName }, k) => {
      const family = sharesPhoneWith !== null && k > 0 ? entries[sharesPhoneWith % k].who : null;
      const identity =
        family && !who.company && !family.company
          ? { ...who, phone: family.phone, name: sameName ? family.name : who.name }
          : who;
      for (const how of rows) records.push(typeRow(identity, how));
    });
    return records.map((r, i): CustomerRecord => ({ CustomerId: `C${pad(i + 1, 3)}`, ...r }));
  });

/** A customer file and the same rows in another order. */
const shuffled = customerRows.chain((records) =>
  fc.tuple(
    fc.constant(records),
    fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
  ),
);

/** The clusters as a sorted list of sorted CustomerId lists (labels and row numbers left out). */
function clusterSets(records: CustomerRecord[]): string[] {
  const { clusters } = matchCustomers(makeTable(records), DEFAULT_MATCH_CONFIG, { lang: 'zh' });
  return clusters.map((c) => [...c.customerIds].sort().join(' ')).sort();
}

describe('the matcher', () => {
  test('the generated files have clusters to find (the properties below are not vacuous)', () => {
    const samples = fc.sample(customerRows, { numRuns: 60, seed: 15 });
    const withClusters = samples.filter((records) => clusterSets(records).length > 0).length;
    expect(withClusters).toBeGreaterThan(30);
  });

  test('the row order does not change the clusters', () => {
    fc.assert(
      fc.property(shuffled, ([records, reordered]) => {
        expect(clusterSets(reordered)).toEqual(clusterSets(records));
      }),
      { numRuns: 400 },
    );
  });

  test('adding an unrelated row neither splits nor joins clusters', () => {
    /** A stranger: a name from no pool, a phone and an ID that differ from every other row's in 3 places or more. */
    const stranger = fc.record({
      name: fc.constantFrom('欧阳翊琛', '司马骁', '诸葛曦', '慕容昊天', '上官沁'),
      phone: mobileDigits,
      id: residentId,
      how: rowTyping,
      at: fc.nat(),
    });
    const differsEnough = (a: string, b: string) => {
      let diff = Math.abs(a.length - b.length);
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) diff++;
      return diff >= 3;
    };
    fc.assert(
      fc.property(customerRows, stranger, (records, s) => {
        const phones = records.map((r) => normalisePhone(r.Phone)?.key ?? '').filter(Boolean);
        const ids = records.map((r) => parseIdNumber(r.IdNumber)?.matchKey ?? '').filter(Boolean);
        fc.pre(phones.every((p) => differsEnough(p, s.phone)) && ids.every((k) => differsEnough(k, s.id.slice(0, 17))));
        const who: Identity = {
          company: false,
          name: s.name,
          contact: '',
          phone: s.phone,
          id: s.id,
          birth: null,
          city: CITIES[0],
        };
        const row = { CustomerId: 'C999', ...typeRow(who, { ...s.how, person: (n: string) => n }) };
        const at = s.at % (records.length + 1);
        const withStranger = [...records.slice(0, at), row, ...records.slice(at)];
        expect(clusterSets(withStranger)).toEqual(clusterSets(records));
      }),
      { numRuns: 150 },
    );
  });

  test('runCheck finds the same clusters in any row order', () => {
    const viaEngine = (records: CustomerRecord[]) =>
      runCheck({ Customers: makeTable(records) }, { today: dayFromYMD(2026, 6, 30)!, lang: 'zh' })
        .clusters.map((c) => [...c.customerIds].sort().join(' '))
        .sort();
    fc.assert(
      fc.property(shuffled, ([records, reordered]) => {
        expect(viaEngine(reordered)).toEqual(viaEngine(records));
      }),
      { numRuns: 40 },
    );
  });
});
