/**
 * After an action (resolve, merge, not the same customer) the pane's lists and the workbook's
 * status cells follow from the rows the action touched, without reading the workbook again or
 * matching the whole table again. The result is the one a full check of the changed workbook
 * gives (test/app/update-after-action.test.ts holds it to that, action after action).
 *
 * What an action can change, and what is re-done:
 *
 *  - Validation. Resolve changes Owner cells only. The Customers rules that read a row's own cells
 *    (and the Staff roster, which no action changes) are re-run on the edited rows alone: the owner
 *    rules, required fields, formats. The rules that look across rows do not read Owner and keep
 *    their issues: the duplicate CustomerId (CustomerId), a deal without a ledger row and the ledger
 *    rules that look customers up (CustomerId, Stage, Kind), the status-column rule (the add-in's own
 *    columns) and the missing-column rule (the header). A decision "not the same" changes no cell.
 *  - Matching. Owner is no evidence (it decides a group's kind and suggested owner), and a decision
 *    changes no row: the table-wide parts of the match (normalised rows, placeholders, term
 *    frequencies, chance agreements, blocks) stay as the last full match left them. Only the
 *    acted group's rows are matched again, together with every group a refused pair ties them to
 *    (a pair whose score accepted it but an ID conflict or a decision kept apart: lifting one
 *    decision may let it join; the refusals of every re-match are kept for the next action). Any
 *    other pair between those rows and the rest was rejected on its
 *    score alone, which the action does not change, so nothing else can join them or be split.
 *    Rows in a block too big to compare pair by pair (compared in sorted windows) are matched with
 *    the whole table instead: their windows depend on every row of the block.
 *  - Merge removes rows: every row number below them moves up (issues, groups, reasons and
 *    messages name rows), and the removed rows change the table-wide counts the matcher weighs
 *    names and look-alikes by. update-after-merge.ts follows both from the rows the merge touched;
 *    when a removed row took part in something only the whole table decides (a placeholder, an
 *    area code learnt from landlines, an oversized block...), the engine runs again on the data
 *    in memory instead, and only the status cells that changed are written back. Neither re-reads
 *    the workbook.
 */
import type { Lang, SheetKey } from '../domain/schema';
import type { Issue } from '../domain/issues';
import type { CellValue, Table, WorkbookData } from '../domain/table';
import { pickRows } from '../domain/table';
import { rowIndexOf } from '../domain/row-index';
import {
  OWNER_CANNOT_KEEP_RULES,
  checkColumn,
  checkMatchState,
  checkResultOf,
  conflictColumn,
  runCheck,
  type CheckResult,
  type EngineStatusColumn,
} from '../domain/engine';
import { RULES, RULE_BY_ID, validateWorkbook } from '../domain/validation';
import {
  attachWarnings,
  byPossibleRank,
  capPossible,
  relabelClusters,
  rematchRows,
  type Cluster,
  type MatchState,
  type PossiblePair,
  type SuspiciousPair,
} from '../domain/conflicts';
import type { AuditEntry, CellEdit, StatusCell } from '../workbook/port';
import type { ClusterRef } from './groups';
import type { NotSamePair } from './not-same';
import type { WorkbookSettings } from './settings';
import type { DailyState } from './snapshot';
import { updateAfterMerge } from './update-after-merge';

/** What the last check (or the last update) knows: the data as read, the verdict, the decisions. */
export interface CheckState {
  data: WorkbookData;
  result: CheckResult;
  notSame: NotSamePair[];
  settings: WorkbookSettings;
  today: number;
  lang: Lang;
  /** The daily check's state of the check (kept through updates: the snapshot is stored by checks only). */
  daily?: DailyState;
}

/** What an action did to the workbook, in the rows of the data the pane showed. */
export type ActionChange =
  | { kind: 'resolve'; rows: number[]; edits: CellEdit[] }
  | { kind: 'notSame'; rows: number[]; pairs: NotSamePair[] }
  | { kind: 'merge'; rows: number[]; edits: CellEdit[]; removed: number[] };

/** One status cell to write (worksheet row of the data after the action). */
export type StatusCellEdit = StatusCell;

export interface ActionUpdate extends CheckState {
  /** The status cells whose value changed. */
  statusEdits: StatusCellEdit[];
  /** 'groups': the acted groups were matched again; 'engine': the engine ran again on the data in memory. */
  how: 'groups' | 'engine';
  issuesChanged: boolean;
  clustersChanged: boolean;
}

/**
 * Customers rules that look across rows, with the fields they read: an edit of one of these
 * fields cannot be re-checked row by row (the update then runs the engine in memory).
 */
