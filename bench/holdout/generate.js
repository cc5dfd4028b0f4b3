#!/usr/bin/env node
'use strict';
/*
 * Hold-out generator for the Showroom Desk customer-conflict matcher.
 * Written without reading the project's own generator, sample or matcher.
 *
 *   node gen.js OUT_DIR [N=20000] [SEED=1] [--no-bom]
 *
 * Writes OUT_DIR/customers.csv (UTF-8, zh headers of the Customers sheet, header in
 * row 1) and OUT_DIR/truth.json: one entry per data row, in order:
 *   { e: real-world entity id, k: planted kind, v: variation detail, g: group/set id, r: role }
 *   role: 'single' (unique customer, no planting), 'base' (first row of a planted
 *   duplicate group), 'dup' (another row of the same customer), 'neg' (a row of a
 *   negative set: every row of a negative set is a DIFFERENT customer by construction).
 *
 * World: a car-dealer group with 8 showrooms (北京x2, 上海, 杭州, 南京, 广州, 成都, 郑州),
 * 12 salespeople each (S001..S096). Customers: ~85% persons (最终客户), ~7% companies
 * buying for own use (最终客户, fleets/logistics), ~8% dealers (经销商客户).
 * Persons: 55% carry an 18-digit resident ID (GB 11643 check char computed), 50% a birth
 * date (from the ID when there is one). Companies: 70% carry a USCC (GB 32100 check char
 * computed; the embedded organisation code also has its GB 11714 check char).
 * Mobiles 80% plain 11 digits, 20% in other spellings; companies use landlines half the time.
 *
 * Planted POSITIVE groups (same customer, 2-4 rows; 85% with different Owners), count
 * per 20,000 rows (scaled with N):
 *   phone_fmt        500  same phone, different spelling: +86/0086/86 prefix, spaces, dashes,
 *                         full-width digits, (+86), landline with (0), landline without area code
 *                         (city known), "手机:" label. Name identical or trailing space.
 *   phone_multi      150  the cell holds the phone plus a second number (／ 、 / ; ) or an
 *                         extension (转 / ext / -). Name identical.
 *   name_title       150  same phone (any spelling), name written as 张先生/张女士/张总/老张 or with spaces.
 *   phone_typo       200  one digit of the mobile replaced; same exact name, same city; at most
 *                         one row has an ID.
 *   phone_swap       100  two adjacent digits swapped; same exact name, same city.
 *   id_fmt           150  re-registered 1-4 years later with a NEW phone, same ID written as-is,
 *                         lower-case x, with spaces, full-width, or with surrounding blanks.
 *   id_15             80  new phone, the ID written in its old 15-digit form (born < 1982).
 *   id_badcheck       80  new phone, ID with a wrong check character (typo in the last char).
 *   id_body_typo      50  new phone, ID with one wrong digit in the sequence part (check fails),
 *                         same name, same city, same birth date written.
 *   name_trad        100  same phone, name in traditional characters.
 *   name_trad_birth   80  traditional name, NEW phone, no ID on the dup, same birth date, same city.
 *   name_homo_birth   80  homophone typo in the given name (伟/玮), NEW phone, same birth date and city.
 *   name_homo_ptypo   80  homophone typo AND a one-digit phone typo, same city.
 *   co_suffix_phone  120  company: 有限公司/有限责任公司/none/（集团）/province prefix/city dropped,
 *                         same phone.
 *   co_suffix_uscc    80  company name variant, NEW phone, same USCC (sometimes lower-case/spaces).
 *   co_short_contact  80  company short form (汽车贸易->汽贸, city dropped, suffix dropped), NEW
 *                         phone, no shared USCC, same contact person, same city.
 *   co_trad_phone     40  company name in traditional characters, same phone.
 *   dealer_contact    80  dealer, same phone, contact written differently (张总/张经理/trad/with phone).
 *   combo            160  two variations at once, 20 groups each: trad name + phone typo; 15-digit ID + trad
 *                         name + new phone; lower-case x + homophone + new phone; phone spelling + homophone;
 *                         company suffix variant in traditional characters + same phone; short company name +
 *                         lower-case USCC + new phone; 张先生-style title + same ID + new phone; moved to
 *                         another city + same ID + new phone.
 *
 * Planted NEGATIVE sets (every row a different customer), count per 20,000 rows:
 *   namesake_city       250 sets x2-4  very common full name (张伟, 王芳, 李娜...), same city,
 *                                      different phones; half carry distinct valid IDs; 30% same
 *                                      birth year, 10% also same month.
 *   namesake_sbirth_id   30 sets x2    same name, city AND full birth date, distinct valid IDs.
 *   namesake_sbirth_noid 30 sets x2    same name, city, full birth date, different phones, NO IDs
 *                                      (DEBATABLE: indistinguishable from a re-registration).
 *   family_phone_id     150 sets x2-3  family sharing one mobile or landline, different names,
 *                                      distinct valid IDs (must not merge: issue #3).
 *   family_phone_noid    40 sets x2    family sharing a phone, different names, no IDs
 *                                      (DEBATABLE: phone is the only link).
 *   co_same_trade_city   80 sets x2-3  same trade name + trade words in different cities
 *                                      (北京安达汽贸 vs 上海安达汽贸), different phones/USCC/contacts.
 *   co_one_char          80 sets x2    company names differing by one character, same city,
 *                                      different phones and contacts; 60% both with distinct USCC.
 *   switchboard          30 sets x3    different companies typed with the same switchboard landline,
 *                                      distinct valid USCCs, different names and contacts.
 *   placeholder         ~200 rows      unrelated customers with lazy placeholder phones
 *                                      (13800000000, 13888888888, 00000000, 11111111111...).
 *   phone_neighbors      60 sets x2    different people (different surname) in the same city whose
 *                                      mobiles differ in one digit (consecutive SIMs); no IDs.
 *   twins                40 sets x2    same surname and birth date, given names sharing the first char
 *                                      (建国/建华), IDs with adjacent sequence numbers (both valid);
 *                                      60% share the family mobile.
 *   namesake_ptypo_id    40 sets x2    common namesakes in one city with consecutive mobiles (one digit
 *                                      apart) and distinct valid IDs.
 *   siblings_phone_id    40 sets x2    same surname, given names one character apart, shared phone,
 *                                      distinct valid IDs, birth years 2-6 apart.
 * The remainder are 'single' rows: unique customers (natural namesakes happen among them).
 */

const fs = require('fs');
const path = require('path');

