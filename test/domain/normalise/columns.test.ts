import { idColumn, mapColumn, phoneColumn, dayColumn } from '../../../src/domain/normalise';
import type { CellValue } from '../../../src/domain/table';

describe('whole-column normalisation', () => {
  it('parses each column once and shares the result', () => {
    const column: CellValue[] = ['138 1234 5678', null, '+86 139-0000-1111'];
    const a = phoneColumn(column);
    expect(a.map((p) => p?.key ?? null)).toEqual(['13812345678', null, '13900001111']);
    expect(phoneColumn(column)).toBe(a);
    let calls = 0;
    const f = (v: CellValue) => (calls++, String(v));
    mapColumn(column, 'custom', f);
    mapColumn(column, 'custom', f);
    expect(calls).toBe(3);
  });

  it('keeps separate results per column and per kind', () => {
    const ids: CellValue[] = ['11010519491231002x'];
    expect(idColumn(ids)[0]!.normalised).toBe('11010519491231002X');
    expect(idColumn(['360426199101010071'])[0]!.checkOk).toBe(true);
    const days = dayColumn(['2026-11-27', 'abc']);
    expect(days[0]).toBe(Date.UTC(2026, 10, 27) / 86400000);
    expect(Number.isNaN(days[1])).toBe(true);
  });
});
