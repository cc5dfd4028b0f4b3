import {
  describeHeaderMapping,
  headerRowAfterTitles,
  describeUnknownEnum,
  enumLabel,
  fieldLabel,
  identifySheet,
  parseEnum,
  recogniseHeaders,
} from '../../src/domain/headers';
import { CUSTOMERS, LEDGER, OUTINGS, REVIEWS, SHEETS, STAFF, field } from '../../src/domain/schema';

const zhCustomerHeaders = CUSTOMERS.fields.map((f) => f.zh);
const enCustomerHeaders = CUSTOMERS.fields.map((f) => f.en);

describe('recogniseHeaders', () => {
  test('Chinese labels map every field to its own column', () => {
    const m = recogniseHeaders(CUSTOMERS, zhCustomerHeaders);
    CUSTOMERS.fields.forEach((f, i) => expect(m.columns[f.key]).toBe(i));
    expect(m.extra).toEqual([]);
    expect(m.missing).toEqual([]);
    expect(m.matchedLabels.Phone).toBe('电话');
  });

  test('English labels map every field, for every sheet', () => {
    for (const def of SHEETS) {
      const m = recogniseHeaders(
        def,
        def.fields.map((f) => f.en),
      );
      def.fields.forEach((f, i) => expect([def.key, f.key, m.columns[f.key]]).toEqual([def.key, f.key, i]));
      expect(m.missing).toEqual([]);
    }
    const m = recogniseHeaders(CUSTOMERS, enCustomerHeaders);
    expect(m.columns.IdNumber).toBe(enCustomerHeaders.indexOf('ID number'));
  });

  test('Chinese labels map every field, for every sheet', () => {
    for (const def of SHEETS) {
      const m = recogniseHeaders(
        def,
        def.fields.map((f) => f.zh),
      );
      def.fields.forEach((f, i) => expect([def.key, f.key, m.columns[f.key]]).toEqual([def.key, f.key, i]));
    }
  });

  test.each([['电话'], ['手机'], ['联系电话'], ['Phone'], ['Mobile'], ['手机号码'], ['TEL']])(
    'phone synonym %s',
    (h) => {
      const m = recogniseHeaders(CUSTOMERS, ['客户编号', '姓名', h]);
      expect(m.columns.Phone).toBe(2);
      expect(m.columns.Name).toBe(1);
      expect(m.matchedLabels.Phone).toBe(h);
    },
  );

  test('shuffled order, extra columns, missing required column', () => {
    const headers = ['微信', '负责销售', '手机', '客户名称', '客户编号', '来源', '身份证号', '备用列'];
    const m = recogniseHeaders(CUSTOMERS, headers);
    expect(m.columns).toEqual({ Owner: 1, Phone: 2, Name: 3, CustomerId: 4, Source: 5, IdNumber: 6 });
    expect(m.extra).toEqual(['微信', '备用列']);
    expect(m.missing).toEqual(['Kind', 'Showroom', 'FirstContact', 'Stage']);
  });

  test('stray spaces, full-width spaces and letters, case, punctuation', () => {
    const headers = [
      '  客户 编号 ',
      '\u3000客户类型\u3000',
      'ｐｈｏｎｅ',
      'NAME:',
      '负责销售：',
      'first_contact',
      '（展厅）',
      'STAGE',
      'Customer-ID',
    ];
    const m = recogniseHeaders(CUSTOMERS, headers);
    expect(m.columns).toMatchObject({
      CustomerId: 0,
      Kind: 1,
      Phone: 2,
      Name: 3,
      Owner: 4,
      FirstContact: 5,
      Showroom: 6,
      Stage: 7,
    });
    // 'Customer-ID' is the CustomerId label too, but the field is taken: never mapped twice.
    expect(m.extra).toEqual(['Customer-ID']);
    expect(m.missing).toEqual([]);
  });

  test('traditional characters and bracketed units are recognised', () => {
    const m = recogniseHeaders(LEDGER, [
      '交易編號',
      '客戶編號',
      '日期',
      '車型',
      '數量',
      '单价（元）',
      '金额(万元)',
      '狀態',
    ]);
    expect(m.columns).toEqual({
      TxnId: 0,
      CustomerId: 1,
      Date: 2,
      Model: 3,
      Quantity: 4,
      UnitPrice: 5,
      Amount: 6,
      Status: 7,
    });
    expect(m.missing).toEqual([]);
  });

  test('exact labels beat synonyms: 客户编号 + ID', () => {
    const m = recogniseHeaders(CUSTOMERS, ['ID', '客户编号', '证件号码']);
    expect(m.columns.CustomerId).toBe(1);
    expect(m.columns.IdNumber).toBe(2);
    expect(m.extra).toEqual(['ID']);
    // Alone, 'ID' is the customer id.
    expect(recogniseHeaders(CUSTOMERS, ['ID', '姓名']).columns.CustomerId).toBe(0);
  });

  test('duplicate headers: first wins, the second is extra', () => {
    const m = recogniseHeaders(CUSTOMERS, ['电话', '手机', '电话']);
    expect(m.columns.Phone).toBe(0);
    expect(m.extra).toEqual(['手机', '电话']);
  });

  test('a label exact for one field beats a synonym of an earlier field', () => {
    // Staff: '状态' is a synonym of Active; Customers: '状态' is a synonym of Stage and '阶段' its label.
    const m = recogniseHeaders(CUSTOMERS, ['状态', '阶段']);
    expect(m.columns.Stage).toBe(1);
    expect(m.extra).toEqual(['状态']);
  });

  test('empty and non-string header cells', () => {
    const m = recogniseHeaders(STAFF, [null, '工号', undefined, '', 2024, '姓名', '角色']);
    expect(m.columns).toEqual({ StaffId: 1, Name: 5, Role: 6 });
    expect(m.extra).toEqual(['2024']);
    expect(m.missing).toEqual([]);
  });
});

