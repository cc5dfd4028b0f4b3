/**
 * Issue 17: documents from outside the mainland, names in Latin letters, romanised Chinese names,
 * addresses, and the possible-duplicates list. Each new comparison level is tested on a pair
 * that reaches it.
 */
import { prepareRows } from '../../../src/domain/conflicts/prepare';
import { PairComparator } from '../../../src/domain/conflicts/compare';
import { matchCustomers, resolveMatchConfig, DEFAULT_MATCH_CONFIG } from '../../../src/domain/conflicts';
import { makeTable, person, type CustomerRecord } from './make-table';

/** The level of comparison `id` for rows a = 0 and b = 1 of a two-row table (and the pair's score). */
function levelOf(id: string, a: CustomerRecord, b: CustomerRecord, more: CustomerRecord[] = []) {
  const p = prepareRows(makeTable([a, b, ...more]));
  // every comparison evaluated: suspiciousWhen names an unknown level, so nothing is decided early
  const config = resolveMatchConfig();
  const cmp = new PairComparator(p, { ...config, decision: { ...config.decision, suspiciousWhen: ['x:y'] } });
  cmp.estimateChanceAgreement();
  const score = cmp.score(0, 1);
  return { level: cmp.levelName(cmp.ids.indexOf(id as never)), score, accepted: cmp.accepted(score), cmp };
}

const noPhone = (over: CustomerRecord) => person({ Phone: null, ...over });

describe('documents from outside the mainland', () => {
  it('the same passport or permit, written differently, is an exact ID match and enough on its own', () => {
    const r = levelOf('id', noPhone({ IdNumber: 'E12345678' }), noPhone({ IdNumber: 'e1234 5678', Name: 'X' }));
    expect(r.level).toBe('exact');
    const hk = levelOf('id', noPhone({ IdNumber: 'H12345678' }), noPhone({ IdNumber: 'h1234-5678' }));
    expect([hk.level, hk.accepted]).toEqual(['exact', true]);
    // a foreign ID card's 7 digits are evidence too
    expect(levelOf('id', noPhone({ IdNumber: '7654321' }), noPhone({ IdNumber: '7654321' })).level).toBe('exact');
  });

  it('one character mistyped or two swapped count only with supporting evidence', () => {
    const typo = levelOf('id', noPhone({ IdNumber: 'E12345678' }), noPhone({ IdNumber: 'E12345679' }));
    expect([typo.level, typo.accepted]).toEqual(['oneEdit', false]);
    const swap = levelOf('id', noPhone({ IdNumber: 'E12345678' }), noPhone({ IdNumber: 'E12345687' }));
    expect([swap.level, swap.accepted]).toEqual(['transposed', false]);
    const supported = levelOf(
      'id',
      noPhone({ Name: 'Wei Zhang', IdNumber: 'E12345678', BirthDate: '1980-01-02' }),
      noPhone({ Name: 'ZHANG Wei', IdNumber: 'E12345687', BirthDate: '1980-01-02' }),
    );
    expect([supported.level, supported.accepted]).toEqual(['transposed', true]);
  });

  it('documents of different kinds are no evidence against; two of one kind that differ are', () => {
    const kinds = levelOf('id', noPhone({ IdNumber: 'E12345678' }), noPhone({ IdNumber: '11010519491231002X' }));
    expect(kinds.level).toBe('');
    const passports = levelOf('id', noPhone({ IdNumber: 'E12345678' }), noPhone({ IdNumber: 'E87654321' }));
    expect(passports.level).toBe('different');
  });

  it('blocking finds a passport typo between rows that share nothing else', () => {
    const rows = [
      noPhone({ Name: 'Anna Schmidt', IdNumber: 'C01X00T47', BirthDate: '1970-05-06' }),
      noPhone({ Name: 'Anna Schmit', IdNumber: 'C01X00T74', City: '上海' }),
    ];
    const r = matchCustomers(makeTable(rows), undefined, { lang: 'en' });
    expect(r.clusters.map((c) => c.rows)).toEqual([]);
    expect(r.possible.map((x) => x.rows)).toEqual([[2, 3]]);
  });
});

