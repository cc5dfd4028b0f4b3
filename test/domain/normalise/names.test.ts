import { pinyin } from 'pinyin-pro';
import {
  companyCore,
  nameSound,
  normaliseName,
  placesDisagree,
  toHalfWidth,
  toSimplified,
} from '../../../src/domain/normalise';

describe('toHalfWidth and toSimplified', () => {
  test('the t2cn build of opencc-js that toSimplified loads converts every code point as the full build does', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const full = (require('opencc-js') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' });
    const t2cn = (require('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' });
    /* eslint-enable @typescript-eslint/no-require-imports */
    const differ: string[] = [];
    for (let cp = 0x2e80; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (full(ch) !== t2cn(ch)) differ.push(ch);
    }
    expect(differ).toEqual([]);
    expect(toSimplified('𡞵')).toBe(full('𡞵'));
  });

  test('full-width letters, digits, spaces', () => {
    expect(toHalfWidth('ＡＢＣ　１２３')).toBe('ABC 123');
    expect(toHalfWidth('（王伟）')).toBe('(王伟)');
    const plain = 'plain text 王伟';
    expect(toHalfWidth(plain)).toBe(plain);
  });

  test('traditional -> simplified', () => {
    expect(toSimplified('陳偉')).toBe('陈伟');
    expect(toSimplified('廣州')).toBe('广州');
    expect(toSimplified('廣州市安達汽車貿易有限公司')).toBe('广州市安达汽车贸易有限公司');
    expect(toSimplified('陈伟 ABC')).toBe('陈伟 ABC');
    expect(toSimplified('')).toBe('');
    expect(toSimplified('𠀀陳')).toBe('𠀀陈'); // astral characters survive
  });
});

describe('normaliseName', () => {
  test('person names', () => {
    expect(normaliseName('陳偉')).toBe('陈伟');
    expect(normaliseName(' 王 伟 ')).toBe('王伟');
    expect(normaliseName('王\u3000伟')).toBe('王伟');
    expect(normaliseName('欧阳·娜娜')).toBe('欧阳娜娜');
    expect(normaliseName('Ｊｏｈｎ　Ｓｍｉｔｈ')).toBe('johnsmith');
    expect(normaliseName('John Smith')).toBe('johnsmith');
    expect(normaliseName(null)).toBe('');
    expect(normaliseName('')).toBe('');
  });

  test('company suffix, trade word and city variants give one name', () => {
    const a = normaliseName('广州市安达汽车贸易有限公司', 'company');
    const b = normaliseName('广州安达汽贸有限责任公司', 'company');
    const c = normaliseName('廣州市安達汽車貿易有限公司', 'company');
    const d = normaliseName('广州 安达汽贸 股份有限公司', 'company');
    const e = normaliseName('安达汽贸（广州）有限公司', 'company');
    expect(a).toBe('广州安达汽贸');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(d).toBe(a);
    expect(e).toBe('安达汽贸');
    expect(companyCore(a)).toBe('安达汽贸');
    expect(companyCore(e)).toBe('安达汽贸');
    expect(normaliseName('广东省广州市安达汽车销售服务有限公司', 'company')).toBe('广东广州安达汽销服');
    expect(companyCore(normaliseName('广东省广州市安达汽车销售服务有限公司', 'company'))).toBe('安达汽销服');
  });

  test('different companies stay different', () => {
    const gz = normaliseName('广州安达汽贸有限公司', 'company');
    const sz = normaliseName('深圳安达汽贸有限公司', 'company');
    expect(gz).not.toBe(sz);
    expect(normaliseName('安达汽车销售有限公司', 'company')).not.toBe(normaliseName('安达汽车贸易有限公司', 'company'));
    expect(normaliseName('华润万家超市有限公司', 'company')).toBe('华润万家超市');
  });

  test('latin legal forms', () => {
    expect(normaliseName('Anda Auto Trading Co., Ltd.', 'company')).toBe('andaautotrading');
    expect(normaliseName('ANDA AUTO TRADING LIMITED', 'company')).toBe('andaautotrading');
    expect(normaliseName('Anda Group Inc.', 'company')).toBe('anda');
  });

  test('a name that is only a suffix or a place is kept', () => {
    expect(normaliseName('有限公司', 'company')).toBe('有限公司');
    expect(companyCore('广州')).toBe('广州');
    // every prefecture-level city, not only the big ones (廊坊, 淮安, 遵义 ...)
    expect(companyCore(normaliseName('廊坊市顺美汽车销售有限公司', 'company'))).toBe('顺美汽销');
    expect(companyCore(normaliseName('江苏省淮安立新科技股份有限公司', 'company'))).toBe('立新科技');
    // ... but not the cities whose names are everyday words (吉安: good fortune and peace)
    expect(companyCore(normaliseName('吉安汽车贸易有限公司', 'company'))).toBe('吉安汽贸');
  });
});

describe('placesDisagree', () => {
  test('the most specific places differ and neither names the other', () => {
    expect(placesDisagree('北京', '上海')).toBe(true);
    expect(placesDisagree('广东广州', '广东深圳')).toBe(true);
    expect(placesDisagree('江苏苏州', '苏州')).toBe(false);
    expect(placesDisagree('浙江', '浙江杭州')).toBe(false);
    expect(placesDisagree('北京', '北京')).toBe(false);
    expect(placesDisagree('', '上海')).toBe(false);
  });
});

describe('nameSound', () => {
  test('homophones sound the same, different names do not', () => {
    expect(nameSound('王伟')).toBe('wang wei');
    expect(nameSound('王玮')).toBe(nameSound('王伟'));
    expect(nameSound(normaliseName('陳偉'))).toBe(nameSound('陈玮'));
    expect(nameSound('李娜')).not.toBe(nameSound('王伟'));
  });

  test('latin runs stay one token, ü is written v', () => {
    expect(nameSound('abc汽贸')).toBe('abc qi mao');
    expect(nameSound('吕')).toBe('lv');
    expect(nameSound('')).toBe('');
  });

  test("each character sounds as pinyin-pro's pinyin() reads it alone (every CJK unified ideograph and extension A)", () => {
    const differ: string[] = [];
    for (const [from, to] of [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
    ]) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        const alone = (pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? ch).replace(/ü/g, 'v');
        if (nameSound(ch) !== alone) differ.push(`${ch} ${nameSound(ch)} ${alone}`);
      }
    }
    expect(differ).toEqual([]);
    // the characters whose reading alone is not their first dictionary reading
    expect(nameSound('了')).toBe('liao');
    expect(nameSound('了了')).toBe('liao liao');
  });
});
