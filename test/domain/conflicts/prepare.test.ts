import { makeTable, person } from './make-table';
import { prepareRows, PHONE_TEXT, phoneNumber, sameText, shortTextKey } from '../../../src/domain/conflicts/prepare';
import { hashString } from '../../../src/domain/conflicts/similarity';

describe('prepareRows', () => {
  const p = prepareRows(
    makeTable([
      person({ Name: ' 王先生 ', Phone: '13812345678 / 13912345678', IdNumber: '11010519491231002X' }),
      person({ Name: '王先生', Phone: '13812345678', IdNumber: '11010519491231002X', BirthDate: '1980-02-03' }),
      person({ Name: '王先生', Kind: '经销商客户', Phone: '010-62345678', Contact: '李 总' }),
      person({ Name: '广州市安达汽车贸易有限公司', Kind: '经销商客户', Phone: '+44 20 7946 0958', City: '广州市' }),
      person({ Name: '', Phone: null, Contact: '李总', City: '廣州' }),
    ]),
  );

  test('several numbers in one phone cell give phoneA and phoneB; one number gives phoneA only', () => {
    expect([p.phoneA[0], p.phoneB[0]]).toEqual(['13812345678', '13912345678']);
    expect([p.phoneA[1], p.phoneB[1]]).toEqual(['13812345678', '']);
    expect(p.phoneNumA[1]).toBe(phoneNumber('13812345678'));
    expect(p.phoneNumB[1]).toBe(-1);
    expect(p.phoneA[2]).toBe('01062345678');
    expect([p.phoneA[4], p.phoneNumA[4]]).toEqual(['', -1]);
    expect(p.phoneNumA[3] === PHONE_TEXT || p.phoneNumA[3] > 0).toBe(true);
  });

  test('names are normalised once per raw name and kind, and counted per normalised name', () => {
    const names = p.names;
    const field = (f: 'name' | 'place' | 'sound' | 'surname', i: number) => names[f][p.nameCode[i]];
    expect([0, 1, 2].map((i) => field('name', i))).toEqual(['王先生', '王先生', '王先生']);
    // one code per raw name and kind of name: the dealer 王先生 gets its own
    expect(p.nameCode[0]).toBe(p.nameCode[1]);
    expect(p.nameCode[2]).not.toBe(p.nameCode[1]);
    expect([field('surname', 0), names.titleOnly[p.nameCode[0]]]).toEqual(['王', 1]);
    // the dealer 王先生 is a company name: counted apart from the two persons
    expect(Array.from(p.nameCount)).toEqual([2, 2, 1, 1, 0]);
    expect([field('name', 3), field('place', 3)]).toEqual(['安达汽贸', '广州']);
    expect([p.nameCode[4], field('name', 4), field('sound', 4), p.nameCount[4]]).toEqual([0, '', '', 0]);
    expect(p.soundKey[4]).toBe(-1);
  });

  test('contacts share one code per normalised name; cities are codes', () => {
    expect(p.contacts.name[p.contactNameCode[2]]).toBe('李总');
    // '李 总' and '李总' are different texts with one normalised name
    expect(p.contactNameCode[2]).not.toBe(p.contactNameCode[4]);
    expect(p.contactCode[2]).toBe(p.contactCode[4]);
    expect(p.contactSoundKey[2]).toBe(p.contactSoundKey[4]);
    expect([p.contactCode[0], p.contactNameCode[0], p.contacts.name[0], p.contactSoundKey[0]]).toEqual([-1, 0, '', -1]);
    expect(p.city[3]).toBe(p.city[4]);
    expect(p.cities[p.city[3]]).toBe('广州');
  });

  test('a valid ID labels every row carrying it with its first row; the birth column wins over the ID', () => {
    expect(Array.from(p.idLabel.slice(0, 3))).toEqual([0, 0, -1]);
    expect(p.idKey[1]).toBe('11010519491231002');
    expect(p.idHash[2]).toBe(-1);
    expect(p.birth[0]).toBe(Date.UTC(1949, 11, 31) / 86400000);
    expect(p.birth[1]).toBe(Date.UTC(1980, 1, 3) / 86400000);
  });
});

