/**
 * Group labels come from the group's customers, so a group keeps its label across re-runs
 * while its rows stay together: shuffled rows, other groups resolved or merged.
 */
import { clusterLabels, naturalCompare } from '../../../src/domain/conflicts/labels';
import { matchCustomers } from '../../../src/domain/conflicts';
import { runCheck } from '../../../src/domain/engine';
import { parseDate } from '../../../src/domain/normalise';
import type { CellValue, Table } from '../../../src/domain/table';
import { buildSampleWorkbook } from '../../../src/sample';
import { Rng } from '../../../src/sample';

const TODAY = '2026-06-30';

/** The same table with its rows in another order (each row keeps its cells; worksheet rows renumbered). */
function shuffled(table: Table, seed: number): Table {
  const order = table.rowNumbers.map((_, i) => i);
  const rng = new Rng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const columns: Record<string, CellValue[]> = {};
  for (const [k, col] of Object.entries(table.columns)) columns[k] = order.map((i) => col[i]);
  return { ...table, columns, numericCodes: undefined, uncalculated: undefined };
}

/** label -> the group's CustomerIds, sorted. */
function groupsByLabel(clusters: { id: string; customerIds: string[] }[]): Map<string, string> {
  return new Map(clusters.map((c) => [c.id, [...c.customerIds].sort().join(',')]));
}

describe('clusterLabels', () => {
  const group = (ids: string[], keys: string[] = ids.map(() => 'x')) => ({
    customerIds: ids,
    fallbackKey: (k: number) => keys[k],
  });

  it('names a group after its smallest CustomerId, in natural order', () => {
    expect(clusterLabels([group(['C10', 'C9', ' ']), group(['C000123', 'C000122'])])).toEqual(['G-C9', 'G-C000122']);
    expect(naturalCompare('C9', 'C10')).toBeLessThan(0);
    expect(naturalCompare('C09', 'C9')).not.toBe(0);
    expect(naturalCompare('C000123', 'C122')).toBeGreaterThan(0);
    expect(naturalCompare('A', 'A1')).toBeLessThan(0);
    expect(naturalCompare('X2Y10', 'X2Y9')).toBeGreaterThan(0);
    expect(naturalCompare('0', '00')).not.toBe(0);
    const ids = ['C10', 'B7', 'C9', 'C010', 'c1', 'C1A', 'C1'];
    expect([...ids].sort(naturalCompare)).toEqual(['B7', 'C1', 'C1A', 'C9', 'C010', 'C10', 'c1']);
  });

  it('keeps labels unique when a CustomerId repeats across groups, whatever the groups order', () => {
    const a = group(['C1', 'C5']);
    const b = group(['C1', 'C3']);
    const c = group(['C1', 'C3', 'C4']);
    expect(clusterLabels([a, b, c])).toEqual(['G-C1-3', 'G-C1', 'G-C1-2']);
    expect(clusterLabels([c, a, b])).toEqual(['G-C1-2', 'G-C1-3', 'G-C1']);
    // a suffix never takes a label a group has of its own
    expect(clusterLabels([group(['C1']), group(['C1']), group(['C1-2'])])).toEqual(['G-C1', 'G-C1-3', 'G-C1-2']);
  });

  it('names a group without CustomerIds after its rows, the same in any order', () => {
    const one = clusterLabels([group(['', ''], ['王伟|13800001111', '王伟|13800001112'])]);
    const other = clusterLabels([group(['', ''], ['王伟|13800001112', '王伟|13800001111'])]);
    expect(one[0]).toMatch(/^G-#[0-9A-Z]{1,6}$/);
    expect(other).toEqual(one);
    expect(clusterLabels([group(['', ''], ['李娜|1', '李娜|2'])])).not.toEqual(one);
  });
});

describe('labels across runs', () => {
  const today = parseDate(TODAY)!;
  const sample = buildSampleWorkbook({ seed: 42, today: TODAY, lang: 'zh', customers: 400 });
  const data = sample.readSync();
  const first = runCheck(data, { today, lang: 'zh' });

  it('every group label is unique and names one of its customers', () => {
    const labels = first.clusters.map((c) => c.id);
    expect(first.clusters.length).toBeGreaterThan(5);
    expect(new Set(labels).size).toBe(labels.length);
    for (const c of first.clusters) expect(c.customerIds).toContain(c.id.replace(/^G-/, '').replace(/-\d+$/, ''));
  });

  it('shuffled rows: every group keeps its label', () => {
    for (const seed of [1, 2]) {
      const again = runCheck({ ...data, Customers: shuffled(data.Customers!, seed) }, { today, lang: 'zh' });
      expect(groupsByLabel(again.clusters)).toEqual(groupsByLabel(first.clusters));
    }
  });

  it('other groups resolved (their rows removed, as a merge does): the remaining groups keep their labels', () => {
    const customers = data.Customers!;
    const gone = new Set(first.clusters.slice(0, 3).flatMap((c) => c.rows.slice(1)));
    const keep = customers.rowNumbers.map((_, i) => i).filter((i) => !gone.has(customers.rowNumbers[i]));
    const columns: Record<string, CellValue[]> = {};
    for (const [k, col] of Object.entries(customers.columns)) columns[k] = keep.map((i) => col[i]);
    const smaller: Table = {
      ...customers,
      columns,
      length: keep.length,
      rowNumbers: keep.map((_, n) => customers.headerRow + 1 + n), // rows below a removed one move up
      numericCodes: undefined,
      uncalculated: undefined,
    };
    const again = matchCustomers(smaller, undefined, { lang: 'zh' }).clusters;
    const before = groupsByLabel(first.clusters.slice(3));
    const after = groupsByLabel(again);
    for (const [label, ids] of before) expect([label, after.get(label)]).toEqual([label, ids]);
  });
});
