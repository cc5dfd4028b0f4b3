/**
 * Accept all suggestions: one action for every conflict whose suggested owner stands (the first
 * registration's salesperson, on the roster, active, of the customer's showroom). planAcceptAll is
 * pure and computes the preview the supervisor confirms (which rows change owner, which groups are
 * merged into which row); applyAcceptAll applies it as one audited batch (one batch id in every
 * Audit row), through the port's batch writes: one read of the rows, one write of each kind.
 *
 * With `merge`, the groups that are then one customer with one owner (the resolved conflicts and
 * the duplicates already there) are merged as the resolve dialog proposes (proposeResolution: the
 * first registration kept, per field the latest follow-up's value), except a group the matcher
 * warns about (an ID conflict inside it): that one is only given its owner.
 */
import { OWNER_CANNOT_KEEP_RULES, type CheckResult } from '../domain/engine';
import { proposeResolution } from '../domain/merge-proposal';
import { text, type WorkbookData } from '../domain/table';
import type { AuditEntry, CellEdit } from '../workbook/port';
import type { WorkbookPort } from '../workbook/port';
import { newBatchId } from './audit';
import { customersOf, indexOfRow, type ClusterRef } from './groups';
import { applyMerges, type BatchOptions, type MergeSpec } from './merge-duplicates';
import { ownerEdits } from './resolve-conflict';
import { mergeChange, type ActionChange } from './update-after-action';

export interface AcceptedGroup {
  cluster: ClusterRef;
  /** The owner the group's rows end with. */
  owner: string;
  /** Rows whose owner changes, and the owner they had. */
  reassigned: { row: number; from: string }[];
  /** When the group is merged: the row kept, the rows archived, the values taken from other rows. */
  merge?: { keepRow: number; archived: number[]; pick: Record<string, number> };
}

export type SkipReason = 'noOwner' | 'ownerCannotKeep' | 'warnings';

export interface AcceptAllPlan {
  groups: AcceptedGroup[];
  /** Groups left for a person: no suggested owner, or one who cannot keep the customer (no merge: warnings). */
  skipped: { cluster: ClusterRef; reason: SkipReason }[];
  totals: { groups: number; reassigned: number; merged: number; archived: number };
}

/** The preview: what accepting every standing suggestion changes. Pure. */
export function planAcceptAll(data: WorkbookData, result: CheckResult, { merge }: { merge: boolean }): AcceptAllPlan {
  const table = customersOf(data);
  const cannotKeep = new Set<number>();
  for (const issue of result.issues)
    if (issue.sheet === 'Customers' && OWNER_CANNOT_KEEP_RULES.includes(issue.rule)) cannotKeep.add(issue.row);
  const groups: AcceptedGroup[] = [];
  const skipped: AcceptAllPlan['skipped'] = [];
  for (const cluster of result.clusters) {
    const owner = cluster.suggestedOwner;
    const standing = owner !== '' && cluster.rows.some((r, k) => cluster.owners[k] === owner && !cannotKeep.has(r));
    if (cluster.kind === 'conflict' && !standing) {
      skipped.push({ cluster, reason: owner ? 'ownerCannotKeep' : 'noOwner' });
      continue;
    }
    if (cluster.kind === 'duplicate' && !merge) continue;
    const reassigned = cluster.rows
      .map((row) => ({ row, from: text(table, 'Owner', indexOfRow(table, row)) }))
      .filter((r) => owner !== '' && r.from !== owner);
    const accepted: AcceptedGroup = { cluster, owner, reassigned };
    if (merge && cluster.warnings?.length) skipped.push({ cluster, reason: 'warnings' });
    else if (merge) {
      const proposal = proposeResolution(table, cluster);
      accepted.merge = {
        keepRow: proposal.keepRow,
        archived: cluster.rows.filter((r) => r !== proposal.keepRow),
        pick: proposal.pick,
      };
      // the kept row alone changes owner: the others go to the Archive as they were
      accepted.reassigned = reassigned.filter((r) => r.row === proposal.keepRow);
    }
    if (accepted.reassigned.length || accepted.merge) groups.push(accepted);
  }
  const merged = groups.filter((g) => g.merge);
  return {
    groups,
    skipped,
    totals: {
      groups: groups.length,
      reassigned: groups.reduce((n, g) => n + g.reassigned.length, 0),
      merged: merged.length,
      archived: merged.reduce((n, g) => n + g.merge!.archived.length, 0),
    },
  };
}

export interface AcceptAllOutcome {
  batch: string;
  audit: AuditEntry[];
  /** What changed, for updateAfterAction. */
  change: ActionChange;
}

/** Applies a plan as one audited batch. Refuses (changing nothing) when a row changed since the check. */
export async function applyAcceptAll(
  port: WorkbookPort,
  data: WorkbookData,
  plan: AcceptAllPlan,
  options: BatchOptions,
): Promise<AcceptAllOutcome> {
  const batch = options.batch ?? newBatchId(options.now ?? new Date());
  const table = customersOf(data);
  const specs: MergeSpec[] = [];
  const edits: CellEdit[] = [];
  const audit: AuditEntry[] = [];
  for (const g of plan.groups) {
    if (g.merge) {
      specs.push({ cluster: g.cluster, keepRow: g.merge.keepRow, pick: g.merge.pick, owner: g.owner || undefined });
      continue;
    }
    const owners = ownerEdits(table, g.cluster, g.owner, undefined, { ...options, batch });
    edits.push(...owners.edits);
    audit.push(...owners.audit);
  }
  const outcome = await applyMerges(port, data, specs, { ...options, batch }, { edits, audit });
  const rows = plan.groups.flatMap((g) => g.cluster.rows);
  const change = mergeChange({ rows }, outcome.audit);
  return {
    batch,
    audit: outcome.audit,
    change:
      change.kind === 'merge' && change.removed.length === 0 ? { kind: 'resolve', rows, edits: change.edits } : change,
  };
}