describe('names in Latin letters', () => {
  const name = (x: string, y: string, extra: CustomerRecord = {}) =>
    levelOf('name', noPhone({ Name: x, ...extra }), noPhone({ Name: y, ...extra })).level;

  it('exact: case, accents, punctuation and word order aside', () => {
    expect(name('José García', 'GARCIA, Jose')).toBe('exact');
    expect(name('Zhang Wei', 'Wei ZHANG')).toBe('exact');
  });

  it("sound: the same pinyin key (a given name's syllables written apart or together)", () => {
    expect(name('Zhang Xiaoming', 'Zhang Xiao-Ming')).toBe('sound');
  });

  it('spelling: a typo in a word (also a short one), a middle name on one side', () => {
    expect(name('Olivia Silva', 'Oilvia Silva')).toBe('spelling');
    expect(name('Pieter Kim', 'Pieter Kdm')).toBe('spelling');
    expect(name('Sarah Elena Schmidt', 'Sarah Schmidt')).toBe('spelling');
  });

  it('initials: W. Zhang and Wei Zhang', () => {
    expect(name('W. Zhang', 'Wei Zhang')).toBe('initials');
  });

  it('surname: one word agrees, another clearly differs (family members); different otherwise', () => {
    expect(name('John Smith', 'Mary Smith')).toBe('surname');
    expect(name('Chan Tai Man', 'Wong Ka Fai')).toBe('different');
  });

  it('romanised: a pinyin name and the same name in characters, either order; an unreadable romanisation is missing', () => {
    expect(name('Zhang Wei', '张伟')).toBe('romanised');
    expect(name('Xiaoming Zhang', '张小明')).toBe('romanised');
    expect(name('Zeng Wei', '曾伟')).toBe('romanised'); // 曾 read as a family name
    expect(name('Chan Tai Man', '陈大文')).toBe(''); // Cantonese: says nothing either way
  });

  it('a romanised name weighs as common as its pinyin in both scripts: the many 张伟 are not merged on it', () => {
    const rare = levelOf(
      'name',
      noPhone({ Name: 'Zhang Wei', BirthDate: '1980-01-02' }),
      noPhone({ Name: '张伟', BirthDate: '1980-01-02' }),
    );
    const many = Array.from({ length: 60 }, () => noPhone({ Name: '张伟' }));
    const common = levelOf(
      'name',
      noPhone({ Name: 'Zhang Wei', BirthDate: '1980-01-02' }),
      noPhone({ Name: '张伟', BirthDate: '1980-01-02' }),
      many,
    );
    expect([rare.level, rare.accepted]).toEqual(['romanised', true]);
    // 61 rows share the pinyin key: a common name, which a birth date alone does not make one customer
    expect([common.level, common.cmp.commonNameShort, common.accepted]).toEqual(['romanised', true, false]);
  });

  it('blocking meets a typo in one word with the birth date, and a pinyin name with its characters', () => {
    const rows = [
      noPhone({ Name: 'Ivan Johansson', BirthDate: '1960-04-09' }),
      noPhone({ Name: 'Ivan Johassson', BirthDate: '1960-04-09' }),
      noPhone({ Name: '赖静云', BirthDate: '1991-04-27' }),
      noPhone({ Name: 'LAI Jingyun', BirthDate: '1991-04-27' }),
    ];
    const r = matchCustomers(makeTable(rows), undefined, { lang: 'en' });
    expect(r.clusters.map((c) => c.rows)).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(r.clusters[1].reasons[0]).toMatch(/pinyin matches the characters/);
  });
});

