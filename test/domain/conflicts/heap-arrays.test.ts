import { doubleColumn } from '../../../src/domain/conflicts/heap-arrays';

describe('doubleColumn', () => {
  test('n entries, all the given value, each a plain number that can hold any double', () => {
    const col = doubleColumn(5, -1);
    expect(col).toEqual([-1, -1, -1, -1, -1]);
    col[2] = 11e13 + 13812345678; // a phone key: beyond 32-bit integers, exact as a double
    col[3] = NaN;
    expect(col[2]).toBe(110013812345678);
    expect(Number.isNaN(col[3])).toBe(true);
    expect(doubleColumn(3, NaN).every((x) => Number.isNaN(x))).toBe(true);
    expect(doubleColumn(0, 1)).toEqual([]);
  });
});