export const CROSS_ROW_READS: Readonly<Record<string, readonly string[]>> = {
  'customer.column.missing': [],
  'customer.status.user': ['Check', 'ConflictGroup'],
  'customer.id.duplicate': ['CustomerId'],
  'customer.deal.no-ledger': ['CustomerId', 'Stage', 'Kind'],
  'ledger.customer.unknown': ['CustomerId'],
  'ledger.customer.lead': ['CustomerId', 'Stage'],
};

/** The state after an action: data, issues, groups, suspicious pairs, status and the cells to write. */
export function updateAfterAction(previous: CheckState, change: ActionChange): ActionUpdate {
  const data = applyChange(previous.data, change);
  const notSame = change.kind === 'notSame' ? [...previous.notSame, ...change.pairs] : previous.notSame;
  const next = { ...previous, data, notSame };
  const state = checkMatchState(previous.result);
  const editedFields = new Set(change.kind === 'notSame' ? [] : change.edits.map((e) => e.field));
  const rowByRow = [...editedFields].every((f) => Object.values(CROSS_ROW_READS).every((reads) => !reads.includes(f)));
  if (change.kind !== 'merge' && state && rowByRow) {
    const incremental = updateGroups(next, previous.result, state, change);
    if (incremental) return incremental;
  }
  if (change.kind === 'merge' && state) {
    const merged = updateAfterMerge(previous, next, state, change);
    if (merged) return merged;
  }
  const before = previous.data.Customers!;
  const removed = change.kind === 'merge' ? change.removed.map(rowIndexOf(before)) : [];
  return rerunEngine(next, previous.result, removed);
}

/** The engine again on the data in memory (a merge, or rows compared in windows). */
function rerunEngine(next: CheckState, before: CheckResult, removedIndexes: number[]): ActionUpdate {
  const result = runCheck(next.data, {
    today: next.today,
    lang: next.lang,
    staleDays: next.settings.staleDays,
    ...next.settings.operations,
    dutyPolicy: next.settings.dutyPolicy,
    match: next.settings.match,
    notSame: next.notSame,
  });
  const statusEdits = changedStatusCells(next.data, before, result, removedIndexes);
  return {
    ...next,
    data: withStatus(next.data, statusEdits),
    result,
    statusEdits,
    how: 'engine',
    issuesChanged: true,
    clustersChanged: true,
  };
}

/** Resolve or "not the same": the acted groups (and what refused pairs tie them to) matched again. */
function updateGroups(
  next: CheckState,
  before: CheckResult,
  state: MatchState,
  change: Exclude<ActionChange, { kind: 'merge' }>,
): ActionUpdate | null {
  const customers = next.data.Customers!;
  const indexOf = rowIndexOf(customers);
  const region = regionOf(before, state, change.rows, indexOf);
  if (region.some((i) => state.inOversizedWeak[i] === 1)) return null;
  const edited = change.kind === 'resolve' ? [...new Set(change.edits.map((e) => e.row))] : [];
  const issues = edited.length ? revalidateRows(next, before.issues, edited, indexOf) : before.issues;
  if (!issues) return null;
  const cannotKeep = new Set<number>();
  for (const issue of issues)
    if (issue.sheet === 'Customers' && OWNER_CANNOT_KEEP_RULES.includes(issue.rule)) cannotKeep.add(issue.row);
  const ownerColumn = customers.columns.Owner;
  const owner = (i: number) => cellText(ownerColumn?.[i]);
  const nextState = edited.length ? withOwners(state, edited.map(indexOf), owner) : state;
  const sub = rematchRows(
    nextState,
    region,
    { lang: next.lang, notSame: next.notSame, ownerCannotKeep: cannotKeep },
    owner,
  );

  const inRegion = new Set(region.map((i) => customers.rowNumbers[i]));
  const clusters = before.clusters
    .filter((c) => !inRegion.has(c.rows[0]))
    .map(copyCluster)
    .concat(sub.clusters)
    .sort((a, b) => a.rows[0] - b.rows[0]);
  relabelClusters(sub.state, clusters, indexOf);
  const suspicious = nextSuspicious(before.suspicious, sub.suspicious, inRegion, next, sub.state, indexOf);
  attachWarnings(clusters, suspicious);
  const possibleAll = nextPossible(state.possible, sub.possible, inRegion, next, sub.state, indexOf);
  const matchState: MatchState = { ...sub.state, possible: possibleAll };

  const touchedRows = new Set([...inRegion, ...edited]);
  const status = nextStatus(before, customers, issues, clusters, touchedRows, next.lang);
  return groupsUpdate(next, before, { issues, clusters, suspicious, matchState, status });
}

