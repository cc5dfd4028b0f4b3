import {
  idColumn,
  mapColumn,
  phoneColumn,
  dayColumn,
  normalisePhone,
  parseIdNumber,
  residentIdCheckDigit,
  usccCheckChar,
  USCC_ALPHABET,
  ID_BLANK,
  ID_CHECK_OK,
  ID_FORMAT_OK,
  ID_RESIDENT,
  ID_RESIDENT15,
  ID_UNKNOWN,
  ID_HK_MACAU,
  ID_TAIWAN,
  ID_PASSPORT,
  ID_KIND_NAMES,
  ID_USCC,
  NO_BIRTH_DATE,
  PHONE_BLANK,
  PHONE_LANDLINE,
  PHONE_MOBILE,
  PHONE_UNKNOWN,
  type IdColumn,
  type PhoneColumn,
} from '../../../src/domain/normalise';
import type { CellValue } from '../../../src/domain/table';

/** Small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function digits(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rnd() * 10));
  return s;
}

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const PHONE_CELLS: CellValue[] = [
  null,
  '',
  '   ',
  '\u3000',
  '-',
  'n/a',
  '无',
  '13812345678',
  13812345678,
  8613812345678,
  -5,
  1.5,
  0,
  true,
  new Date(Date.UTC(2024, 0, 2)),
  '138 1234 5678',
  '１３８１２３４５６７８',
  '+86 138 1234 5678',
  '0086 13812345678',
  '8613812345678',
  '013812345678',
  '手机：13812345678',
  '13812345678 / 13987654321',
  '13812345678；13987654321',
  '010-62345678',
  '+86 10 6234 5678',
  '021-12345678 ext 801',
  '010-62345678-8001',
  '0755 12345678',
  '０７５５－１２３４５６７８',
  '12345678901',
  '1234',
  '010-1234',
  '+852 9123 4567',
  '+1 212 555 0100',
  '0044 20 7946 0958',
  '+44 20 7946 0958',
  '(852) 9123-4567',
  'call 138-1234-5678 after 6pm',
  '#$%13812345678',
  '138*1234*5678',
  '电话:010-62345678；手机:13812345678',
];

const ID_CELLS: CellValue[] = [
  null,
  '',
  '   ',
  '\u3000',
  '\u2003',
  '11010519491231002X',
  '11010519491231002x',
  ' 11010519491231002x ',
  '110105-19491231-002X',
  '１１０１０５１９４９１２３１００２Ｘ',
  "'360426199101010071",
  '360426199101010071',
  '360426199101010000',
  '110105194913310021',
  '010105194912310021',
  '110105491231002',
  '110105491331002',
  '010105491231002',
  110105491231002,
  360426199101010000,
  '91110000600037341L',
  '91110000600037341M',
  '91350100M0001TGQXM',
  ' 91110000600037341l ',
  '9111000060003734I',
  '91110000600037349',
  'E12345678',
  'H12345678',
  'H1234567801',
  '12345678',
  'A1234567',
  '7654321',
  'abc',
  '12345',
  true,
  new Date(Date.UTC(2024, 0, 2)),
];

function randomPhone(rnd: () => number): CellValue {
  const body = pick(rnd, [
    () => '1' + pick(rnd, '3456789'.split('')) + digits(rnd, 9),
    () => '1' + digits(rnd, 10),
    () => '0' + pick(rnd, ['10', '20', '21', '755', '571', '991', '12']) + digits(rnd, 7 + Math.floor(rnd() * 2)),
    () => digits(rnd, 1 + Math.floor(rnd() * 14)),
  ])();
  const sep = pick(rnd, ['', ' ', '-', '.', '\u3000']);
  let s = sep ? body.replace(/(\d{3})(\d{4})/, `$1${sep}$2${sep}`) : body;
  s = pick(rnd, ['', '', '+86 ', '0086', '86', '+852 ', '+1 ', '手机：', 'Tel ', '(', '*']) + s;
  s += pick(rnd, ['', '', '', ' ext 12', '转8', '-801', ' / 13912345678', '、021-12345678', '（王）', '?']);
  if (rnd() < 0.15) s = fullWidth(s);
  if (rnd() < 0.05) return pick(rnd, [null, '', ' ', 'x']);
  if (rnd() < 0.05 && /^\d{1,15}$/.test(s)) return Number(s);
  return s;
}

function randomId(rnd: () => number): CellValue {
  const area = pick(rnd, ['110105', '360426', '440105', '010105']);
  const year = pick(rnd, ['1949', '1899', '1991', '2002', '2030']);
  const date = year + pick(rnd, ['0101', '1231', '0230', '1331', '0229']);
  let s: string;
  const shape = rnd();
  if (shape < 0.4) {
    const body = area + date + digits(rnd, 3);
    s = body + (rnd() < 0.7 ? residentIdCheckDigit(body) : pick(rnd, '0123456789X'.split('')));
  } else if (shape < 0.55) {
    s = area + date.slice(2) + digits(rnd, 3);
  } else if (shape < 0.75) {
    let body = pick(rnd, ['91', '92', '11', '5A']) + digits(rnd, 6);
    for (let i = 0; i < 9; i++) body += pick(rnd, USCC_ALPHABET.split(''));
    s = body + (rnd() < 0.7 ? usccCheckChar(body)! : pick(rnd, USCC_ALPHABET.split('')));
  } else if (shape < 0.8) {
    // all digits that may read as a USCC (no plausible birth date)
    const body = digits(rnd, 17);
    s = body + pick(rnd, [usccCheckChar(body)!, residentIdCheckDigit(body), '0']);
  } else {
    s =
      pick(rnd, ['', '', 'H', 'M', 'E', 'EA']) +
      digits(rnd, Math.floor(rnd() * 20)) +
      pick(rnd, ['', 'x', 'ABC', '-', ' ', '(1)']);
  }
  if (rnd() < 0.1) s = s.toLowerCase();
  if (rnd() < 0.1) s = s.slice(0, 6) + ' ' + s.slice(6);
  if (rnd() < 0.1) s = fullWidth(s);
  if (rnd() < 0.05) return pick(rnd, [null, '', ' ', '\u2003']);
  if (rnd() < 0.05 && /^\d{1,18}$/.test(s)) return Number(s);
  return s;
}

const PHONE_KINDS: string[] = [];
PHONE_KINDS[PHONE_MOBILE] = 'mobile';
PHONE_KINDS[PHONE_LANDLINE] = 'landline';
PHONE_KINDS[PHONE_UNKNOWN] = 'unknown';

/** Row i of a PhoneColumn, read back as normalisePhone's answer. */
function phoneAt(col: PhoneColumn, i: number) {
  if (col.kind[i] === PHONE_BLANK) {
    expect(col.key[i]).toBe('');
    expect(col.valid[i]).toBe(0);
    return null;
  }
  return { key: col.key[i], kind: PHONE_KINDS[col.kind[i]], valid: col.valid[i] === 1 };
}

