import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalisePhone, normalisePhones } from '../../../src/domain/normalise';
import { parsePhoneColumn } from '../../../src/domain/normalise/phone';
import { chinaNationalNumberValid } from '../../../src/domain/normalise/phone';

const mobile = (key: string, valid = true) => ({ key, kind: 'mobile', valid });
const landline = (key: string, valid = true) => ({ key, kind: 'landline', valid });

describe('normalisePhone', () => {
  test.each([
    ['13812345678'],
    ['138 1234 5678'],
    ['138-1234-5678'],
    ['１３８１２３４５６７８'],
    ['１３８\u30001234\u30005678'],
    ['+86 138 1234 5678'],
    ['+8613812345678'],
    ['＋８６ １３８１２３４５６７８'],
    ['0086 13812345678'],
    ['008613812345678'],
    ['86 13812345678'],
    ['8613812345678'],
    ['(+86) 138-1234-5678'],
    ['013812345678'], // spurious leading 0
    ['手机：13812345678'],
    ['Tel. 138.1234.5678'],
    ['13812345678（王先生）'],
    ['13812345678 / 13987654321'],
    [' 13812345678 '],
  ])('mobile %s', (raw) => {
    expect(normalisePhone(raw)).toEqual(mobile('13812345678'));
  });

  test('a mobile typed as a number', () => {
    expect(normalisePhone(13812345678)).toEqual(mobile('13812345678'));
    expect(normalisePhone(8613812345678)).toEqual(mobile('13812345678'));
  });

  test.each([
    ['010-62345678', '01062345678'],
    ['(010) 6234-5678', '01062345678'],
    ['（010）62345678', '01062345678'],
    ['010 6234 5678', '01062345678'],
    ['+86 10 6234 5678', '01062345678'],
    ['+86-10-62345678', '01062345678'],
    ['0086 10 62345678', '01062345678'],
    ['+86 (0)10 62345678', '01062345678'],
    ['021-12345678 ext 801', '02112345678'],
    ['021-12345678转801', '02112345678'],
    ['021-12345678-801', '02112345678'],
    ['021 12345678 #801', '02112345678'],
    ['021-12345678 分机 801', '02112345678'],
    ['0755 12345678', '075512345678'],
    ['0755-8765-4321', '075587654321'],
    ['０７５５－１２３４５６７８', '075512345678'],
    ['0571-87654321', '057187654321'],
    ['0991-4567890', '09914567890'],
    ['电话：020-87654321', '02087654321'],
  ])('landline %s -> %s', (raw, key) => {
    expect(normalisePhone(raw)).toEqual(landline(key));
  });

  test('landlines with a wrong local length or an unknown area code are invalid', () => {
    expect(normalisePhone('020-1234567')).toEqual(landline('0201234567', false)); // Guangzhou numbers have 8 digits
    expect(normalisePhone('0755-1234567')).toEqual(landline('07551234567', false));
    expect(normalisePhone('010-623456')).toEqual(landline('010623456', false));
    expect(normalisePhone('0123-12345678')).toEqual(landline('012312345678', false)); // 01x is only Beijing's 010
    expect(normalisePhone('010-02345678')).toEqual(landline('01002345678', false)); // local numbers do not start with 0
  });

  test('invalid mobiles keep their digits', () => {
    expect(normalisePhone('12012345678')).toEqual(mobile('12012345678', false));
    expect(normalisePhone('+86 120 1234 5678')).toEqual(mobile('12012345678', false));
  });

  test('landline without area code, short and long numbers: unknown, invalid', () => {
    expect(normalisePhone('62345678')).toEqual({ key: '62345678', kind: 'unknown', valid: false });
    expect(normalisePhone('6234-5678')).toEqual({ key: '62345678', kind: 'unknown', valid: false });
    expect(normalisePhone('1381234567')).toEqual({ key: '1381234567', kind: 'unknown', valid: false });
    expect(normalisePhone('138123456789')).toEqual({ key: '138123456789', kind: 'unknown', valid: false });
    expect(normalisePhone('+86 62345678')).toEqual({ key: '062345678', kind: 'landline', valid: false });
  });

  test('foreign numbers go through libphonenumber-js', () => {
    expect(normalisePhone('+852 9123 4567')).toEqual({ key: '85291234567', kind: 'unknown', valid: true });
    expect(normalisePhone('00852 9123 4567')).toEqual({ key: '85291234567', kind: 'unknown', valid: true });
    expect(normalisePhone('+1 202-555-0100')).toMatchObject({ key: '12025550100', kind: 'unknown' });
  });

  test('garbage and empty cells', () => {
    expect(normalisePhone('无')).toEqual({ key: '', kind: 'unknown', valid: false });
    expect(normalisePhone('n/a')).toEqual({ key: '', kind: 'unknown', valid: false });
    expect(normalisePhone('abc123')).toMatchObject({ kind: 'unknown', valid: false });
    expect(normalisePhone('12-ab-34')).toMatchObject({ kind: 'unknown', valid: false });
    expect(normalisePhone('1234')).toEqual({ key: '1234', kind: 'unknown', valid: false });
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone('   ')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone(undefined)).toBeNull();
  });

  test('normalisePhones reads every number in a cell', () => {
    expect(normalisePhones('13812345678/13987654321').map((p) => p.key)).toEqual(['13812345678', '13987654321']);
    expect(normalisePhones('电话:010-62345678；手机:138 1234 5678').map((p) => p.key)).toEqual([
      '01062345678',
      '13812345678',
    ]);
    expect(normalisePhones('13812345678, 138-1234-5678')).toHaveLength(1);
    expect(normalisePhones('')).toEqual([]);
  });

  test('normalisePhones: a second number after a full-width slash, 或, an extension, or after a complete number', () => {
    const keys = (s: string) => normalisePhones(s).map((p) => p.key);
    expect(keys('18707906513／025-28885594')).toEqual(['18707906513', '02528885594']);
    expect(keys('028-41568140｜13626320835')).toEqual(['02841568140', '13626320835']);
    expect(keys('13812345678或13912345678')).toEqual(['13812345678', '13912345678']);
    expect(keys('010-62345678 转 8/13912345678')).toEqual(['01062345678', '13912345678']);
    // written one after the other: a number is complete at 11 digits after its +86 / 0086
    expect(keys('18707906513 025-59171677')).toEqual(['18707906513', '02559171677']);
    expect(keys('(+86)18595149403 028-29189812')).toEqual(['18595149403', '02829189812']);
    expect(keys('+86 138 1234 5678 139 1234 5678')).toEqual(['13812345678', '13912345678']);
    // ... but the groups of one number stay one number
    expect(keys('0086 138 1234 5678')).toEqual(['13812345678']);
    expect(keys('+86 (0)571 3578 8594')).toEqual(['057135788594']);
    expect(keys('0571 8888 8888')).toEqual(['057188888888']);
    // a separator inside the first seven digits belongs to the number
    expect(keys('010/62345678')).toEqual(['01062345678']);
    // the first number is what normalisePhone reads, not the digits of both run together
    expect(normalisePhone('18961729811 13691155008')?.key).toBe('18961729811');
  });

  test("normalisePhones: after a complete number, one written with a '+' or after a label; not an extension or a name", () => {
    const keys = (s: string) => normalisePhones(s).map((p) => p.key);
    expect(keys('手机：13812345678 电话：020-87654321')).toEqual(['13812345678', '02087654321']);
    expect(keys('13812345678 +86 139 8765 4321')).toEqual(['13812345678', '13987654321']);
    expect(keys('13812345678 Tel. 139.8765.4321')).toEqual(['13812345678', '13987654321']);
    expect(keys('13812345678（王先生）13987654321')).toEqual(['13812345678', '13987654321']);
    expect(keys('13812345678（王先生） Tel. 139.8765.4321')).toEqual(['13812345678', '13987654321']);
    expect(keys('021-12345678 ext 801')).toEqual(['02112345678']);
    expect(keys('021-12345678 Ext.801')).toEqual(['02112345678']);
    expect(keys('021-12345678 x801')).toEqual(['02112345678']);
    expect(keys('021-12345678 分机 801')).toEqual(['02112345678']);
    expect(keys('0755-12345678 转801')).toEqual(['075512345678']);
    expect(keys('020-87654321转801 13812345678')).toEqual(['02087654321', '13812345678']);
    expect(keys('020-87654321 ext. 801 Tel. 13812345678')).toEqual(['02087654321', '13812345678']);
    // written internationally (no trunk 0), a number is complete when the next group would make it too long
    expect(keys('+86 752 2000000 13000000000')).toEqual(['07522000000', '13000000000']);
    expect(keys('+86 755 1234 5678')).toEqual(['075512345678']);
    expect(keys('+86 20 87654321 13812345678')).toEqual(['02087654321', '13812345678']);
    expect(keys('+86 10 6234 5678 139 1234 5678')).toEqual(['01062345678', '13912345678']);
    expect(keys('+86 20 8765 4321')).toEqual(['02087654321']);
    expect(keys('010-62345678 内线 8')).toEqual(['01062345678']);
    expect(keys('13812345678 王先生')).toEqual(['13812345678']);
    // a label after fewer than 7 digits is part of that cell's oddities, as before
    expect(keys('138123 手机 45678')).toHaveLength(1);
    expect(keys('62345678 手机 13812345678')).toEqual(['62345678', '13812345678']);
    expect(Array.from(parsePhoneColumn(['13812345678 王先生', '手机:13812345678 电话:020-87654321']).several)).toEqual([
      0, 1,
    ]);
  });

  test('the phone column marks the cells that hold another number', () => {
    const column = parsePhoneColumn([
      '13812345678',
      '138 1234 5678',
      '13812345678 13912345678',
      '13812345678/',
      '010/62345678',
      '010-62345678；13912345678',
    ]);
    expect(Array.from(column.several)).toEqual([0, 0, 1, 1, 0, 1]);
  });
});

