/**
 * "Not the same customer": a supervisor's decision that rows the matcher put together are
 * different customers. Stored in the workbook (the Decisions sheet, by CustomerId) so that
 * every later check, in any host, never reports the pair again.
 */
import type { Lang } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { text } from '../domain/table';
import { t } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import { appendAudit } from './audit';
import { ensureRowsUnchanged } from './rows-unchanged';
import { customersOf, groupParams, indexOfRow, type ActionOptions, type ClusterRef } from './groups';

/** A supervisor's decision that two records are different customers, keyed by CustomerId. */
export type NotSamePair = [string, string];

function decisionHeaders(lang: Lang): string[] {
  return ['a', 'b', 'who', 'at', 'note'].map((k) => t(lang, `decisions.header.${k}`));
}

/**
 * Mark a group (every pair in it) or one pair of its rows as "not the same customer",
 * auditing each row marked.
 */
export async function markNotSame(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  { who, lang, now = new Date() }: ActionOptions,
  onlyRows?: [number, number],
): Promise<NotSamePair[]> {
  await ensureRowsUnchanged(port, data, onlyRows ?? cluster.rows, lang);
  const table = customersOf(data);
  const rows = onlyRows ?? cluster.rows;
  const ids = rows.map((r) => text(table, 'CustomerId', indexOfRow(table, r)) || `#${r}`);
  const pairs: NotSamePair[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i], ids[j]]);
  const group = groupParams(cluster, lang);
  await port.appendRows(
    'Decisions',
    decisionHeaders(lang),
    pairs.map(([a, b]) => [a, b, who, now, t(lang, 'decisions.note', group)]),
    lang,
  );
  const note = t(lang, 'audit.note.notSame', group);
  await appendAudit(
    port,
    rows.map((row, k) => ({
      at: now,
      who,
      action: 'notSame',
      sheet: 'Customers',
      row,
      field: 'CustomerId',
      before: ids[k],
      after: ids[k],
      note,
    })),
    lang,
  );
  return pairs;
}

/** Reads the stored "not the same customer" decisions. */
export async function loadNotSame(port: WorkbookPort, lang: Lang): Promise<NotSamePair[]> {
  const rows = await port.readAddinSheet('Decisions', lang);
  const pairs: NotSamePair[] = [];
  for (const r of rows) {
    const a = r[0] === null || r[0] === undefined ? '' : String(r[0]).trim();
    const b = r[1] === null || r[1] === undefined ? '' : String(r[1]).trim();
    if (a && b) pairs.push([a, b]);
  }
  return pairs;
}
