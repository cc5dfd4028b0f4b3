/**
 * The 待处理 (Pending) list (issue 19): an entry-time warning a salesperson hands to the supervisor
 * ("交主管处理"). One row per request in the add-in's own Pending sheet; the daily summary lists them.
 * Nothing in the customer's row changes: the supervisor decides who keeps the customer.
 */
import type { Lang } from '../domain/schema';
import type { CellValue } from '../domain/table';
import { t } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import type { EntryWarning } from './entry-check';

const PENDING_COLUMNS = ['at', 'who', 'row', 'customerId', 'existing', 'owner', 'reason', 'status'] as const;

export interface PendingEntry {
  /** When it was sent, as written (YYYY-MM-DD hh:mm). */
  at: string;
  who: string;
  row: number;
  customerId: string;
  existing: string;
  owner: string;
  reason: string;
  status: string;
}

export function pendingHeaders(lang: Lang): string[] {
  return PENDING_COLUMNS.map((k) => t(lang, `pending.header.${k}`));
}

/** Appends the warning to the Pending sheet; returns the number of open requests now (its row in the list). */
export async function askSupervisor(
  port: WorkbookPort,
  warning: EntryWarning,
  who: string,
  lang: Lang,
  at: Date,
): Promise<number> {
  const first = warning.collisions[0]?.existing;
  const row: CellValue[] = [
    at,
    who,
    warning.row,
    warning.customerId,
    first?.customerId ?? '',
    first ? [first.owner, first.ownerName].filter(Boolean).join(' ') : '',
    warning.messages.join('; '),
    t(lang, 'pending.status.open'),
  ];
  await port.appendRows('Pending', pendingHeaders(lang), [row], lang);
  return (await port.readAddinSheet('Pending', lang)).length;
}

/** The Pending sheet's rows ([] when there is none). */
export async function readPending(port: WorkbookPort, lang: Lang): Promise<PendingEntry[]> {
  const rows = await port.readAddinSheet('Pending', lang);
  const text = (v: CellValue | undefined): string => {
    if (v instanceof Date) {
      const p = (n: number) => String(n).padStart(2, '0');
      return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())} ${p(v.getHours())}:${p(v.getMinutes())}`;
    }
    return v === null || v === undefined ? '' : String(v).trim();
  };
  return rows.map((r) => ({
    at: text(r[0]),
    who: text(r[1]),
    row: Number(r[2]) || 0,
    customerId: text(r[3]),
    existing: text(r[4]),
    owner: text(r[5]),
    reason: text(r[6]),
    status: text(r[7]),
  }));
}

/** The daily summary's lines about the Pending list (none when it is empty). */
export function pendingLines(pending: readonly PendingEntry[], lang: Lang): string[] {
  if (!pending.length) return [];
  return [
    t(lang, 'daily.section.pending'),
    ...pending.map(
      (p) =>
        '  ' +
        t(lang, 'daily.pending', {
          at: p.at,
          who: p.who,
          row: p.row,
          customerId: p.customerId || p.existing,
          reason: p.reason,
        }),
    ),
  ];
}
