/**
 * Required customer fields, by kind: every customer needs an ID, kind, name, phone,
 * showroom, owner, first contact and stage; a dealer also needs a contact person
 * (schema.ts `required`, read through isRequired).
 *
 * Regulations §5: 对所有的客户都应建立相应的档案; 客户档案必须及时、完整、真实地反映客户信息.
 * 经销商客户指购买汽车后再次出售的合法经营者 — a business, so someone to talk to (联系人).
 */
import type { Issue } from '../../issues';
import { CUSTOMERS, isRequired, type FieldDef } from '../../schema';
import { uncalculatedRows, type CellValue } from '../../table';
import { isBlank, isBlankRow, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const REQUIRED_BY_KIND: RuleSpec = {
  id: 'customer.required',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: [] },
};

/** A required cell is blank (for dealers, Contact is required too). */
export function checkRequiredByKind(ctx: ValidationContext): Issue[] {
  const tb = ctx.table('Customers');
  if (!tb) return [];
  const r = ctx.reporter(REQUIRED_BY_KIND);
  const kinds = ctx.has('Customers', ['Kind']) ? ctx.enumKeys('Customers', 'Kind') : null;
  const kindBodies = new Map<string, string>();
  for (const f of CUSTOMERS.fields) {
    const col = tb.columns[f.key];
    if (!col || !f.required || f.owner === 'addin') continue;
    const always = f.required === 'always';
    // a field required for one kind only: rows of other kinds are skipped in the scan
    const blank = blankCells(ctx, f, col, tb.length, always ? null : kinds);
    const formulas = uncalculatedRows(tb, f.key);
    for (let b = 0; b < blank.length; b++) {
      const i = blank[b];
      if (formulas?.has(i)) continue;
      const kind = kinds ? (kinds[i] ?? undefined) : undefined;
      if (!always && !isRequired(f, kind)) continue;
      if (isBlankRow(tb, i)) continue;
      if (always) r.add(i, f.key);
      else {
        let body = kindBodies.get(kind!);
        if (body === undefined) {
          body = r.body({ kind: ctx.enumText('Customers', 'Kind', kind!) }, 'kind');
          kindBodies.set(kind!, body);
        }
        r.addBody(i, f.key, body);
      }
    }
  }
  return r.done();
}

/**
 * Rows whose cell of this field is blank. With `kinds` (a field some kinds need), a text field's
 * cells are looked at only on rows whose kind needs it; the caller checks the kind of every row.
 * A cell that a shared parse already read as a value is filled, so its text is not looked at
 * again (reading a million scattered strings is most of this rule's cost). One small loop per
 * kind of column: each is optimised once, for one kind of array, instead of one loop recompiled
 * as each field brings another.
 */
function blankCells(
  ctx: ValidationContext,
  f: FieldDef,
  col: readonly CellValue[],
  n: number,
  kinds: readonly (string | null)[] | null,
): number[] {
  if (f.type === 'enum') return blankWhereNull(ctx.enumKeys('Customers', f.key), col, n);
  if (f.type === 'date') return blankWhereNaN(ctx.days('Customers', f.key), col, n);
  // a phone with digits in it is not blank (the key is '' for a blank cell)
  if (f.type === 'phone') return blankWhereEmpty(ctx.phones().key, col, n);
  if (kinds) return blankTextOfKind(col, n, f, kinds);
  return blankText(col, n);
}

function blankWhereNull(keys: readonly (string | null)[], col: readonly CellValue[], n: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (keys[i] === null && isBlank(col[i])) rows.push(i);
  return rows;
}

function blankWhereNaN(days: ArrayLike<number>, col: readonly CellValue[], n: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isNaN(days[i]) && isBlank(col[i])) rows.push(i);
  return rows;
}

function blankWhereEmpty(keys: readonly string[], col: readonly CellValue[], n: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (keys[i] === '' && isBlank(col[i])) rows.push(i);
  return rows;
}

function blankText(col: readonly CellValue[], n: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (isBlank(col[i])) rows.push(i);
  return rows;
}

/** blankText of the rows whose kind requires the field (a dealer's Contact: most rows are end customers). */
function blankTextOfKind(
  col: readonly CellValue[],
  n: number,
  f: FieldDef,
  kinds: readonly (string | null)[],
): number[] {
  const rows: number[] = [];
  let lastKind: string | null | undefined;
  let lastRequired = false;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind !== lastKind) {
      lastKind = kind;
      lastRequired = isRequired(f, kind ?? undefined);
    }
    if (lastRequired && isBlank(col[i])) rows.push(i);
  }
  return rows;
}
