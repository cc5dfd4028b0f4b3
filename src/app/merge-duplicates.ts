/**
 * Merge duplicates: an explicit action that keeps one row of a group, gives it the values chosen
 * per field (by default: its own, and its empty fields filled from the other rows), and moves the
 * other rows to the Archive sheet whole (formulas and links too: archive.ts). Every row of another
 * sheet that names a merged customer (Ledger, Reviews, Outings: the schema's customer references)
 * is re-pointed to the kept CustomerId, so no deal is left without its customer. Nothing is
 * deleted, and every change is in the Audit sheet with the action's batch id, so "restore from
 * Archive" can undo it (restore.ts).
 */
import { CUSTOMERS, userFields, type Lang } from '../domain/schema';
import { customerIdText, referencesTo } from '../domain/references';
import type { CellValue, Table, WorkbookData } from '../domain/table';
import { cell, text } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, CellEdit, WholeCell, WholeRows, WorkbookPort } from '../workbook/port';
import { archiveHeaders, archiveRow } from './archive';
import { appendAudit, newBatchId } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import {
  coOwnerColumnMissing,
  customersOf,
  groupParams,
  indexOfRow,
  type ActionOptions,
  type ClusterRef,
} from './groups';

/** One group to merge, as the supervisor decided it. */
export interface MergeSpec {
  cluster: ClusterRef;
  keepRow: number;
  /**
   * Field key -> the group row whose value the kept row takes. A field not named keeps the kept
   * row's value, or when that is empty the first non-empty one of the other rows.
   */
  pick?: Readonly<Record<string, number>>;
  /** The kept row's owner (负责销售), when the supervisor chose one. */
  owner?: string;
  /** The kept row's second salesperson (协助销售), when chosen ('' clears it). */
  coOwner?: string;
}

/** Options of an action that may belong to a larger batch (accept all). */
export interface BatchOptions extends ActionOptions {
  /** The batch id the Audit rows share (a new one when absent). */
  batch?: string;
}

export interface MergeOutcome {
  batch: string;
  audit: AuditEntry[];
}

/** Fields whose value a merge never takes from another row. */
const NEVER_PICKED = new Set(['CustomerId']);

export async function mergeDuplicates(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  keepRow: number,
  options: BatchOptions,
): Promise<AuditEntry[]> {
  return (await applyMerges(port, data, [{ cluster, keepRow }], options)).audit;
}

/**
 * Merges several groups as one action (one read of the rows, one write of each kind, one batch id).
 * Order of the writes: the kept rows and the references first, then the Archive and the Audit, the
 * rows removed last, so an interrupted merge loses nothing.
 */
export async function applyMerges(
  port: WorkbookPort,
  data: WorkbookData,
  specs: readonly MergeSpec[],
  options: BatchOptions,
  extra: { edits?: CellEdit[]; audit?: AuditEntry[] } = {},
): Promise<MergeOutcome> {
  const { lang, who, now = new Date() } = options;
  const batch = options.batch ?? newBatchId(now);
  const table = customersOf(data);
  const allRows = specs.flatMap((s) => s.cluster.rows);
  const otherRows = (extra.edits ?? []).filter((e) => e.sheet === 'Customers').map((e) => e.row);
  await ensureRowsUnchanged(port, data, [...new Set([...allRows, ...otherRows])], lang);
  for (const s of specs) {
    if (!s.cluster.rows.includes(s.keepRow))
      throw new Error(t(lang, 'action.keepRowNotInGroup', { row: s.keepRow, group: s.cluster.id }));
  }
  const whole = await port.readWholeRows('Customers', allRows);
  const wholeOf = new Map(allRows.map((r, k) => [r, whole.rows[k]]));
  const edits: CellEdit[] = [...(extra.edits ?? [])];
  const audit: AuditEntry[] = [...(extra.audit ?? [])];
  const archived: { row: number; keptId: string; spec: MergeSpec }[] = [];
  const entry = (e: Omit<AuditEntry, 'at' | 'who' | 'batch'>): AuditEntry => ({ at: now, who, batch, ...e });

  for (const spec of specs) {
    const keptId = text(table, 'CustomerId', indexOfRow(table, spec.keepRow));
    const kept = { table, whole, wholeOf, lang, spec, keptId };
    for (const e of keptRowEdits(kept)) {
      edits.push({ sheet: 'Customers', row: spec.keepRow, field: e.field, value: e.after });
      audit.push(entry(e));
    }
    for (const row of spec.cluster.rows) if (row !== spec.keepRow) archived.push({ row, keptId, spec });
  }

  // References: an archived ID that no remaining row holds moves to the customer it was merged into.
  const gone = new Set(archived.map((a) => a.row));
  const remaining = new Set<string>();
  const ids = table.columns.CustomerId ?? [];
  for (let i = 0; i < table.length; i++) if (!gone.has(table.rowNumbers[i])) remaining.add(customerIdText(ids[i]));
  const movedTo = new Map<string, { keptId: string; spec: MergeSpec }>();
  for (const a of archived) {
    const id = text(table, 'CustomerId', indexOfRow(table, a.row));
    if (id && a.keptId && !remaining.has(id)) movedTo.set(id, a);
  }
  const references = referencesTo(data, new Set(movedTo.keys()));
  for (const sheet of new Set(references.map((r) => r.sheet)))
    await ensureRowsUnchanged(
      port,
      data,
      references.filter((r) => r.sheet === sheet).map((r) => r.row),
      lang,
      sheet,
    );
  for (const ref of references) {
    const to = movedTo.get(ref.customerId)!;
    edits.push({ sheet: ref.sheet, row: ref.row, field: ref.field, value: to.keptId });
    audit.push(
      entry({
        action: 'merge',
        sheet: ref.sheet,
        row: ref.row,
        field: ref.field,
        before: ref.customerId,
        after: to.keptId,
        note: t(lang, 'audit.note.repoint', { group: to.spec.cluster.id, from: ref.customerId, to: to.keptId }),
        customer: ref.customerId,
      }),
    );
  }

  const archiveRows: CellValue[][] = [];
  for (const a of archived) {
    const id = text(table, 'CustomerId', indexOfRow(table, a.row));
    const group = a.spec.cluster.id;
    archiveRows.push(
      archiveRow(
        { fromRow: a.row, keptRow: a.spec.keepRow, mergedInto: a.keptId, at: now, who, group, batch },
        id,
        whole.headers,
        wholeOf.get(a.row)!,
      ),
    );
    audit.push(
      entry({
        action: 'merge',
        sheet: 'Customers',
        row: a.row,
        field: 'CustomerId',
        before: id,
        after: null,
        note: t(lang, 'audit.note.mergeArchive', { keep: a.spec.keepRow, ...groupParams(a.spec.cluster, lang) }),
        customer: id,
      }),
    );
  }
  await port.updateCells(edits);
  if (archiveRows.length) await port.appendRows('Archive', archiveHeaders(whole.headers, lang), archiveRows, lang);
  await appendAudit(port, audit, lang);
  if (gone.size) await port.removeTableRows('Customers', [...gone]);
  return { batch, audit };
}