describe('fast path agrees with libphonenumber-js', () => {
  // A varied, deterministic sample: mobiles and landlines over many prefixes and area codes, in many spellings.
  const areaCodes = [
    '10',
    '20',
    '21',
    '22',
    '23',
    '24',
    '25',
    '27',
    '28',
    '29',
    '311',
    '351',
    '371',
    '431',
    '451',
    '471',
    '512',
    '531',
    '551',
    '571',
    '591',
    '731',
    '755',
    '757',
    '769',
    '871',
    '891',
    '931',
    '991',
  ];
  const mobilePrefixes = [
    '130',
    '133',
    '135',
    '138',
    '139',
    '145',
    '150',
    '152',
    '158',
    '166',
    '170',
    '176',
    '177',
    '180',
    '186',
    '189',
    '191',
    '198',
    '199',
  ];
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const digits = (n: number) => Array.from({ length: n }, () => rnd(10)).join('');
  const spell = (national: string, isMobile: boolean): string => {
    const forms = isMobile
      ? [
          national,
          `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`,
          `+86${national}`,
          `+86 ${national}`,
          `0086-${national}`,
          `${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`,
        ]
      : [
          national,
          `${national.slice(0, national.length - 8)}-${national.slice(-8)}`,
          `(${national.slice(0, national.length - 8)}) ${national.slice(-8)}`,
          `+86 ${national.slice(1)}`,
        ];
    return forms[rnd(forms.length)];
  };
  const sample: string[] = [];
  for (let i = 0; i < 400; i++) {
    if (i % 2 === 0) sample.push(spell(mobilePrefixes[rnd(mobilePrefixes.length)] + digits(8), true));
    else {
      const area = areaCodes[rnd(areaCodes.length)];
      // 8-digit local numbers starting 2-8 are right everywhere in this list except a few 3-digit codes with 7 digits.
      sample.push(spell('0' + area + String(2 + rnd(7)) + digits(7), false));
    }
  }

  test('same key and same kind/validity on every sample entry', () => {
    const disagreements: string[] = [];
    for (const raw of sample) {
      const ours = normalisePhone(raw)!;
      const lib = parsePhoneNumberFromString(raw, 'CN');
      expect(lib).toBeDefined();
      const national = lib!.nationalNumber as string;
      const libType = lib!.getType();
      const libKey = libType === 'MOBILE' ? national : '0' + national;
      const libKind = libType === 'MOBILE' ? 'mobile' : libType === 'FIXED_LINE' ? 'landline' : 'unknown';
      if (ours.key !== libKey || (ours.valid && libKind !== ours.kind) || ours.valid !== lib!.isValid()) {
        disagreements.push(`${raw}: ours ${JSON.stringify(ours)} lib ${libKey} ${libType} ${lib!.isValid()}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('chinaNationalNumberValid (libphonenumber-js metadata, compiled once)', () => {
  // Every area code the landline shape allows (010, 02x, 0300-0999), each with random local numbers
  // of 6 to 9 digits: the same verdict as the library's parse + isValid, valid and invalid alike.
  // (Checked once on all 4,266,000 area code x 3-digit prefix x length combinations: no difference.)
  let seed = 777;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const areas = ['10', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29'];
  for (let a = 300; a <= 999; a++) areas.push(String(a));

  test('agrees with parsePhoneNumberFromString("+86" + number).isValid()', () => {
    const disagreements: string[] = [];
    let valid = 0;
    for (const area of areas) {
      for (let k = 0; k < 16; k++) {
        const length = [6, 7, 7, 8, 8, 9][rnd(6)];
        let local = String(1 + rnd(9));
        while (local.length < length) local += String(rnd(10));
        const national = area + local;
        const lib = !!parsePhoneNumberFromString('+86' + national)?.isValid();
        if (lib) valid++;
        if (chinaNationalNumberValid(national) !== lib) disagreements.push(`${national}: library ${lib}`);
      }
    }
    expect(disagreements).toEqual([]);
    // both verdicts are well represented, so the comparison means something
    expect(valid).toBeGreaterThan(500);
    expect(areas.length * 16 - valid).toBeGreaterThan(500);
  });

  test('mobiles, toll-free and shared-cost numbers are types of the plan too', () => {
    for (const national of ['13812345678', '4001234567', '8001234567', '95588', '1381234567']) {
      expect(chinaNationalNumberValid(national)).toBe(!!parsePhoneNumberFromString('+86' + national)?.isValid());
    }
  });
});