test('headers salespeople write for the owner and the last follow-up', () => {
  const m = recogniseHeaders(CUSTOMERS, ['客户编号', '销售', '最后跟进日期', '所属销售']);
  expect(m.columns.Owner).toBe(1);
  expect(m.columns.LastContact).toBe(2);
  expect(m.extra).toEqual(['所属销售']); // a field is mapped once; the second owner-like column is left alone
});

describe('identifySheet', () => {
  test('by name: zh, en, table name, synonyms, loosely', () => {
    expect(identifySheet('客户档案')?.key).toBe('Customers');
    expect(identifySheet(' customers ')?.key).toBe('Customers');
    expect(identifySheet('客戶檔案')?.key).toBe('Customers');
    expect(identifySheet('经销商台账')?.key).toBe('Ledger');
    expect(identifySheet('Roster')?.key).toBe('Staff');
    expect(identifySheet('值班表')?.key).toBe('Duty');
    expect(identifySheet('外出登记')?.key).toBe('Outings');
    expect(identifySheet('客户评审')?.key).toBe('Reviews');
    expect(identifySheet('Policy')?.key).toBe('Policy');
    expect(identifySheet('评分权重')?.key).toBe('Weights');
  });

  test('by headers when the name says nothing', () => {
    expect(
      identifySheet('Sheet1', ['客户编号', '客户类型', '客户名称', '手机', '展厅', '负责销售', '首次接触', '阶段'])
        ?.key,
    ).toBe('Customers');
    expect(identifySheet('export.csv', ['Customer ID', 'Name', 'Mobile', 'Owner', 'Kind', 'First contact'])?.key).toBe(
      'Customers',
    );
    expect(identifySheet('Sheet2', ['工号', '姓名', '角色', '部门'])?.key).toBe('Staff');
    expect(identifySheet('Sheet3', ['单号', '客户编号', '日期', '车型', '数量', '单价', '金额', '状态'])?.key).toBe(
      'Ledger',
    );
    expect(identifySheet('Sheet4', ['评审编号', '客户编号', '评审类型', '总分'])?.key).toBe('Reviews');
    expect(identifySheet('Sheet5', ['a', 'b', 'c'])).toBeNull();
  });

  test('by a name that starts with a label, longest label first', () => {
    expect(identifySheet('客户档案2026')?.key).toBe('Customers');
    expect(identifySheet('客户评审表')?.key).toBe('Reviews');
    expect(identifySheet('Sheet1')).toBeNull();
    expect(identifySheet('')).toBeNull();
  });
});