describe('prepareRows groups rows like a Map would (many rows, repeated and colliding values)', () => {
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  const rnd = random(3);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chars = '王李张刘陈杨黄赵吴周伟芳娜敏静丽强磊军洋'.split('');
  const text = (len: number) => Array.from({ length: len }, () => pick(chars)).join('');
  /** An 18-digit ID with a right check digit. */
  function validId(): string {
    const body = `1101051980${String(1 + Math.floor(rnd() * 9)).padStart(2, '0')}1${Math.floor(rnd() * 10)}${Math.floor(rnd() * 10)}${Math.floor(rnd() * 10)}${Math.floor(rnd() * 10)}`;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(body[i]) * w[i];
    return body + '10X98765432'[sum % 11];
  }
  const ids = Array.from({ length: 40 }, validId);
  const rows = Array.from({ length: 3000 }, () =>
    person({
      Name: rnd() < 0.05 ? '' : rnd() < 0.2 ? `${text(2)}汽车贸易有限公司` : text(2 + Math.floor(rnd() * 3)),
      Kind: pick(['最终客户', '经销商客户', '']),
      Contact: rnd() < 0.5 ? '' : pick([text(2), text(3), ` ${text(2)}`]),
      IdNumber: rnd() < 0.3 ? pick(ids) : null,
    }),
  );
  const p = prepareRows(makeTable(rows));

  /** Codes from 1 in order of first row of each key, 0 for key null (a Map, the plain way). */
  function referenceCodes(keys: (string | null)[]): number[] {
    const codes = new Map<string, number>();
    return keys.map((k) => {
      if (k === null) return 0;
      if (!codes.has(k)) codes.set(k, codes.size + 1);
      return codes.get(k)!;
    });
  }

  test('name codes: one per raw name and kind of name, in order of first row', () => {
    const keys = rows.map((r, i) => (r.Name ? `${p.isCompany[i]}|${String(r.Name)}` : null));
    expect(Array.from(p.nameCode)).toEqual(referenceCodes(keys));
  });

  test('contact codes: one per contact text; contactCode one per normalised contact name', () => {
    const texts = rows.map((r) => (r.Contact ? String(r.Contact).trim() : null));
    expect(Array.from(p.contactNameCode)).toEqual(referenceCodes(texts));
    const norm = Array.from(p.contactNameCode, (c) => (p.contacts.name[c] ? p.contacts.name[c] : null));
    expect(Array.from(p.contactCode)).toEqual(referenceCodes(norm).map((c) => c - 1));
  });

  test('name and sound counts are the rows per normalised name and per sound (companies and persons apart)', () => {
    const count = (key: (i: number) => string) => {
      const m = new Map<string, number>();
      for (let i = 0; i < p.n; i++) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
      return m;
    };
    const nameOf = (i: number) => `${p.isCompany[i]}|${p.names.name[p.nameCode[i]]}`;
    const soundOf = (i: number) => `${p.isCompany[i]}|${p.names.sound[p.nameCode[i]]}`;
    const names = count(nameOf);
    const sounds = count(soundOf);
    for (let i = 0; i < p.n; i++) {
      const c = p.nameCode[i];
      expect(p.nameCount[i]).toBe(p.names.name[c] ? names.get(nameOf(i)) : 0);
      expect(p.soundCount[i]).toBe(p.names.sound[c] ? sounds.get(soundOf(i)) : 0);
      const tag = p.isCompany[i] ? 41 : 31;
      expect(p.soundKey[i]).toBe(p.names.sound[c] ? hashString(p.names.sound[c], tag) : -1);
    }
  });

  test('idLabel is the first valid row with the same ID key', () => {
    const keys = Array.from({ length: p.n }, (_, i) => (p.idValid[i] ? p.idKey[i] : null));
    const firstRow = new Map<string, number>();
    const expected = keys.map((k, i) => {
      if (k === null) return -1;
      if (!firstRow.has(k)) firstRow.set(k, i);
      return firstRow.get(k)!;
    });
    expect(expected.filter((x, i) => x >= 0 && x !== i).length).toBeGreaterThan(100);
    expect(Array.from(p.idLabel)).toEqual(expected);
  });
});

describe('shortTextKey and sameText', () => {
  test('texts up to 3 code units and a tag are one exact number each; longer ones -1', () => {
    const texts = ['', 'a', 'ab', 'abc', '王', '王伟', '王伟强', '\uffff\uffff\uffff', '\u0000', 'a\u0000'];
    const keys = texts.flatMap((t) => [0, 1, 2, 3].map((tag) => shortTextKey(t, tag)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(shortTextKey('王伟强伟', 0)).toBe(-1);
  });

  test('sameText is ===', () => {
    const long = '广州市安达汽车贸易有限公司'.repeat(2);
    expect(sameText(long.slice(1), '州市安达汽车贸易有限公司' + long.slice(13))).toBe(true);
    expect(sameText('ab', 'ac')).toBe(false);
    expect(sameText('ab', 'abc')).toBe(false);
    expect(sameText('', '')).toBe(true);
  });
});
