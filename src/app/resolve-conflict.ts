/**
 * Resolve a conflict: the supervisor picks who keeps the customer
 * (每天应汇总检查当天所有的客户记录，对各销售员的客户资源进行必要的调整，以防止客户冲突).
 * Writes the Owner cells that differ and audits each one.
 */
import type { WorkbookData } from '../domain/table';
import { text } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, CellEdit, WorkbookPort } from '../workbook/port';
import { appendAudit } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import { customersOf, groupParams, indexOfRow, type ActionOptions, type ClusterRef } from './groups';

export async function resolveConflict(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  newOwner: string,
  { who, lang, now = new Date() }: ActionOptions,
): Promise<AuditEntry[]> {
  await ensureRowsUnchanged(port, data, cluster.rows, lang);
  const table = customersOf(data);
  const edits: CellEdit[] = [];
  const audit: AuditEntry[] = [];
  const note = t(lang, 'audit.note.resolve', groupParams(cluster, lang));
  for (const row of cluster.rows) {
    const before = text(table, 'Owner', indexOfRow(table, row));
    if (before === newOwner) continue;
    edits.push({ sheet: 'Customers', row, field: 'Owner', value: newOwner });
    audit.push({
      at: now,
      who,
      action: 'resolve',
      sheet: 'Customers',
      row,
      field: 'Owner',
      before,
      after: newOwner,
      note,
    });
  }
  await port.updateCells(edits);
  await appendAudit(port, audit, lang);
  return audit;
}