/** The update from its parts (groups matched again, not the engine): the result, its match state and the data with the status written. */
export function groupsUpdate(
  next: CheckState,
  before: CheckResult,
  parts: {
    issues: Issue[];
    clusters: Cluster[];
    suspicious: SuspiciousPair[];
    /** With every possible pair, uncapped. */
    matchState: MatchState;
    status: { columns: CheckResult['status']; edits: StatusCellEdit[] };
  },
): ActionUpdate {
  const { issues, clusters, suspicious, matchState, status } = parts;
  const rows = next.data.Customers!.length;
  const result = checkResultOf(
    issues,
    clusters,
    {
      suspicious,
      possible: capPossible(matchState.possible, matchState.config, rows),
      placeholders: before.placeholders,
    },
    status.columns,
    rows,
  );
  Object.defineProperty(result, 'matchState', { value: matchState, enumerable: false });
  return {
    ...next,
    data: withStatus(next.data, status.edits),
    result,
    statusEdits: status.edits,
    how: 'groups',
    issuesChanged: issues !== before.issues,
    clustersChanged: true,
  };
}

/**
 * Data rows to match again: the acted rows' groups, and (repeatedly) the groups of rows a
 * refused pair ties them to: an ID conflict (a suspicious pair) or a not-same decision.
 */
export function regionOf(
  before: CheckResult,
  state: MatchState,
  rows: readonly number[],
  indexOf: (row: number) => number,
): number[] {
  const clusterOfRow = new Map<number, Cluster>();
  for (const c of before.clusters) for (const r of c.rows) clusterOfRow.set(r, c);
  const ties = new Map<number, number[]>();
  const tie = (a: number, b: number) => {
    (ties.get(a) ?? ties.set(a, []).get(a)!).push(b);
    (ties.get(b) ?? ties.set(b, []).get(b)!).push(a);
  };
  for (const s of before.suspicious) if (s.why === 'idConflict') tie(s.rows[0], s.rows[1]);
  const rowNumbers = state.p.rowNumbers;
  for (let k = 0; k < state.refused.length; k += 2) tie(rowNumbers[state.refused[k]], rowNumbers[state.refused[k + 1]]);
  const seen = new Set<number>();
  const queue = [...rows];
  while (queue.length) {
    const row = queue.pop()!;
    if (seen.has(row)) continue;
    for (const r of clusterOfRow.get(row)?.rows ?? [row]) {
      if (seen.has(r)) continue;
      seen.add(r);
      for (const other of ties.get(r) ?? []) queue.push(other);
    }
  }
  return [...seen].map(indexOf).sort((a, b) => a - b);
}

/**
 * Suspicious pairs after the region was matched again: those outside it as they were, those
 * inside from the new match, and those between it and the rest as they were (their score did not
 * change; the region's new groups stay apart from the rest), unless a decision now names the pair.
 */
export function nextSuspicious(
  before: readonly SuspiciousPair[],
  inside: readonly SuspiciousPair[],
  inRegion: ReadonlySet<number>,
  next: CheckState,
  state: MatchState,
  indexOf: (row: number) => number,
): SuspiciousPair[] {
  const decided = decidedPairs(next);
  const kept: SuspiciousPair[] = [];
  for (const s of before) {
    const a = inRegion.has(s.rows[0]);
    const b = inRegion.has(s.rows[1]);
    if (a && b) continue;
    if (!a && !b) {
      kept.push(s);
      continue;
    }
    if (decided(s.rows[0], s.rows[1])) continue;
    const owners: [string, string] = [state.p.owner[indexOf(s.rows[0])], state.p.owner[indexOf(s.rows[1])]];
    kept.push({ ...s, owners });
  }
  return kept.concat(inside).sort((x, y) => x.rows[0] - y.rows[0] || x.rows[1] - y.rows[1]);
}

/**
 * Every possible pair after the region was matched again (uncapped, strongest first), as the
 * suspicious pairs are: outside the region as they were, inside from the new match, and between it
 * and the rest as they were with today's owners, unless a decision now names the pair.
 */
export function nextPossible(
  before: readonly PossiblePair[],
  inside: readonly PossiblePair[],
  inRegion: ReadonlySet<number>,
  next: CheckState,
  state: MatchState,
  indexOf: (row: number) => number,
): PossiblePair[] {
  const decided = decidedPairs(next);
  const kept: PossiblePair[] = [];
  for (const x of before) {
    const a = inRegion.has(x.rows[0]);
    const b = inRegion.has(x.rows[1]);
    if (a && b) continue;
    if (!a && !b) kept.push(x);
    else if (!decided(x.rows[0], x.rows[1]))
      kept.push({ ...x, owners: [state.p.owner[indexOf(x.rows[0])], state.p.owner[indexOf(x.rows[1])]] });
  }
  return kept.concat(inside).sort(byPossibleRank);
}

