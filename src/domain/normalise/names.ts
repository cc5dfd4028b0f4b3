/**
 * Person and company names: traditional -> simplified, full-width -> half-width,
 * lower-case latin, no spaces or punctuation; company names also lose legal suffixes.
 */
import type * as OpenCC from 'opencc-js';
import type * as PinyinPro from 'pinyin-pro';
import { lazyModule } from '../lazy-module';
import { cellText, looseKey } from './text';

/* eslint-disable @typescript-eslint/no-require-imports -- lazy loads (see lazyModule) */
// Only the traditional -> mainland dictionaries (opencc-js/t2cn), a tenth of the full build's; the
// same answer for every code point (test/domain/normalise/names.test.ts)
const openCc = lazyModule(() => require('opencc-js/t2cn') as typeof OpenCC);
const pinyinPro = lazyModule(() => require('pinyin-pro') as typeof PinyinPro);
/* eslint-enable @typescript-eslint/no-require-imports */

let converter: ((s: string) => string) | null = null;
const simplifiedChars = new Map<number, string>();
/** Per BMP code unit: 0 not looked up yet, 1 unchanged by t -> cn, 2 changed (see simplifiedChars). */
const simplifiedState = new Uint8Array(0x10000);

/** One character (code point) traditional -> simplified, cached: opencc-js is slow per call. */
function simplifiedChar(cp: number, ch: string): string {
  let s = simplifiedChars.get(cp);
  if (s === undefined) {
    if (!converter) converter = openCc().Converter({ from: 't', to: 'cn' });
    s = converter(ch);
    simplifiedChars.set(cp, s);
    if (cp < 0x10000) simplifiedState[cp] = s === ch ? 1 : 2;
  }
  return s;
}

/**
 * Traditional -> simplified Chinese (opencc-js t -> cn), character by character with a
 * per-character cache. ASCII passes straight through. Returns the input when unchanged.
 */
export function toSimplified(s: string): string {
  let out = '';
  let runStart = 0; // start of the run of unchanged characters not yet copied to out
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2e80 || simplifiedState[c] === 1) continue;
    let ch = s[i];
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      ch = s.slice(i, i + 2);
      cp = s.codePointAt(i)!;
    }
    const simple = simplifiedChar(cp, ch);
    if (simple !== ch) {
      out += s.slice(runStart, i) + simple;
      runStart = i + ch.length;
    }
    i += ch.length - 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** Legal-form and branch suffixes, longest first (stripped repeatedly from the end of a company name). */
const COMPANY_SUFFIXES = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '有限合伙',
  '合伙企业',
  '个体工商户',
  '分公司',
  '总公司',
  '公司',
  '集团',
  '有限',
  'colimited',
  'coltd',
  'limited',
  'ltd',
  'inc',
  'corp',
  'corporation',
  'company',
  'co',
  'llc',
  'group',
];

/** Trade words written long or short: folded to one form (longest first). */
const TRADE_FOLDS: ReadonlyArray<[string, string]> = [
  ['汽车销售服务', '汽销服'],
  ['汽车贸易', '汽贸'],
  ['汽车销售', '汽销'],
  ['汽车服务', '汽服'],
  ['汽车维修', '汽修'],
  ['汽车租赁', '汽租'],
  ['出租汽车', '汽租'],
  ['租车', '汽租'],
  ['建设工程', '建工'],
  ['商贸', '贸易'],
];

/**
 * Provinces and the cities most often found at the front of company names. A leading
 * place (with or without 省/市/自治区) is what 广州市安达汽贸 and 广州安达汽贸 differ by.
 */
