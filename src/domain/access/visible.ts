/**
 * Which rows of each sheet a person may see, from their scope (scope.ts). A customer's file is its
 * Customers row and every row that names it: Ledger, Reviews and Outings rows follow their CustomerId.
 * - Customers: canSeeCustomer.
 * - Ledger, Reviews: the row's customer is visible (a row naming no known customer is nobody's file: GM only).
 * - Outings: the customer is visible; an outing naming no customer, when its StaffId is in scope (own: theirs).
 * - Duty: the rota rows of the showrooms in scope (finance: none).
 * - Staff, Policy, Weights: company-wide (the roster and the policy are no customer's file): every row, for
 *   anyone who sees anything.
 * Of the add-in's own sheets (ADDIN_ROW_ACCESS): Audit and Archive rows follow the customer they name;
 * Issues, Conflicts, Decisions and Snapshot are left out (a check of the allowed rows makes them again);
 * Lists holds only the dropdowns' labels.
 */
import type { AddinSheetKey, SheetKey } from '../schema';
import { SHEETS, field } from '../schema';
import { parseEnum } from '../headers';
import { cell, text, type WorkbookData } from '../table';
import { staffKey, unitKey, type StaffMember } from './roster';
import { canSeeCustomer, type AccessScope, type CustomerFacts } from './scope';

export interface VisibleRows {
  /** Data-row indexes (0-based, into each Table) the person may see, ascending. */
  rows: Partial<Record<SheetKey, number[]>>;
  /** CustomerIds of the visible customer rows. */
  allowed: ReadonlySet<string>;
  /** CustomerIds of the customer rows left out (never also in allowed: an ID on both sides stays out). */
  excluded: ReadonlySet<string>;
}

/** What happens to each of the add-in's own sheets in a person's view or workbook. */
export const ADDIN_ROW_ACCESS: Record<AddinSheetKey, 'byCustomer' | 'drop' | 'labels'> = {
  Audit: 'byCustomer',
  Archive: 'byCustomer',
  Issues: 'drop',
  Conflicts: 'drop',
  Decisions: 'drop',
  Snapshot: 'drop',
  Lists: 'labels',
  // The supervisor's pending list names other salespeople's customers: never in a person's workbook.
  Pending: 'drop',
};

/** A staff member's showrooms, by staffKey. */
export function showroomIndex(roster: readonly StaffMember[]): (staffId: string) => readonly string[] {
  const map = new Map(roster.map((s) => [staffKey(s.staffId), s.showrooms]));
  return (id) => map.get(staffKey(id)) ?? [];
}

const kindField = field('Customers', 'Kind');

/** The rows of every sheet of `data` this scope may see. */
export function visibleRows(scope: AccessScope, data: WorkbookData, roster: readonly StaffMember[]): VisibleRows {
  const rows: Partial<Record<SheetKey, number[]>> = {};
  const allowed = new Set<string>();
  const excluded = new Set<string>();
  const showroomsOf = showroomIndex(roster);
  const customers = data.Customers;
  if (customers) {
    const seen: number[] = [];
    for (let i = 0; i < customers.length; i++) {
      const facts: CustomerFacts = {
        kind: parseEnum(kindField, cell(customers, 'Kind', i)),
        showroom: cell(customers, 'Showroom', i),
        owner: cell(customers, 'Owner', i),
        coOwner: cell(customers, 'CoOwner', i),
      };
      const id = text(customers, 'CustomerId', i);
      if (canSeeCustomer(scope, facts, showroomsOf)) {
        seen.push(i);
        if (id) allowed.add(id);
      } else if (id) excluded.add(id);
    }
    // a CustomerId on a visible and a hidden row (a duplicate across showrooms): the hidden row's data
    // would follow the ID into the Ledger, so the ID stays out, and so do its visible rows
    for (const id of excluded) allowed.delete(id);
    rows.Customers = scope.level === 'all' ? seen : seen.filter((i) => !excluded.has(text(customers, 'CustomerId', i)));
  }
  const all = scope.level === 'all';
  const customerVisible = (id: string) => all || allowed.has(id);
  for (const def of SHEETS) {
    const t = data[def.key];
    if (!t || def.key === 'Customers') continue;
    const out: number[] = [];
    for (let i = 0; i < t.length; i++) {
      if (rowVisible(def.key, scope, (f) => cell(t, f, i), customerVisible)) out.push(i);
    }
    rows[def.key] = out;
  }
  return { rows, allowed, excluded };
}

function rowVisible(
  sheet: SheetKey,
  scope: AccessScope,
  get: (field: string) => unknown,
  customerVisible: (id: string) => boolean,
): boolean {
  if (scope.level === 'none') return false;
  if (scope.level === 'all') return true;
  const customerId = String(get('CustomerId') ?? '').trim();
  switch (sheet) {
    case 'Ledger':
    case 'Reviews':
      return customerId !== '' && customerVisible(customerId);
    case 'Outings':
      if (customerId) return customerVisible(customerId);
      return scope.level !== 'dealers' && scope.staff.has(staffKey(get('StaffId')));
    case 'Duty':
      return scope.level !== 'dealers' && scope.showrooms.has(unitKey(get('Showroom')));
    default:
      return true; // Staff, Policy, Weights
  }
}

/**
 * May this scope see a row of an add-in sheet that names `customerId` (the Audit's customer column, an
 * archived row's CustomerId)? A row naming no customer is the GM's alone; so is one that also names an
 * excluded customer anywhere in its cells (a merge's re-pointed reference names both).
 */
export function canSeeAddinRow(
  scope: AccessScope,
  sheet: AddinSheetKey,
  customerId: string,
  cells: readonly unknown[],
  visible: Pick<VisibleRows, 'allowed' | 'excluded'>,
): boolean {
  if (ADDIN_ROW_ACCESS[sheet] !== 'byCustomer') return false;
  if (scope.level === 'all') return true;
  if (!customerId || !visible.allowed.has(customerId)) return false;
  return !cells.some((c) => typeof c === 'string' && visible.excluded.has(c.trim()));
}
