/**
 * "A workbook of my own" (issue 20): the rows one person may see (domain/access), and nothing else, written
 * into an empty workbook. In a world of shared files this is the protection; a filter in the shared
 * workbook is only a convenience.
 *
 * The target starts empty and gets the schema's sheets (setup), then only the visible rows of each, field by
 * field: no user column the schema does not know (it could hold anything), no status column (a Check message
 * can name another customer's row), no formula, comment, defined name, hidden sheet or cached value of the
 * source. Of the add-in's own sheets, Audit and Archive keep the rows of visible customers; Issues,
 * Conflicts, Decisions and the Snapshot are left out, and the settings sheet keeps only the language.
 */
import type { AddinSheetKey, Lang, SheetKey } from '../domain/schema';
import { CUSTOMERS, SHEETS, field, setupFields, STATUS_FIELD_KEYS } from '../domain/schema';
import { parseEnum, recogniseHeaders } from '../domain/headers';
import type { CellValue, WorkbookData } from '../domain/table';
import {
  canSeeAddinRow,
  canSeeCustomer,
  listCell,
  readRosterTable,
  scopeFor,
  showroomIndex,
  showroomScope,
  unitKey,
  visibleRows,
  type AccessScope,
  type StaffMember,
  type VisibleRows,
} from '../domain/access';
import { t } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import { auditHeaders } from './audit';
import { archiveHeaders } from './archive';

export interface ExportForPersonResult {
  scope: AccessScope;
  /** Rows written per sheet (schema sheets, Audit, Archive). */
  counts: Partial<Record<SheetKey | AddinSheetKey, number>>;
}

/** Thrown when the person may see nothing: the message says who and why, in the caller's language. */
export class NoAccessError extends Error {}

/** The message for a scope that sees nothing (not on the roster, has left, no role...). */
export function noAccessMessage(scope: AccessScope, lang: Lang): string {
  return t(lang, `access.none.${scope.reason ?? 'unknown'}`, { id: scope.staffId, name: scope.name || scope.staffId });
}

/**
 * Copies what `staffId` may see from `source` into `target` (an empty workbook). Throws NoAccessError when
 * the person may see nothing.
 */
export async function exportForPerson(
  source: WorkbookPort,
  target: WorkbookPort,
  staffId: string,
  options: { lang: Lang },
): Promise<ExportForPersonResult> {
  const data = await source.read();
  const roster = readRosterTable(data.Staff);
  const scope = scopeFor(staffId, roster);
  if (scope.level === 'none') throw new NoAccessError(noAccessMessage(scope, options.lang));
  return exportScope(source, target, scope, roster, options);
}

/** exportForPerson for a scope already made (the per-showroom export makes its own). */
export async function exportScope(
  source: WorkbookPort,
  target: WorkbookPort,
  scope: AccessScope,
  roster: readonly StaffMember[],
  { lang }: { lang: Lang },
): Promise<ExportForPersonResult> {
  const data = await source.read();
  const visible = visibleRows(scope, data, roster);
  await target.setup(lang);
  await target.saveSettings({ lang });
  const counts: ExportForPersonResult['counts'] = {};
  for (const def of SHEETS) {
    const table = data[def.key];
    const rows = visible.rows[def.key];
    if (!table || !rows?.length) continue;
    const keys = setupFields(def)
      .map((f) => f.key)
      .filter((k) => !STATUS_FIELD_KEYS.includes(k) && table.columns[k]);
    const records = rows.map((i) => Object.fromEntries(keys.map((k) => [k, table.columns[k][i] ?? null])));
    await target.appendTableRows(def.key, records);
    counts[def.key] = records.length;
  }
  const audit = (await source.readAddinSheet('Audit', lang)).filter((r) =>
    canSeeAddinRow(scope, 'Audit', cellText(r[10]), r, visible),
  );
  if (audit.length) {
    await target.appendRows('Audit', auditHeaders(lang), audit, lang);
    counts.Audit = audit.length;
  }
  const archive = (await source.readAddinSheet('Archive', lang)).filter((r) =>
    archivedRowVisible(scope, r, visible, roster),
  );
  if (archive.length) {
    const headers = restoreData(archive[0][6])?.headers ?? [];
    await target.appendRows('Archive', archiveHeaders(headers, lang), archive, lang);
    counts.Archive = archive.length;
  }
  return { scope, counts };
}

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function restoreData(v: CellValue | undefined): { headers: string[]; customerId?: string } | null {
  if (typeof v !== 'string' || !v.startsWith('{')) return null;
  try {
    const data = JSON.parse(v) as { headers?: unknown; customerId?: unknown };
    if (!Array.isArray(data.headers)) return null;
    return { headers: data.headers.map(String), customerId: cellText(data.customerId as CellValue) };
  } catch {
    return null;
  }
}

const kindField = field('Customers', 'Kind');

/**
 * An Archive row (archive.ts: 7 bookkeeping columns, the restore data at 6, the customer it was merged into
 * at 1, then the archived customer row's cells): visible when the customer it was merged into is, the
 * archived row itself is in scope (its showroom, owner, kind), and no cell names a customer out of scope.
 */
function archivedRowVisible(
  scope: AccessScope,
  row: readonly CellValue[],
  visible: Pick<VisibleRows, 'allowed' | 'excluded'>,
  roster: readonly StaffMember[],
): boolean {
  const data = restoreData(row[6]);
  if (!data) return scope.level === 'all';
  const cells = row.slice(7);
  const columns = recogniseHeaders(CUSTOMERS, data.headers).columns;
  const get = (k: string) => (columns[k] === undefined ? null : (cells[columns[k]] ?? null));
  const facts = {
    kind: parseEnum(kindField, get('Kind')),
    showroom: get('Showroom'),
    owner: get('Owner'),
    coOwner: get('CoOwner'),
  };
  if (!canSeeCustomer(scope, facts, showroomIndex(roster))) return false;
  return canSeeAddinRow(scope, 'Archive', cellText(row[1]), row, visible);
}

/** The showrooms a workbook names (roster and customer rows), each once, spelled as first met. */
export function showroomsOf(data: WorkbookData): string[] {
  const seen = new Map<string, string>();
  const add = (v: CellValue) => {
    for (const name of listCell(v)) if (!seen.has(unitKey(name))) seen.set(unitKey(name), name);
  };
  for (const sheet of ['Staff', 'Customers'] as const) {
    const col = data[sheet]?.columns.Showroom ?? [];
    for (const v of col) add(v);
  }
  return [...seen.values()];
}

/** One workbook per showroom: `targetFor` gives the empty workbook each is written into. */
export async function exportByShowroom(
  source: WorkbookPort,
  targetFor: (showroom: string) => WorkbookPort,
  options: { lang: Lang },
): Promise<{ showroom: string; result: ExportForPersonResult }[]> {
  const data = await source.read();
  const roster = readRosterTable(data.Staff);
  const out: { showroom: string; result: ExportForPersonResult }[] = [];
  for (const showroom of showroomsOf(data)) {
    const result = await exportScope(source, targetFor(showroom), showroomScope(showroom, roster), roster, options);
    out.push({ showroom, result });
  }
  return out;
}
