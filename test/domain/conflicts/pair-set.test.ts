import { PairSet } from '../../../src/domain/conflicts/pair-set';
import { matchCustomers } from '../../../src/domain/conflicts';
import { makeTable, person } from './make-table';

describe('PairSet', () => {
  it('adds each key once and answers has() like a Set, through growth', () => {
    const set = new PairSet(4);
    const ref = new Set<number>();
    // pair keys as find-clusters builds them (a × 2^21 + b), including the largest row indexes
    let x = 12345;
    for (let k = 0; k < 50_000; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const a = x % 2_000_000;
      const b = (x >> 3) % 2_000_000;
      const key = Math.min(a, b) * 2097152 + Math.max(a, b);
      expect(set.add(key)).toBe(!ref.has(key));
      ref.add(key);
    }
    expect(set.size).toBe(ref.size);
    for (const key of ref) expect(set.has(key)).toBe(true);
    expect(set.has(0)).toBe(ref.has(0));
    expect(set.has(2_097_151 * 2097152 + 2_097_151)).toBe(false);
  });
});

describe('overlapping blocking passes', () => {
  it('scores a pair once although it meets again in every phone-typo pass', () => {
    // same phone, different people (different valid IDs would be the other reason): never merged,
    // so the union-find does not stop the later passes from bringing the pair back
    const t = makeTable([
      person({ Name: '张伟', Phone: '13812345678', BirthDate: '1980-01-01' }),
      person({ Name: '李娜', Phone: '13812345678', BirthDate: '1992-06-30' }),
    ]);
    const r = matchCustomers(t, undefined, { lang: 'zh' });
    expect(r.clusters).toHaveLength(0);
    expect(r.stats.pairsCompared).toBe(1);
  });
});