describe('addresses', () => {
  const address = (x: string, y: string, names: [string, string] = ['欧阳子涵', '欧阳子涵']) =>
    levelOf('address', noPhone({ Name: names[0], Address: x }), noPhone({ Name: names[1], Address: y }));

  it('exact: the province, city, 号 and full-width digits aside; Road and Rd', () => {
    expect(address('广东省广州市天河区天河路385号1203室', '天河区天河路３８５-1203').level).toBe('exact');
    expect(address('Flat 5B, 88 Nathan Road, Tsim Sha Tsui', 'flat 5b 88 nathan rd tsim sha tsui').level).toBe('exact');
  });

  it('similar: the same street and number, a unit or a district on one side only, or a typo', () => {
    expect(address('天河区天河路385号', '天河路385号12栋2单元1202室').level).toBe('similar');
    expect(address('151 Park Avenue, Nanshan', '151 Prk Avenue, Nanshan').level).toBe('similar');
  });

  it('different: another street, or another district', () => {
    expect(address('金牛区人民南路313号', '锦江区人民南路313号').level).toBe('different');
    expect(address('12 Harbour Road', '40 Queen Street').level).toBe('different');
  });

  it('supports a name only: a family at one address is not one customer', () => {
    const family = address('天河路385号1203室', '天河路385号1203室', ['张伟', '李娜']);
    expect(family.level).toBe('');
    const same = levelOf(
      'address',
      noPhone({ Name: 'Anna Müller', Address: '88 Nathan Road' }),
      noPhone({ Name: 'ANNA MULLER', Address: '88 Nathan Rd' }),
    );
    expect([same.level, same.accepted]).toEqual(['exact', true]);
  });
});

describe('possible duplicates', () => {
  it('a rare name in the same city under another phone: listed, not merged, with its reasons', () => {
    const rows = [
      person({ Name: '欧阳子涵', City: '北京', Owner: 'S001' }),
      person({ Name: '李娜', City: '上海' }),
      person({ Name: '欧阳子涵', City: '北京', Owner: 'S002' }),
    ];
    const r = matchCustomers(makeTable(rows), undefined, { lang: 'zh' });
    expect(r.clusters).toEqual([]);
    expect(r.possible).toHaveLength(1);
    expect(r.possible[0]).toMatchObject({ rows: [2, 4], owners: ['S001', 'S002'], score: 5 });
    expect(r.possible[0].reasons[0]).toBe('名称相同、城市相同');
    expect(r.possible[0].message).toMatch(/可能是同一客户/);
    // marked "not the same customer": no longer listed
    const marked = matchCustomers(makeTable(rows), undefined, { lang: 'zh', notSame: [['#2', '#4']] });
    expect(marked.possible).toEqual([]);
  });

  it('a common name and the city alone is not listed; without decision.possible there is no list', () => {
    const rows = Array.from({ length: 30 }, (_, i) => person({ Name: '王伟', City: i % 2 ? '北京' : '上海' }));
    expect(matchCustomers(makeTable(rows), undefined, { lang: 'zh' }).possible).toEqual([]);
    const pair = [person({ Name: '欧阳子涵', City: '北京' }), person({ Name: '欧阳子涵', City: '北京' })];
    const config = resolveMatchConfig();
    delete config.decision.possible;
    expect(matchCustomers(makeTable(pair), config, { lang: 'zh' }).possible).toEqual([]);
  });

  it('keeps at most maxPerHundredRows per 100 rows, the strongest first', () => {
    const rows: CustomerRecord[] = [];
    for (let k = 0; k < 5; k++) {
      const name = `司马${'甲乙丙丁戊'[k]}${'子丑寅卯辰'[k]}`;
      rows.push(
        person({ Name: name, City: '北京' }),
        person({ Name: name, City: '北京', BirthDate: k ? null : '1980-01-01' }),
      );
    }
    const config = resolveMatchConfig();
    config.decision.possible = { ...DEFAULT_MATCH_CONFIG.decision.possible!, maxPerHundredRows: 20 };
    const r = matchCustomers(makeTable(rows), config, { lang: 'zh' });
    expect(r.possible).toHaveLength(2); // 20 per 100 of 10 rows
  });
});