const PLACES = (
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 ' +
  '内蒙古 广西 西藏 宁夏 新疆 香港 澳门 ' +
  '石家庄 唐山 保定 邯郸 太原 大同 沈阳 大连 鞍山 长春 哈尔滨 大庆 南京 苏州 无锡 常州 南通 徐州 扬州 镇江 盐城 ' +
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 台州 合肥 芜湖 福州 厦门 泉州 漳州 南昌 赣州 济南 青岛 烟台 潍坊 临沂 淄博 济宁 威海 ' +
  '郑州 洛阳 开封 南阳 武汉 宜昌 襄阳 长沙 株洲 湘潭 衡阳 广州 深圳 珠海 汕头 佛山 东莞 中山 惠州 江门 湛江 茂名 肇庆 清远 ' +
  '韶关 梅州 揭阳 潮州 阳江 云浮 河源 汕尾 南宁 柳州 桂林 海口 三亚 成都 绵阳 德阳 宜宾 贵阳 遵义 昆明 西安 咸阳 宝鸡 兰州 ' +
  '西宁 银川 乌鲁木齐 拉萨 呼和浩特 包头 鄂尔多斯 ' +
  // the other prefecture-level cities, less those that are also everyday words or common trade
  // names (吉安 安康 白银 普洱 长治 朝阳 来宾 北海 黄山 三明 永州 新余 金昌 中卫 吴忠 山南 玉林 玉溪)
  '秦皇岛 邢台 张家口 承德 沧州 廊坊 衡水 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 乌海 赤峰 通辽 呼伦贝尔 ' +
  '巴彦淖尔 乌兰察布 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 四平 辽源 通化 松原 白城 齐齐哈尔 ' +
  '鸡西 鹤岗 双鸭山 伊春 佳木斯 七台河 牡丹江 黑河 绥化 连云港 淮安 泰州 宿迁 衢州 舟山 丽水 蚌埠 淮南 马鞍山 ' +
  '淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 莆田 南平 龙岩 宁德 景德镇 萍乡 九江 鹰潭 宜春 抚州 上饶 ' +
  '枣庄 东营 泰安 日照 德州 聊城 滨州 菏泽 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 商丘 信阳 周口 ' +
  '驻马店 黄石 十堰 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 邵阳 岳阳 常德 张家界 益阳 郴州 怀化 娄底 梧州 ' +
  '防城港 钦州 贵港 百色 贺州 河池 崇左 儋州 自贡 攀枝花 泸州 广元 遂宁 内江 乐山 南充 眉山 广安 达州 雅安 ' +
  '巴中 资阳 六盘水 安顺 毕节 铜仁 曲靖 保山 昭通 丽江 临沧 日喀则 昌都 林芝 铜川 渭南 延安 汉中 榆林 商洛 ' +
  '嘉峪关 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 海东 石嘴山 固原 克拉玛依 吐鲁番 哈密'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
const PLACE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市'];

/** Places by their first character, longest first: one Map lookup instead of a scan of the list. */
const PLACES_BY_FIRST = new Map<number, string[]>();
for (const p of PLACES) {
  const list = PLACES_BY_FIRST.get(p.charCodeAt(0)) ?? [];
  list.push(p);
  PLACES_BY_FIRST.set(p.charCodeAt(0), list);
}
const NO_PLACE = { name: 0, total: 0 };

/** Length of a place name (with its 省/市 suffix) at position i of s, 0 if none. */
function placeAt(s: string, i: number): { name: number; total: number } {
  const candidates = i < s.length ? PLACES_BY_FIRST.get(s.charCodeAt(i)) : undefined;
  if (!candidates) return NO_PLACE;
  for (const p of candidates) {
    if (s.startsWith(p, i)) {
      let total = p.length;
      for (const suffix of PLACE_SUFFIXES) {
        if (s.startsWith(suffix, i + total)) {
          total += suffix.length;
          break;
        }
      }
      return { name: p.length, total };
    }
  }
  return NO_PLACE;
}

const SUFFIX_SET = new Set(COMPANY_SUFFIXES);
/** Suffixes by their last character, longest first. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const suffix of COMPANY_SUFFIXES) {
  const last = suffix.charCodeAt(suffix.length - 1);
  const list = SUFFIXES_BY_LAST.get(last) ?? [];
  list.push(suffix);
  SUFFIXES_BY_LAST.set(last, list);
}

function stripCompanySuffixes(s: string): string {
  if (SUFFIX_SET.has(s)) return s; // a name that is only '有限公司' stays as typed
  let changed = true;
  while (changed && s.length > 0) {
    changed = false;
    for (const suffix of SUFFIXES_BY_LAST.get(s.charCodeAt(s.length - 1)) ?? []) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        s = s.slice(0, s.length - suffix.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

const TRADE_FIRST_CODES = new Set(TRADE_FOLDS.map(([long]) => long.charCodeAt(0)));

/** One pass: at each character that can start a long form, try the forms longest first. */
function foldTradeWords(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    if (!TRADE_FIRST_CODES.has(s.charCodeAt(i))) continue;
    for (const [long, short] of TRADE_FOLDS) {
      if (s.startsWith(long, i)) {
        out += s.slice(copied, i) + short;
        i += long.length - 1;
        copied = i + 1;
        break;
      }
    }
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Drops 省/市/自治区 after leading place names: 广东省广州市安达 -> 广东广州安达. */
function foldLeadingPlaces(s: string): string {
  let out = '';
  let i = 0;
  for (let guard = 0; guard < 3; guard++) {
    const p = placeAt(s, i);
    if (!p.name) break;
    out += s.slice(i, i + p.name);
    i += p.total;
  }
  return i === 0 ? s : out + s.slice(i);
}

/** Removes a bracketed place or '中国' inside a company name: 安达汽贸（广州）有限公司 -> 安达汽贸有限公司. */
function dropBracketedPlaces(s: string): string {
  return s.replace(/[（(]([^）)]{1,8})[）)]/g, (m, inner: string) => {
    const k = inner.trim();
    if (k === '中国') return '';
    const p = placeAt(k, 0);
    return p.name && p.total === k.length ? '' : m;
  });
}

/**
 * A name for comparison: traditional -> simplified, full-width -> half-width, latin
 * lower-cased, spaces and punctuation removed. For companies also: bracketed places
 * dropped, legal suffixes stripped (有限公司/有限责任公司/股份有限公司/集团/分公司/Co., Ltd.),
 * trade words folded (汽车贸易 -> 汽贸, 汽车销售 -> 汽销 ...), and 省/市 after a leading
 * place dropped, so 广州市安达汽车贸易有限公司 and 广州安达汽贸有限责任公司 both give 广州安达汽贸.
 */
export function normaliseName(raw: unknown, kind: 'person' | 'company' = 'person'): string {
  const text = cellText(raw);
  if (!text) return '';
  if (kind === 'person') return looseKey(toSimplified(text));
  let s = toSimplified(text);
  if (s.includes('(') || s.includes('（')) s = dropBracketedPlaces(s);
  s = looseKey(s);
  s = stripCompanySuffixes(s);
  s = foldTradeWords(s);
  s = foldLeadingPlaces(s);
  return s;
}

/** The place names a company name's leading place is made of ('江苏苏州' -> ['江苏', '苏州']). */
function placeNames(place: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (let guard = 0; guard < 3; guard++) {
    const p = placeAt(place, i);
    if (!p.name) break;
    out.push(place.slice(i, i + p.name));
    i += p.total;
  }
  return out;
}

/**
 * Do two companies' leading places (NameTable.place, 省/市 already dropped) name different
 * places? Their most specific places differ and neither names the other's: 北京 / 上海 and
 * 广东广州 / 广东深圳 do; 江苏苏州 / 苏州 and 浙江 / 浙江杭州 do not (a province written or not).
 */
export function placesDisagree(a: string, b: string): boolean {
  if (a === b || !a || !b) return false;
  const pa = placeNames(a);
  const pb = placeNames(b);
  if (!pa.length || !pb.length) return a !== b;
  const lastA = pa[pa.length - 1];
  const lastB = pb[pb.length - 1];
  return lastA !== lastB && !pa.includes(lastB) && !pb.includes(lastA);
}

/**
 * The distinctive part of a normalised company name: leading place names dropped
 * (广州安达汽贸 -> 安达汽贸), falling back to the whole name when nothing would remain.
 * Useful as a blocking key; a different city is evidence of a different company, so
 * compare full names too.
 */
export function companyCore(normalisedCompany: string): string {
  const i = leadingPlacesEnd(normalisedCompany);
  return i > 0 && i < normalisedCompany.length ? normalisedCompany.slice(i) : normalisedCompany;
}

/** Where up to three leading place names (with their 省/市/自治区) end: 广东省广州市天河区 -> 6 (before 天河区). */
export function leadingPlacesEnd(s: string): number {
  let i = 0;
  for (let guard = 0; guard < 3; guard++) {
    const p = placeAt(s, i);
    if (!p.name) break;
    i += p.total;
  }
  return i;
}

const soundOfChar = new Map<number, string>();
/** BMP characters' sounds by code unit: an array read instead of a Map lookup on the hot path. */
const soundOfBmpChar: Array<string | undefined> = new Array<string | undefined>(0x10000).fill(undefined);

/**
 * The two characters whose pinyin() reading on their own is not their first dictionary reading
 * (checked over 71,200 code points: CJK, extensions A and B, compatibility, full-width, ASCII).
 */
const READING_ALONE: ReadonlyMap<string, string> = new Map([
  ['了', 'liao'],
  ['々', 'tong'],
]);

/**
 * A character's toneless sound: its first reading in pinyin-pro's dictionary, read through
 * polyphonic(). pinyin() gives the same reading for a single character, but its first call builds
 * a matcher over the whole phrase dictionary (about 50 ms in a fresh process) that single
 * characters never need.
 */
function charSound(cp: number, ch: string): string {
  let s = cp < 0x10000 ? soundOfBmpChar[cp] : soundOfChar.get(cp);
  if (s === undefined) {
    s = READING_ALONE.get(ch) ?? pinyinPro().polyphonic(ch, { toneType: 'none', type: 'array' })[0]?.[0] ?? ch;
    s = s.replace(/ü/g, 'v');
    if (cp < 0x10000) soundOfBmpChar[cp] = s;
    else soundOfChar.set(cp, s);
  }
  return s;
}

/**
 * Toneless pinyin of a normalised name, one syllable per character joined by ' '
 * (王伟 and 王玮 -> 'wang wei'), cached per character: pinyin-pro is slow per call.
 * A run of latin letters or digits stays one token ('abc汽贸' -> 'abc qi mao').
 */
export function nameSound(normalisedName: string): string {
  let out = '';
  let run = '';
  const s = normalisedName;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2e80) {
      run += s[i];
      continue;
    }
    if (run) {
      out += (out ? ' ' : '') + run;
      run = '';
    }
    let sound = soundOfBmpChar[c];
    if (sound === undefined) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
      sound = charSound(width === 2 ? s.codePointAt(i)! : c, s.slice(i, i + width));
      i += width - 1;
    }
    out += (out ? ' ' : '') + sound;
  }
  if (run) out += (out ? ' ' : '') + run;
  return out;
}

const surnameSounds = new Map<string, string>();

/**
 * The toneless pinyin of a family name as family names are read (曾 zeng, 单 shan, 吕 lv), its
 * syllables written together; cached per family name. pinyin()'s first call builds its phrase
 * matcher (tens of ms): only tables with romanised names ask for this.
 */
export function surnamePinyin(surname: string): string {
  let s = surnameSounds.get(surname);
  if (s === undefined) {
    s = pinyinPro().pinyin(surname, { toneType: 'none', surname: 'head', type: 'array' }).join('').replace(/ü/g, 'v');
    surnameSounds.set(surname, s);
  }
  return s;
}
