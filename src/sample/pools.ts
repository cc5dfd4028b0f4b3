/** Realistic value pools for the sample workbook (Guangdong car trade). */

/** Surnames, most common first (weights roughly follow their frequency). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢钟'.split('');

export const GIVEN_ONE = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华俊斌红玲飞浩凯欣怡婷雪琳宇轩晨阳'.split('');
export const GIVEN_TWO = [
  '秀英',
  '桂英',
  '建国',
  '建华',
  '志强',
  '海燕',
  '国强',
  '丽娟',
  '永刚',
  '晓东',
  '春梅',
  '志明',
  '伟东',
  '文华',
  '家豪',
  '子轩',
  '梓涵',
  '浩然',
  '思远',
  '雨婷',
  '嘉欣',
  '俊杰',
  '建军',
  '国华',
  '小红',
  '金凤',
  '振华',
  '少华',
  '卫东',
  '德明',
];

/** Simplified -> traditional for characters the traditional-name plant uses. */
export const TRADITIONAL: Record<string, string> = {
  陈: '陳',
  刘: '劉',
  张: '張',
  黄: '黃',
  杨: '楊',
  赵: '趙',
  吴: '吳',
  郑: '鄭',
  许: '許',
  冯: '馮',
  邓: '鄧',
  罗: '羅',
  伟: '偉',
  国: '國',
  华: '華',
  东: '東',
  龙: '龍',
  丽: '麗',
  强: '強',
  军: '軍',
  红: '紅',
  凤: '鳳',
  鹏: '鵬',
  涛: '濤',
  娟: '娟',
  明: '明',
  建: '建',
  海: '海',
  燕: '燕',
  志: '志',
  汽: '汽',
  车: '車',
  贸: '貿',
  易: '易',
  广: '廣',
  州: '州',
};

export interface City {
  zh: string;
  en: string;
  areaCode: string; // landline area code with the leading 0
  localDigits: 7 | 8;
  districts: { name: string; code: string }[]; // resident-ID / USCC administrative division codes
  roads: string[];
}

export const CITIES: City[] = [
  {
    zh: '广州',
    en: 'Guangzhou',
    areaCode: '020',
    localDigits: 8,
    districts: [
      { name: '天河区', code: '440106' },
      { name: '白云区', code: '440111' },
      { name: '番禺区', code: '440113' },
      { name: '越秀区', code: '440104' },
      { name: '海珠区', code: '440105' },
    ],
    roads: ['天河路', '中山大道', '广州大道北', '黄埔大道西', '机场路', '市桥大北路', '江南大道中'],
  },
  {
    zh: '深圳',
    en: 'Shenzhen',
    areaCode: '0755',
    localDigits: 8,
    districts: [
      { name: '福田区', code: '440304' },
      { name: '南山区', code: '440305' },
      { name: '龙岗区', code: '440307' },
    ],
    roads: ['深南大道', '滨海大道', '龙岗大道', '北环大道'],
  },
  {
    zh: '佛山',
    en: 'Foshan',
    areaCode: '0757',
    localDigits: 8,
    districts: [
      { name: '禅城区', code: '440604' },
      { name: '南海区', code: '440605' },
      { name: '顺德区', code: '440606' },
    ],
    roads: ['季华路', '佛山大道', '桂澜路', '大良凤山路'],
  },
  {
    zh: '东莞',
    en: 'Dongguan',
    areaCode: '0769',
    localDigits: 8,
    districts: [
      { name: '南城街道', code: '441900' },
      { name: '东城街道', code: '441900' },
    ],
    roads: ['鸿福路', '东莞大道', '莞太路', '东城中路'],
  },
  {
    zh: '中山',
    en: 'Zhongshan',
    areaCode: '0760',
    localDigits: 8,
    districts: [
      { name: '石岐区', code: '442000' },
      { name: '东区', code: '442000' },
    ],
    roads: ['中山路', '博爱路', '兴中道'],
  },
  {
    zh: '清远',
    en: 'Qingyuan',
    areaCode: '0763',
    localDigits: 7,
    districts: [{ name: '清城区', code: '441802' }],
    roads: ['北江路', '连江路'],
  },
  {
    zh: '惠州',
    en: 'Huizhou',
    areaCode: '0752',
    localDigits: 7,
    districts: [{ name: '惠城区', code: '441302' }],
    roads: ['江北文昌路', '河南岸路'],
  },
];

/** 字号 (trade names) for dealer companies. */
export const TRADE_NAMES = [
  '安达',
  '宏达',
  '恒信',
  '骏马',
  '通利',
  '华盛',
  '鸿运',
  '永佳',
  '盛世',
  '广汇',
  '粤顺',
  '丰泰',
  '金迪',
  '瑞丰',
  '捷顺',
  '合众',
  '中联',
  '鑫源',
  '兴业',
  '天禾',
  '锦程',
  '东腾',
  '裕华',
  '新纪元',
  '百信',
  '嘉宏',
  '远航',
  '联达',
  '宝利',
  '迅驰',
];
export const TRADE_WORDS = ['汽车贸易', '汽车销售', '汽车服务', '汽车贸易', '汽车销售服务'];
export const LEGAL_SUFFIXES = ['有限公司', '有限公司', '有限责任公司', '股份有限公司'];

export interface CarModel {
  zh: string;
  en: string;
  price: number;
}
export const MODELS: CarModel[] = [
  { zh: '轩逸', en: 'Sylphy', price: 112000 },
  { zh: '卡罗拉', en: 'Corolla', price: 125000 },
  { zh: '朗逸', en: 'Lavida', price: 108000 },
  { zh: '雅阁', en: 'Accord', price: 179800 },
  { zh: '凯美瑞', en: 'Camry', price: 189800 },
  { zh: '帕萨特', en: 'Passat', price: 205000 },
  { zh: '思域', en: 'Civic', price: 129900 },
  { zh: 'CR-V', en: 'CR-V', price: 186900 },
];

/** Mobile prefixes in use in mainland China. */
export const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

export const SHOWROOMS = [
  { zh: '天河展厅', en: 'Tianhe' },
  { zh: '白云展厅', en: 'Baiyun' },
  { zh: '番禺展厅', en: 'Panyu' },
];

export const PURPOSES_ZH = ['拜访经销商', '送合同', '客户试驾', '收款', '参加车展', '交车'];
export const PURPOSES_EN = [
  'Dealer visit',
  'Deliver contract',
  'Test drive',
  'Collect payment',
  'Motor show',
  'Vehicle delivery',
];
