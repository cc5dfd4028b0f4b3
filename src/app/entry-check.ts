/**
 * Entry-time warnings (issue 19): while the pane is open, every person's edit or paste in the
 * Customers table is checked at once against the entry index (domain/entry) and the row rules
 * of validation, the edited rows' status cells get the same markers as a full check, and the
 * warnings come back in the pane's language. The add-in's own writes (source 'addin') are never
 * checked. The rows are read in chunks of ENTRY_CHUNK_ROWS through readRows: a paste of 5,000 rows
 * costs one chunk's reads and writes, whatever the table's size.
 */
import type { TableChangeEvent } from '../domain/changes';
import { EntryIndex, isBlankRow, tableOfRows, type EntryCollision, type EntryRow } from '../domain/entry';
import { checkColumn, STATUS_MARKERS } from '../domain/engine';
import type { Issue } from '../domain/issues';
import { SHEET_BY_KEY, label, type Lang } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { RULES, validateWorkbook } from '../domain/validation';
import { t } from '../i18n';
import type { StatusCell, WorkbookPort } from '../workbook/port';
import { CROSS_ROW_READS } from './update-after-action';

/** Rows read, checked and marked per chunk (one readRows and one writeStatusCells each). */
export const ENTRY_CHUNK_ROWS = 5000;

/** The Customers rules that look at one row alone: they can judge a typed row without the rest of the table. */
const ROW_RULES = RULES.filter((r) => r.sheet === 'Customers' && !(r.id in CROSS_ROW_READS)).map((r) => r.id);

/** What the entry check works with: the index and the data of the last check (Staff for the roster rules). */
export interface EntrySession {
  index: EntryIndex;
  data: WorkbookData;
  lang: Lang;
  /** Today as a day number, and the stale-follow-up days, as the check's validation takes them. */
  today: number;
  staleDays: number;
}

/** A warning about one edited row. */
export interface EntryWarning {
  row: number;
  /** CustomerId typed in the row ('' when none yet). */
  customerId: string;
  collisions: EntryCollision[];
  /** The row's rule findings (bad phone, ID check digit ...), messages in the session's language. */
  issues: Issue[];
  /** One line per collision, then one per finding, in the session's language. */
  messages: string[];
  /** Where: 「客户档案」第 12 行 / "Customers" row 12. */
  where: string;
}

export interface EntryCheckResult {
  warnings: EntryWarning[];
  /** Rows checked (non-blank), and chunks read. */
  rows: number;
  chunks: number;
}

/** A session from the last check's data (or a read at load); null when there is no Customers table. */
export function entrySession(
  data: WorkbookData,
  options: { lang: Lang; today: number; staleDays: number },
): EntrySession | null {
  const index = EntryIndex.build(data);
  return index && { index, data, ...options };
}

/** The line of a collision: 「此手机号已属于 C000123（S012 王婷），首次登记于 2026-03-02」. */
export function collisionMessage(c: EntryCollision, lang: Lang): string {
  const e = c.existing;
  const owner = e.owner ? (e.ownerName ? `${e.owner} ${e.ownerName}` : e.owner) : t(lang, 'entry.noOwner');
  const customerId = e.customerId || t(lang, 'entry.noCustomerId', { row: e.row });
  const key = `entry.taken.${c.key}${e.firstContact ? '' : '.noDate'}`;
  return t(lang, key, { customerId, owner, date: e.firstContact });
}

/** The worksheet rows a person changed in the Customers table (add-in writes and its own columns left out). */
export function editedRows(events: readonly TableChangeEvent[]): number[] {
  return [...editedFields(events).keys()].sort((a, b) => a - b);
}

/** Per worksheet row a person changed in the Customers table, the fields changed. */
function editedFields(events: readonly TableChangeEvent[]): Map<number, Set<string>> {
  const own = new Set(SHEET_BY_KEY.Customers.fields.filter((f) => f.owner === 'addin').map((f) => f.key));
  const rows = new Map<number, Set<string>>();
  for (const e of events) {
    if (e.source !== 'user' || e.sheet !== 'Customers') continue;
    for (const c of e.changes)
      if (!own.has(c.field)) (rows.get(c.row) ?? rows.set(c.row, new Set()).get(c.row)!).add(c.field);
  }
  return rows;
}

/**
 * Checks the rows people changed: reads them (chunks of ENTRY_CHUNK_ROWS), checks each against the
 * index and the row rules, takes them into the index, marks their status cells, returns the warnings.
 */
export async function checkEntries(
  port: WorkbookPort,
  session: EntrySession,
  events: readonly TableChangeEvent[],
  chunkRows = ENTRY_CHUNK_ROWS,
): Promise<EntryCheckResult> {
  const fields = editedFields(events);
  const rows = [...fields.keys()].sort((a, b) => a - b);
  const { lang } = session;
  const warnings: EntryWarning[] = [];
  let checked = 0;
  let chunks = 0;
  for (let k = 0; k < rows.length; k += chunkRows) {
    const chunk = rows.slice(k, k + chunkRows);
    const cells = await port.readRows('Customers', chunk);
    chunks++;
    const read: EntryRow[] = chunk.map((row, i) => ({ row, cells: cells[i] ?? {} }));
    const filled = read.filter((r) => !isBlankRow(r));
    session.index.forget(read.filter(isBlankRow).map((r) => r.row));
    if (!filled.length) continue;
    checked += filled.length;
    const collisions = session.index.check(filled);
    const table = tableOfRows(session.index.template, filled);
    const issues = validateWorkbook(
      { ...session.data, Customers: table },
      { today: session.today, lang, staleDays: session.staleDays, only: ROW_RULES },
    ).filter((i) => i.sheet === 'Customers');
    const check = checkColumn(table, issues, lang).values;
    const status: StatusCell[] = [];
    filled.forEach((r, i) => {
      const found = collisions.get(r.row) ?? [];
      // the row's marker says all a full check would; the warning speaks of the cells the person changed
      const mine = issues.filter((x) => x.row === r.row && (!x.field || fields.get(r.row)!.has(x.field)));
      status.push({ sheet: 'Customers', row: r.row, field: 'Check', value: check[i] });
      if (found.length) {
        const customerId =
          found[0].existing.customerId || t(lang, 'entry.noCustomerId', { row: found[0].existing.row });
        const text = `${STATUS_MARKERS.conflict} ${t(lang, 'entry.status.conflict', { customerId })}`;
        status.push({ sheet: 'Customers', row: r.row, field: 'ConflictGroup', value: text });
      }
      if (!found.length && !mine.length) return;
      warnings.push({
        row: r.row,
        customerId: String(r.cells.CustomerId ?? '').trim(),
        collisions: found,
        issues: mine,
        messages: [...found.map((c) => collisionMessage(c, lang)), ...mine.map((x) => x.message)],
        where: t(lang, 'entry.where', { sheet: label(SHEET_BY_KEY.Customers, lang), row: r.row }),
      });
    });
    await port.writeStatusCells(
      status.filter((s) => SHEET_BY_KEY.Customers.fields.some((f) => f.key === s.field)),
      lang,
    );
  }
  return { warnings, rows: checked, chunks };
}
