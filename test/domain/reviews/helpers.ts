import type { CellValue, Table } from '../../../src/domain/table';
import type { SheetKey } from '../../../src/domain/schema';
import { SHEET_BY_KEY } from '../../../src/domain/schema';
import { dayFromYmd } from '../../../src/domain/reviews';

/** A Table from plain records; headers are the zh labels of the fields used (row 1), data from row 2. */
export function makeTable(
  sheet: SheetKey,
  records: Record<string, CellValue>[],
  opts: { tableName?: string; sourceName?: string } = {},
): Table {
  const def = SHEET_BY_KEY[sheet];
  const keys = def.fields.map((f) => f.key).filter((k) => records.some((r) => k in r));
  const columns: Record<string, CellValue[]> = {};
  for (const k of keys) columns[k] = records.map((r) => (k in r ? r[k] : null));
  return {
    sheet,
    sourceName: opts.sourceName ?? def.zh,
    tableName: opts.tableName,
    headerRow: 1,
    firstColumn: 0,
    headers: keys.map((k) => def.fields.find((f) => f.key === k)!.zh),
    mapping: { columns: Object.fromEntries(keys.map((k, i) => [k, i])), extra: [], missing: [], matchedLabels: {} },
    length: records.length,
    rowNumbers: records.map((_, i) => i + 2),
    columns,
  };
}

export const day = (s: string): number => {
  const [y, m, d] = s.split('-').map(Number);
  return dayFromYmd(y, m, d);
};

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