/** Whether a not-same decision names these two worksheet rows (by CustomerId or '#row'). */
function decidedPairs(next: CheckState): (a: number, b: number) => boolean {
  const table = next.data.Customers!;
  const ids = table.columns.CustomerId;
  const indexOf = rowIndexOf(table);
  const refOf = (row: number): string[] => {
    const i = indexOf(row);
    const id = i >= 0 ? cellText(ids?.[i]) : '';
    return id ? [id, `#${row}`] : [`#${row}`];
  };
  const pairs = new Set(next.notSame.map(([x, y]) => `${x.trim()}\u0000${y.trim()}`));
  return (a, b) =>
    refOf(a).some((x) => refOf(b).some((y) => pairs.has(`${x}\u0000${y}`) || pairs.has(`${y}\u0000${x}`)));
}

/**
 * The issues after an edit of some rows: the row-local Customers rules run again on those rows
 * alone, each rule's issues put back in row order. Null when a cross-row rule reads an edited field.
 */
function revalidateRows(
  next: CheckState,
  before: readonly Issue[],
  rows: number[],
  indexOf: (row: number) => number,
): Issue[] | null {
  if (before.some((i) => !RULE_BY_ID.has(i.rule))) return null;
  const customers = next.data.Customers!;
  const rerun = RULES.filter((r) => r.sheet === 'Customers' && !(r.id in CROSS_ROW_READS)).map((r) => r.id);
  const edited = new Set(rows);
  const sub = pickRows(
    customers,
    rows.map(indexOf).sort((a, b) => a - b),
  );
  const fresh = validateWorkbook(
    { ...next.data, Customers: sub },
    {
      today: next.today,
      lang: next.lang,
      staleDays: next.settings.staleDays,
      ...next.settings.operations,
      only: rerun,
    },
  ).filter((i) => i.sheet === 'Customers' && edited.has(i.row));
  const rerunSet = new Set(rerun);
  const byRule = new Map<string, Issue[]>();
  const add = (i: Issue) => (byRule.get(i.rule) ?? byRule.set(i.rule, []).get(i.rule)!).push(i);
  for (const i of before) if (!(rerunSet.has(i.rule) && i.sheet === 'Customers' && edited.has(i.row))) add(i);
  for (const i of fresh) add(i);
  const out: Issue[] = [];
  for (const r of RULES) {
    const list = byRule.get(r.id);
    if (!list) continue;
    if (rerunSet.has(r.id)) list.sort((a, b) => a.row - b.row); // stable: a row's issues keep their order
    for (const i of list) out.push(i);
  }
  return out;
}

/** The status columns after the update, and the cells that changed (only the rows touched can). */
export function nextStatus(
  before: CheckResult,
  customers: Table,
  issues: Issue[],
  clusters: Cluster[],
  touched: ReadonlySet<number>,
  lang: Lang,
): { columns: CheckResult['status']; edits: StatusCellEdit[] } {
  const indexOf = rowIndexOf(customers);
  const indices = [...touched].map(indexOf).sort((a, b) => a - b);
  const sub = pickRows(customers, indices);
  const rowIssues = issues.filter((i) => i.sheet === 'Customers' && touched.has(i.row));
  const fresh: Record<string, EngineStatusColumn> = {
    Check: checkColumn(sub, rowIssues, lang),
    ConflictGroup: conflictColumn(
      sub,
      clusters.filter((c) => c.rows.some((r) => touched.has(r))),
      lang,
    ),
  };
  const edits: StatusCellEdit[] = [];
  const columns = (before.status.Customers ?? []).map((column) => {
    const values = column.values.slice();
    const update = fresh[column.field];
    if (update)
      indices.forEach((i, k) => {
        const value = update.values[k];
        if (values[i] === value) return;
        values[i] = value;
        edits.push({ sheet: 'Customers', row: customers.rowNumbers[i], field: column.field, value });
      });
    return { field: column.field, values };
  });
  return { columns: { ...before.status, Customers: columns }, edits };
}