// ------------------------------------------------------------------ rng
function hashSeed(s) {
  let h = 2166136261 >>> 0;
  for (const c of String(s)) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = Math.random;
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) { // [[value, weight], ...]
  let tot = 0; for (const p of pairs) tot += p[1];
  let x = rnd() * tot;
  for (const p of pairs) { x -= p[1]; if (x < 0) return p[0]; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// ------------------------------------------------------------------ pools
// Surnames with approximate shares (%) from the 2020 census.
const SURNAMES = [
  ['王', 7.1], ['李', 7.0], ['张', 6.7], ['刘', 5.4], ['陈', 5.1], ['杨', 3.3], ['黄', 2.3], ['赵', 2.2], ['吴', 2.0], ['周', 1.9],
  ['徐', 1.5], ['孙', 1.5], ['马', 1.4], ['朱', 1.3], ['胡', 1.3], ['郭', 1.2], ['何', 1.1], ['林', 1.1], ['高', 1.0], ['罗', 1.0],
  ['郑', 0.9], ['梁', 0.9], ['谢', 0.8], ['宋', 0.7], ['唐', 0.7], ['许', 0.7], ['韩', 0.6], ['冯', 0.6], ['邓', 0.6], ['曹', 0.6],
  ['彭', 0.5], ['曾', 0.5], ['肖', 0.5], ['田', 0.5], ['董', 0.5], ['袁', 0.4], ['潘', 0.4], ['于', 0.4], ['蒋', 0.4], ['蔡', 0.4],
  ['余', 0.4], ['杜', 0.4], ['叶', 0.4], ['程', 0.4], ['苏', 0.3], ['魏', 0.3], ['吕', 0.3], ['丁', 0.3], ['任', 0.3], ['沈', 0.3],
  ['姚', 0.3], ['卢', 0.3], ['姜', 0.3], ['崔', 0.3], ['钟', 0.3], ['谭', 0.3], ['陆', 0.3], ['汪', 0.3], ['范', 0.3], ['金', 0.2],
  ['石', 0.2], ['廖', 0.2], ['贾', 0.2], ['夏', 0.2], ['韦', 0.2], ['付', 0.2], ['方', 0.2], ['白', 0.2], ['邹', 0.2], ['孟', 0.2],
  ['熊', 0.2], ['秦', 0.2], ['邱', 0.2], ['江', 0.2], ['尹', 0.2], ['薛', 0.2], ['闫', 0.2], ['段', 0.2], ['雷', 0.2], ['侯', 0.2],
  ['龙', 0.2], ['史', 0.2], ['陶', 0.1], ['黎', 0.1], ['贺', 0.1], ['顾', 0.1], ['毛', 0.1], ['郝', 0.1], ['龚', 0.1], ['邵', 0.1],
  ['万', 0.1], ['钱', 0.1], ['严', 0.1], ['覃', 0.1], ['武', 0.1], ['戴', 0.1], ['莫', 0.1], ['孔', 0.1], ['向', 0.1], ['汤', 0.1],
  ['欧阳', 0.05], ['司马', 0.01], ['上官', 0.01], ['诸葛', 0.01],
];
// The famous "most common given names" (gendered), used for ~18% of people.
const TOP_GIVEN_M = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '斌', '波', '浩', '建国', '建华', '志强'];
const TOP_GIVEN_F = ['芳', '娜', '秀英', '敏', '静', '丽', '艳', '娟', '霞', '秀兰', '燕', '玲', '桂英', '丹', '萍', '红', '婷', '玉兰'];
const GIVEN_M = '建国志明伟军华文海东平辉鹏斌宇浩凯俊峰龙飞鑫宏晓亮成林金荣庆胜民春波帅瑞博轩子睿嘉鸿学长义贵德福新永宁卫继兴发进宝根涛强勇刚超杰磊洋天昊泽晨一家俊佳振'.split('');
const GIVEN_F = '秀英芳娜敏静丽艳娟霞红玲婷兰凤云梅琴萍燕丹欣佳怡雪颖慧晨思雨涵诗琳瑶倩洁莉晶玉桂春秋月悦可欣梓若彤'.split('');

// Simplified -> traditional for every character in the pools that has a distinct traditional form.
const TRAD = {
  张: '張', 刘: '劉', 陈: '陳', 杨: '楊', 黄: '黃', 赵: '趙', 吴: '吳', 孙: '孫', 马: '馬', 郑: '鄭', 罗: '羅', 谢: '謝',
  许: '許', 韩: '韓', 冯: '馮', 邓: '鄧', 蒋: '蔣', 叶: '葉', 苏: '蘇', 吕: '呂', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸',
  贾: '賈', 韦: '韋', 邹: '鄒', 闫: '閆', 龙: '龍', 顾: '顧', 龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 欧: '歐',
  阳: '陽', 诸: '諸', 葛: '葛',
  伟: '偉', 静: '靜', 强: '強', 军: '軍', 艳: '艷', 杰: '傑', 涛: '濤', 刚: '剛', 华: '華', 国: '國', 红: '紅', 丽: '麗',
  鹏: '鵬', 辉: '輝', 凯: '凱', 东: '東', 兰: '蘭', 凤: '鳳', 云: '雲', 飞: '飛', 晓: '曉', 颖: '穎', 荣: '榮', 庆: '慶',
  胜: '勝', 帅: '帥', 轩: '軒', 诗: '詩', 瑶: '瑤', 洁: '潔', 鸿: '鴻', 学: '學', 长: '長', 义: '義', 贵: '貴', 宁: '寧',
  卫: '衛', 继: '繼', 兴: '興', 发: '發', 进: '進', 宝: '寶', 娟: '娟', 泽: '澤', 梦: '夢', 悦: '悅',
  汽: '汽', 车: '車', 贸: '貿', 易: '易', 责: '責', 任: '任', 团: '團', 运: '運', 输: '輸', 实: '實', 业: '業', 销: '銷',
  售: '售', 务: '務', 达: '達', 丰: '豐', 顺: '順', 远: '遠', 广: '廣', 腾: '騰', 众: '眾', 联: '聯', 赁: '賃', 游: '遊',
  设: '設', 汇: '匯', 亿: '億', 诚: '誠', 驰: '馳', 骏: '駿', 协: '協', 旧: '舊',
  乐: '樂', 门: '門', 海: '海', 京: '京', 沪: '滬', 浙: '浙', 杭: '杭', 州: '州', 
  关: '關', 开: '開', 区: '區', 县: '縣', 饰: '飾', 电: '電', 气: '氣', 装: '裝', 物: '物', 属: '屬',
};
const toTrad = (s) => s.split('').map((c) => TRAD[c] || c).join('');

// Homophone (same pinyin, tone ignored) substitutions a pinyin IME produces.
const HOMO = {
  伟: ['玮', '炜', '威'], 丽: ['莉', '俐', '力'], 军: ['君', '均', '钧'], 洋: ['阳', '扬'], 勇: ['永', '涌'], 艳: ['燕', '彦'],
  杰: ['洁', '捷', '婕'], 娟: ['涓', '鹃'], 涛: ['滔', '韬'], 明: ['铭', '鸣'], 超: ['潮'], 霞: ['侠'], 平: ['萍', '苹'],
  刚: ['钢', '纲'], 华: ['桦', '骅'], 红: ['虹', '宏'], 玲: ['琳', '龄'], 婷: ['庭', '亭'], 鹏: ['朋'], 辉: ['晖', '徽'],
  斌: ['彬', '滨'], 宇: ['雨', '羽', '禹'], 浩: ['皓', '昊'], 凯: ['楷', '恺'], 俊: ['峻', '骏'], 峰: ['锋', '丰'], 志: ['智'],
  文: ['雯'], 东: ['冬'], 兰: ['岚'], 云: ['芸'], 梅: ['玫'], 琴: ['芹'], 燕: ['艳'], 飞: ['菲'], 鑫: ['欣', '馨'],
  宏: ['红', '鸿'], 晓: ['小'], 佳: ['嘉'], 怡: ['宜', '仪'], 颖: ['莹', '影'], 慧: ['惠'], 晨: ['辰', '琛'], 亮: ['靓'],
  林: ['琳', '霖'], 荣: ['蓉', '容'], 瑞: ['睿'], 博: ['波'], 涵: ['晗', '函'], 思: ['斯'], 嘉: ['佳'], 琳: ['林', '霖'],
  瑶: ['遥'], 倩: ['茜'], 洁: ['杰'], 莉: ['丽'], 晶: ['静', '菁'], 鸿: ['宏'], 玉: ['钰'], 永: ['勇'], 新: ['欣'],
  静: ['晶', '菁'], 敏: ['民', '闽'], 芳: ['方'], 娜: ['纳'], 强: ['蔷'], 磊: ['蕾'], 波: ['博'], 秀: ['绣'], 英: ['瑛', '莺'],
  国: ['帼'], 建: ['健'], 海: ['海'], 春: ['椿'], 丹: ['单'], 萍: ['平'], 雪: ['雪'], 欣: ['新', '鑫'], 彤: ['桐', '童'],
};
// Cities: name, province, weight, area code, resident-ID division codes, districts, roads.
const CITIES = [
  ['北京', '北京', 14, '010', ['110101', '110102', '110105', '110106', '110108'], ['朝阳区', '海淀区', '丰台区', '东城区', '西城区'], ['建国路', '中关村大街', '丰台路', '朝阳北路', '学院路']],
  ['上海', '上海', 10, '021', ['310101', '310104', '310115', '310112'], ['浦东新区', '徐汇区', '闵行区', '黄浦区'], ['张杨路', '漕溪北路', '沪闵路', '南京东路']],
  ['杭州', '浙江', 8, '0571', ['330102', '330106', '330108', '330110'], ['西湖区', '上城区', '滨江区', '余杭区'], ['文三路', '解放路', '江南大道', '文一西路']],
  ['南京', '江苏', 7, '025', ['320102', '320115', '320106'], ['江宁区', '玄武区', '鼓楼区'], ['双龙大道', '中山路', '湖南路']],
  ['广州', '广东', 8, '020', ['440103', '440106', '440111'], ['天河区', '越秀区', '白云区'], ['天河路', '中山五路', '机场路']],
  ['成都', '四川', 8, '028', ['510104', '510107', '510106'], ['武侯区', '锦江区', '金牛区'], ['人民南路', '春熙路', '一环路北']],
  ['郑州', '河南', 7, '0371', ['410105', '410102', '410104'], ['金水区', '中原区', '管城区'], ['花园路', '建设路', '紫荆山路']],
  ['天津', '天津', 2, '022', ['120101', '120103'], ['和平区', '河西区'], ['南京路', '友谊路']],
  ['廊坊', '河北', 1.5, '0316', ['131002', '131003'], ['安次区', '广阳区'], ['银河路', '新华路']],
  ['保定', '河北', 1.2, '0312', ['130602', '130606'], ['竞秀区', '莲池区'], ['朝阳大街', '东风路']],
  ['苏州', '江苏', 2.5, '0512', ['320505', '320506', '320508'], ['工业园区', '吴中区', '姑苏区'], ['星湖街', '东吴北路', '人民路']],
  ['无锡', '江苏', 1.2, '0510', ['320213', '320214'], ['梁溪区', '新吴区'], ['中山路', '长江路']],
  ['宁波', '浙江', 1.8, '0574', ['330203', '330212'], ['海曙区', '鄞州区'], ['中山西路', '天童南路']],
  ['绍兴', '浙江', 1.2, '0575', ['330602'], ['越城区'], ['解放北路']],
  ['温州', '浙江', 1.2, '0577', ['330302'], ['鹿城区'], ['车站大道']],
  ['佛山', '广东', 1.5, '0757', ['440604', '440606'], ['禅城区', '顺德区'], ['季华路', '大良路']],
  ['东莞', '广东', 1.5, '0769', ['441900'], ['南城街道'], ['鸿福路']],
  ['深圳', '广东', 2, '0755', ['440303', '440305'], ['罗湖区', '南山区'], ['深南东路', '科技园路']],
  ['德阳', '四川', 0.8, '0838', ['510603'], ['旌阳区'], ['长江西路']],
  ['绵阳', '四川', 0.8, '0816', ['510703'], ['涪城区'], ['临园路']],
  ['洛阳', '河南', 1, '0379', ['410302', '410311'], ['老城区', '洛龙区'], ['中州路', '开元大道']],
  ['开封', '河南', 0.6, '0371', ['410202'], ['龙亭区'], ['大梁路']],
  ['合肥', '安徽', 1, '0551', ['340102', '340104'], ['瑶海区', '蜀山区'], ['长江东路', '黄山路']],
  ['武汉', '湖北', 1.5, '027', ['420102', '420105'], ['江岸区', '汉阳区'], ['解放大道', '汉阳大道']],
  ['西安', '陕西', 1.2, '029', ['610103', '610113'], ['碑林区', '雁塔区'], ['南大街', '小寨西路']],
  ['重庆', '重庆', 1.2, '023', ['500103', '500106'], ['渝中区', '沙坪坝区'], ['解放碑', '三峡广场']],
  ['长沙', '湖南', 1, '0731', ['430102', '430104'], ['芙蓉区', '岳麓区'], ['五一大道', '麓山南路']],
  ['济南', '山东', 1, '0531', ['370102'], ['历下区'], ['泉城路']],
  ['石家庄', '河北', 1, '0311', ['130102'], ['长安区'], ['中山东路']],
  ['沈阳', '辽宁', 0.8, '024', ['210102'], ['和平区'], ['太原街']],
].map(([name, prov, w, area, div, districts, roads]) => ({ name, prov, w, area, div, districts, roads }));
const CITY = Object.fromEntries(CITIES.map((c) => [c.name, c]));
const NEAR = {
  北京: ['天津', '廊坊', '保定', '石家庄'], 上海: ['苏州', '无锡', '宁波', '杭州'], 杭州: ['宁波', '绍兴', '温州', '湖州'],
  南京: ['苏州', '无锡', '合肥'], 广州: ['佛山', '东莞', '深圳'], 成都: ['德阳', '绵阳', '重庆'], 郑州: ['洛阳', '开封', '武汉'],
};
const SHOWROOMS = [
  ['北京朝阳展厅', '北京'], ['北京丰台展厅', '北京'], ['上海浦东展厅', '上海'], ['杭州西湖展厅', '杭州'],
  ['南京江宁展厅', '南京'], ['广州天河展厅', '广州'], ['成都武侯展厅', '成都'], ['郑州金水展厅', '郑州'],
].map(([name, city], i) => ({ name, city, staff: Array.from({ length: 12 }, (_, k) => 'S' + String(i * 12 + k + 1).padStart(3, '0')) }));

// Company name parts.
const TRADE_NAMES = ('安达 宏达 宏远 鑫达 恒通 顺发 兴隆 盛世 华通 金龙 通达 永盛 昌盛 福源 瑞丰 众联 腾飞 远航 长城 天成 ' +
  '嘉禾 博远 德盛 广源 隆鑫 泰和 华瑞 利达 宏发 中兴 东方 新世纪 骏马 驰骋 诚信 汇通 亿丰 鸿运 祥瑞 凯旋 三和 大众 ' +
  '金桥 银河 海川 明珠 佳美 正大 协和 联创 宏图 天和 路路通 万通 百顺 九州 星辰 宝华 和信 鼎盛 信达 荣盛 立新').split(' ');
// More trade names from two auspicious characters (real trade names are mostly such pairs).
const TRADE_CHARS = '安宏鑫恒顺兴盛华金通永昌福瑞众腾远长天嘉博德广隆泰利中东新骏驰诚汇亿鸿祥凯和佳正协联宝信荣立达发源丰成美'.split('');
// The listed names come first and twice as often; every ordered pair of distinct characters is possible.
const TRADE_PAIRS = TRADE_CHARS.flatMap((a) => TRADE_CHARS.filter((b) => b !== a).map((b) => a + b));
const TRADE_POOL = [...new Set([...TRADE_NAMES, ...TRADE_PAIRS])];
const pickTrade = () => (chance(0.5) ? pick(TRADE_NAMES) : pick(TRADE_POOL));
const INDUSTRIES = [
  // [full, short, kindWeightDealer, kindWeightEnd]
  ['汽车贸易', '汽贸', 5, 0], ['汽车销售服务', '汽车销售', 4, 0], ['汽车销售', '汽销', 3, 0], ['二手车经纪', '二手车', 1, 0],
  ['物流', '物流', 0, 4], ['运输', '运输', 0, 3], ['商贸', '商贸', 1, 1], ['实业', '实业', 0, 2], ['科技', '科技', 0, 2],
  ['建设工程', '建工', 0, 1.5], ['旅游客运', '客运', 0, 1], ['汽车租赁', '租车', 0, 2], ['出租汽车', '出租车', 0, 1],
];
const SUFFIXES = [['有限公司', 6], ['有限责任公司', 2], ['股份有限公司', 0.6]];
const PLACEHOLDER_PHONES = ['13800000000', '13888888888', '00000000', '11111111111', '13900000000', '13000000000', '12345678901', '88888888', '0', '无'];
const NOTES = ['', '', '', '', '', '意向SUV', '关注新能源', '置换', '已试驾', '价格敏感', '需要贷款', '车队采购', '年底提车', '对比竞品', '等优惠', '再联系', '复购', '二胎换车'];
const DEALER_NOTES = ['', '', '二级网点', '县城门店', '批量采购', '要求账期', '月提车10台左右', '新开拓'];

// ------------------------------------------------------------------ identifiers
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(first17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(first17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function idValid(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }
const USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(first17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_ALPHA.indexOf(first17[i]) * USCC_W[i]; return USCC_ALPHA[(31 - (s % 31)) % 31]; }
function usccValid(c) { return c.length === 18 && [...c].every((x) => USCC_ALPHA.includes(x)) && usccCheck(c.slice(0, 17)) === c[17]; }
const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(body8) {
  let s = 0;
  for (let i = 0; i < 8; i++) { const ch = body8[i]; const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; s += v * ORG_W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
// self-test against DESIGN.md's vectors
if (!idValid('360426199101010071') || !idValid('11010519491231002X') || idValid('110105194912310021') ||
    !usccValid('91110000600037341L') || usccValid('91110000600037341M') || orgCheck('60003734') !== '1') {
  throw new Error('check-digit self-test failed');
}

const usedIds = new Set();
const usedPhones = new Set(PLACEHOLDER_PHONES);
const pad = (n, w) => String(n).padStart(w, '0');
function dayStr(y, m, d) { return `${y}-${pad(m, 2)}-${pad(d, 2)}`; }
const MONTH_DAYS = (y, m) => [31, (y % 4 === 0 ? 29 : 28), 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function fixBirth(b) { b.d = Math.min(b.d, MONTH_DAYS(b.y, b.m)); return b; }
function randomBirth() {
  const y = wpick([[ri(1955, 1964), 1], [ri(1965, 1974), 2], [ri(1975, 1984), 3], [ri(1985, 1994), 3], [ri(1995, 2004), 1.5]]);
  const m = ri(1, 12); const d = ri(1, [31, (y % 4 === 0 ? 29 : 28), 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return { y, m, d };
}
function makeResidentId(cityName, birth, male, wantX) {
  fixBirth(birth);
  for (let tries = 0; tries < 1000; tries++) {
    const c = chance(0.8) ? CITY[cityName] : pick(CITIES);
    const div = pick(c.div);
    let seq = ri(0, 99) * 10 + (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const body = div + `${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}` + pad(seq, 3);
    const id = body + idCheck(body);
    if (wantX !== undefined && (id[17] === 'X') !== wantX) continue;
    if (usedIds.has(id)) continue;
    usedIds.add(id); return id;
  }
  throw new Error('id space');
}
function residentIdFrom(div, birth, seq) {
  const body = div + `${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}` + pad(seq, 3);
  const id = body + idCheck(body);
  if (usedIds.has(id)) return null;
  usedIds.add(id); return id;
}
function makeUscc(cityName) {
  for (;;) {
    const c = CITY[cityName];
    const div = c.div[0].slice(0, 4) + pick(['00', c.div[0].slice(4)]);
    let org8;
    if (chance(0.6)) { org8 = 'MA' + Array.from({ length: 6 }, () => pick(USCC_ALPHA.split(''))).join(''); }
    else org8 = Array.from({ length: 8 }, () => String(ri(0, 9))).join('');
    const org9 = org8 + orgCheck(org8);
    const body = '9' + wpick([['1', 9], ['2', 1]]) + div + org9;
    if (!body.split('').every((ch) => USCC_ALPHA.includes(ch))) continue; // org check is 0-9 or X: fine
    const code = body + usccCheck(body);
    if (usedIds.has(code)) continue;
    usedIds.add(code); return code;
  }
}
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199', '147', '173', '176'];
function makeMobile() {
  for (;;) { const p = pick(MOBILE_PREFIXES) + pad(ri(0, 99999999), 8); if (!usedPhones.has(p)) { usedPhones.add(p); return { kind: 'm', digits: p }; } }
}
function makeLandline(cityName) {
  const c = CITY[cityName];
  const len = c.area.length === 3 ? 8 : pick([7, 8]);
  for (;;) {
    const local = String(ri(2, 8)) + pad(ri(0, 10 ** (len - 1) - 1), len - 1);
    const full = c.area + local;
    if (!usedPhones.has(full)) { usedPhones.add(full); return { kind: 'l', area: c.area, local, digits: full }; }
  }
}
// ------------------------------------------------------------------ phone spellings
const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
function spellMobile(d, style) {
  const a = d.slice(0, 3), b = d.slice(3, 7), c = d.slice(7);
  switch (style) {
    case 'plain': return d;
    case 'space344': return `${a} ${b} ${c}`;
    case 'dash344': return `${a}-${b}-${c}`;
    case 'plus86sp': return `+86 ${a} ${b} ${c}`;
    case 'plus86dash': return `+86-${d}`;
    case '0086': return `0086 ${d}`;
    case '86': return `86${d}`;
    case 'paren86': return `(+86)${d}`;
    case 'fullwidth': return FW(d);
    case 'label': return `手机:${d}`;
    case 'trailsp': return ` ${d} `;
    default: throw new Error(style);
  }
}
const MOBILE_STYLES = ['space344', 'dash344', 'plus86sp', 'plus86dash', '0086', '86', 'paren86', 'fullwidth', 'label', 'trailsp'];
function spellLandline(p, style) {
  const { area, local } = p;
  const l1 = local.slice(0, local.length - 4), l2 = local.slice(-4);
  switch (style) {
    case 'plain': return `${area}-${local}`;
    case 'nodash': return `${area}${local}`;
    case 'paren': return `(${area})${local}`;
    case 'fwparen': return `（${area}）${local}`;
    case 'space': return `${area} ${l1} ${l2}`;
    case 'plus86zero': return `+86 (0)${area.slice(1)} ${l1} ${l2}`;
    case 'plus86': return `+86-${area.slice(1)}-${local}`;
    case 'noarea': return local;
    case 'fullwidth': return FW(`${area}-${local}`);
    default: throw new Error(style);
  }
}
const LAND_STYLES = ['nodash', 'paren', 'fwparen', 'space', 'plus86zero', 'plus86', 'noarea', 'fullwidth'];
function spell(p, style) { return p.kind === 'm' ? spellMobile(p.digits, style) : spellLandline(p, style); }
function baseStyle(p) {
  if (p.kind === 'm') return chance(0.8) ? 'plain' : pick(MOBILE_STYLES.filter((s) => s !== 'label'));
  return chance(0.7) ? 'plain' : pick(LAND_STYLES.filter((s) => s !== 'noarea'));
}
function otherStyle(p, not) { // never the lossy 'noarea' nor the 'label' spelling: phone_fmt picks those itself
  const styles = (p.kind === 'm' ? ['plain', ...MOBILE_STYLES] : ['plain', ...LAND_STYLES]).filter((s) => s !== 'noarea' && s !== 'label');
  for (;;) { const s = pick(styles); if (s !== not) return s; }
}
function typoDigits(d, mode) { // mode 'sub' | 'swap'; never touches the first 3 chars
  const arr = d.split('');
  const start = d.length === 11 ? 3 : (d.length - 7);
  if (mode === 'sub') {
    const i = ri(start, arr.length - 1); let nd; do { nd = String(ri(0, 9)); } while (nd === arr[i]); arr[i] = nd;
  } else {
    let i; do { i = ri(start, arr.length - 2); } while (arr[i] === arr[i + 1]); [arr[i], arr[i + 1]] = [arr[i + 1], arr[i]];
  }
  return arr.join('');
}

// ------------------------------------------------------------------ entities
let nextEntity = 1;
function newPersonName(opts = {}) {
  const male = opts.male !== undefined ? opts.male : chance(0.62); // car buyers skew male
  const sur = opts.surname || wpick(SURNAMES);
  let given;
  if (chance(0.18)) given = pick(male ? TOP_GIVEN_M : TOP_GIVEN_F);
  else if (chance(0.2)) given = pick(male ? GIVEN_M : GIVEN_F);
  else { const pool = male ? GIVEN_M : GIVEN_F; const a = pick(pool); let b; do { b = pick(pool); } while (b === a && chance(0.8)); given = a + b; }
  return { sur, given, male };
}
function customerCity(showroom) {
  if (chance(0.78)) return showroom.city;
  const near = (NEAR[showroom.city] || []).filter((c) => CITY[c]);
  if (near.length && chance(0.7)) return pick(near);
  return wpick(CITIES.map((c) => [c.name, c.w]));
}
function newPerson(opts = {}) {
  const showroom = opts.showroom || pick(SHOWROOMS);
  const nm = opts.name || newPersonName(opts);
  const city = opts.city || customerCity(showroom);
  const birth = opts.birth || randomBirth();
  const hasId = opts.hasId !== undefined ? opts.hasId : chance(0.55);
  const id = hasId ? makeResidentId(city, birth, nm.male, opts.wantX) : '';
  const hasBirth = opts.hasBirth !== undefined ? opts.hasBirth : (hasId ? chance(0.6) : chance(0.35));
  const phone = opts.phone || (chance(0.93) ? makeMobile() : makeLandline(city));
  fixBirth(birth);
  return { e: nextEntity++, type: 'person', kindZh: '最终客户', name: nm.sur + nm.given, nm, city, birth, id, hasBirth, phone, showroom, addr: addressFor(city) };
}
function companyName(city, trade, ind, suffix) { return `${city}${trade}${ind[0]}${suffix}`; }
// A registered enterprise name (city + trade name + trade words) is unique in its city: two different
// companies never share one (generator bug found in the first run: random picks made such pairs).
const usedCoKeys = new Set();
const coKey = (city, trade, ind) => `${city}|${trade}|${ind[0]}`;
const coKeyFree = (city, trade, ind) => !usedCoKeys.has(coKey(city, trade, ind));
function newCompany(opts = {}) {
  const dealer = opts.dealer !== undefined ? opts.dealer : chance(0.53);
  const showroom = opts.showroom || pick(SHOWROOMS);
  const city = opts.city || customerCity(showroom);
  let trade = opts.trade || pickTrade();
  const ind = opts.ind || wpick(INDUSTRIES.map((x) => [x, dealer ? x[2] : x[3]]));
  if (!coKeyFree(city, trade, ind)) {
    if (opts.trade) throw new Error('company name collision ' + coKey(city, trade, ind));
    while (!coKeyFree(city, trade, ind)) trade = pickTrade();
  }
  usedCoKeys.add(coKey(city, trade, ind));
  const suffix = opts.suffix || wpick(SUFFIXES);
  const contact = opts.contact || newPersonName();
  const hasUscc = opts.hasUscc !== undefined ? opts.hasUscc : chance(0.7);
  const uscc = hasUscc ? makeUscc(city) : '';
  const phone = opts.phone || (chance(0.5) ? makeLandline(city) : makeMobile());
  return {
    e: nextEntity++, type: 'company', dealer, kindZh: dealer ? '经销商客户' : '最终客户', city, trade, ind, suffix,
    name: companyName(city, trade, ind, suffix), contact, uscc, phone, showroom, addr: addressFor(city),
  };
}

// ------------------------------------------------------------------ rows
const TODAY = Date.UTC(2026, 10, 27) / 86400000;
const START = Date.UTC(2021, 0, 4) / 86400000;
function fmtDay(day, style) {
  const dt = new Date(day * 86400000); const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
  return style === 'slash' ? `${y}/${m}/${d}` : dayStr(y, m, d);
}
const dateStyle = () => (chance(0.9) ? 'iso' : 'slash');
function birthCell(b) { return chance(0.9) ? dayStr(b.y, b.m, b.d) : `${b.y}/${b.m}/${b.d}`; }
const STAGES = [['线索', 35], ['洽谈', 25], ['已签约', 10], ['已交车', 15], ['已结束', 8], ['已流失', 7]];
function addressFor(city) { const c = CITY[city]; return `${pick(c.districts)}${pick(c.roads)}${ri(1, 399)}号` + (chance(0.5) ? `${ri(1, 30)}栋${ri(1, 28)}0${ri(1, 6)}室` : ''); }

/** One row for entity ent; `over` overrides cells; `ctx` carries owner/showroom/date choices. */
function rowFor(ent, over = {}, ctx = {}) {
  const showroom = ctx.showroom || ent.showroom;
  const owner = ctx.owner || pick(showroom.staff);
  const first = ctx.first !== undefined ? ctx.first : ri(START, TODAY - 1);
  const ds = dateStyle();
  const last = chance(0.85) ? Math.min(TODAY, first + ri(0, 300)) : null;
  const stage = wpick(STAGES);
  const r = {
    客户编号: '',
    客户类型: chance(0.02) ? (ent.kindZh === '最终客户' ? pick(['终端客户', '个人']) : '经销商') : ent.kindZh,
    客户名称: ent.name,
    联系人: '',
    电话: spell(ent.phone, ctx.phoneStyle || baseStyle(ent.phone)),
    证件号码: '',
    出生日期: '',
    城市: ent.city,
    地址: chance(0.6) ? ent.addr : '',
    展厅: showroom.name,
    负责销售: owner,
    来源: wpick([['来电', 30], ['到店', 40], ['外出拓展', 10], ['转介绍', 20]]),
    首次接触: fmtDay(first, ds),
    最近跟进: last === null ? '' : fmtDay(last, ds),
    阶段: stage,
    信用状况: wpick([['良好', 50], ['一般', 25], ['较差', 5], ['未知', 20], ['', 10]]),
    支付能力: '', 销售能力: '', 地理位置: '', 客户等级: '',
    备注: pick(ent.dealer ? DEALER_NOTES : NOTES),
  };
  if (ent.type === 'person') {
    r.证件号码 = ent.id;
    r.出生日期 = ent.hasBirth ? birthCell(ent.birth) : '';
    r.支付能力 = wpick([['强', 3], ['中', 4], ['弱', 1], ['', 2]]);
  } else {
    r.证件号码 = ent.uscc;
    r.联系人 = ent.contact.sur + ent.contact.given;
    if (!ent.dealer && chance(0.25)) r.联系人 = '';
    if (ent.dealer) {
      r.销售能力 = wpick([['强', 2], ['中', 4], ['弱', 2]]);
      r.地理位置 = wpick([['优', 2], ['中', 4], ['差', 1]]);
      r.客户等级 = wpick([['A', 1], ['B', 3], ['C', 3], ['D', 1], ['', 3]]);
    } else r.支付能力 = wpick([['强', 3], ['中', 3], ['弱', 1]]);
  }
  if (ctx.cityVariant && chance(0.2)) r.城市 = ent.city + '市';
  Object.assign(r, over);
  Object.defineProperty(r, '_first', { value: first, enumerable: false });
  return r;
}
/** Context for a duplicate row: usually a different owner. */
function dupCtx(baseRow, ent, firstBase, laterYears) {
  let showroom = ent.showroom, owner;
  const x = rnd();
  if (x < 0.15) owner = baseRow.负责销售;
  else {
    if (x > 0.85) showroom = pick(SHOWROOMS.filter((s) => s !== ent.showroom));
    do { owner = pick(showroom.staff); } while (owner === baseRow.负责销售);
  }
  let first = laterYears ? firstBase + ri(365, 4 * 365) : firstBase + ri(0, 120);
  if (first > TODAY - 1) first = TODAY - 1;
  return { showroom, owner, first, cityVariant: true };
}

// ------------------------------------------------------------------ variations
function nameSpaced(n) { return pick([`${n.sur} ${n.given}`, `${n.sur}${n.given} `, `${n.sur}\u3000${n.given}`, ` ${n.sur}${n.given}`]); }
function nameTitled(n) { return n.male ? pick([`${n.sur}先生`, `${n.sur}总`, `老${n.sur}`, `${n.sur}哥`, `${n.sur}先生`]) : pick([`${n.sur}女士`, `${n.sur}小姐`, `${n.sur}姐`, `${n.sur}女士`]); }
function homophoneGiven(given) {
  const idx = given.split('').map((c, i) => (HOMO[c] && HOMO[c].some((h) => h !== c) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const i = pick(idx); const arr = given.split('');
  arr[i] = pick(HOMO[arr[i]].filter((h) => h !== arr[i])); return arr.join('');
}
function to15(id18) { return id18.slice(0, 6) + id18.slice(8, 17); }
function badCheck(id) { let c; do { c = pick('0123456789X'.split('')); } while (c === id[17]); return id.slice(0, 17) + c; }
function bodyTypo(id) { // one digit of the sequence part (positions 14-16)
  for (;;) {
    const i = ri(14, 16); let d; do { d = String(ri(0, 9)); } while (d === id[i]);
    const t = id.slice(0, i) + d + id.slice(i + 1); if (!idValid(t)) return t;
  }
}
function idSpelled(id, style) {
  switch (style) {
    case 'same': return id;
    case 'lowerx': return id.toLowerCase();
    case 'spaces': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fullwidth': return FW(id);
    case 'blanks': return ` ${id}\t`.replace('\t', ' ');
    default: throw new Error(style);
  }
}
function coNameVariant(ent, mode) {
  const full = ent.name, ind = ent.ind;
  const provPrefix = CITY[ent.city].prov !== ent.city ? CITY[ent.city].prov + '省' : '';
  switch (mode) {
    case 'suffix_swap': return full.replace(ent.suffix, ent.suffix === '有限公司' ? '有限责任公司' : '有限公司');
    case 'suffix_drop': return full.replace(ent.suffix, '');
    case 'group': return `${ent.city}${ent.trade}（集团）${ind[0]}${ent.suffix}`;
    case 'group_half': return `${ent.city}${ent.trade}(集团)${ind[0]}${ent.suffix}`;
    case 'province': return (provPrefix || '') + (provPrefix ? full : full.replace(ent.city, ent.city + '市'));
    case 'city_drop': return full.replace(ent.city, '');
    case 'city_shi': return full.replace(ent.city, ent.city + '市');
    case 'short': return `${ent.city}${ent.trade}${ind[1]}`;
    case 'short_nocity': return `${ent.trade}${ind[1]}` + pick(['', '公司', '有限公司']);
    case 'trad': return toTrad(full);
    default: throw new Error(mode);
  }
}
function contactVariant(c) {
  return pick([`${c.sur}总`, `${c.sur}经理`, toTrad(c.sur + c.given), `${c.sur} ${c.given}`, `${c.sur}${c.given}（老板）`, `${c.sur}${c.given} ${makeMobile().digits}`]);
}

// ------------------------------------------------------------------ main
function generate(N, seed) {
  rnd = mulberry32(hashSeed('holdout:' + seed));
  const scale = N / 20000;
  const out = []; // {row, truth}
  let gid = 0;
  const emit = (row, truth) => out.push({ row, truth });
  const sc = (n) => Math.max(1, Math.round(n * scale));
  const groupSize = () => wpick([[2, 75], [3, 20], [4, 5]]);

  // ---------------- positives
  const POS = {
    phone_fmt: 500, phone_multi: 150, name_title: 150, phone_typo: 200, phone_swap: 100, id_fmt: 150, id_15: 80,
    id_badcheck: 80, id_body_typo: 50, name_trad: 100, name_trad_birth: 80, name_homo_birth: 80, name_homo_ptypo: 80,
    co_suffix_phone: 120, co_suffix_uscc: 80, co_short_contact: 80, co_trad_phone: 40, dealer_contact: 80, combo: 160,
  };
  const COMBOS = ['trad+ptypo', 'id15+trad', 'idlower+homo', 'fmt+homo', 'co_suffix+trad', 'co_uscclower+short', 'title+id', 'moved+id'];
  for (const [kind, n0] of Object.entries(POS)) {
    for (let g = 0; g < sc(n0); g++) {
      gid++;
      const k = groupSize();
      let ent; let sub = '';
      // entity requirements per kind
      if (kind === 'combo') {
        sub = COMBOS[g % COMBOS.length];
        if (sub.startsWith('co_')) ent = newCompany({ hasUscc: sub === 'co_uscclower+short' ? true : undefined });
        else {
          const o = { hasId: ['id15+trad', 'idlower+homo', 'title+id', 'moved+id'].includes(sub) };
          if (sub === 'trad+ptypo') o.phone = makeMobile();
          if (sub === 'id15+trad') o.birth = (() => { const b = randomBirth(); b.y = ri(1955, 1981); return b; })();
          if (sub === 'idlower+homo') o.wantX = true;
          ent = newPerson(o);
          const needTrad = sub === 'trad+ptypo' || sub === 'id15+trad';
          const needHomo = sub === 'idlower+homo' || sub === 'fmt+homo';
          if ((needTrad && toTrad(ent.name) === ent.name) || (needHomo && !homophoneGiven(ent.nm.given))) { g--; gid--; nextEntity--; usedIds.delete(ent.id); continue; }
        }
      } else if (kind.startsWith('co_') || kind === 'dealer_contact') {
        ent = newCompany({ dealer: kind === 'dealer_contact' ? true : undefined, hasUscc: kind === 'co_suffix_uscc' ? true : kind === 'co_short_contact' ? false : undefined });
        if (kind === 'co_trad_phone' && toTrad(ent.name) === ent.name) { g--; gid--; nextEntity--; continue; }
      } else {
        const o = {};
        if (kind === 'phone_typo' || kind === 'phone_swap' || kind === 'name_homo_ptypo') { o.phone = makeMobile(); o.hasId = chance(0.3); }
        if (kind.startsWith('id_')) o.hasId = true;
        if (kind === 'id_15') o.birth = (() => { const b = randomBirth(); b.y = ri(1955, 1981); return b; })();
        if (kind === 'name_trad_birth' || kind === 'name_homo_birth') { o.hasBirth = true; o.hasId = chance(0.3); }
        if (kind === 'id_body_typo') o.hasBirth = true;
        let wantX;
        if (kind === 'id_fmt' && chance(0.35)) { wantX = true; o.wantX = true; }
        ent = newPerson(o);
        ent.wantX = wantX;
        if ((kind === 'name_trad' || kind === 'name_trad_birth') && toTrad(ent.name) === ent.name) { g--; gid--; nextEntity--; usedIds.delete(ent.id); continue; }
        if ((kind === 'name_homo_birth' || kind === 'name_homo_ptypo') && !homophoneGiven(ent.nm.given)) { g--; gid--; nextEntity--; usedIds.delete(ent.id); continue; }
      }
      const laterKind = ['id_fmt', 'id_15', 'id_badcheck', 'id_body_typo'].includes(kind) || ['id15+trad', 'title+id', 'moved+id', 'idlower+homo'].includes(sub);
      const firstBase = laterKind ? ri(START, TODAY - 5 * 365) : ri(START, TODAY - 130);
      const baseOver = (kind === 'co_short_contact' || kind === 'dealer_contact') ? { 联系人: ent.contact.sur + ent.contact.given } : {};
      const baseRow = rowFor(ent, baseOver, { first: firstBase });
      emit(baseRow, { e: ent.e, t: ent.type[0], k: kind, v: 'base', g: gid, r: 'base' });
      for (let j = 1; j < k; j++) {
        const ctx = dupCtx(baseRow, ent, firstBase, laterKind);
        const over = {}; let v = '';
        const n = ent.nm;
        switch (kind) {
          case 'phone_fmt': {
            let s = otherStyle(ent.phone, 'plain');
            if (ent.phone.kind === 'l' && chance(0.25)) s = 'noarea';
            else if (ent.phone.kind === 'm' && chance(0.08)) s = 'label';
            ctx.phoneStyle = s; v = s;
            if (chance(0.2)) { over.客户名称 = nameSpaced(n); v += '+spaced'; }
            break;
          }
          case 'phone_multi': {
            const own = spell(ent.phone, chance(0.7) ? 'plain' : otherStyle(ent.phone, 'x'));
            const other = chance(0.5) ? makeMobile() : makeLandline(ent.city);
            const os = spell(other, 'plain');
            const m = ent.phone.kind === 'l' && chance(0.5) ? 'ext' : pick(['fwslash', 'dunhao', 'slash', 'semicolon', 'space', 'rev']);
            v = m;
            over.电话 = m === 'ext' ? own + pick(['转', ' ext.', '-', '转分机']) + ri(100, 8999)
              : m === 'fwslash' ? `${own}／${os}` : m === 'dunhao' ? `${own}、${os}` : m === 'slash' ? `${own}/${os}`
                : m === 'semicolon' ? `${own};${os}` : m === 'space' ? `${own} ${os}` : `${os}／${own}`;
            break;
          }
          case 'name_title': {
            ctx.phoneStyle = otherStyle(ent.phone, 'x');
            if (chance(0.7)) { over.客户名称 = nameTitled(n); v = 'title'; } else { over.客户名称 = nameSpaced(n); v = 'spaced'; }
            over.证件号码 = ''; over.出生日期 = '';
            break;
          }
          case 'phone_typo': case 'phone_swap': {
            const d = typoDigits(ent.phone.digits, kind === 'phone_typo' ? 'sub' : 'swap');
            over.电话 = chance(0.85) ? d : spellMobile(d, pick(MOBILE_STYLES.filter((s) => s !== 'label')));
            over.证件号码 = ''; // at most one row (the base) has an ID
            over.城市 = ent.city;
            v = kind === 'phone_typo' ? 'sub' : 'swap';
            break;
          }
          case 'id_fmt': case 'id_15': case 'id_badcheck': case 'id_body_typo': {
            over.电话 = spell(makeMobile(), 'plain');
            if (kind === 'id_fmt') { const st = ent.wantX && chance(0.8) ? 'lowerx' : pick(['same', 'same', 'spaces', 'fullwidth', 'blanks']); over.证件号码 = idSpelled(ent.id, st); v = st; }
            else if (kind === 'id_15') { over.证件号码 = to15(ent.id); v = '15digit'; }
            else if (kind === 'id_badcheck') { over.证件号码 = badCheck(ent.id); v = 'badcheck'; }
            else { over.证件号码 = bodyTypo(ent.id); over.出生日期 = birthCell(ent.birth); v = 'seqtypo'; }
            if (chance(0.3)) over.地址 = addressFor(ent.city);
            break;
          }
          case 'name_trad': {
            over.客户名称 = toTrad(ent.name); ctx.phoneStyle = otherStyle(ent.phone, 'x'); v = 'trad'; break;
          }
          case 'name_trad_birth': case 'name_homo_birth': {
            over.客户名称 = kind === 'name_trad_birth' ? toTrad(ent.name) : n.sur + homophoneGiven(n.given);
            over.电话 = spell(makeMobile(), 'plain'); over.证件号码 = ''; over.出生日期 = birthCell(ent.birth); over.城市 = ent.city;
            v = kind === 'name_trad_birth' ? 'trad+birth' : 'homo+birth';
            break;
          }
          case 'name_homo_ptypo': {
            over.客户名称 = n.sur + homophoneGiven(n.given);
            over.电话 = typoDigits(ent.phone.digits, 'sub'); over.证件号码 = ''; over.城市 = ent.city; v = 'homo+ptypo';
            break;
          }
          case 'co_suffix_phone': case 'co_suffix_uscc': {
            const modes = ['suffix_swap', 'suffix_drop', 'group', 'group_half', 'province', 'city_drop', 'city_shi'];
            const mode = pick(modes); over.客户名称 = coNameVariant(ent, mode); v = mode;
            if (kind === 'co_suffix_phone') { ctx.phoneStyle = otherStyle(ent.phone, 'x'); if (chance(0.5)) over.证件号码 = ''; }
            else {
              over.电话 = spell(chance(0.5) ? makeMobile() : makeLandline(ent.city), 'plain');
              const st = pick(['same', 'same', 'lower', 'spaces']);
              over.证件号码 = st === 'same' ? ent.uscc : st === 'lower' ? ent.uscc.toLowerCase() : `${ent.uscc.slice(0, 9)} ${ent.uscc.slice(9)}`;
              v += '+uscc_' + st;
            }
            break;
          }
          case 'co_short_contact': {
            const mode = pick(['short', 'short_nocity', 'suffix_drop', 'city_drop', 'suffix_swap']);
            over.客户名称 = coNameVariant(ent, mode); v = mode;
            over.电话 = spell(chance(0.5) ? makeMobile() : makeLandline(ent.city), 'plain');
            over.联系人 = ent.contact.sur + ent.contact.given; over.城市 = ent.city; over.证件号码 = '';
            break;
          }
          case 'co_trad_phone': over.客户名称 = toTrad(ent.name); ctx.phoneStyle = otherStyle(ent.phone, 'x'); v = 'trad'; break;
          case 'dealer_contact': over.联系人 = contactVariant(ent.contact); ctx.phoneStyle = otherStyle(ent.phone, 'x'); v = 'contact'; break;
          case 'combo': {
            v = sub;
            const newPhone = () => spell(makeMobile(), 'plain');
            switch (sub) {
              case 'trad+ptypo': over.客户名称 = toTrad(ent.name); over.电话 = typoDigits(ent.phone.digits, 'sub'); over.证件号码 = ''; over.城市 = ent.city; break;
              case 'id15+trad': over.客户名称 = toTrad(ent.name); over.电话 = newPhone(); over.证件号码 = to15(ent.id); break;
              case 'idlower+homo': over.客户名称 = n.sur + homophoneGiven(n.given); over.电话 = newPhone(); over.证件号码 = ent.id.toLowerCase(); break;
              case 'fmt+homo': over.客户名称 = n.sur + homophoneGiven(n.given); ctx.phoneStyle = otherStyle(ent.phone, 'plain'); break;
              case 'co_suffix+trad': over.客户名称 = toTrad(coNameVariant(ent, pick(['suffix_swap', 'suffix_drop', 'city_shi', 'group']))); ctx.phoneStyle = otherStyle(ent.phone, 'x'); break;
              case 'co_uscclower+short': over.客户名称 = coNameVariant(ent, 'short'); over.电话 = newPhone(); over.证件号码 = ent.uscc.toLowerCase(); break;
              case 'title+id': over.客户名称 = nameTitled(n); over.电话 = newPhone(); break;
              case 'moved+id': { over.电话 = newPhone(); let c; do { c = pick(CITIES).name; } while (c === ent.city); over.城市 = c; over.地址 = addressFor(c); break; }
              default: throw new Error(sub);
            }
            break;
          }
          default: throw new Error(kind);
        }
        const row = rowFor(ent, over, ctx);
        emit(row, { e: ent.e, t: ent.type[0], k: kind, v, g: gid, r: 'dup' });
      }
    }
  }

  // ---------------- negatives
  const COMMON = ['张伟', '王伟', '王芳', '李伟', '李娜', '张敏', '李静', '王静', '刘伟', '王秀英', '张丽', '李秀英', '王丽', '张静', '张秀英',
    '李强', '王敏', '李敏', '王磊', '刘洋', '王艳', '王勇', '李军', '张勇', '李杰', '张杰', '张磊', '王强', '李娟', '王军', '张艳', '张涛',
    '王涛', '李艳', '王超', '李明', '李勇', '王娟', '刘杰', '刘敏', '李霞', '李丽', '张军', '王杰', '张强', '王秀兰', '王刚', '王平', '刘芳',
    '张燕', '刘艳', '刘军', '李平', '王辉', '王燕', '陈静', '刘勇', '李玲', '李桂英', '王丹', '李刚', '李丹', '李萍', '王玲', '陈伟', '陈杰'];
  const FEMALE_GIVEN = new Set(['芳', '娜', '敏', '静', '秀英', '丽', '艳', '娟', '霞', '秀兰', '燕', '玲', '桂英', '丹', '萍']);
  const splitName = (full) => { const sur = full[0]; const given = full.slice(1); return { sur, given, male: !FEMALE_GIVEN.has(given) }; };
  const negEmit = (ent, kind, v, set, over = {}, ctx = {}) => emit(rowFor(ent, over, ctx), { e: ent.e, t: ent.type[0], k: kind, v, g: set, r: 'neg' });

  for (let s = 0; s < sc(250); s++) { // namesake_city
    gid++;
    const nm = splitName(pick(COMMON)); const showroom = pick(SHOWROOMS); const city = showroom.city;
    const k = wpick([[2, 60], [3, 30], [4, 10]]);
    const mode = wpick([['any', 60], ['year', 30], ['month', 10]]);
    const b0 = randomBirth();
    const used = new Set();
    for (let j = 0; j < k; j++) {
      let b;
      do {
        b = randomBirth();
        if (mode !== 'any') b.y = b0.y;
        if (mode === 'month') { b.m = b0.m; b.d = ri(1, 28); }
      } while (used.has(`${b.y}-${b.m}-${b.d}`));
      used.add(`${b.y}-${b.m}-${b.d}`);
      const ent = newPerson({ name: nm, city, showroom, birth: b, hasId: chance(0.5), hasBirth: mode !== 'any' ? true : undefined });
      negEmit(ent, 'namesake_city', mode, gid);
    }
  }
  for (const withIds of [true, false]) { // same name, city and birth date
    for (let s = 0; s < sc(30); s++) {
      gid++;
      const nm = splitName(pick(COMMON)); const showroom = pick(SHOWROOMS); const b = randomBirth();
      for (let j = 0; j < 2; j++) {
        const ent = newPerson({ name: nm, city: showroom.city, showroom, birth: b, hasId: withIds, hasBirth: true });
        negEmit(ent, withIds ? 'namesake_sbirth_id' : 'namesake_sbirth_noid', withIds ? 'distinct-ids' : 'no-ids', gid);
      }
    }
  }
  for (const withIds of [true, false]) { // families sharing a phone
    for (let s = 0; s < sc(withIds ? 150 : 40); s++) {
      gid++;
      const showroom = pick(SHOWROOMS); const city = customerCity(showroom);
      const phone = chance(0.6) ? makeMobile() : makeLandline(city);
      const k = withIds ? wpick([[2, 75], [3, 25]]) : 2;
      const fam = wpick(SURNAMES);
      const names = new Set();
      const addr = addressFor(city);
      for (let j = 0; j < k; j++) {
        let nm;
        do {
          // head, spouse (other surname), child (head's surname, younger)
          nm = j === 1 ? newPersonName({ male: false }) : newPersonName({ surname: fam, male: j === 0 ? true : undefined });
        } while (names.has(nm.sur + nm.given));
        names.add(nm.sur + nm.given);
        const b = randomBirth(); if (j === 2) b.y = Math.min(2006, b.y + 25);
        const ent = newPerson({ name: nm, city, showroom, birth: b, phone, hasId: withIds, hasBirth: withIds ? chance(0.5) : false });
        negEmit(ent, withIds ? 'family_phone_id' : 'family_phone_noid', ['head', 'spouse', 'child'][j], gid, { 地址: chance(0.7) ? addr : '' });
      }
    }
  }
  for (let s = 0; s < sc(80); s++) { // same trade name in different cities
    gid++;
    const dealer = chance(0.7);
    const ind = wpick(INDUSTRIES.map((x) => [x, dealer ? x[2] : x[3]]));
    const k = wpick([[2, 70], [3, 30]]);
    let trade, cities;
    do {
      trade = pickTrade();
      cities = shuffle(['北京', '上海', '杭州', '南京', '广州', '成都', '郑州', '苏州', '宁波', '天津', '深圳', '洛阳'].slice()).slice(0, k);
    } while (!cities.every((c) => coKeyFree(c, trade, ind)));
    const suffix = wpick(SUFFIXES); const useShort = chance(0.4);
    for (const city of cities) {
      const showroom = SHOWROOMS.find((x) => x.city === city) || pick(SHOWROOMS);
      const ent = newCompany({ dealer, city, trade, ind, suffix, showroom, hasUscc: chance(0.7) });
      const over = useShort ? { 客户名称: `${city}${trade}${ind[1]}${suffix}` } : {};
      negEmit(ent, 'co_same_trade_city', city, gid, over);
    }
  }
  for (let s = 0; s < sc(80); s++) { // names differing by one character
    gid++;
    const showroom = pick(SHOWROOMS); const city = customerCity(showroom);
    const dealer = chance(0.6); const ind = wpick(INDUSTRIES.map((x) => [x, dealer ? x[2] : x[3]])); const suffix = wpick(SUFFIXES);
    let t1, t2;
    do {
      t1 = pick((chance(0.7) ? TRADE_NAMES : TRADE_POOL).filter((t) => t.length === 2));
      do { t2 = (chance(0.5) ? t1[0] + pick(TRADE_POOL)[1] : pick(TRADE_POOL)[0] + t1[1]); } while (t2 === t1);
    } while (!coKeyFree(city, t1, ind) || !coKeyFree(city, t2, ind));
    const both = chance(0.6);
    for (const t of [t1, t2]) {
      const ent = newCompany({ dealer, city, trade: t, ind, suffix, showroom, hasUscc: both ? true : chance(0.4) });
      negEmit(ent, 'co_one_char', `${t1}/${t2}`, gid);
    }
  }
  for (let s = 0; s < sc(30); s++) { // shared switchboard
    gid++;
    const showroom = pick(SHOWROOMS); const city = showroom.city; const phone = makeLandline(city);
    for (let j = 0; j < 3; j++) {
      const ent = newCompany({ city, showroom, phone, hasUscc: true });
      negEmit(ent, 'switchboard', 'shared-landline', gid);
    }
  }
  { // placeholders
    const nRows = sc(200);
    for (let j = 0; j < nRows; j++) {
      const ph = PLACEHOLDER_PHONES[j % PLACEHOLDER_PHONES.length];
      const ent = chance(0.85) ? newPerson({ hasId: chance(0.3) }) : newCompany({ hasUscc: chance(0.4) });
      negEmit(ent, 'placeholder', ph, 'ph:' + ph, { 电话: ph });
    }
  }
  for (let s = 0; s < sc(40); s++) { // twins: same surname and birth date, similar given names, adjacent IDs
    gid++;
    const showroom = pick(SHOWROOMS); const city = customerCity(showroom); const b = fixBirth(randomBirth());
    const male = chance(0.5); const sur = wpick(SURNAMES); const pool = male ? GIVEN_M : GIVEN_F;
    const c0 = pick(pool); let c1, c2; do { c1 = pick(pool); c2 = pick(pool); } while (c1 === c2 || c1 === c0 || c2 === c0);
    const div = pick(CITY[city].div);
    let seq, id1, id2;
    do { seq = ri(0, 98) * 10 + (male ? 1 : 0); id1 = residentIdFrom(div, b, seq); id2 = id1 && residentIdFrom(div, b, seq + 2); if (id1 && !id2) usedIds.delete(id1); } while (!id1 || !id2);
    const phone = chance(0.6) ? makeMobile() : null;
    [[c1, id1], [c2, id2]].forEach(([c, id]) => {
      const ent = newPerson({ name: { sur, given: c0 + c, male }, city, showroom, birth: b, hasId: false, hasBirth: true, phone: phone || undefined });
      ent.id = id;
      negEmit(ent, 'twins', phone ? 'shared-phone' : 'own-phones', gid);
    });
  }
  for (let s = 0; s < sc(40); s++) { // namesakes with consecutive mobiles and distinct valid IDs
    gid++;
    const nm = splitName(pick(COMMON)); const showroom = pick(SHOWROOMS); const city = showroom.city;
    let p1, p2;
    for (;;) {
      p1 = makeMobile();
      const d2 = p1.digits.slice(0, 10) + String((Number(p1.digits[10]) + 1) % 10);
      if (!usedPhones.has(d2)) { usedPhones.add(d2); p2 = { kind: 'm', digits: d2 }; break; }
    }
    negEmit(newPerson({ name: nm, city, showroom, phone: p1, hasId: true }), 'namesake_ptypo_id', 'consecutive', gid);
    negEmit(newPerson({ name: nm, city, showroom, phone: p2, hasId: true }), 'namesake_ptypo_id', 'consecutive', gid);
  }
  for (let s = 0; s < sc(40); s++) { // siblings sharing a phone: same surname, given names one char apart, distinct IDs
    gid++;
    const showroom = pick(SHOWROOMS); const city = customerCity(showroom);
    const phone = chance(0.5) ? makeMobile() : makeLandline(city);
    const male = chance(0.6); const sur = wpick(SURNAMES); const pool = male ? GIVEN_M : GIVEN_F;
    const c0 = pick(pool); let c1, c2; do { c1 = pick(pool); c2 = pick(pool); } while (c1 === c2 || c1 === c0 || c2 === c0);
    const y = ri(1960, 1995);
    [[c1, 0], [c2, ri(2, 6)]].forEach(([c, dy]) => {
      const b = randomBirth(); b.y = y + dy;
      negEmit(newPerson({ name: { sur, given: c0 + c, male }, city, showroom, birth: b, hasId: true, phone }), 'siblings_phone_id', 'shared-phone', gid);
    });
  }
  for (let s = 0; s < sc(60); s++) { // consecutive mobiles, different people
    gid++;
    const showroom = pick(SHOWROOMS); const city = showroom.city;
    let p1, p2;
    for (;;) {
      p1 = makeMobile();
      const last = Number(p1.digits[10]); const d2 = p1.digits.slice(0, 10) + String((last + 1) % 10);
      if (!usedPhones.has(d2)) { usedPhones.add(d2); p2 = { kind: 'm', digits: d2 }; break; }
    }
    const n1 = newPersonName(); let n2; do { n2 = newPersonName(); } while (n2.sur === n1.sur);
    negEmit(newPerson({ name: n1, city, showroom, phone: p1, hasId: false }), 'phone_neighbors', 'consecutive', gid);
    negEmit(newPerson({ name: n2, city, showroom, phone: p2, hasId: false }), 'phone_neighbors', 'consecutive', gid);
  }

  // ---------------- singles
  while (out.length < N) {
    const ent = chance(0.85) ? newPerson() : newCompany();
    emit(rowFor(ent), { e: ent.e, t: ent.type[0], k: 'single', v: '', g: 0, r: 'single' });
  }
  if (out.length > N) out.length = N; // (only if planted rows alone exceed N at tiny N)
  shuffle(out);
  // CustomerIds are assigned in order of registration (FirstContact), like a real file.
  const order = out.map((o, i) => i).sort((a, b) => out[a].row._first - out[b].row._first || a - b);
  order.forEach((i, n) => { out[i].row.客户编号 = 'KH' + pad(n + 1, 6); });
  return out;
}

const HEADERS = ['客户编号', '客户类型', '客户名称', '联系人', '电话', '证件号码', '出生日期', '城市', '地址', '展厅', '负责销售', '来源',
  '首次接触', '最近跟进', '阶段', '信用状况', '支付能力', '销售能力', '地理位置', '客户等级', '备注'];
function csvCell(v) { const s = String(v ?? ''); return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

if (require.main === module) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  // Default: a BOM, as Excel's "CSV UTF-8" writes. --no-bom writes plain UTF-8 (see repro/: the CLI
  // then misreads any file whose byte 65536 falls inside a multi-byte character).
  const bom = !process.argv.includes('--no-bom');
  const outDir = args[0] || '.'; const N = Number(args[1] || 20000); const seed = args[2] || '1';
  fs.mkdirSync(outDir, { recursive: true });
  const rows = generate(N, seed);
  const lines = [HEADERS.join(',')];
  for (const { row } of rows) lines.push(HEADERS.map((h) => csvCell(row[h])).join(','));
  fs.writeFileSync(path.join(outDir, 'customers.csv'), (bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n');
  fs.writeFileSync(path.join(outDir, 'truth.json'), JSON.stringify({ n: rows.length, seed, rows: rows.map((r) => r.truth) }));
  const kinds = {};
  for (const { truth } of rows) kinds[truth.k] = (kinds[truth.k] || 0) + 1;
  process.stdout.write(`wrote ${rows.length} rows to ${outDir} (seed ${seed})\n` + Object.entries(kinds).map(([k, n]) => `  ${k.padEnd(22)} ${n}`).join('\n') + '\n');
}
module.exports = { generate, HEADERS, idValid, usccValid, idCheck, usccCheck, orgCheck, toTrad };
