/**
 * The update after a merge, from the rows it touched (see update-after-action for the other
 * actions). A merge fills the kept row's empty cells, may re-point other sheets' CustomerId cells
 * to the kept customer, and removes the other rows: every worksheet row below them moves up.
 *
 *  - Validation. The row-local Customers rules run again on the kept row; the issues of the other
 *    rows stay, moved to their new row (the message's "where" written for it). The rules that look
 *    across rows (a repeated CustomerId, ledger and customer lookups, the status columns) run
 *    again on the whole data, and so does every rule of another sheet the merge edited.
 *  - Matching. The match state loses the removed rows (conflicts/after-removal.ts: name counts
 *    counted down, chance agreements estimated again, null when a removed row took part in a
 *    table-wide finding). Matched again: the kept row, the rows whose name counts changed and
 *    every row either was scored with (a block they share), and every group and listed pair below
 *    the first removed row (their row numbers, in reasons and messages, change), with the groups
 *    and refused pairs tied to them. The rest keeps its groups, pairs and messages: its rows and
 *    scores did not change.
 *  - Status cells: those of the rows matched again or whose issues may have changed, against the
 *    columns as the sheet holds them after the removal.
 * Null when the kept row's evidence changed (a filled phone, ID, name...: its blocks are new) or
 * a table-wide finding moved: the caller then runs the engine on the data in memory.
 */
import { SHEET_BY_KEY, type SheetKey } from '../domain/schema';
import type { Issue } from '../domain/issues';
import type { Table, WorkbookData } from '../domain/table';
import { pickRows, pickValues } from '../domain/table';
import { OWNER_CANNOT_KEEP_RULES, checkColumn, type CheckResult } from '../domain/engine';
import { RULES, RULE_BY_ID, createValidationContext, validateWorkbook } from '../domain/validation';
import { codeKey } from '../domain/validation/context';
import { attachWarnings, relabelClusters, rematchRows, type MatchState } from '../domain/conflicts';
import { comparedWith, matchStateAfterRemoval } from '../domain/conflicts/after-removal';
import { prepareRows, preparedPlainCells } from '../domain/conflicts/prepare';
import type { ReplacedRow } from '../domain/conflicts/replaced-row';
import {
  CROSS_ROW_READS,
  nextPossible,
  groupsUpdate,
  nextStatus,
  nextSuspicious,
  regionOf,
  rowIndexOf,
  type ActionChange,
  type ActionUpdate,
  type CheckState,
  type StatusCellEdit,
} from './update-after-action';

type MergeChange = Extract<ActionChange, { kind: 'merge' }>;

/** Customers cells the matcher prepares with the whole table (CustomerId, Owner, FirstContact it reads as they are). */
const EVIDENCE = new Set(['Phone', 'IdNumber', 'Name', 'Contact', 'BirthDate', 'City', 'Kind', 'Address']);

/** Worksheet rows after the removal: a row moves up by the removed rows above it. */
function rowMover(removed: readonly number[]): (row: number) => number {
  const sorted = removed.slice().sort((a, b) => a - b);
  return (row) => {
    let shift = 0;
    while (shift < sorted.length && sorted[shift] < row) shift++;
    return row - shift;
  };
}

/**
 * The state after a merge from `previous` (the check before it) and `next` (its data already
 * changed, see applyChange); null when only the engine can say (see the header).
 */
