/**
 * Restore from Archive: undo a merge, customer by customer. The archived row goes back whole
 * (values, formulas, links) at the row it came from (or at the end of the table when the table is
 * shorter now), so restoring a merge's rows in order gives the table back as it was. Using the
 * Audit entries of the merge's batch, the rows of other sheets the merge re-pointed from this
 * customer point at it again, and the kept row's fields filled from it are emptied again; when the
 * last row of a merge comes back, every other change the merge made to the kept row (owner,
 * second salesperson, values from rows without an ID of their own) is undone too. A cell is put
 * back only while it still holds what the merge wrote: a later edit by a person wins.
 */
import { label, SHEET_BY_KEY } from '../domain/schema';
import { customerIdText } from '../domain/references';
import type { CellValue, WorkbookData } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, CellEdit, WholeCell, WorkbookPort } from '../workbook/port';
import { readArchive, type ArchivedRow } from './archive';
import { appendAudit, newBatchId, readAudit, type AuditRecord } from './audit';
import { customersOf, type ActionOptions } from './groups';
import { comparable } from './rows-unchanged';

/** The archived customers not restored yet, oldest first (what the pane lists). */
export async function listArchived(port: WorkbookPort, lang: ActionOptions['lang']): Promise<ArchivedRow[]> {
  const [archive, audit] = await Promise.all([readArchive(port, lang), readAudit(port, lang)]);
  const restored = restoredKeys(audit);
  return archive.filter((a) => !restored.has(a.key));
}

/**
 * The order that gives a workbook back as it was when every row listed is restored: newest merge
 * first (its rows were taken out last), each merge's rows top down (each goes back at its old row).
 */
export function restoreOrder(archived: readonly ArchivedRow[]): ArchivedRow[] {
  const batches = [...new Set(archived.map((a) => a.batch))];
  const newest = new Map(batches.map((b) => [b, Math.max(...archived.filter((a) => a.batch === b).map((a) => +a.at))]));
  // the Archive lists merges in the order they ran: a later merge of the same second comes later
  const position = new Map(batches.map((b, k) => [b, k]));
  return [...archived].sort(
    (x, y) =>
      newest.get(y.batch)! - newest.get(x.batch)! ||
      position.get(y.batch)! - position.get(x.batch)! ||
      x.fromRow - y.fromRow,
  );
}

export interface RestoreOutcome {
  batch: string;
  /** The worksheet row the customer went back to. */
  row: number;
  audit: AuditEntry[];
  /** Cells the merge changed that a person has changed since: left as they are. */
  keptAsEdited: number;
}

