/**
 * Merge duplicates: an explicit action that keeps one row (the suggested one: first
 * registration), fills its empty fields from the other rows, and moves the other rows
 * to the Archive sheet. Nothing is deleted: the archived rows keep every cell.
 */
import { CUSTOMERS, label, userFields } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { cell, text } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, CellEdit, WorkbookPort } from '../workbook/port';
import { appendAudit } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import { customersOf, groupParams, indexOfRow, type ActionOptions, type ClusterRef } from './groups';

export async function mergeDuplicates(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  keepRow: number,
  { who, lang, now = new Date() }: ActionOptions,
): Promise<AuditEntry[]> {
  await ensureRowsUnchanged(port, data, cluster.rows, lang);
  const table = customersOf(data);
  const keep = indexOfRow(table, keepRow);
  const others = cluster.rows.filter((r) => r !== keepRow);
  const fields = userFields(CUSTOMERS).filter((f) => table.columns[f.key]);
  const edits: CellEdit[] = [];
  const audit: AuditEntry[] = [];
  for (const f of fields) {
    if (text(table, f.key, keep) !== '') continue;
    for (const row of others) {
      const v = cell(table, f.key, indexOfRow(table, row));
      if (v === null || String(v).trim() === '') continue;
      edits.push({ sheet: 'Customers', row: keepRow, field: f.key, value: v });
      audit.push({
        at: now,
        who,
        action: 'merge',
        sheet: 'Customers',
        row: keepRow,
        field: f.key,
        before: null,
        after: v,
        note: t(lang, 'audit.note.mergeFill', { row }),
      });
      break;
    }
  }
  const archiveHeaders = [
    t(lang, 'archive.header.fromRow'),
    t(lang, 'archive.header.mergedInto'),
    t(lang, 'archive.header.at'),
    t(lang, 'archive.header.who'),
    ...fields.map((f) => label(f, lang)),
  ];
  const archiveRows = others.map((row) => {
    const i = indexOfRow(table, row);
    return [row, text(table, 'CustomerId', keep), now, who, ...fields.map((f) => cell(table, f.key, i))];
  });
  const group = groupParams(cluster, lang);
  for (const row of others) {
    audit.push({
      at: now,
      who,
      action: 'merge',
      sheet: 'Customers',
      row,
      field: 'CustomerId',
      before: text(table, 'CustomerId', indexOfRow(table, row)),
      after: null,
      note: t(lang, 'audit.note.mergeArchive', { keep: keepRow, ...group }),
    });
  }
  // Order matters: fill and archive first, remove last, so an interrupted merge loses nothing.
  await port.updateCells(edits);
  await port.appendRows('Archive', archiveHeaders, archiveRows, lang);
  await appendAudit(port, audit, lang);
  await port.removeTableRows('Customers', others);
  return audit;
}
