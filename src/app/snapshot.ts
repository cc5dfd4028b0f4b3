/**
 * The customer snapshot the daily check compares with: read from and stored in the add-in's own
 * very hidden sheet (快照 / Snapshot), one short row per customer (see domain/daily). A check
 * stores it only after it has written its verdict, so a check that writes nothing (the CLI
 * without --out, a declined first write, a workbook it did not recognise) stores nothing.
 */
import type { Lang } from '../domain/schema';
import type { Table, WorkbookData } from '../domain/table';
import {
  advanceSnapshot,
  fingerprintCustomers,
  parseSnapshot,
  snapshotRows,
  type Fingerprints,
  type Snapshot,
  type SnapshotDiff,
} from '../domain/daily';
import { t } from '../i18n';
import type { WorkbookPort } from '../workbook/port';

/** The customer rows now against the stored snapshot, and the snapshot that follows. */
export interface DailyState {
  table: Table;
  fingerprints: Fingerprints;
  /** The stored snapshot (null: none yet). */
  before: Snapshot | null;
  after: Snapshot;
  diff: SnapshotDiff;
}

const HEADERS = ['key', 'owner', 'row', 'hash', 'sigs', 'firstSeen', 'changed', 'changedFields', 'removed'];

export async function readSnapshot(port: WorkbookPort, lang: Lang): Promise<Snapshot | null> {
  return parseSnapshot(await port.readAddinSheet('Snapshot', lang));
}

/** The customer table against a snapshot, on `today` (nothing read or written). */
export function dailyState(data: WorkbookData, before: Snapshot | null, today: number): DailyState {
  const table = data.Customers;
  if (!table) throw new Error('no Customers table');
  const fingerprints = fingerprintCustomers(table);
  return { table, fingerprints, before, ...advanceSnapshot(before, fingerprints, today) };
}

export async function writeSnapshot(port: WorkbookPort, snapshot: Snapshot, lang: Lang): Promise<void> {
  await port.writeReportSheet(
    {
      sheet: 'Snapshot',
      headers: HEADERS.map((k) => t(lang, `snapshot.header.${k}`)),
      rows: snapshotRows(snapshot),
      hidden: true,
    },
    lang,
  );
}

/** Reads the stored snapshot, advances it to the table now and stores the result. */
export async function storeSnapshot(
  port: WorkbookPort,
  data: WorkbookData,
  today: number,
  lang: Lang,
): Promise<DailyState> {
  const state = dailyState(data, await readSnapshot(port, lang), today);
  await writeSnapshot(port, state.after, lang);
  return state;
}
