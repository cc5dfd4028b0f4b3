import { dayFromYMD, dayToExcelSerial, excelSerialToDay, formatDay, parseDate } from '../../../src/domain/normalise';

const day = (s: string) => Date.parse(s + 'T00:00:00Z') / 86400000;

describe('dates', () => {
  test('Excel serials', () => {
    expect(formatDay(excelSerialToDay(46353))).toBe('2026-11-27');
    expect(parseDate(46353)).toBe(day('2026-11-27'));
    expect(parseDate(46353.75)).toBe(day('2026-11-27')); // time of day dropped
    expect(formatDay(excelSerialToDay(25569))).toBe('1970-01-01');
    expect(formatDay(excelSerialToDay(61))).toBe('1900-03-01');
    expect(formatDay(excelSerialToDay(59))).toBe('1900-02-28');
    expect(formatDay(excelSerialToDay(1))).toBe('1900-01-01');
    expect(dayToExcelSerial(day('2026-11-27'))).toBe(46353);
    for (const serial of [1, 59, 61, 100, 25569, 46353, 2958465])
      expect(dayToExcelSerial(excelSerialToDay(serial))).toBe(serial);
  });

  test.each([
    ['2026-11-27'],
    ['2026/11/27'],
    ['2026.11.27'],
    ['2026年11月27日'],
    ['2026年11月27号'],
    ['2026 年 11 月 27 日'],
    ['２０２６－１１－２７'],
    ['20261127'],
    ['2026-11-27T10:00:00Z'],
    ['2026-11-27T23:59:59+08:00'],
    ['2026-11-27 10:30'],
    ['  2026-11-27  '],
    ['2026/11/27 8:05:00'],
    ['27/11/2026'],
    ['11/27/2026'],
  ])('%s is 2026-11-27', (s) => {
    expect(parseDate(s)).toBe(day('2026-11-27'));
  });

  test('single-digit months and days', () => {
    expect(formatDay(parseDate('2026-1-5')!)).toBe('2026-01-05');
    expect(formatDay(parseDate('2026年1月5日')!)).toBe('2026-01-05');
  });

  test('Date objects and yyyymmdd numbers', () => {
    expect(parseDate(new Date(Date.UTC(2026, 10, 27)))).toBe(day('2026-11-27'));
    expect(parseDate(new Date(2026, 10, 27))).toBe(day('2026-11-27')); // local midnight
    expect(parseDate(new Date('2026-11-27T15:30:00Z'))).toBe(day('2026-11-27'));
    expect(parseDate(20261127)).toBe(day('2026-11-27'));
    expect(parseDate(new Date('nonsense'))).toBeNull();
  });

  test.each([
    ['2026-02-30'],
    ['2026-13-01'],
    ['2026-00-10'],
    ['abc'],
    ['2026-11'],
    ['05/06/2026'],
    ['2026-11-27x'],
    ['20261340'],
    ['1127'],
    ['2026--11-27'],
  ])('%s is not a date', (s) => {
    expect(parseDate(s)).toBeNull();
  });

  test('empty and odd values', () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate(-5)).toBeNull();
    expect(parseDate(NaN)).toBeNull();
    expect(parseDate(true)).toBeNull();
    expect(parseDate(20260230)).toBeNull();
  });

  test('leap years and round trips', () => {
    expect(dayFromYMD(2024, 2, 29)).toBe(day('2024-02-29'));
    expect(dayFromYMD(2025, 2, 29)).toBeNull();
    expect(dayFromYMD(1900, 2, 29)).toBeNull();
    expect(dayFromYMD(2000, 2, 29)).toBe(day('2000-02-29'));
    for (let d = day('1899-12-25'); d < day('2101-01-05'); d += 37) {
      expect(formatDay(d)).toBe(new Date(d * 86400000).toISOString().slice(0, 10));
      expect(parseDate(formatDay(d))).toBe(d);
    }
  });
});

describe("parseDate fast path for 'YYYY-MM-DD'", () => {
  test('gives what the general parse gives (the same text with a leading space takes the general path)', () => {
    let seed = 99;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const mismatches: string[] = [];
    let dates = 0;
    for (let i = 0; i < 5000; i++) {
      const y = String(rnd(3) === 0 ? rnd(10000) : 1900 + rnd(200)).padStart(4, '0');
      const m = String(rnd(15)).padStart(2, '0');
      const d = String(rnd(34)).padStart(2, '0');
      let s = `${y}-${m}-${d}`;
      if (rnd(20) === 0) s = s.slice(0, 9) + ['x', '８', ' '][rnd(3)]; // not all ASCII digits
      const fast = parseDate(s);
      if (fast !== null) dates++;
      if (fast !== parseDate(' ' + s)) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
    expect(dates).toBeGreaterThan(1000);
    expect(5000 - dates).toBeGreaterThan(1000);
  });
});
