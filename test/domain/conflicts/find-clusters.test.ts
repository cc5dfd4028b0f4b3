import { makeTable, person, type CustomerRecord } from './make-table';
import {
  matchCustomers,
  findClusters,
  DEFAULT_MATCH_CONFIG,
  resolveMatchConfig,
  describeMatchConfig,
} from '../../../src/domain/conflicts';

const run = (records: CustomerRecord[], opts: Parameters<typeof matchCustomers>[2] = { lang: 'zh' }) =>
  matchCustomers(makeTable(records), DEFAULT_MATCH_CONFIG, opts);
const rowsOf = (records: CustomerRecord[], opts?: Parameters<typeof matchCustomers>[2]) =>
  run(records, opts).clusters.map((c) => c.rows);

describe('positive evidence', () => {
  test('phone format variants with the same name', () => {
    const r = run([
      person({ Name: '张晓明', Phone: '138 1234 5678', Owner: 'S001' }),
      person({ Name: '张晓明', Phone: '+86-138-1234-5678', Owner: 'S002' }),
      person({ Name: '张晓明', Phone: '００８６１３８１２３４５６７８', Owner: 'S002' }),
      person({ Name: '陈国强', Phone: '13999990000' }),
    ]);
    expect(r.clusters.map((c) => c.rows)).toEqual([[2, 3, 4]]);
    expect(r.clusters[0].kind).toBe('conflict');
    expect(r.clusters[0].reasons.join()).toContain('电话相同');
    expect(r.clusters[0].evidence[0].fields.Phone).toBe('exact');
  });

  test('a cell with two numbers matches a row with either of them', () => {
    expect(
      rowsOf([
        person({ Name: '杨月雨', Phone: '18707906513／025-28885594', Owner: 'S001' }),
        person({ Name: '杨月雨', Phone: '18707906513 025-59171677', Owner: 'S002' }),
        person({ Name: '邓刚志', Phone: '028-41568140／13626320835', Owner: 'S001' }),
        person({ Name: '邓刚志', Phone: '13626320835', Owner: 'S003' }),
      ]),
    ).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });

  test('a surname with a form of address (刘先生, 老刘, 李哥) and the same phone', () => {
    expect(
      rowsOf([
        person({ Name: '刘磊', Phone: '18052533954', Owner: 'S001' }),
        person({ Name: '老刘', Phone: '１８０５２５３３９５４', Owner: 'S002' }),
        person({ Name: '刘先生', Phone: '+86 180 5253 3954', Owner: 'S003' }),
        person({ Name: '老李', Phone: '8618274920613', Owner: 'S001' }),
        person({ Name: '李哥', Phone: '18274920613', Owner: 'S002' }),
        // another surname on the same phone: a family member, not the same customer
        person({ Name: '老王', Phone: '18052533954', Owner: 'S004' }),
      ]),
    ).toEqual([
      [2, 3, 4],
      [5, 6],
    ]);
  });

  test("a landline typed without its area code gets its city's, learnt from the city's other landlines", () => {
    const guangzhou = (name: string, phone: string) => person({ Name: name, Phone: phone, City: '广州市' });
    const rows = [
      guangzhou('陈继平', '020-80342559'),
      person({ Name: '陈继平', Phone: '80342559', City: '广州' }),
      // the city's landlines that teach it 020
      guangzhou('刘强', '020-81112222'),
      guangzhou('王芳', '(020)83334444'),
      // a 7-digit number cannot follow a 2-digit area code: left alone
      guangzhou('黄华春', '020-85583569'),
      guangzhou('黄华春', '5583569'),
      // a city whose landlines disagree teaches nothing
      person({ Name: '李明', Phone: '028-85860982', City: '苏州' }),
      person({ Name: '李明', Phone: '85860982', City: '苏州' }),
      person({ Name: '赵强', Phone: '0512-66667777', City: '苏州' }),
      person({ Name: '孙丽', Phone: '0512-55556666', City: '苏州' }),
    ];
    expect(rowsOf(rows)).toEqual([[2, 3]]);
  });

  test('phone alone (name missing on one side) is enough', () => {
    expect(
      rowsOf([person({ Name: '刘洋', Phone: '13700001111' }), person({ Name: '', Phone: '137-0000-1111' })]),
    ).toEqual([[2, 3]]);
  });

  test('one-digit phone typo needs a similar name', () => {
    expect(
      rowsOf([person({ Name: '赵敏', Phone: '13612345678' }), person({ Name: '赵敏', Phone: '13612345679' })]),
    ).toEqual([[2, 3]]);
    expect(
      rowsOf([person({ Name: '赵敏', Phone: '13612345678' }), person({ Name: '钱多多', Phone: '13612345679' })]),
    ).toEqual([]);
  });

  test('swapped phone digits with the same name', () => {
    const r = run([person({ Name: '孙丽', Phone: '13612345678' }), person({ Name: '孙丽', Phone: '13612345687' })]);
    expect(r.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    expect(r.clusters[0].evidence[0].fields.Phone).toBe('transposed');
  });

  test('one-digit phone typo with the same ID', () => {
    expect(
      rowsOf([
        person({ Name: '周杰', Phone: '13612345678', IdNumber: '360426199101010071' }),
        person({ Name: '', Phone: '13612340678', IdNumber: '360426199101010071' }),
      ]),
    ).toEqual([[2, 3]]);
  });

  test('ID 18 vs 15 digits, lower-case x and a bad check digit still match', () => {
    const r = run([
      person({ Name: '吴刚', Phone: '13500000001', IdNumber: '11010519491231002X' }),
      person({ Name: '吴刚', Phone: '13500000002', IdNumber: '110105491231002' }),
      person({ Name: '吴刚', Phone: '', IdNumber: '11010519491231002x' }),
      person({ Name: '吴 刚', Phone: '', IdNumber: '110105194912310021' }), // check digit fails
    ]);
    expect(r.clusters.map((c) => c.rows)).toEqual([[2, 3, 4, 5]]);
    expect(r.clusters[0].reasons.join()).toContain('证件号相同');
  });

  test('traditional/simplified name with the same phone', () => {
    const r = run([
      person({ Name: '刘丽华', Phone: '13311112222' }),
      person({ Name: '劉麗華', Phone: '133 1111 2222' }),
    ]);
    expect(r.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    expect(r.clusters[0].evidence[0].fields.Name).toBe('exact');
  });

  test('homophone name typo with the same birth date and city, no shared phone', () => {
    const r = run([
      person({ Name: '王伟', BirthDate: '1988-03-05', City: '北京市', Phone: '13100000001' }),
      person({ Name: '王玮', BirthDate: '1988年3月5日', City: '北京', Phone: '' }),
    ]);
    expect(r.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    expect(r.clusters[0].evidence[0].fields.Name).toBe('sound');
  });

  test('company suffix variant with the same USCC', () => {
    const r = run([
      person({
        Kind: '经销商客户',
        Name: '广州安达汽车贸易有限公司',
        IdNumber: '91110000600037341L',
        Phone: '13800001234',
      }),
      person({
        Kind: '经销商客户',
        Name: '广州市安达汽贸有限责任公司',
        IdNumber: '91110000600037341l',
        Phone: '020-88886666',
      }),
    ]);
    // the reason shows the code as written (18 characters), not the 17-character match key
    expect(r.clusters[0].reasons.join()).toContain('证件号相同（91110000600037341L）');
    expect(
      rowsOf([
        person({
          Kind: '经销商客户',
          Name: '广州安达汽车贸易有限公司',
          IdNumber: '91110000600037341L',
          Phone: '13800001234',
        }),
        person({
          Kind: '经销商客户',
          Name: '广州市安达汽贸有限责任公司',
          IdNumber: '91110000600037341L',
          Phone: '020-88886666',
        }),
      ]),
    ).toEqual([[2, 3]]);
  });

  test('company suffix variant with the same contact and city', () => {
    expect(
      rowsOf([
        person({
          Kind: '经销商客户',
          Name: '佛山顺通汽车销售有限公司',
          Contact: '黄志明',
          City: '佛山',
          Phone: '13800001234',
        }),
        person({
          Kind: '经销商客户',
          Name: '顺通汽销（佛山）有限公司',
          Contact: '黄志明',
          City: '佛山市',
          Phone: '0757-82223333',
        }),
      ]),
    ).toEqual([[2, 3]]);
  });
});

describe('end customers that are organisations (最终客户: 单位或个人)', () => {
  test('an end-customer company written short, with the same contact and city', () => {
    expect(
      rowsOf([
        person({ Name: '北京祥瑞科技有限公司', Contact: '李春磊', City: '北京', Phone: '010-77130690', Owner: 'S001' }),
        person({ Name: '祥瑞科技', Contact: '李春磊', City: '北京', Phone: '15952489059', Owner: 'S002' }),
        person({
          Name: '杭州瑞丰出租汽车有限公司',
          Contact: '余萍',
          City: '杭州',
          Phone: '15062626114',
          Owner: 'S001',
        }),
        person({ Name: '杭州瑞丰出租汽车', Contact: '余萍', City: '杭州', Phone: '15661833834', Owner: 'S003' }),
      ]),
    ).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });

  test('same phone, suffix dropped, a province written or not, traditional characters', () => {
    expect(
      rowsOf([
        person({ Name: '北京利达实业有限责任公司', Phone: '010-86522891', Owner: 'S001' }),
        person({ Name: '北京利达实业', Phone: '０１０-８６５２２８９１', Owner: 'S002' }),
        person({ Name: '杭州立德物流有限公司', Phone: '(0571)71253170', Owner: 'S001' }),
        person({ Name: '浙江省杭州立德物流有限公司', Phone: '+86 (0)571 7125 3170', Owner: 'S002' }),
        person({ Name: '上海驰远商贸股份有限公司', Phone: '13118515574', Owner: 'S001' }),
        person({ Name: '上海馳遠商貿', Phone: '+86 131 1851 5574', Owner: 'S002' }),
      ]),
    ).toEqual([
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
  });

  test('the same trade name in two cities, or one province with two cities, are different companies', () => {
    expect(
      rowsOf([
        person({ Name: '北京安达物流有限公司', Contact: '刘强', City: '北京' }),
        person({ Name: '上海安达物流有限公司', Contact: '刘强', City: '北京' }),
        person({ Name: '广东广州顺通实业有限公司', Contact: '黄志明', City: '广州' }),
        person({ Name: '广东省深圳顺通实业有限公司', Contact: '黄志明', City: '广州' }),
      ]),
    ).toEqual([]);
  });

  test('a short person name with a word of a company name stays a person', () => {
    // 张建设 and 张建设 with different phones and nothing else: a name alone is never enough
    expect(rowsOf([person({ Name: '张建设', City: '北京' }), person({ Name: '张建设', City: '北京' })])).toEqual([]);
  });
});

describe('negative evidence', () => {
  test('IDs Excel cut to 15 digits (held as numbers) are not evidence', () => {
    // 360426199101010127 and 360426199101010135 typed into number cells: Excel keeps 3.60426199101010E+17 for both
    const damaged = 360426199101010000;
    expect(
      rowsOf([
        person({ Name: '王建国', City: '广州', Phone: '13800001111', IdNumber: damaged, BirthDate: '1991-01-01' }),
        person({ Name: '刘芳', City: '佛山', Phone: '13900002222', IdNumber: damaged, BirthDate: '1991-01-01' }),
      ]),
    ).toEqual([]);
  });

  test('a name alone is never enough, however common', () => {
    const rows = Array.from({ length: 30 }, () => person({ Name: '王伟', City: '北京' }));
    expect(rowsOf(rows)).toEqual([]);
    // even with zero threshold the guard holds
    const cfg = resolveMatchConfig({ decision: { ...DEFAULT_MATCH_CONFIG.decision, threshold: 0 } });
    const r = matchCustomers(
      makeTable([person({ Name: '李娜', Phone: '' }), person({ Name: '李娜', Phone: '' })]),
      cfg,
      { lang: 'zh' },
    );
    expect(r.stats.pairsCompared).toBe(0);
  });

  test('namesakes: same common name, different birth dates and phones are not merged', () => {
    expect(
      rowsOf([
        person({ Name: '李娜', BirthDate: '1990-01-01', City: '上海' }),
        person({ Name: '李娜', BirthDate: '1985-07-12', City: '上海' }),
        person({ Name: '李娜', City: '上海' }),
      ]),
    ).toEqual([]);
  });

  test('same phone but different valid IDs: family members, not merged, reported', () => {
    const r = run([
      person({ Name: '王建国', Phone: '010-62345678', IdNumber: '360426199101010071', Owner: 'S001' }),
      person({ Name: '王建国', Phone: '(010)62345678', IdNumber: '11010519491231002X', Owner: 'S002' }),
    ]);
    expect(r.clusters).toEqual([]);
    expect(r.suspicious).toHaveLength(1);
    expect(r.suspicious[0].rows).toEqual([2, 3]);
    expect(r.suspicious[0].message).toContain('证件号不同且均有效');
  });

  test('different valid IDs never end up in one cluster through a third row', () => {
    const r = run([
      person({ Name: '陈静', Phone: '13800000011', IdNumber: '360426199101010071' }),
      person({ Name: '陈静', Phone: '13800000011' }),
      person({ Name: '陈静', Phone: '13800000011', IdNumber: '11010519491231002X' }),
    ]);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0].rows).toHaveLength(2);
    expect(r.suspicious.some((s) => s.why === 'idConflict')).toBe(true);
    expect(r.clusters[0].warnings?.length).toBeGreaterThan(0);
  });

  test('same phone but a different kind and a different name counts against', () => {
    expect(
      rowsOf([
        person({ Kind: '最终客户', Name: '黄志明', Phone: '13922223333' }),
        person({ Kind: '经销商客户', Name: '顺通汽车销售有限公司', Contact: '黄志明', Phone: '13922223333' }),
      ]),
    ).toEqual([]);
  });

  test('same phone and name but different birth dates are not merged, and reported', () => {
    const r = run([
      person({ Name: '杨帆', Phone: '13922224444', BirthDate: '1960-02-03' }),
      person({ Name: '杨帆', Phone: '13922224444', BirthDate: '1992-11-20' }),
    ]);
    expect(r.clusters).toEqual([]);
    expect(r.suspicious).toHaveLength(1);
  });

  test('notSame pairs (CustomerIds or #rows) are never reported again', () => {
    const recs = [
      person({ CustomerId: 'A1', Name: '周敏', Phone: '13611112222' }),
      person({ CustomerId: 'A2', Name: '周敏', Phone: '13611112222' }),
      person({ CustomerId: '', Name: '周敏', Phone: '13611112222' }),
    ];
    expect(rowsOf(recs)).toEqual([[2, 3, 4]]);
    expect(rowsOf(recs, { lang: 'zh', notSame: [['A1', 'A2']] }).length).toBe(1);
    const all = rowsOf(recs, {
      lang: 'zh',
      notSame: [
        ['A1', 'A2'],
        ['A1', '#4'],
        ['A2', 4],
      ],
    });
    expect(all).toEqual([]);
    const some = run(recs, { lang: 'zh', notSame: [['A1', 'A2']] });
    // A1 and A2 never together, whatever joins them
    for (const c of some.clusters) expect(c.rows.includes(2) && c.rows.includes(3)).toBe(false);
  });
});

describe('bounded blocks', () => {
  test('a placeholder phone on 3,000 rows is set aside, not compared pair by pair', () => {
    const recs = Array.from({ length: 3000 }, (_, i) => person({ Name: `顾客${i}`, Phone: '13800000000' }));
    const r = run(recs);
    expect(r.clusters).toEqual([]);
    expect(r.placeholders).toHaveLength(1);
    expect(r.placeholders[0].count).toBe(3000);
    expect(r.stats.pairsCompared).toBeLessThan(3000 * 20);
  });

  test('2,000 王伟 in one city with one placeholder birth date stay linear', () => {
    const recs = Array.from({ length: 2000 }, () => person({ Name: '王伟', City: '北京', BirthDate: '1900-01-01' }));
    const r = run(recs);
    expect(r.stats.pairsCompared).toBeLessThan(2000 * 12);
    expect(r.placeholders.map((x) => x.count)).toEqual([2000]);
    expect(r.clusters).toEqual([]);
  });

  test('an oversized weak block (one company name on 500 rows) is compared by sorted neighbourhood', () => {
    const recs = Array.from({ length: 500 }, (_, i) =>
      person({
        Kind: '经销商客户',
        Name: '安达汽车贸易有限公司',
        Contact: `联系人${i}`,
        Phone: `1390000${String(i).padStart(4, '0')}`,
      }),
    );
    recs.push(person({ Kind: '经销商客户', Name: '安达汽贸有限公司', Contact: '联系人7', Phone: '', City: '广州' }));
    const r = run(recs);
    expect(r.stats.oversizedBlocks).toBeGreaterThan(0);
    expect(r.stats.pairsCompared).toBeLessThan(501 * 12 + 2000);
    expect(r.stats.pairsCompared).toBeGreaterThan(400);
  });

  test('2,000 王伟 in one city with real birth dates and phones: no clusters, few comparisons', () => {
    const recs = Array.from({ length: 2000 }, (_, i) =>
      person({ Name: '王伟', City: '北京', BirthDate: 20000 - i * 3 }),
    );
    const r = run(recs);
    expect(r.clusters).toEqual([]);
    expect(r.stats.pairsCompared).toBeLessThan(2000);
  });
});

describe('clusters', () => {
  test('suggested owner: earliest FirstContact; ties by earliest row; rows are worksheet rows', () => {
    const recs = [
      person({ Name: '马云飞', Phone: '13700002222', Owner: 'S003', FirstContact: '2025-03-01' }),
      person({ Name: '马云飞', Phone: '13700002222', Owner: 'S004', FirstContact: '2025/02/01' }),
      person({ Name: '马云飞', Phone: '13700002222', Owner: 'S005', FirstContact: '2025年2月1日' }),
    ];
    const c = matchCustomers(makeTable(recs, 4), DEFAULT_MATCH_CONFIG, { lang: 'en' }).clusters;
    expect(c).toHaveLength(1);
    expect(c[0].rows).toEqual([5, 6, 7]);
    expect(c[0].suggestedOwner).toBe('S004');
    expect(c[0].owners).toEqual(['S003', 'S004', 'S005']);
    // rows are compared earliest first contact first (rows 6 and 7, then row 5): see row-order.ts
    expect(c[0].reasons[0]).toMatch(/^Rows 6 and 7: same Phone/);
  });

  test('the same clusters in any row order: a row matching two people with different IDs joins the one registered first', () => {
    const records = [
      person({
        CustomerId: 'A',
        Name: '罗秀英',
        Phone: '13000000220',
        IdNumber: '440106194001010010',
        FirstContact: '2025-03-02',
      }),
      person({ CustomerId: 'B', Name: '罗秀英', Phone: '13000000220', FirstContact: '2025-03-05' }),
      person({
        CustomerId: 'C',
        Name: '罗秀英',
        Phone: '13000000220',
        IdNumber: '440106194001010029',
        FirstContact: '2025-03-01',
      }),
    ];
    for (const order of [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]) {
      const clusters = findClusters(makeTable(order.map((k) => records[k])));
      expect(clusters.map((cl) => [...cl.customerIds].sort())).toEqual([['B', 'C']]);
    }
    // on the same day, the rows' content decides, still the same in every order
    const sameDay = records.map((r) => ({ ...r, FirstContact: '2025-03-01' }));
    const seen = new Set(
      [
        [0, 1, 2],
        [1, 2, 0],
        [2, 1, 0],
      ].map((order) =>
        JSON.stringify(findClusters(makeTable(order.map((k) => sameDay[k]))).map((cl) => [...cl.customerIds].sort())),
      ),
    );
    expect(seen.size).toBe(1);
  });

  test('one owner -> duplicate, more -> conflict; in first-row order, labelled by the smallest CustomerId', () => {
    const c = findClusters(
      makeTable([
        person({ CustomerId: 'K9', Name: '甲', Phone: '13100000009', Owner: 'S1' }),
        person({ CustomerId: 'K3', Name: '乙', Phone: '13100000008', Owner: 'S1' }),
        person({ CustomerId: 'K2', Name: '乙', Phone: '13100000008', Owner: 'S2' }),
        person({ CustomerId: 'K10', Name: '甲', Phone: '13100000009', Owner: 's1' }),
      ]),
      DEFAULT_MATCH_CONFIG,
      { lang: 'zh' },
    );
    expect(c.map((x) => [x.id, x.kind, x.rows])).toEqual([
      ['G-K9', 'duplicate', [2, 5]],
      ['G-K2', 'conflict', [3, 4]],
    ]);
  });

  test('settings are described in both languages', () => {
    const zh = describeMatchConfig(DEFAULT_MATCH_CONFIG, 'zh');
    const en = describeMatchConfig(DEFAULT_MATCH_CONFIG, 'en');
    expect(zh.length).toBe(en.length);
    expect(zh.join('\n')).toContain('6 分');
    expect(en.join('\n')).toContain('never enough');
  });

  test('a supervisor setting changes the outcome (threshold as data)', () => {
    const recs = [person({ Name: '赵敏', Phone: '13612345678' }), person({ Name: '赵敏', Phone: '13612345679' })];
    const strict = resolveMatchConfig({ decision: { ...DEFAULT_MATCH_CONFIG.decision, threshold: 9 } });
    expect(matchCustomers(makeTable(recs), strict, { lang: 'zh' }).clusters).toEqual([]);
  });
});
