/**
 * What the "resolve" dialog proposes for a group: its rows side by side, field by field, with the
 * row to keep and the value to keep per field pre-selected. The kept row is the first registration
 * (earliest FirstContact; rows without a date after dated ones; ties by the earlier row), as the
 * regulations give the customer to whoever registered first. Per field the proposal keeps the
 * non-empty value of the row followed up last (latest LastContact; ties: the kept row, then the
 * earlier row), since that is the freshest information; the registration date and the ID stay the
 * kept row's. Pure: no I/O.
 */
import { parseDate } from './normalise';
import { CUSTOMERS, userFields } from './schema';
import type { CellValue, Table } from './table';
import { cell } from './table';
import { rowIndexOf } from './row-index';

/** The part of a group the proposal needs. */
export interface ProposalGroup {
  id: string;
  rows: readonly number[];
  suggestedOwner: string;
}

/** One field of the comparison: each row's value, and the row whose value is pre-selected. */
export interface FieldComparison {
  key: string;
  /** One per group row, in the group's order. */
  values: CellValue[];
  /** The row whose value the kept row ends with. */
  chosenRow: number;
  /** Whether the rows' non-empty values differ (the dialog shows the others folded). */
  differs: boolean;
}

export interface ResolutionProposal {
  group: string;
  rows: number[];
  keepRow: number;
  /** The owner pre-selected: the suggested one (first registration), else the kept row's. */
  owner: string;
  /** The kept row's second salesperson ('' when none). */
  coOwner: string;
  fields: FieldComparison[];
  /** field key -> row, for the fields whose chosen value is not the kept row's (what applyMerges takes). */
  pick: Record<string, number>;
}

/** Fields the dialog does not pick per row: the ID and the registration date stay the kept row's; owners are chosen apart. */
const KEPT_ROW_FIELDS = new Set(['CustomerId', 'FirstContact']);
const CHOSEN_APART = new Set(['Owner', 'CoOwner']);

export function proposeResolution(table: Table, group: ProposalGroup): ResolutionProposal {
  const at = rowIndexOf(table);
  const rows = group.rows.filter((r) => at(r) >= 0);
  const day = (key: string, row: number) => parseDate(cell(table, key, at(row)));
  const keepRow = earliest(rows, (r) => day('FirstContact', r));
  const byFollowUp = [keepRow, ...rows.filter((r) => r !== keepRow)].sort(
    (a, b) => (day('LastContact', b) ?? -Infinity) - (day('LastContact', a) ?? -Infinity),
  );
  const fields: FieldComparison[] = [];
  const pick: Record<string, number> = {};
  for (const f of userFields(CUSTOMERS)) {
    if (!table.columns[f.key] || CHOSEN_APART.has(f.key)) continue;
    const values = rows.map((r) => cell(table, f.key, at(r)));
    const filled = rows.filter((_, k) => !blank(values[k]));
    let chosenRow = keepRow;
    if (KEPT_ROW_FIELDS.has(f.key))
      chosenRow = blank(cell(table, f.key, at(keepRow))) ? (filled[0] ?? keepRow) : keepRow;
    else chosenRow = byFollowUp.find((r) => !blank(cell(table, f.key, at(r)))) ?? keepRow;
    // the same value as the kept row's is no change: the kept row keeps it
    const kept = cell(table, f.key, at(keepRow));
    if (!blank(kept) && comparable(kept) === comparable(cell(table, f.key, at(chosenRow)))) chosenRow = keepRow;
    const distinct = new Set(filled.map((r) => comparable(cell(table, f.key, at(r)))));
    fields.push({ key: f.key, values, chosenRow, differs: distinct.size > 1 });
    if (chosenRow !== keepRow) pick[f.key] = chosenRow;
  }
  const ownerOfKept = String(cell(table, 'Owner', at(keepRow)) ?? '').trim();
  const coOwner = String(cell(table, 'CoOwner', at(keepRow)) ?? '').trim();
  return { group: group.id, rows, keepRow, owner: group.suggestedOwner || ownerOfKept, coOwner, fields, pick };
}

/** The row with the smallest day (rows without one last), ties by the earlier row (sort is stable). */
function earliest(rows: readonly number[], dayOf: (row: number) => number | null): number {
  return [...rows].sort((a, b) => (dayOf(a) ?? Infinity) - (dayOf(b) ?? Infinity) || a - b)[0];
}

function blank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || String(v).trim() === '';
}

function comparable(v: CellValue): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}
