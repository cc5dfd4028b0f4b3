import {
  chunkRowsFor,
  columnIndex,
  columnLetter,
  jsonBytes,
  parseAddress,
  quoteSheet,
  rangeAddress,
  rowAreasAddresses,
  rowChunks,
  rowSpans,
  searchLiteral,
  splitRowsByBytes,
  statusFormula,
  statusFormulaMarker,
} from '../../../src/workbook/office/address';

describe('column letters', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i <-> %s', (i, s) => {
    expect(columnLetter(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });
  test('rejects columns Excel does not have', () => {
    expect(() => columnLetter(16384)).toThrow(RangeError);
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });
});

describe('addresses', () => {
  test('rangeAddress and parseAddress round-trip, with quoted sheet names', () => {
    expect(rangeAddress(2, 0, 2, 23)).toBe('A2:X2');
    expect(rangeAddress(5, 2, 5, 2)).toBe('C5');
    expect(parseAddress("'客户 档案'!$B$3:$D$9")).toEqual({
      sheet: '客户 档案',
      rect: { firstRow: 3, lastRow: 9, firstColumn: 1, lastColumn: 3 },
    });
    expect(parseAddress('X57').rect).toEqual({ firstRow: 57, lastRow: 57, firstColumn: 23, lastColumn: 23 });
    expect(() => parseAddress('not an address')).toThrow();
  });
  test('quoteSheet quotes anything but plain names and doubles quotes', () => {
    expect(quoteSheet('Lists')).toBe('Lists');
    expect(quoteSheet('列表')).toBe("'列表'");
    expect(quoteSheet("O'Brien's")).toBe("'O''Brien''s'");
  });
});

describe('RangeAreas addresses', () => {
  test('merges consecutive rows and sorts', () => {
    expect(rowSpans([57, 2, 3, 4, 57, 10])).toEqual([
      [2, 4],
      [10, 10],
      [57, 57],
    ]);
    expect(rowAreasAddresses([57, 2], 0, 23)).toEqual(['A2:X2,A57:X57']);
    expect(rowAreasAddresses([2, 3, 4], 4, 4)).toEqual(['E2:E4']);
    expect(rowAreasAddresses([], 0, 3)).toEqual([]);
  });
  test('splits lists longer than the 8192-character limit and never exceeds it', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => 2 + i * 2); // no two consecutive
    const parts = rowAreasAddresses(rows, 0, 23);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(8192);
    const areas = parts.flatMap((p) => p.split(','));
    expect(areas).toHaveLength(5000);
    expect(areas[0]).toBe('A2:X2');
    expect(areas[4999]).toBe(`A${2 + 4999 * 2}:X${2 + 4999 * 2}`);
    expect(rowAreasAddresses([2, 4, 6], 0, 1, 10)).toEqual(['A2:B2', 'A4:B4', 'A6:B6']);
  });
});

describe('chunks', () => {
  test('rowChunks covers every row once', () => {
    expect(rowChunks(2, 12001, 5000)).toEqual([
      { first: 2, count: 5000 },
      { first: 5002, count: 5000 },
      { first: 10002, count: 2000 },
    ]);
    expect(rowChunks(2, 1, 5000)).toEqual([]);
  });
  test('chunkRowsFor starts at 5,000 and shrinks to keep a chunk under the budget', () => {
    expect(chunkRowsFor(20)).toBe(5000);
    expect(chunkRowsFor(20, 2000)).toBe(Math.floor((4 * 1024 * 1024) / 2000));
    expect(chunkRowsFor(20, 10_000_000)).toBe(1);
    expect(chunkRowsFor(20, 100, 1000, 50)).toBe(10);
  });
  test('jsonBytes counts UTF-8 bytes', () => {
    expect(jsonBytes('a')).toBe(3);
    expect(jsonBytes('王')).toBe(5);
    expect(jsonBytes([['😀']])).toBe(10);
  });
  test('splitRowsByBytes bounds bytes and rows', () => {
    const rows = Array.from({ length: 10 }, () => ['x'.repeat(100)]);
    const parts = splitRowsByBytes(rows, 350, 100);
    expect(parts).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(splitRowsByBytes(rows, 1e9, 4).map(([a, b]) => b - a)).toEqual([4, 4, 2]);
  });
});

describe('status formulas', () => {
  test('escape SEARCH wildcards and quotes, and are recognised again', () => {
    expect(searchLiteral('a*b?c~"d')).toBe('a~*b~?c~~""d');
    const f = statusFormula(22, 2, '⚑');
    expect(f).toBe('=ISNUMBER(SEARCH("⚑",$W2))');
    expect(statusFormulaMarker(f)).toBe('⚑');
    expect(statusFormulaMarker(statusFormula(3, 7, 'x*"y'))).toBe('x*"y');
    expect(statusFormulaMarker('=ISNUMBER(SEARCH("⚑",$W$2))')).toBe('⚑');
    expect(statusFormulaMarker('=$W2="x"')).toBeNull();
  });
});
