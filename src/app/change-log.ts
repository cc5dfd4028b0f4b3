/**
 * The change log (变更日志, issue 19): a person's edits to the Customers, Ledger and Reviews tables,
 * made while the pane is open, written to the Audit sheet: when, who (the pane's "who"), sheet,
 * row, the row's CustomerId, column, and the old and new values where Excel gives them. A change
 * of a dealer's basic information (domain/dealer-info) gets a second, dedicated entry, which the
 * daily summary lists. The add-in's own writes (source 'addin') are never logged here: the use
 * case that made them logged them already, with its reason.
 *
 * One call, one append: a paste of many cells is one batch of Audit rows, one write. The rows'
 * CustomerId (and, on Customers, the kind and name) are read with one bounded readRows per table,
 * whose cost follows the rows edited, not the table.
 */
import type { CellChange, TableChangeEvent } from '../domain/changes';
import { isDealerBasicField, isDealerKind } from '../domain/dealer-info';
import type { Lang, SheetKey } from '../domain/schema';
import { CUSTOMERS, label } from '../domain/schema';
import type { CellValue } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, WorkbookPort } from '../workbook/port';
import { appendAudit, newBatchId, readAudit } from './audit';
import { chainText } from '../domain/audit-chain';
import type { DealerInfoLogged } from '../domain/daily';
import { parseDate } from '../domain/normalise';
import { localToday } from './today';

/** The tables whose edits are logged (the customer files: regulations §5). */
export const LOGGED_SHEETS: readonly SheetKey[] = ['Customers', 'Ledger', 'Reviews'];

export interface ChangeLogResult {
  /** Audit rows written for edited cells. */
  edits: number;
  /** Of which, dealer basic information changes (each also has its 'dealerInfo' row). */
  dealerInfo: number;
  /** The batch id the rows share ('' when nothing was logged). */
  batch: string;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Same value: Excel raises onChanged for a cell typed over with what it held. */
function unchanged(c: CellChange): boolean {
  if (c.before === undefined) return false;
  const a = c.before instanceof Date ? c.before.getTime() : c.before;
  const b = c.after instanceof Date ? c.after.getTime() : c.after;
  return a === b || (text(c.before) === '' && text(c.after) === '');
}

/** The user's logged changes, per table, in the order they came. */
function loggedChanges(events: readonly TableChangeEvent[]): Map<SheetKey, CellChange[]> {
  const out = new Map<SheetKey, CellChange[]>();
  for (const e of events) {
    if (e.source !== 'user' || !LOGGED_SHEETS.includes(e.sheet)) continue;
    for (const c of e.changes) {
      if (unchanged(c)) continue;
      const list = out.get(c.sheet) ?? out.set(c.sheet, []).get(c.sheet)!;
      list.push(c);
    }
  }
  return out;
}

export async function recordUserChanges(
  port: WorkbookPort,
  events: readonly TableChangeEvent[],
  who: string,
  lang: Lang,
  now: Date,
): Promise<ChangeLogResult> {
  const bySheet = loggedChanges(events);
  if (bySheet.size === 0) return { edits: 0, dealerInfo: 0, batch: '' };
  const batch = newBatchId(now);
  const entries: AuditEntry[] = [];
  let edits = 0;
  let dealerInfo = 0;
  for (const [sheet, changes] of bySheet) {
    const rows = [...new Set(changes.map((c) => c.row))];
    const read = await port.readRows(sheet, rows);
    const cellsOf = new Map(rows.map((r, i) => [r, read[i] ?? {}]));
    for (const c of changes) {
      const cells = cellsOf.get(c.row) ?? {};
      const customer = text(cells.CustomerId);
      const base = { at: now, who, sheet, row: c.row, field: c.field, after: c.after ?? null, batch, customer };
      const before = c.before === undefined ? null : c.before;
      entries.push({
        ...base,
        action: 'edit',
        before,
        note: t(lang, c.before === undefined ? 'audit.note.editNoBefore' : 'audit.note.edit'),
      });
      edits++;
      if (sheet === 'Customers' && isDealerBasicField(c.field) && isDealerKind(cells.Kind)) {
        const field = CUSTOMERS.fields.find((f) => f.key === c.field);
        entries.push({
          ...base,
          action: 'dealerInfo',
          before,
          note: t(lang, 'audit.note.dealerInfo', {
            id: customer,
            name: text(cells.Name),
            field: field ? label(field, lang) : c.field,
          }),
        });
        dealerInfo++;
      }
    }
  }
  await appendAudit(port, entries, lang);
  return { edits, dealerInfo, batch };
}

/** The local calendar day of an Audit row's time (a Date, or the text "YYYY-MM-DD HH:MM"). */
export function auditDay(at: CellValue): number | null {
  if (at instanceof Date) return localToday(at);
  if (typeof at === 'string') return parseDate(at.trim().slice(0, 10));
  return parseDate(at);
}

/** The change log's dealer information entries of a day (for the daily summary). */
export async function loggedDealerInfo(port: WorkbookPort, date: number, lang: Lang): Promise<DealerInfoLogged[]> {
  const records = await readAudit(port, lang);
  return records
    .filter((r) => r.action === 'dealerInfo' && r.sheet === 'Customers' && auditDay(r.at) === date)
    .map((r) => ({
      at: chainText(r.at),
      who: r.who,
      row: r.row,
      customerId: r.customer,
      field: r.field,
      before: chainText(r.before),
      after: chainText(r.after),
    }));
}
