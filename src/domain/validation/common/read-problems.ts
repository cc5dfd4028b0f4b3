/**
 * What the three file rules share (file-quote, file-bytes, file-limits): the reader's findings
 * (Table.readProblems, listed by the CSV reader) of one kind, each located to its worksheet row
 * and to the column's field when the add-in reads that column.
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import type { ReadProblem, Table } from '../../table';
import { columnLetter } from '../../a1';
import type { Params, ValidationContext } from '../context';
import type { RuleSpec } from '../types';

/** The field read from a 0-based worksheet column of a table, if the add-in reads that column. */
export function fieldAtColumn(tb: Table, column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  for (const [key, c] of Object.entries(tb.mapping.columns)) if (c + tb.firstColumn === column) return key;
  return undefined;
}

/** A count as people write it: 1,048,576. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/** Reports each read problem of a kind through its rule's spec; params(p) fills the message. */
export function reportReadProblems(
  ctx: ValidationContext,
  sheet: SheetKey,
  spec: RuleSpec,
  kind: ReadProblem['kind'],
  params: (p: ReadProblem, tb: Table) => { params: Params; variant?: string; row?: number },
): Issue[] {
  const tb = ctx.table(sheet);
  const problems = tb?.readProblems?.filter((p) => p.kind === kind);
  if (!tb || !problems?.length) return [];
  const r = ctx.reporter(spec);
  for (const p of problems) {
    const filled = params(p, tb);
    const column = p.column === undefined ? '' : columnLetter(p.column);
    r.addAt(
      filled.row ?? p.row,
      fieldAtColumn(tb, p.column),
      { column, line: p.line ?? '', ...filled.params },
      filled.variant,
    );
  }
  return r.done();
}
