/**
 * Resolve a conflict: the supervisor picks who keeps the customer
 * (每天应汇总检查当天所有的客户记录，对各销售员的客户资源进行必要的调整，以防止客户冲突).
 * Writes the Owner cells that differ (and the second salesperson, 协助销售, when chosen) and
 * audits each one. resolveGroup is the one finished action: reassign, or merge in the same step.
 */
import type { Table, WorkbookData } from '../domain/table';
import { text } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, CellEdit, WorkbookPort } from '../workbook/port';
import { appendAudit, newBatchId } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import { coOwnerColumnMissing, customersOf, groupParams, indexOfRow, type ClusterRef } from './groups';
import { applyMerges, type BatchOptions } from './merge-duplicates';
import { mergeChange, resolveChange, type ActionChange } from './update-after-action';

export async function resolveConflict(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  newOwner: string,
  options: BatchOptions,
  coOwner?: string,
): Promise<AuditEntry[]> {
  await ensureRowsUnchanged(port, data, cluster.rows, options.lang);
  const { edits, audit } = ownerEdits(customersOf(data), cluster, newOwner, coOwner, options);
  await port.updateCells(edits);
  await appendAudit(port, audit, options.lang);
  return audit;
}

/** The Owner (and CoOwner) cells of a group's rows that change, with their audit entries. */
export function ownerEdits(
  table: Table,
  cluster: ClusterRef,
  owner: string,
  coOwner: string | undefined,
  { who, lang, now = new Date(), batch = newBatchId(now) }: BatchOptions,
): { edits: CellEdit[]; audit: AuditEntry[] } {
  if (coOwner !== undefined && !table.columns.CoOwner) throw new Error(coOwnerColumnMissing(lang));
  const edits: CellEdit[] = [];
  const audit: AuditEntry[] = [];
  const note = t(lang, 'audit.note.resolve', groupParams(cluster, lang));
  const wanted: [string, string | undefined][] = [
    ['Owner', owner],
    ['CoOwner', coOwner],
  ];
  for (const row of cluster.rows) {
    const i = indexOfRow(table, row);
    for (const [field, value] of wanted) {
      if (value === undefined) continue;
      const before = text(table, field, i);
      if (before === value) continue;
      const after = value === '' ? null : value;
      edits.push({ sheet: 'Customers', row, field, value: after });
      audit.push({
        at: now,
        who,
        action: 'resolve',
        sheet: 'Customers',
        row,
        field,
        before: before || null,
        after,
        note,
        batch,
        customer: text(table, 'CustomerId', i),
      });
    }
  }
  return { edits, audit };
}

/** What the supervisor chose in the resolve dialog (proposeResolution pre-selects it). */
export interface ResolveChoice {
  keepRow: number;
  /** field key -> the row whose value the kept row takes (merge only). */
  pick?: Readonly<Record<string, number>>;
  owner: string;
  /** The second salesperson (协助销售); undefined leaves it as it is. */
  coOwner?: string;
  /** Merge the group into the kept row, or only give its rows the owner. */
  merge: boolean;
}

export interface ResolveOutcome {
  batch: string;
  audit: AuditEntry[];
  /** What changed, for updateAfterAction. */
  change: ActionChange;
}

/** Resolve as one finished, audited step: reassign the group, or merge it into the kept row. */
export async function resolveGroup(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  choice: ResolveChoice,
  options: BatchOptions,
): Promise<ResolveOutcome> {
  const batch = options.batch ?? newBatchId(options.now ?? new Date());
  if (choice.merge) {
    const spec = { cluster, keepRow: choice.keepRow, pick: choice.pick, owner: choice.owner, coOwner: choice.coOwner };
    const { audit } = await applyMerges(port, data, [spec], { ...options, batch });
    return { batch, audit, change: mergeChange(cluster, audit) };
  }
  const audit = await resolveConflict(port, data, cluster, choice.owner, { ...options, batch }, choice.coOwner);
  return { batch, audit, change: resolveChange(cluster, audit) };
}