describe('enums', () => {
  const kind = field('Customers', 'Kind');
  const stage = field('Customers', 'Stage');
  const active = field('Staff', 'Active');

  test('parseEnum reads keys, labels and synonyms loosely', () => {
    expect(parseEnum(kind, '最终客户')).toBe('End');
    expect(parseEnum(kind, ' dealer ')).toBe('Dealer');
    expect(parseEnum(kind, '經銷商')).toBe('Dealer');
    expect(parseEnum(kind, 'End')).toBe('End');
    expect(parseEnum(kind, 'END CUSTOMER')).toBe('End');
    expect(parseEnum(stage, '已签约')).toBe('contracted');
    expect(parseEnum(stage, 'contracted')).toBe('contracted');
    expect(parseEnum(stage, '战败')).toBe('lost');
    expect(parseEnum(field('Customers', 'Source'), 'walk-in')).toBe('walkin');
    expect(parseEnum(field('Customers', 'Source'), 'Ｗａｌｋ－ｉｎ')).toBe('walkin');
    expect(parseEnum(active, true)).toBe('true');
    expect(parseEnum(active, 0)).toBe('false');
    expect(parseEnum(active, '在职')).toBe('true');
  });

  test('parseEnum rejects unknown text, empty cells and non-enum fields', () => {
    expect(parseEnum(kind, '供应商')).toBeNull();
    expect(parseEnum(kind, '')).toBeNull();
    expect(parseEnum(kind, null)).toBeNull();
    expect(parseEnum(field('Customers', 'Name'), '最终客户')).toBeNull();
    // memoised results stay right on repeat
    expect(parseEnum(kind, '供应商')).toBeNull();
    expect(parseEnum(kind, '最终客户')).toBe('End');
  });

  test('enumLabel and fieldLabel', () => {
    expect(enumLabel(stage, 'lost', 'zh')).toBe('已流失');
    expect(enumLabel(stage, 'lost', 'en')).toBe('Lost');
    expect(enumLabel(stage, 'nope', 'en')).toBe('nope');
    expect(fieldLabel(field('Customers', 'Phone'), 'zh')).toBe('电话');
    expect(fieldLabel(field('Customers', 'Phone'), 'en')).toBe('Phone');
  });

  test('every enum label of every field reads back as its key', () => {
    for (const def of SHEETS)
      for (const f of def.fields)
        for (const v of f.values ?? []) {
          expect(parseEnum(f, v.zh)).toBe(v.key);
          expect(parseEnum(f, v.en)).toBe(v.key);
          expect(parseEnum(f, enumLabel(f, v.key, 'en'))).toBe(v.key);
        }
  });
});

test('REVIEWS has no Showroom field (sanity of the fixture used above)', () => {
  expect(REVIEWS.fields.some((f) => f.key === 'Showroom')).toBe(false);
});

describe('describeHeaderMapping', () => {
  test('lists missing, extra and synonym-matched columns in both languages', () => {
    const m = recogniseHeaders(CUSTOMERS, ['客户编号', '手机', '微信']);
    const zh = describeHeaderMapping(CUSTOMERS, m, 'zh');
    expect(zh[0]).toContain('缺少必填列');
    expect(zh[0]).toContain('客户类型');
    expect(zh[1]).toContain('微信');
    expect(zh[2]).toBe('「手机」识别为「电话」');
    const en = describeHeaderMapping(CUSTOMERS, m, 'en');
    expect(en[0]).toContain('Kind');
    expect(en[2]).toBe('"手机" read as "Phone"');
    const full = recogniseHeaders(
      STAFF,
      STAFF.fields.map((f) => f.zh),
    );
    expect(describeHeaderMapping(STAFF, full, 'en')).toEqual(['Every column of Staff was recognised']);
  });

  test('describeUnknownEnum names the allowed values', () => {
    expect(describeUnknownEnum(field('Customers', 'Kind'), '供应商', 'zh')).toBe(
      '「供应商」不是「客户类型」的可选值（可选：最终客户、经销商客户）',
    );
  });
});

test('every sheet that refers to a customer recognises the same header words for it', () => {
  for (const def of [LEDGER, OUTINGS, REVIEWS])
    for (const header of ['客户号', '客户ID', 'CustomerId', '客户编号'])
      expect([def.key, header, recogniseHeaders(def, [header]).columns.CustomerId]).toEqual([def.key, header, 0]);
});

describe('headerRowAfterTitles', () => {
  test('a title above the header, in one cell or repeated over a merge, is passed over', () => {
    const header = ['客户编号', '客户名称', '电话'];
    expect(headerRowAfterTitles([header, ['C1', '王伟', '138']])).toBe(0);
    expect(headerRowAfterTitles([['天河展厅客户档案 2024年6月'], header])).toBe(1);
    expect(headerRowAfterTitles([['客户档案', '客户档案', '客户档案'], ['制表:张三', ''], header])).toBe(2);
    // no row with two texts within the first four: the first row is the header (a one-column sheet)
    expect(headerRowAfterTitles([['客户名称'], ['王伟'], ['李娜'], ['张敏'], ['a', 'b']])).toBe(0);
  });
});