interface KeptRow {
  table: Table;
  whole: WholeRows;
  wholeOf: Map<number, WholeCell[]>;
  lang: Lang;
  spec: MergeSpec;
  keptId: string;
}

/** The kept row's cell changes: the values picked from other rows, its empty fields filled, owner and co-owner. */
function keptRowEdits(k: KeptRow): Omit<AuditEntry, 'at' | 'who' | 'batch'>[] {
  const { table, spec, lang } = k;
  const keep = indexOfRow(table, spec.keepRow);
  const keptCells = k.wholeOf.get(spec.keepRow)!;
  const rawOf = (key: string): WholeCell | undefined => {
    const j = table.mapping.columns[key];
    return j === undefined ? undefined : keptCells[j];
  };
  const out: Omit<AuditEntry, 'at' | 'who' | 'batch'>[] = [];
  const idOf = (row: number) => text(table, 'CustomerId', indexOfRow(table, row));
  const chosen: Record<string, string | undefined> = { Owner: spec.owner, CoOwner: spec.coOwner };
  if (spec.coOwner !== undefined && !table.columns.CoOwner) throw new Error(coOwnerColumnMissing(lang));
  for (const f of userFields(CUSTOMERS)) {
    if (!table.columns[f.key] || NEVER_PICKED.has(f.key)) continue;
    const raw = rawOf(f.key);
    if (raw?.formula) continue; // the user's formula on the kept row stays
    const current = cell(table, f.key, keep);
    if (chosen[f.key] !== undefined) {
      const value = chosen[f.key]!;
      if (customerIdText(current) === value) continue;
      out.push({
        action: 'resolve',
        sheet: 'Customers',
        row: spec.keepRow,
        field: f.key,
        before: raw?.value ?? null,
        after: value === '' ? null : value,
        note: t(lang, 'audit.note.resolve', groupParams(spec.cluster, lang)),
        customer: k.keptId,
      });
      continue;
    }
    const source = sourceRow(table, spec, f.key);
    if (source === spec.keepRow) continue;
    const value = cell(table, f.key, indexOfRow(table, source));
    if (sameCell(value, current)) continue;
    out.push({
      action: 'merge',
      sheet: 'Customers',
      row: spec.keepRow,
      field: f.key,
      before: raw?.value ?? null,
      after: value,
      note: t(lang, spec.pick?.[f.key] !== undefined ? 'audit.note.mergePick' : 'audit.note.mergeFill', {
        row: source,
      }),
      customer: idOf(source),
    });
  }
  return out;
}

/** The row whose value of a field the kept row ends with: the one picked, its own, or the first non-empty. */
function sourceRow(table: Table, spec: MergeSpec, key: string): number {
  const picked = spec.pick?.[key];
  if (picked !== undefined && spec.cluster.rows.includes(picked)) return picked;
  if (!isEmpty(cell(table, key, indexOfRow(table, spec.keepRow)))) return spec.keepRow;
  for (const row of spec.cluster.rows)
    if (row !== spec.keepRow && !isEmpty(cell(table, key, indexOfRow(table, row)))) return row;
  return spec.keepRow;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || String(v).trim() === '';
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return (isEmpty(a) && isEmpty(b)) || a === b;
}
