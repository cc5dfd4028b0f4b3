import { makeTable, person, type CustomerRecord } from './make-table';
import {
  matchCustomers,
  DEFAULT_MATCH_CONFIG,
  resolveMatchConfig,
  describeMatchConfig,
} from '../../../src/domain/conflicts';

const run = (records: CustomerRecord[], config = DEFAULT_MATCH_CONFIG) =>
  matchCustomers(makeTable(records), config, { lang: 'zh' });
const noTf = resolveMatchConfig({ tfAdjust: undefined });

/** Day number of 1960-01-01 plus k days (birth dates as Excel-free day numbers are ISO strings here). */
const birth = (k: number) => new Date(Date.UTC(1960, 0, 1) + k * 86400000).toISOString().slice(0, 10);

/** 300 different people named 王静: 150 birth dates, each shared by two of them, who live in different cities. */
function wangJing(city: (i: number) => string | null): CustomerRecord[] {
  return Array.from({ length: 300 }, (_, i) =>
    person({ Name: '王静', BirthDate: birth((i % 150) * 97), City: city(i) }),
  );
}

describe('term frequency: a common name proves less', () => {
  test('300 王静 sharing birth dates but nothing else (different cities): no cluster', () => {
    const recs = wangJing((i) => (i < 150 ? '北京' : '上海'));
    expect(run(recs).clusters).toEqual([]);
    // without the adjustment the same table merges the namesakes: the test is about the adjustment
    expect(run(recs, noTf).clusters.length).toBeGreaterThan(0);
  });

  test('300 王静 sharing birth dates, no city at all: no cluster', () => {
    const recs = wangJing(() => null);
    expect(run(recs).clusters).toEqual([]);
    expect(run(recs, noTf).clusters.length).toBeGreaterThan(100);
  });

  test('300 王静 all in one city: the shared birth date and the (uninformative) city are still not enough', () => {
    // u(city) estimated from this table is ~1: agreeing on it proves nothing
    expect(run(wangJing(() => '北京')).clusters).toEqual([]);
  });

  test('a rare name + the same birth date + the same city is a cluster, among the 300 王静', () => {
    const recs = [
      ...wangJing((i) => (i < 150 ? '北京' : '上海')),
      person({ Name: '欧阳子涵', BirthDate: '1979-06-15', City: '广州', Owner: 'S001' }),
      person({ Name: '欧阳子涵', BirthDate: '1979年6月15日', City: '广州市', Owner: 'S002' }),
    ];
    const r = run(recs);
    expect(r.clusters.map((c) => c.rows)).toEqual([[302, 303]]);
    expect(r.clusters[0].evidence[0].fields).toMatchObject({ Name: 'exact', BirthDate: 'exact', City: 'exact' });
  });

  test('a common name still matches with a phone (typo) or ID as extra evidence', () => {
    const recs = [
      ...wangJing((i) => (i < 150 ? '北京' : '上海')),
      person({ Name: '王静', BirthDate: '1975-02-03', Phone: '13612345678' }),
      person({ Name: '王静', BirthDate: '1975-02-03', Phone: '13612345679' }),
    ];
    expect(run(recs).clusters.map((c) => c.rows)).toEqual([[302, 303]]);
  });

  test('a homophone of a common name + birth date is not enough; with the same city in a spread table it is', () => {
    const cities = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '重庆', '苏州', '郑州'];
    const base = wangJing((i) => cities[i % cities.length]).map((r, i) => ({ ...r, BirthDate: birth(i * 53) })); // no shared dates
    const twin = (city: string | null) => [
      person({ Name: '王静', BirthDate: '1981-08-08', City: city }),
      person({ Name: '王婧', BirthDate: '1981-08-08', City: city }),
    ];
    expect(run([...base, ...twin(null)]).clusters).toEqual([]);
    expect(run([...base, ...twin('长沙')]).clusters.map((c) => c.rows)).toEqual([[302, 303]]);
  });

  test('a common company core + city alone is not enough; with the same contact it is', () => {
    const cities = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '重庆'];
    const recs: CustomerRecord[] = Array.from({ length: 40 }, (_, i) =>
      person({
        Kind: '经销商客户',
        Name: '安达汽车贸易有限公司',
        City: cities[i % cities.length],
        Contact: `联系人${i}`,
      }),
    );
    const pair = (contact2: string) => [
      person({ Kind: '经销商客户', Name: '安达汽贸有限公司', City: '长沙', Contact: '黄志明' }),
      person({ Kind: '经销商客户', Name: '安达汽车贸易有限责任公司', City: '长沙市', Contact: contact2 }),
    ];
    expect(run([...recs, ...pair('')]).clusters).toEqual([]);
    expect(run([...recs, ...pair('黄志明')]).clusters.map((c) => c.rows)).toEqual([[42, 43]]);
  });

  test('the adjustment is described in both languages', () => {
    const zh = describeMatchConfig(DEFAULT_MATCH_CONFIG, 'zh').join('\n');
    const en = describeMatchConfig(DEFAULT_MATCH_CONFIG, 'en').join('\n');
    expect(zh).toContain('名称越常见');
    expect(en).toContain('chance');
    expect(describeMatchConfig(noTf, 'en').join('\n')).not.toContain('chance');
  });
});
