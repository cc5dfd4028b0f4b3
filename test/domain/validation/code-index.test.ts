import { CodeIndex, codeHash53, repeatedCodes } from '../../../src/domain/validation/context';

describe('CodeIndex (typed-array hash of a code column)', () => {
  it('answers like a Map of the first row of each code, and lists the codes that repeat', () => {
    const codes = ['C1', '', 'C2', 'C1', 'C3', 'C1', 'C2'];
    const index = new CodeIndex(codes);
    expect(index.get('C1')).toBe(0);
    expect(index.get('C2')).toBe(2);
    expect(index.get('C3')).toBe(4);
    expect(index.get('C4')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
    expect(index.has('C3')).toBe(true);
    expect(index.has('c3')).toBe(false);
    expect([...index.repeats]).toEqual([
      ['C1', [0, 3, 5]],
      ['C2', [2, 6]],
    ]);
  });

  it('agrees with a Map on many codes (probing past collisions)', () => {
    const codes: string[] = [];
    for (let i = 0; i < 50000; i++) codes.push('C' + String(i % 40000).padStart(7, '0'));
    const index = new CodeIndex(codes);
    const first = new Map<string, number>();
    codes.forEach((c, i) => first.has(c) || first.set(c, i));
    for (const [c, i] of first) expect(index.get(c)).toBe(i);
    expect(index.repeats.size).toBe(10000);
    expect(index.repeats.get('C0000007')).toEqual([7, 40007]);
    for (let i = 40000; i < 40100; i++) expect(index.has('C' + String(i).padStart(7, '0'))).toBe(false);
  });

  it('repeatedCodes agrees with a Map reference on random codes (few and many repeats, blanks, non-ASCII)', () => {
    let seed = 12345;
    const rand = (k: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return (seed >>> 8) % k;
    };
    const alphabet = ['A', 'B', '7', '客', '户', '-', 'x'];
    for (const [n, distinct] of [
      [10, 5],
      [5000, 4000],
      [20000, 19990],
      [20000, 300],
    ]) {
      const pool: string[] = [''];
      for (let i = 0; i < distinct; i++) {
        let s = '';
        const len = 1 + rand(10);
        for (let k = 0; k < len; k++) s += alphabet[rand(alphabet.length)];
        pool.push(s);
      }
      const codes = Array.from({ length: n }, () => pool[rand(pool.length)]);
      const reference = new Map<string, number[]>();
      codes.forEach((c, i) => {
        if (!c) return;
        const list = reference.get(c);
        if (list) list.push(i);
        else reference.set(c, [i]);
      });
      const expected = [...reference].filter(([, rows]) => rows.length > 1).sort((a, b) => a[1][0] - b[1][0]);
      expect([...repeatedCodes(codes)]).toEqual(expected);
      // the same codes sorted: the ascending fast path sees a repeat and falls back to grouping
      const sorted = codes.filter((c) => c).sort();
      const sortedRepeats = [...repeatedCodes(sorted)].map(([c, rows]) => [c, rows.length]);
      const counts = [...reference].filter(([, rows]) => rows.length > 1).map(([c, rows]) => [c, rows.length]);
      expect(sortedRepeats.sort()).toEqual(counts.sort());
    }
  });

  it('codeHash53 is an exact integer below 2^53 and tells near codes apart', () => {
    const seen = new Set<number>();
    let inexact = 0;
    for (let i = 0; i < 100000; i++) {
      const h = codeHash53('C' + String(i).padStart(7, '0'));
      if (!Number.isSafeInteger(h) || h < 0) inexact++;
      seen.add(h);
    }
    expect(inexact).toBe(0);
    expect(seen.size).toBe(100000);
  });

  it('finds no repeats in strictly ascending codes, and the repeats of ascending-but-for-one codes', () => {
    const ascending = Array.from({ length: 3000 }, (_, i) => 'C' + String(i).padStart(7, '0'));
    expect(repeatedCodes(ascending).size).toBe(0);
    expect(repeatedCodes(['', 'A', '', 'B', 'C', '']).size).toBe(0);
    const withRepeat = [...ascending, 'C0000007'];
    expect([...repeatedCodes(withRepeat)]).toEqual([['C0000007', [7, 3000]]]);
    expect([...repeatedCodes(['A', 'B', 'B', 'C'])]).toEqual([['B', [1, 2]]]);
    expect(codeHash53('AB')).not.toBe(codeHash53('BA'));
  });
});