export function updateAfterMerge(
  previous: CheckState,
  next: CheckState,
  state: MatchState,
  change: MergeChange,
): ActionUpdate | null {
  const before = previous.result;
  const customers = next.data.Customers!;
  const customerEdits = change.edits.filter((e) => e.sheet === 'Customers');
  if (!change.removed.length) return null;
  const moved = rowMover(change.removed);
  const removedRows = new Set(change.removed);
  const keptRows = change.rows.filter((r) => !removedRows.has(r));
  const evidenceFilled = customerEdits.some((e) => EVIDENCE.has(e.field));
  if (evidenceFilled && keptRows.length !== 1) return null;

  const validated = revalidateAfterMerge(previous, next, change, moved);
  if (!validated) return null;
  const { issues, touched, sheets } = validated;

  const indexBefore = rowIndexOf(previous.data.Customers!);
  const removedIndexes = change.removed.map(indexBefore);
  const indexOf = rowIndexOf(customers);
  const replaced = evidenceFilled ? replacedRow(previous.data.Customers!, customers, keptRows[0], moved) : undefined;
  const after = matchStateAfterRemoval(state, removedIndexes, customers.rowNumbers, previous.data.Customers!, replaced);
  if (!after) return null;
  for (const row of keptRows) refreshPlainCells(after.state, customers, indexOf(moved(row)));

  // the rows matched again, as rows before the merge (see the header)
  const cut = Math.min(...change.removed);
  // a filled kept row can now share a block with the rows the removed ones were scored with
  const changed = new Set([...keptRows.map(indexBefore), ...after.recounted, ...(replaced ? removedIndexes : [])]);
  const seeds = new Set<number>([...keptRows, ...after.recounted.map((i) => state.p.rowNumbers[i])]);
  for (const i of comparedWith(state, changed)) seeds.add(state.p.rowNumbers[i]);
  for (const c of before.clusters) if (c.rows[c.rows.length - 1] >= cut) for (const r of c.rows) seeds.add(r);
  for (const x of [...before.suspicious, ...state.possible]) if (x.rows[1] >= cut) for (const r of x.rows) seeds.add(r);
  for (const r of removedRows) seeds.delete(r);
  const regionBefore = regionOf(before, state, [...seeds], indexBefore).filter((i) => after.newIndexOf[i] >= 0);
  if (regionBefore.some((i) => state.inOversizedWeak[i] === 1)) return null;
  const region = regionBefore.map((i) => after.newIndexOf[i]);

  const cannotKeep = new Set<number>();
  for (const issue of issues)
    if (issue.sheet === 'Customers' && OWNER_CANNOT_KEEP_RULES.includes(issue.rule)) cannotKeep.add(issue.row);
  const sub = rematchRows(after.state, region, {
    lang: next.lang,
    notSame: next.notSame,
    ownerCannotKeep: cannotKeep,
  });

  // what lies above the first removed row and outside the region keeps its rows and texts
  const inRegion = new Set(region.map((i) => customers.rowNumbers[i]));
  const regionRowsBefore = new Set(regionBefore.map((i) => state.p.rowNumbers[i]));
  // a pair (rows ascending) with a row from the cut on was matched again, or named a removed row
  const untouched = (x: { rows: number[] }) => x.rows[1] < cut;
  const clusters = before.clusters
    .filter((c) => c.rows[c.rows.length - 1] < cut && !regionRowsBefore.has(c.rows[0]))
    .map((c) => ({ ...c }))
    .concat(sub.clusters)
    .sort((a, b) => a.rows[0] - b.rows[0]);
  relabelClusters(sub.state, clusters, indexOf);
  const suspicious = nextSuspicious(
    before.suspicious.filter(untouched),
    sub.suspicious,
    inRegion,
    next,
    sub.state,
    indexOf,
  );
  attachWarnings(clusters, suspicious);
  const possibleAll = nextPossible(state.possible.filter(untouched), sub.possible, inRegion, next, sub.state, indexOf);
  const matchState: MatchState = { ...sub.state, possible: possibleAll };

  for (const row of inRegion) touched.add(row);
  const status = statusAfterMerge(before, next.data, issues, clusters, touched, removedIndexes, sheets, next.lang);
  return groupsUpdate(next, before, { issues, clusters, suspicious, matchState, status });
}

/** The kept row with its cells after the merge, prepared alone (see conflicts/replaced-row.ts). */
function replacedRow(before: Table, customers: Table, keptRow: number, moved: (row: number) => number): ReplacedRow {
  const i = rowIndexOf(customers)(moved(keptRow));
  const one = pickRows(customers, [i]);
  const cells = Object.fromEntries(Object.entries(one.columns).map(([k, column]) => [k, column[0]]));
  return { index: rowIndexOf(before)(keptRow), fresh: prepareRows(one), before, cells };
}

/** The kept row's CustomerId, Owner and FirstContact in the prepared rows, as the merge left its cells. */
function refreshPlainCells(state: MatchState, customers: Table, i: number): void {
  const cell = (field: string) => customers.columns[field]?.[i] ?? null;
  const plain = preparedPlainCells({
    CustomerId: cell('CustomerId'),
    Owner: cell('Owner'),
    FirstContact: cell('FirstContact'),
  });
  state.p.customerId[i] = plain.customerId;
  state.p.owner[i] = plain.owner;
  state.p.firstContact[i] = plain.firstContact;
}

/**
 * The issues after a merge (see the header) and the Customers rows (after it) whose issues may
 * differ; null when an issue cannot be moved (a rule this build does not know, or a message that
 * does not begin where the reporter begins it).
 */
