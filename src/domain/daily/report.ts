/**
 * The supervisor's daily report (regulations §4: 每天汇总检查所有客户记录): per salesperson, the
 * rows that are new, changed or gone, the records created or followed up on a day, and the
 * conflicts that involve a new or changed row (新出现的冲突), apart from the old ones.
 *
 * `since` says which changes:
 *  - 'last': the workbook now against the snapshot the last check stored (what no check has seen
 *    yet). Right after a check that stored its snapshot this is empty: use a day then.
 *  - a day D: every change a check found on D or later (the day of the check, not of the typing),
 *    plus what has changed since the last check. Nothing is known before the first check
 *    (knownFrom); a row there at the first check is never "new". A row both new and changed since
 *    D counts as new; `fields` of a changed row are those of its latest change day.
 */
import type { Table } from '../table';
import { text } from '../table';
import { parseDate } from '../normalise';
import { naturalCompare } from '../conflicts/labels';
import type { Fingerprints } from './fingerprint';
import type { Snapshot, SnapshotDiff, SnapshotEntry } from './snapshot';
import { isDealerBasicField, isDealerKind } from '../dealer-info';

export type Since = 'last' | number;

/** One customer row in the report. For a removed row: its key, owner and row at the last check that saw it. */
export interface RowChange {
  key: string;
  /** '' when the row has no CustomerId (then key is its name and phone). */
  customerId: string;
  row: number;
  owner: string;
  /** The customer's name now ('' for a removed row: the snapshot keeps no names). */
  name: string;
  /** Changed rows: the fields that changed ([] when the fingerprint cannot tell). */
  fields?: string[];
}

/** A group of rows that are the same customer, as the check found it. */
export interface ConflictRef {
  id: string;
  kind: 'conflict' | 'duplicate';
  rows: number[];
  customerIds: string[];
  owners: string[];
  suggestedOwner: string;
  reasons: string[];
}

/** A conflict that involves a new or changed row; newRows are those rows. */
export interface NewConflict extends ConflictRef {
  newRows: number[];
}

export interface OwnerCounts {
  /** The StaffId ('' for rows without an owner). */
  owner: string;
  new: number;
  changed: number;
  removed: number;
  created: number;
  followedUp: number;
  newConflicts: number;
}

export interface DailyReport {
  since: Since;
  /** The day the records created / followed up are listed for. */
  date: number;
  /** No snapshot before this check: everything is its baseline, so nothing is new, changed or removed. */
  baseline: boolean;
  /** The first check's day: changes before it are not known. */
  knownFrom: number;
  /** The day of the check whose snapshot `since: 'last'` compares with (null at the baseline). */
  lastCheck: number | null;
  /** Customer rows in the table now. */
  customers: number;
  new: RowChange[];
  changed: RowChange[];
  removed: RowChange[];
  /** Records whose FirstContact is `date`. */
  created: RowChange[];
  /** Records whose LastContact is `date` and FirstContact another day. */
  followedUp: RowChange[];
  newConflicts: NewConflict[];
  oldConflicts: ConflictRef[];
  /** Per salesperson, in natural order of StaffId; only those with something to report. */
  owners: OwnerCounts[];
  /**
   * Dealers whose basic information (domain/dealer-info) the checks found changed, among `changed`
   * (regulations §5), their `fields` only those basic fields: also what was typed with the pane closed.
   */
  dealerInfo: RowChange[];
  /** The change log's dealer information entries on `date` (typed while the pane was open: who, when, old and new). */
  dealerInfoLogged: DealerInfoLogged[];
}

/** A dealer's basic information change the change log recorded (an Audit 'dealerInfo' entry). */
export interface DealerInfoLogged {
  /** When, as the Audit holds it ("YYYY-MM-DD HH:MM"). */
  at: string;
  who: string;
  row: number;
  customerId: string;
  /** The Customers field key. */
  field: string;
  before: string;
  after: string;
}

export interface DailyInput {
  table: Table;
  fingerprints: Fingerprints;
  /** The snapshot before the check (null: there was none). */
  before: Snapshot | null;
  after: Snapshot;
  diff: SnapshotDiff;
  clusters: readonly ConflictRef[];
  since: Since;
  date: number;
  /** The change log's dealer information entries on `date` (the app reads them from the Audit sheet). */
  dealerInfoLogged?: DealerInfoLogged[];
}

function rowNow(input: DailyInput, i: number, fields?: string[]): RowChange {
  const fp = input.fingerprints;
  const change: RowChange = {
    key: fp.keys[i],
    customerId: fp.customerIds[i],
    row: fp.rows[i],
    owner: fp.owners[i],
    name: text(input.table, 'Name', i),
  };
  if (fields) change.fields = fields;
  return change;
}