/** Row i of an IdColumn, read back as parseIdNumber's answer. */
function idAt(col: IdColumn, i: number) {
  if (col.kind[i] === ID_BLANK) {
    expect([col.normalised[i], col.matchKey[i], col.flags[i], col.birthDate[i]]).toEqual(['', '', 0, NO_BIRTH_DATE]);
    return null;
  }
  return {
    kind: ID_KIND_NAMES[col.kind[i]],
    normalised: col.normalised[i],
    matchKey: col.matchKey[i],
    formatOk: (col.flags[i] & ID_FORMAT_OK) !== 0,
    checkOk: (col.flags[i] & ID_CHECK_OK) !== 0,
    ...(col.birthDate[i] === NO_BIRTH_DATE ? {} : { birthDate: col.birthDate[i] }),
  };
}

/** Every array of a column parse holds one element type (no null or undefined among strings). */
function expectStrings(a: string[]): void {
  for (let i = 0; i < a.length; i++) expect(typeof a[i]).toBe('string');
}

describe('whole-column normalisation', () => {
  it('parses each column once and shares the result', () => {
    const column: CellValue[] = ['138 1234 5678', null, '+86 139-0000-1111'];
    const a = phoneColumn(column);
    expect(a.key).toEqual(['13812345678', '', '13900001111']);
    expect(Array.from(a.kind)).toEqual([PHONE_MOBILE, PHONE_BLANK, PHONE_MOBILE]);
    expect(phoneColumn(column)).toBe(a);
    let calls = 0;
    const f = (v: CellValue) => (calls++, String(v));
    mapColumn(column, 'custom', f);
    mapColumn(column, 'custom', f);
    expect(calls).toBe(3);
  });

  it('keeps separate results per column and per kind', () => {
    const ids: CellValue[] = ['11010519491231002x'];
    expect(idColumn(ids).normalised[0]).toBe('11010519491231002X');
    expect(idColumn(['360426199101010071']).flags[0]).toBe(ID_FORMAT_OK | ID_CHECK_OK);
    const days = dayColumn(['2026-11-27', 'abc']);
    expect(days[0]).toBe(Date.UTC(2026, 10, 27) / 86400000);
    expect(Number.isNaN(days[1])).toBe(true);
  });

  it('keeps a plain-digit phone cell and a clean ID cell as their own key (no copy per row)', () => {
    const phone = '13812345678';
    const id = '11010519491231002X';
    expect(phoneColumn([phone]).key[0]).toBe(phone);
    const ids = idColumn([id, '91350100M0001TGQXM']);
    expect(ids.normalised[0]).toBe(id);
    expect(ids.matchKey[1]).toBe('91350100M0001TGQX');
    expect(idColumn(['abc']).matchKey[0]).toBe('ABC');
  });
});