/** Puts the archived row `key` (ArchivedRow.key) back, and undoes what the merge did because of it. */
export async function restoreArchived(
  port: WorkbookPort,
  data: WorkbookData,
  key: string,
  { who, lang, now = new Date() }: ActionOptions,
): Promise<RestoreOutcome> {
  const [archive, records] = await Promise.all([readArchive(port, lang), readAudit(port, lang)]);
  const restored = restoredKeys(records);
  const target = archive.find((a) => a.key === key && !restored.has(a.key));
  if (!target) throw new Error(t(lang, 'restore.notFound', { key }));
  const stillArchived = archive.filter((a) => a.batch === target.batch && a !== target && !restored.has(a.key));
  const { headers } = await port.readWholeRows('Customers', []);
  const cells = alignCells(target, headers, lang);

  // what to undo, from the merge's Audit entries
  const id = target.customerId;
  const ofBatch = records.filter((r) => r.batch === target.batch && (r.action === 'merge' || r.action === 'resolve'));
  const keptEntries = ofBatch.filter(
    (r) => r.sheet === 'Customers' && r.row === target.keptRow && !(r.field === 'CustomerId' && r.after === null),
  );
  const lastOfMerge = !stillArchived.some((a) => a.keptRow === target.keptRow);
  const ownId = id !== '' && id !== target.mergedInto;
  const keptUndo = keptEntries.filter((r) => lastOfMerge || (ownId && r.customer === id));
  const refUndo = ownId ? ofBatch.filter((r) => r.sheet !== null && r.sheet !== 'Customers' && r.customer === id) : [];

  const keptNow = keptRowNow(data, target, stillArchived);
  const current = await port.readRows('Customers', keptNow === null ? [] : [keptNow]);
  const stillMerged = (r: AuditRecord, cellsNow: Record<string, CellValue> | undefined) =>
    cellsNow !== undefined && comparable(cellsNow[r.field]) === comparable(r.after);
  const keptEdits = keptUndo.filter((r) => stillMerged(r, current[0]));
  const refRows = new Map<string, Record<string, CellValue>[]>();
  for (const sheet of new Set(refUndo.map((r) => r.sheet!)))
    refRows.set(
      sheet,
      await port.readRows(
        sheet,
        refUndo.filter((r) => r.sheet === sheet).map((r) => r.row),
      ),
    );
  const refEdits = refUndo.filter((r) => {
    const rows = refUndo.filter((x) => x.sheet === r.sheet);
    return stillMerged(r, refRows.get(r.sheet!)![rows.indexOf(r)]);
  });

  // the row first (an interrupted restore then holds the customer twice, never not at all)
  const [row] = await port.insertTableRows('Customers', target.fromRow, [cells]);
  const keptRow = keptNow === null ? null : keptNow >= row ? keptNow + 1 : keptNow;
  const edits: CellEdit[] = [
    ...keptEdits.map((r) => ({ sheet: 'Customers' as const, row: keptRow!, field: r.field, value: r.before })),
    ...refEdits.map((r) => ({ sheet: r.sheet!, row: r.row, field: r.field, value: id })),
  ];
  await port.updateCells(edits);
  const batch = newBatchId(now);
  const entry = (e: Omit<AuditEntry, 'at' | 'who' | 'batch' | 'action' | 'customer'>): AuditEntry => ({
    at: now,
    who,
    action: 'restore',
    batch,
    customer: id,
    ...e,
  });
  const audit: AuditEntry[] = [
    entry({
      sheet: 'Customers',
      row,
      field: 'CustomerId',
      before: target.key,
      after: id || null,
      note: t(lang, 'audit.note.restore', { id: id || '—', row: target.fromRow, batch: target.batch }),
    }),
    ...keptEdits.map((r) =>
      entry({
        sheet: 'Customers',
        row: keptRow!,
        field: r.field,
        before: r.after,
        after: r.before,
        note: t(lang, 'audit.note.restoreField', { id: id || '—' }),
      }),
    ),
    ...refEdits.map((r) =>
      entry({
        sheet: r.sheet!,
        row: r.row,
        field: r.field,
        before: r.after,
        after: id,
        note: t(lang, 'audit.note.restoreRef', { id }),
      }),
    ),
  ];
  await appendAudit(port, audit, lang);
  return { batch, row, audit, keptAsEdited: keptUndo.length - keptEdits.length + refUndo.length - refEdits.length };
}

/** Keys of the archived rows a restore already brought back (its Audit entry names the key). */
function restoredKeys(records: readonly AuditRecord[]): Set<string> {
  const out = new Set<string>();
  for (const r of records)
    if (r.action === 'restore' && r.sheet === 'Customers' && r.field === 'CustomerId') out.add(String(r.before ?? ''));
  return out;
}

/**
 * The archived cells laid out by today's columns (matched by header text): a column added since
 * stays empty; a non-empty archived cell whose column is gone stops the restore (nothing is lost).
 */
function alignCells(target: ArchivedRow, headers: readonly string[], lang: ActionOptions['lang']): WholeCell[] {
  const out: WholeCell[] = headers.map(() => ({ value: null }));
  const used = new Set<number>();
  const missing: string[] = [];
  target.headers.forEach((h, j) => {
    const c = target.cells[j];
    const k = headers.findIndex((x, i) => !used.has(i) && x.trim() === h.trim());
    if (k >= 0) {
      used.add(k);
      out[k] = c;
    } else if (c.formula || c.link || customerIdText(c.value) !== '') missing.push(h);
  });
  if (missing.length) {
    const sheet = label(SHEET_BY_KEY.Customers, lang);
    throw new Error(t(lang, 'restore.columnsMissing', { sheet, columns: missing.join(t(lang, 'audit.idSeparator')) }));
  }
  return out;
}

/**
 * Where the row the customer was merged into is now: a row holding its CustomerId, the one nearest
 * to where it went when the merge took out the rows above it (null when there is none).
 */
function keptRowNow(data: WorkbookData, target: ArchivedRow, stillArchived: readonly ArchivedRow[]): number | null {
  const table = customersOf(data);
  const above = [target, ...stillArchived].filter((a) => a.fromRow < target.keptRow).length;
  const expected = target.keptRow - above;
  const ids = table.columns.CustomerId ?? [];
  let best: number | null = null;
  for (let i = 0; i < table.length; i++) {
    const row = table.rowNumbers[i];
    const matches = target.mergedInto ? customerIdText(ids[i]) === target.mergedInto : row === expected;
    if (matches && (best === null || Math.abs(row - expected) < Math.abs(best - expected))) best = row;
  }
  return best;
}