function rowGone(e: SnapshotEntry): RowChange {
  return { key: e.key, customerId: e.key.startsWith('~') ? '' : e.key, row: e.row, owner: e.owner, name: '' };
}

/** New, changed and removed rows for `since` (see the module's comment). */
function changes(input: DailyInput): Pick<DailyReport, 'new' | 'changed' | 'removed'> {
  const { since, diff, after } = input;
  if (!input.before) return { new: [], changed: [], removed: [] };
  if (since === 'last') {
    return {
      new: diff.added.map((i) => rowNow(input, i)),
      changed: diff.changed.map((c) => rowNow(input, c.index, c.fields)),
      removed: diff.removed.map(rowGone),
    };
  }
  const out: Pick<DailyReport, 'new' | 'changed' | 'removed'> = { new: [], changed: [], removed: [] };
  const n = input.fingerprints.keys.length;
  after.entries.forEach((e, i) => {
    if (i >= n) {
      if (e.removed >= since) out.removed.push(rowGone(e));
    } else if (e.firstSeen >= since) out.new.push(rowNow(input, i));
    else if (e.changed >= since) out.changed.push(rowNow(input, i, e.changedFields ? e.changedFields.split(',') : []));
  });
  return out;
}

/** Records created (FirstContact) or followed up (LastContact, not created the same day) on `date`. */
function dayRecords(input: DailyInput): Pick<DailyReport, 'created' | 'followedUp'> {
  const { table, date } = input;
  const first = table.columns.FirstContact;
  const last = table.columns.LastContact;
  const out: Pick<DailyReport, 'created' | 'followedUp'> = { created: [], followedUp: [] };
  for (let i = 0; i < table.length; i++) {
    const created = first ? parseDate(first[i]) === date : false;
    if (created) out.created.push(rowNow(input, i));
    else if (last && parseDate(last[i]) === date) out.followedUp.push(rowNow(input, i));
  }
  return out;
}

function splitConflicts(
  clusters: readonly ConflictRef[],
  touched: ReadonlySet<number>,
): Pick<DailyReport, 'newConflicts' | 'oldConflicts'> {
  const out: Pick<DailyReport, 'newConflicts' | 'oldConflicts'> = { newConflicts: [], oldConflicts: [] };
  for (const c of clusters) {
    const newRows = c.rows.filter((r) => touched.has(r));
    if (newRows.length) out.newConflicts.push({ ...c, newRows });
    else out.oldConflicts.push(c);
  }
  return out;
}

function countByOwner(report: Omit<DailyReport, 'owners' | 'dealerInfo' | 'dealerInfoLogged'>): OwnerCounts[] {
  const byOwner = new Map<string, OwnerCounts>();
  const of = (owner: string) => {
    let c = byOwner.get(owner);
    if (!c) {
      c = { owner, new: 0, changed: 0, removed: 0, created: 0, followedUp: 0, newConflicts: 0 };
      byOwner.set(owner, c);
    }
    return c;
  };
  for (const kind of ['new', 'changed', 'removed', 'created', 'followedUp'] as const)
    for (const r of report[kind]) of(r.owner)[kind]++;
  for (const c of report.newConflicts) for (const owner of new Set(c.owners)) of(owner).newConflicts++;
  return [...byOwner.values()].sort((a, b) => naturalCompare(a.owner, b.owner));
}

/** Changed rows of dealers whose changed fields include a basic one: those fields only. */
function dealerInfo(input: DailyInput, changed: readonly RowChange[]): RowChange[] {
  const kind = input.table.columns.Kind;
  if (!kind) return [];
  const index = new Map(input.fingerprints.rows.map((r, i) => [r, i]));
  const out: RowChange[] = [];
  for (const r of changed) {
    const i = index.get(r.row);
    const fields = (r.fields ?? []).filter(isDealerBasicField);
    if (i !== undefined && fields.length && isDealerKind(kind[i])) out.push({ ...r, fields });
  }
  return out;
}

export function dailyReport(input: DailyInput): DailyReport {
  const found = changes(input);
  const touched = new Set([...found.new, ...found.changed].map((r) => r.row));
  const partial = {
    since: input.since,
    date: input.date,
    baseline: !input.before,
    knownFrom: input.after.firstCheck,
    lastCheck: input.before?.lastCheck ?? null,
    customers: input.fingerprints.keys.length,
    ...found,
    ...dayRecords(input),
    ...(input.before
      ? splitConflicts(input.clusters, touched)
      : { newConflicts: [], oldConflicts: [...input.clusters] }),
  };
  return {
    ...partial,
    owners: countByOwner(partial),
    dealerInfo: dealerInfo(input, found.changed),
    dealerInfoLogged: input.dealerInfoLogged ?? [],
  };
}
