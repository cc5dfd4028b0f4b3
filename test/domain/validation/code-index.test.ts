import { CodeIndex } from '../../../src/domain/validation/context';

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
});
