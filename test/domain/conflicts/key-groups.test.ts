import {
  KeyEntries,
  KeyGroups,
  firstEqualEntries,
  mix32,
  sortIndexesByHash,
} from '../../../src/domain/conflicts/key-groups';

function groupsOf(entries: Array<[number, number]>): Array<{ key: number; rows: number[] }> {
  const e = new KeyEntries();
  for (const [key, row] of entries) e.add(key, row);
  const out: Array<{ key: number; rows: number[] }> = [];
  KeyGroups.fromEntries(e).forEachGroup((rows, count, key) =>
    out.push({ key, rows: Array.from(rows.subarray(0, count)) }),
  );
  return out.sort((a, b) => a.key - b.key);
}

describe('KeyGroups (sort-based grouping)', () => {
  test('keeps only keys shared by two or more entries, rows in entry order', () => {
    const g = groupsOf([
      [5, 0],
      [7, 1],
      [5, 2],
      [9, 3],
      [7, 4],
      [5, 5],
      [2 ** 52 + 3, 6],
      [2 ** 52 + 3, 7],
    ]);
    expect(g).toEqual([
      { key: 5, rows: [0, 2, 5] },
      { key: 7, rows: [1, 4] },
      { key: 2 ** 52 + 3, rows: [6, 7] },
    ]);
  });

  test('keys whose 32-bit mixes collide are told apart by the exact key', () => {
    // lo ^ imul(hi, 0x9e3779b1) is the same for (lo 0, hi 1) and (lo 0x9e3779b1, hi 0)
    const a = 2 ** 32;
    const b = 0x9e3779b1;
    const g = groupsOf([
      [a, 0],
      [b, 1],
      [a, 2],
      [b, 3],
      [b, 4],
    ]);
    expect(g).toEqual([
      { key: b, rows: [1, 3, 4] },
      { key: a, rows: [0, 2] },
    ]);
    // a collision with a single partner each is not a group
    expect(
      groupsOf([
        [a, 0],
        [b, 1],
      ]),
    ).toEqual([]);
  });

  test('agrees with a Map on many random keys', () => {
    let seed = 12345;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const entries: Array<[number, number]> = [];
    for (let r = 0; r < 20000; r++) entries.push([(rnd() % 5000) * 1e9 + (rnd() % 3), r]);
    const ref = new Map<number, number[]>();
    for (const [k, r] of entries) (ref.get(k) ?? ref.set(k, []).get(k)!).push(r);
    const expected = [...ref]
      .filter(([, rows]) => rows.length >= 2)
      .map(([key, rows]) => ({ key, rows }))
      .sort((a, b) => a.key - b.key);
    expect(groupsOf(entries)).toEqual(expected);
  });

  /** Groups in the order forEachGroup gives them. */
  function groupsInOrder(entries: Array<[number, number]>): Array<{ key: number; rows: number[] }> {
    const e = new KeyEntries();
    for (const [key, row] of entries) e.add(key, row);
    const out: Array<{ key: number; rows: number[] }> = [];
    KeyGroups.fromEntries(e).forEachGroup((rows, count, key) =>
      out.push({ key, rows: Array.from(rows.subarray(0, count)) }),
    );
    return out;
  }

  /** The same groups from a Map, ordered by the key's 32-bit mix, then by first row (as the sort orders them). */
  function referenceGroups(entries: Array<[number, number]>): Array<{ key: number; rows: number[] }> {
    const ref = new Map<number, number[]>();
    for (const [k, r] of entries) (ref.get(k) ?? ref.set(k, []).get(k)!).push(r);
    return [...ref]
      .filter(([, rows]) => rows.length >= 2)
      .map(([key, rows]) => ({ key, rows }))
      .sort((a, b) => mix32(a.key) - mix32(b.key) || a.rows[0] - b.rows[0]);
  }

  test.each([
    ['small pass (one counting table)', 30000, 20000],
    ['big pass, mostly keys seen once (counted partition by partition)', 70000, 1e9],
    ['big pass, most keys shared', 70000, 20000],
  ])('%s: the same groups, in the same order, as a Map', (_name, count, distinct) => {
    let seed = 777;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const entries: Array<[number, number]> = [];
    for (let r = 0; r < count; r++) {
      // phone-like numbers: a few repeated on purpose, plus two keys whose 32-bit mixes collide
      const key = r % 97 === 0 ? 11e13 + (r % 5) : 11e13 + (((rnd() % distinct) * 7919) % 1e11);
      entries.push([key, r]);
    }
    entries.push([2 ** 32, count], [0x9e3779b1, count + 1], [2 ** 32, count + 2], [0x9e3779b1, count + 3]);
    const got = groupsInOrder(entries);
    expect(got.length).toBeGreaterThan(5);
    const expected = referenceGroups(entries);
    expect(got.length).toBe(expected.length);
    // compared as text: toEqual on tens of thousands of groups is slow
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  });
});

describe('firstEqualEntries (grouping by sorting on a 32-bit hash)', () => {
  /** A small deterministic generator (tests must not depend on Math.random's seed). */
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  test('sortIndexesByHash orders by unsigned hash, equal hashes in index order', () => {
    const rnd = random(7);
    const hash = Uint32Array.from({ length: 5000 }, () => Math.floor(rnd() * 40) * 0x07654321);
    const { hash: sorted, idx } = sortIndexesByHash(hash, hash.length);
    const expected = Array.from(hash.keys()).sort((a, b) => hash[a] - hash[b] || a - b);
    expect(Array.from(idx.subarray(0, hash.length))).toEqual(expected);
    expect(Array.from(sorted.subarray(0, hash.length))).toEqual(expected.map((k) => hash[k]));
  });

  test('gives each entry the first entry with an equal value, also when hashes collide', () => {
    const rnd = random(11);
    for (const buckets of [1, 5, 1000]) {
      const values = Array.from({ length: 3000 }, () => Math.floor(rnd() * 700));
      // few distinct hashes: many different values share one
      const hash = Uint32Array.from(values, (v) => (v % buckets) * 0x9e3779b1);
      const first = firstEqualEntries(hash, values.length, (a, b) => values[a] === values[b]);
      const firstOf = new Map<number, number>();
      const expected = values.map((v, k) => {
        if (!firstOf.has(v)) firstOf.set(v, k);
        return firstOf.get(v);
      });
      expect(Array.from(first.subarray(0, values.length))).toEqual(expected);
    }
  });

  test('only the first m entries count', () => {
    const hash = Uint32Array.from([3, 3, 3, 3]);
    expect(Array.from(firstEqualEntries(hash, 2, () => true).subarray(0, 2))).toEqual([0, 0]);
  });
});