describe('phoneColumn agrees with normalisePhone cell by cell', () => {
  it('on hand-picked cells (blanks, numbers, full-width, several phones, foreign numbers, junk)', () => {
    const col = phoneColumn(PHONE_CELLS.slice());
    PHONE_CELLS.forEach((cell, i) => expect([cell, phoneAt(col, i)]).toEqual([cell, normalisePhone(cell)]));
    // every kind code occurs, so the check above is not vacuous
    expect(new Set(col.kind)).toEqual(new Set([PHONE_BLANK, PHONE_MOBILE, PHONE_LANDLINE, PHONE_UNKNOWN]));
    expect(col.valid.includes(0) && col.valid.includes(1)).toBe(true);
    expectStrings(col.key);
  });

  it('on random cells, in random order (no state carried from one cell to the next)', () => {
    const rnd = random(11);
    const cells = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? pick(rnd, PHONE_CELLS) : randomPhone(rnd)));
    const col = phoneColumn(cells);
    for (let i = 0; i < cells.length; i++)
      expect([cells[i], phoneAt(col, i)]).toEqual([cells[i], normalisePhone(cells[i])]);
    expectStrings(col.key);
  });
});

describe('idColumn agrees with parseIdNumber cell by cell', () => {
  it('on hand-picked cells (blanks, numbers, full-width, 15/18-digit IDs, USCC, junk)', () => {
    const col = idColumn(ID_CELLS.slice());
    ID_CELLS.forEach((cell, i) => expect([cell, idAt(col, i)]).toEqual([cell, parseIdNumber(cell)]));
    expect(new Set(col.kind)).toEqual(
      new Set([ID_BLANK, ID_RESIDENT, ID_RESIDENT15, ID_USCC, ID_UNKNOWN, ID_HK_MACAU, ID_TAIWAN, ID_PASSPORT]),
    );
    expect(new Set(col.flags)).toEqual(new Set([0, ID_FORMAT_OK, ID_CHECK_OK, ID_FORMAT_OK | ID_CHECK_OK]));
    expect(col.birthDate.some((d) => d !== NO_BIRTH_DATE)).toBe(true);
    expectStrings(col.normalised);
    expectStrings(col.matchKey);
  });

  it('on random cells, in random order (no state carried from one cell to the next)', () => {
    const rnd = random(29);
    const cells = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? pick(rnd, ID_CELLS) : randomId(rnd)));
    const col = idColumn(cells);
    for (let i = 0; i < cells.length; i++)
      expect([cells[i], idAt(col, i)]).toEqual([cells[i], parseIdNumber(cells[i])]);
    expect(new Set(col.kind).size).toBeGreaterThanOrEqual(5);
    expectStrings(col.normalised);
    expectStrings(col.matchKey);
  });
});