/** Every status cell that differs between two results (rows removed between them left out of the old one). */
function changedStatusCells(
  data: WorkbookData,
  before: CheckResult,
  after: CheckResult,
  removedIndexes: number[],
): StatusCellEdit[] {
  const edits: StatusCellEdit[] = [];
  for (const [sheet, columns] of Object.entries(after.status) as [SheetKey, EngineStatusColumn[]][]) {
    const rowNumbers = data[sheet]?.rowNumbers ?? [];
    for (const column of columns) {
      const old = before.status[sheet]?.find((c) => c.field === column.field)?.values;
      const kept = sheet === 'Customers' && old && removedIndexes.length ? withoutRows(old, removedIndexes) : old;
      column.values.forEach((value, i) => {
        if (!kept || kept[i] !== value) edits.push({ sheet, row: rowNumbers[i], field: column.field, value });
      });
    }
  }
  return edits;
}

function withoutRows<T>(values: readonly T[], removedIndexes: readonly number[]): T[] {
  const gone = new Set(removedIndexes);
  return values.filter((_, i) => !gone.has(i));
}

function copyCluster(c: Cluster): Cluster {
  return { ...c };
}

/** The prepared rows' Owner cells after an edit (a new array: the previous state stays as it was). */
function withOwners(state: MatchState, indices: number[], owner: (i: number) => string): MatchState {
  const owners = state.p.owner.slice();
  for (const i of indices) owners[i] = owner(i);
  return { ...state, p: { ...state.p, owner: owners } };
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v).trim();
}

export { rowIndexOf };

/**
 * The data after an action: the edited cells, and the removed rows gone with every worksheet row
 * below them one up per removed row (as the sheet has them after removeTableRows).
 */
export function applyChange(data: WorkbookData, change: ActionChange): WorkbookData {
  if (change.kind === 'notSame') return data;
  const out: WorkbookData = { ...data };
  // a merge re-points other sheets' references: every sheet's edits, in a copy of each column edited
  for (const sheet of new Set(change.edits.map((e) => e.sheet))) {
    const table = data[sheet];
    if (!table) continue;
    const indexOf = rowIndexOf(table);
    const columns = { ...table.columns };
    for (const e of change.edits) {
      const column = columns[e.field];
      if (e.sheet !== sheet || !column) continue;
      if (column === table.columns[e.field]) columns[e.field] = column.slice();
      columns[e.field][indexOf(e.row)] = e.value;
    }
    out[sheet] = { ...table, columns };
  }
  let table = out.Customers!;
  if (change.kind === 'merge' && change.removed.length) {
    const gone = new Set(change.removed);
    const keep: number[] = [];
    const rowNumbers: number[] = [];
    let shift = 0;
    table.rowNumbers.forEach((row, i) => {
      if (gone.has(row)) shift++;
      else {
        keep.push(i);
        rowNumbers.push(row - shift);
      }
    });
    table = pickRows(table, keep, rowNumbers);
  }
  return { ...out, Customers: table };
}

/** The data with the status cells as written, as a re-read would see them (copied columns: the previous data stays). */
function withStatus(data: WorkbookData, edits: readonly StatusCellEdit[]): WorkbookData {
  const out: WorkbookData = { ...data };
  const indexes = new Map<SheetKey, (row: number) => number>();
  for (const e of edits) {
    const table = out[e.sheet];
    const column = table?.columns[e.field];
    if (!table || !column) continue;
    if (column === data[e.sheet]?.columns[e.field])
      out[e.sheet] = { ...table, columns: { ...table.columns, [e.field]: column.slice() } };
    if (!indexes.has(e.sheet)) indexes.set(e.sheet, rowIndexOf(table));
    out[e.sheet]!.columns[e.field][indexes.get(e.sheet)!(e.row)] = e.value;
  }
  return out;
}

/** What a resolve did, from its audit entries (one per Owner cell changed). */
export function resolveChange(cluster: ClusterRef, audit: readonly AuditEntry[]): ActionChange {
  return { kind: 'resolve', rows: cluster.rows, edits: audit.map(editOf) };
}

/**
 * What a merge did, from its audit entries: the cells it changed (the kept row, other sheets'
 * references) and the rows it archived. Also what an accept-all batch did (its rows: every group's).
 */
export function mergeChange(cluster: Pick<ClusterRef, 'rows'>, audit: readonly AuditEntry[]): ActionChange {
  const archived = (e: AuditEntry) => e.sheet === 'Customers' && e.field === 'CustomerId' && e.after === null;
  const removed = audit.filter(archived).map((e) => e.row);
  const edits = audit.filter((e) => !archived(e)).map(editOf);
  return { kind: 'merge', rows: cluster.rows, edits, removed };
}

/** What a "not the same" decision did: the pairs stored, about these rows. */
export function notSameChange(rows: number[], pairs: NotSamePair[]): ActionChange {
  return { kind: 'notSame', rows, pairs };
}

function editOf(e: AuditEntry): CellEdit {
  return { sheet: e.sheet, row: e.row, field: e.field, value: e.after };
}
