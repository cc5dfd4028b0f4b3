/**
 * Reports cells an adapter listed (field key -> data-row indexes, as Table.uncalculated and
 * Table.errorValues), one issue each, in sheet order (row, then column); params(field, k) fills the
 * message of the k-th cell listed for that field.
 */
export function reportListedCells(
  ctx: ValidationContext,
  sheet: SheetKey,
  spec: RuleSpec,
  listed: Record<string, number[]> | undefined,
  params: (field: string, k: number) => Params = () => ({}),
): Issue[] {
  const tb = ctx.table(sheet);
  if (!tb || !listed) return [];
  const r = ctx.reporter(spec);
  const cells: [number, string, number][] = [];
  for (const [field, rows] of Object.entries(listed)) rows.forEach((i, k) => cells.push([i, field, k]));
  const columnOf = (field: string) => tb.mapping.columns[field] ?? 0;
  cells.sort((a, b) => a[0] - b[0] || columnOf(a[1]) - columnOf(b[1]));
  for (const [i, field, k] of cells) r.add(i, field, params(field, k));
  return r.done();
}

/**
 * Walking a sheet's cells for the rules about single cells, in sheet order (row, then column), as
 * a person reads the sheet: the cells an adapter listed (uncalculated-formula, error-value), and
 * the text cells whose text a test picks (control-characters, cell-too-long).
 */
import type { SheetKey } from '../../schema';
import type { Params, ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import type { Issue } from '../../issues';
import type { CellValue } from '../../table';

/**
 * Calls found(i, field, text) for each text cell that a pattern matches, or that is longer than a
 * length, in sheet order. The test is inline in the loop: a predicate called per cell cost 15% more.
 */
export function forEachTextCell(
  ctx: ValidationContext,
  sheet: SheetKey,
  pick: { matching: RegExp } | { longerThan: number },
  found: (i: number, field: string, s: string) => void,
): void {
  const pattern = 'matching' in pick ? pick.matching : null;
  const length = 'longerThan' in pick ? pick.longerThan : 0;
  const hits: [number, number, string, string][] = [];
  eachColumn(ctx, sheet, (field, column, col) => {
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (typeof v === 'string' && (pattern ? pattern.test(v) : v.length > length)) hits.push([i, column, field, v]);
    }
  });
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [i, , field, s] of hits) found(i, field, s);
}

function eachColumn(
  ctx: ValidationContext,
  sheet: SheetKey,
  fn: (field: string, column: number, col: readonly CellValue[]) => void,
): void {
  const tb = ctx.table(sheet);
  if (!tb) return;
  for (const [field, col] of Object.entries(tb.columns)) fn(field, tb.mapping.columns[field] ?? 0, col);
}