function revalidateAfterMerge(
  previous: CheckState,
  next: CheckState,
  change: MergeChange,
  moved: (row: number) => number,
): { issues: Issue[]; touched: Set<number>; sheets: Set<SheetKey> } | null {
  const before = previous.result.issues;
  if (before.some((i) => !RULE_BY_ID.has(i.rule))) return null;
  const options = {
    today: next.today,
    lang: next.lang,
    staleDays: next.settings.staleDays,
    ...next.settings.operations,
  };
  const removed = new Set(change.removed);
  const editedSheets = new Set<SheetKey>(change.edits.map((e) => e.sheet as SheetKey));
  editedSheets.delete('Customers');
  const customers = next.data.Customers!;
  const keptEdited = [...new Set(change.edits.filter((e) => e.sheet === 'Customers').map((e) => moved(e.row)))];

  // whole rules run again: those across rows the merge can change, and every rule of another sheet it edited
  const wholeRules = crossRowRulesToRun(previous, change);
  for (const r of RULES) if (editedSheets.has(r.sheet)) wholeRules.add(r.id);
  const rowRules = new Set(RULES.filter((r) => r.sheet === 'Customers' && !(r.id in CROSS_ROW_READS)).map((r) => r.id));
  const whole = wholeRules.size ? validateWorkbook(next.data, { ...options, only: [...wholeRules] }) : [];
  const keptFresh = keptEdited.length
    ? validateWorkbook(
        {
          ...next.data,
          Customers: pickRows(
            customers,
            keptEdited.map(rowIndexOf(customers)).sort((a, b) => a - b),
          ),
        },
        { ...options, only: [...rowRules] },
      ).filter((i) => i.sheet === 'Customers' && keptEdited.includes(i.row))
    : [];

  // the "where" of a message reads only the sheets' names and headers: no rows needed
  const headers = Object.fromEntries(
    Object.entries(next.data).map(([key, table]) => [key, table && pickRows(table, [])]),
  ) as WorkbookData;
  const ctx = createValidationContext(headers, options);
  const touched = new Set<number>(keptEdited);
  const byRule = new Map<string, Issue[]>();
  const add = (i: Issue) => (byRule.get(i.rule) ?? byRule.set(i.rule, []).get(i.rule)!).push(i);
  for (const issue of before) {
    if (wholeRules.has(issue.rule)) {
      if (issue.sheet === 'Customers' && !removed.has(issue.row)) touched.add(moved(issue.row));
      continue;
    }
    if (issue.sheet !== 'Customers') add(issue);
    else if (removed.has(issue.row)) continue;
    else if (rowRules.has(issue.rule) && keptEdited.includes(moved(issue.row))) continue;
    else if (moved(issue.row) === issue.row) add(issue);
    else {
      const relocated = relocate(ctx, issue, moved(issue.row));
      if (!relocated) return null;
      add(relocated);
    }
  }
  for (const issue of keptFresh) add(issue);
  for (const issue of whole) {
    add(issue);
    if (issue.sheet === 'Customers') touched.add(issue.row);
  }
  const statusUser = (list: readonly Issue[]) =>
    list
      .filter((i) => i.rule === 'customer.status.user')
      .map((i) => i.field)
      .join();
  // a status column found to be the user's (or no longer) changes which columns the check writes
  if (statusUser(before) !== statusUser(whole)) return null;
  const issues: Issue[] = [];
  for (const r of RULES) {
    const list = byRule.get(r.id);
    if (!list) continue;
    if (rowRules.has(r.id) && keptFresh.some((i) => i.rule === r.id)) list.sort((a, b) => a.row - b.row);
    for (const i of list) issues.push(i);
  }
  // the other sheets whose issues were found again (their status cells follow)
  const sheets = new Set(RULES.filter((r) => wholeRules.has(r.id)).map((r) => r.sheet));
  return { issues, touched, sheets };
}

/**
 * The cross-row rules whose issues a merge can change (the others keep theirs, moved with their
 * rows: their messages name no other row):
 *  - a repeated CustomerId: when an issue of it lies at or below the first removed row (its
 *    message names the other rows, which move) or on the kept row, or the kept row's CustomerId
 *    was filled; a removed row whose CustomerId is not repeated leaves every other row's alone;
 *  - the ledger lookups (a deal without a ledger row, a ledger row of an unknown customer or of
 *    a lead): when the kept row's CustomerId, Stage or Kind was filled, or a ledger row names a
 *    removed row's CustomerId (the lookups of the rows left read only their own customers');
 *  - the status columns holding the user's text: when it found one (that row may be gone).
 */
