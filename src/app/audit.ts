/**
 * The Audit sheet (变更日志): one row per user cell an action changed, per row it archived,
 * marked, restored or created. Written only by the use cases of a person's explicit action.
 * Every entry of one action shares a batch id, and an entry a merge made because of an archived
 * customer names that customer, so "restore from Archive" can find and undo them (readAudit).
 */
import type { Lang, SheetKey } from '../domain/schema';
import { SHEETS, SHEET_BY_KEY, label } from '../domain/schema';
import type { CellValue } from '../domain/table';
import { t } from '../i18n';
import { chainHash, chainText } from '../domain/audit-chain';
import type { AuditEntry, WorkbookPort } from '../workbook/port';

/** The last column, 'hash', is the running hash of the row before and this row's other cells (domain/audit-chain). */
const AUDIT_COLUMNS = [
  'at',
  'who',
  'action',
  'sheet',
  'row',
  'field',
  'before',
  'after',
  'note',
  'batch',
  'customer',
  'hash',
];
/** The 0-based column of the chain hash; the cells left of it are what it covers. */
export const AUDIT_HASH_COLUMN = AUDIT_COLUMNS.indexOf('hash');
const AUDIT_ACTIONS: AuditEntry['action'][] = [
  'resolve',
  'merge',
  'notSame',
  'createRows',
  'setup',
  'restore',
  'edit',
  'dealerInfo',
  'approve',
  'finance',
];

export function auditHeaders(lang: Lang): string[] {
  return AUDIT_COLUMNS.map((k) => t(lang, `audit.header.${k}`));
}

/**
 * When, as the Audit holds it: local "YYYY-MM-DD HH:MM:SS" text in every adapter (the Office one writes
 * a date in its own sheets as text anyway), so the chain hash of a file logged in one time zone still
 * verifies in another.
 */
export function auditTime(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`;
}

/** An entry's cells, without the chain hash (appendAudit adds it). */
export function auditRow(e: AuditEntry, lang: Lang): CellValue[] {
  const sheet = SHEET_BY_KEY[e.sheet];
  const f = sheet.fields.find((x) => x.key === e.field);
  return [
    auditTime(e.at),
    e.who,
    t(lang, `audit.action.${e.action}`),
    label(sheet, lang),
    e.row,
    f ? label(f, lang) : e.field,
    e.before,
    e.after,
    e.note ?? '',
    e.batch ?? '',
    e.customer ?? '',
  ];
}

/**
 * Appends entries to the Audit sheet, each with its chain hash: the hash of the row before (read
 * with a bounded read of the sheet's last row; '' when there is none, or when it is an older
 * version's row without one) and its own cells.
 */
export async function appendAudit(port: WorkbookPort, entries: AuditEntry[], lang: Lang): Promise<void> {
  if (entries.length === 0) return;
  const last = (await port.readAddinRows('Audit', { last: 1 })).at(-1);
  let previous = last ? chainText(last.cells[AUDIT_HASH_COLUMN]).trim() : '';
  const rows = entries.map((e) => {
    const cells = auditRow(e, lang);
    previous = chainHash(previous, cells);
    return [...cells, previous];
  });
  await port.appendRows('Audit', auditHeaders(lang), rows, lang);
}

/**
 * A new batch id: the time of the action and four random characters (B-20261127-100000-k3f9).
 * Unique enough for one workbook's Audit; readable in it.
 */
export function newBatchId(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}-${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
  return `B-${stamp}-${Math.random().toString(36).slice(2, 6).padEnd(4, '0')}`;
}

/** An Audit row read back: the action, sheet and field as keys (whichever language wrote them). */
export interface AuditRecord {
  /** When, as the sheet holds it (a Date, or the text "YYYY-MM-DD HH:MM" the Office adapter writes). */
  at: CellValue;
  who: string;
  action: AuditEntry['action'] | null;
  sheet: SheetKey | null;
  row: number;
  field: string;
  before: CellValue;
  after: CellValue;
  batch: string;
  customer: string;
}

/** Reads the Audit sheet back (rows an older version wrote have no batch: nothing can refer to them). */
export async function readAudit(port: WorkbookPort, lang: Lang): Promise<AuditRecord[]> {
  const rows = await port.readAddinSheet('Audit', lang);
  const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());
  const byLabel = <K extends string>(keys: readonly K[], labelOf: (k: K, l: Lang) => string) => {
    const map = new Map<string, K>();
    for (const k of keys) for (const l of ['zh', 'en'] as const) map.set(labelOf(k, l), k);
    return map;
  };
  const actions = byLabel(AUDIT_ACTIONS, (k, l) => t(l, `audit.action.${k}`));
  const sheets = byLabel(
    SHEETS.map((s) => s.key),
    (k, l) => label(SHEET_BY_KEY[k], l),
  );
  return rows.map((r) => {
    const sheet = sheets.get(text(r[3])) ?? null;
    const fieldText = text(r[5]);
    const field = sheet
      ? (SHEET_BY_KEY[sheet].fields.find((f) => f.zh === fieldText || f.en === fieldText)?.key ?? fieldText)
      : fieldText;
    return {
      at: r[0] ?? null,
      who: text(r[1]),
      action: actions.get(text(r[2])) ?? null,
      sheet,
      row: Number(r[4]),
      field,
      before: r[6] ?? null,
      after: r[7] ?? null,
      batch: text(r[9]),
      customer: text(r[10]),
    };
  });
}
