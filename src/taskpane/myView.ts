/**
 * "I am …" and "my view" (issue 20): who is using the pane on this machine (remembered in the browser's
 * localStorage, never in the shared workbook), the view each role starts in, and the check's lists
 * narrowed to the rows that person may see (domain/access). Pure but for the storage helpers.
 */
import type { SheetKey } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { readRosterTable, scopeFor, visibleRows, type AccessScope, type RoleKey } from '../domain/access';
import type { ConflictView, IssueGroup } from './viewModel';

/** The localStorage key: per user profile on this machine (the shared workbook never holds it). */
export const IAM_KEY = 'showroom-desk.iam';

export interface IdentityStore {
  get(): string | null;
  set(staffId: string | null): void;
}

/** The browser's localStorage (the pane's WebView keeps it per user); a store that forgets when there is none. */
export function localIdentityStore(storage: Storage | undefined = globalThis.localStorage): IdentityStore {
  return {
    get: () => {
      try {
        return storage?.getItem(IAM_KEY) || null;
      } catch {
        return null;
      }
    },
    set: (id) => {
      try {
        if (id) storage?.setItem(IAM_KEY, id);
        else storage?.removeItem(IAM_KEY);
      } catch {
        // private mode or storage full: the choice lasts this session only
      }
    },
  };
}

export type StartTab = 'check' | 'reviews';

/** Where each role starts: the part of the pane that is their daily job. */
export interface StartView {
  tab: StartTab;
  /** today: the check's daily section; mine: the check's lists narrowed to their rows; queue: finance's reviews; approvals: the GM's. */
  section: 'today' | 'mine' | 'queue' | 'approvals' | 'department';
}

export const START_VIEWS: Record<RoleKey, StartView> = {
  supervisor: { tab: 'check', section: 'today' },
  sales: { tab: 'check', section: 'mine' },
  finance: { tab: 'reviews', section: 'queue' },
  gm: { tab: 'reviews', section: 'approvals' },
  manager: { tab: 'reviews', section: 'department' },
};

export function startViewFor(role: RoleKey | null): StartView | null {
  return role ? START_VIEWS[role] : null;
}

/** The rows one person may see, as worksheet rows per sheet (what the check's lists and the filter use). */
export interface MyRows {
  scope: AccessScope;
  rows: Partial<Record<SheetKey, ReadonlySet<number>>>;
  /** CustomerIds shown by the filter on each sheet keyed by its customer column. */
  customerIds: string[];
}

export function myRows(data: WorkbookData, staffId: string): MyRows {
  const roster = readRosterTable(data.Staff);
  const scope = scopeFor(staffId, roster);
  const visible = visibleRows(scope, data, roster);
  const rows: MyRows['rows'] = {};
  for (const [sheet, indexes] of Object.entries(visible.rows) as [SheetKey, number[]][]) {
    const t = data[sheet]!;
    rows[sheet] = new Set(indexes.map((i) => t.rowNumbers[i]));
  }
  return { scope, rows, customerIds: [...visible.allowed] };
}

/** Is a worksheet row of a sheet in the person's view? Sheets the view says nothing of are. */
export function rowInView(my: MyRows, sheet: SheetKey | 'Audit', row: number): boolean {
  // The Audit sheet's own findings (a broken hash chain) concern the whole workbook: everyone sees them.
  const set = sheet === 'Audit' ? undefined : my.rows[sheet];
  return set ? set.has(row) : true;
}

/** The conflict groups touching the person's customers (a group is theirs to see when any row is). */
export function myConflicts(views: readonly ConflictView[], my: MyRows): ConflictView[] {
  return views.filter((v) => v.rows.some((r) => rowInView(my, 'Customers', r.row)));
}

/** The issue groups narrowed to the person's rows; groups left empty go. */
export function myIssueGroups(groups: readonly IssueGroup[], my: MyRows): IssueGroup[] {
  return groups
    .map((g) => ({ ...g, items: g.items.filter((i) => rowInView(my, i.sheet, i.row)) }))
    .filter((g) => g.items.length > 0);
}

/** The sheets "my view" filters in the workbook, and the column it filters on. */
export const FILTERED_SHEETS: readonly { sheet: SheetKey; field: string }[] = [
  { sheet: 'Customers', field: 'CustomerId' },
  { sheet: 'Ledger', field: 'CustomerId' },
  { sheet: 'Reviews', field: 'CustomerId' },
];
