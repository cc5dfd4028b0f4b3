/**
 * The add-in's status columns (校验 Check, 冲突组 ConflictGroup) hold only what it writes: a
 * status text starting with one of its markers. A column under that header holding anything
 * else is the user's own: the add-in does not write over it (runCheck leaves the column out of
 * its status) and says so here, once per column, at the first such row.
 *
 * DESIGN.md: the add-in writes only to places that belong to it; never lose a cell the user typed.
 */
import type { Issue } from '../../issues';
import type { Table } from '../../table';
import { isStatusText } from '../../status-markers';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const STATUS_COLUMN_USER: RuleSpec = {
  id: 'customer.status.user',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: [] },
};

/** The add-in's columns on the Customers table. */
export const STATUS_FIELDS = ['Check', 'ConflictGroup'] as const;

/** First data row whose cell of this status column the add-in cannot have written; -1 when none. */
export function firstUserValue(table: Table, field: string): number {
  const col = table.columns[field];
  if (!col) return -1;
  for (let i = 0; i < col.length; i++) if (!isStatusText(col[i])) return i;
  return -1;
}

export function checkStatusColumnsAreOurs(ctx: ValidationContext): Issue[] {
  const tb = ctx.table('Customers');
  const r = ctx.reporter(STATUS_COLUMN_USER);
  if (!tb) return r.done();
  for (const field of STATUS_FIELDS) {
    const i = firstUserValue(tb, field);
    if (i >= 0)
      r.add(i, field, { column: ctx.columnLabel('Customers', field), value: String(tb.columns[field][i]).trim() });
  }
  return r.done();
}