function crossRowRulesToRun(previous: CheckState, change: MergeChange): Set<string> {
  const run = new Set<string>();
  const cut = Math.min(...change.removed);
  const kept = change.rows.filter((r) => !change.removed.includes(r));
  const filled = new Set(change.edits.filter((e) => e.sheet === 'Customers').map((e) => e.field));
  for (const issue of previous.result.issues) {
    if (issue.sheet !== 'Customers') continue;
    if (issue.rule === 'customer.id.duplicate' && (issue.row >= cut || kept.includes(issue.row))) run.add(issue.rule);
    if (issue.rule === 'customer.status.user') run.add(issue.rule);
  }
  if (filled.has('CustomerId')) run.add('customer.id.duplicate');
  const customers = previous.data.Customers!;
  const ids = customers.columns.CustomerId ?? [];
  const indexOf = rowIndexOf(customers);
  const removedIds = new Set(change.removed.map((r) => codeKey(ids[indexOf(r)])).filter((id) => id !== ''));
  const ledgerIds = previous.data.Ledger?.columns.CustomerId ?? [];
  const named = ledgerIds.some((v) => removedIds.has(codeKey(v)));
  if (named || ['CustomerId', 'Stage', 'Kind'].some((f) => filled.has(f)))
    for (const id of ['customer.deal.no-ledger', 'ledger.customer.unknown', 'ledger.customer.lead']) run.add(id);
  return run;
}

/** The issue at another row, its "where" written for that row; null when its message does not begin with it. */
function relocate(ctx: ReturnType<typeof createValidationContext>, issue: Issue, row: number): Issue | null {
  const sheet = issue.sheet;
  if (sheet === 'Audit') return issue;
  const was = ctx.where(sheet, issue.row, issue.field);
  if (!issue.message.startsWith(was)) return null;
  return { ...issue, row, message: ctx.where(sheet, row, issue.field) + issue.message.slice(was.length) };
}

/**
 * The status columns after a merge: Customers' as the sheet holds them after the removal, with
 * the touched rows' cells computed again; the Check column of the other sheets whose issues were
 * found again (`sheetsRechecked`) computed again. And the cells whose value changed.
 */
function statusAfterMerge(
  before: CheckResult,
  data: WorkbookData,
  issues: Issue[],
  clusters: CheckResult['clusters'],
  touched: ReadonlySet<number>,
  removedIndexes: readonly number[],
  sheetsRechecked: ReadonlySet<SheetKey>,
  lang: CheckState['lang'],
): { columns: CheckResult['status']; edits: StatusCellEdit[] } {
  const customers = data.Customers!;
  const gone = new Uint8Array(customers.length + removedIndexes.length);
  for (const i of removedIndexes) gone[i] = 1;
  const keptIndexes: number[] = [];
  for (let i = 0; i < gone.length; i++) if (gone[i] === 0) keptIndexes.push(i);
  const shifted = (before.status.Customers ?? []).map((c) => ({
    field: c.field,
    values: pickValues(c.values, keptIndexes),
  }));
  const indexOf = rowIndexOf(customers);
  const rows = new Set([...touched].filter((r) => indexOf(r) >= 0));
  const status = nextStatus(
    { ...before, status: { ...before.status, Customers: shifted } },
    customers,
    issues,
    clusters,
    rows,
    lang,
  );
  const columns = { ...status.columns };
  const edits = status.edits;
  for (const [sheet, table] of Object.entries(data) as [SheetKey, Table | undefined][]) {
    // as the engine writes them: the sheets with the add-in's Check column, when a cell has something
    if (sheet === 'Customers' || !table || !table.mapping || !sheetsRechecked.has(sheet)) continue;
    if (!SHEET_BY_KEY[sheet].fields.some((f) => f.key === 'Check' && f.owner === 'addin')) continue;
    const check = checkColumn(table, issues, lang);
    const old = before.status[sheet]?.find((c) => c.field === 'Check')?.values;
    if (!check.values.some((v) => v !== null)) {
      delete columns[sheet];
      continue;
    }
    columns[sheet] = [check];
    check.values.forEach((value, i) => {
      if (!old || old[i] !== value) edits.push({ sheet, row: table.rowNumbers[i], field: 'Check', value });
    });
  }
  return { columns, edits };
}
