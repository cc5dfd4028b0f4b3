/**
 * What the pane and the CLI do to a workbook, written once over the WorkbookPort so
 * that Excel, the playground and files behave the same.
 *
 * Only three actions change user data — resolve a conflict, merge duplicates, mark
 * "not the same customer" — plus creating missing review rows. Each happens only on
 * a person's click and is recorded row by row in the Audit sheet.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { CUSTOMERS, SHEET_BY_KEY, label, userFields } from '../domain/schema';
import type { CellValue, Table, WorkbookData } from '../domain/table';
import { cell, text } from '../domain/table';
import type { Issue } from '../domain/issues';
import { t } from '../i18n';
import { STATUS_MARKERS } from '../domain/engine';
import type { AuditEntry, CellEdit, StatusColumn, StatusFormatRule, StatusValue, WorkbookPort } from './port';
import {
  REVIEW_FORMULA_COLUMNS,
  REVIEW_VALUE_COLUMNS,
  reviewSheetColumns,
  reviewsColumnLetters,
  runTiers,
  type ReviewConfigInput,
  type ReviewRowScore,
  type TiersResult,
} from '../domain/reviews';

/** The part of a conflict cluster an action needs. */
export interface ClusterRef {
  id: string;
  rows: number[];
  customerIds: string[];
  owners: string[];
  kind: 'conflict' | 'duplicate';
  reasons: string[];
  suggestedOwner: string;
}

/** What runCheck hands to the writer. */
export interface CheckOutput {
  issues: Issue[];
  clusters: ClusterRef[];
  status: Partial<Record<SheetKey, StatusColumn[]>>;
}

/**
 * One conditional format per rule, keyed on the add-in's status columns. The status
 * text starts with a marker (STATUS_MARKERS) the rule looks for, so colours survive
 * without the add-in.
 */

export const STATUS_FORMAT_RULES: StatusFormatRule[] = [
  { id: 'conflict', field: 'ConflictGroup', contains: STATUS_MARKERS.conflict, fill: '#F8CBAD', fontColor: '#7F2704' },
  {
    id: 'duplicate',
    field: 'ConflictGroup',
    contains: STATUS_MARKERS.duplicate,
    fill: '#DDEBF7',
    fontColor: '#1F4E78',
  },
  { id: 'error', field: 'Check', contains: STATUS_MARKERS.error, fill: '#FFE0E0', fontColor: '#9C0006' },
  { id: 'warning', field: 'Check', contains: STATUS_MARKERS.warning, fill: '#FFF2CC', fontColor: '#7F6000' },
];

function auditHeaders(lang: Lang): string[] {
  return ['at', 'who', 'action', 'sheet', 'row', 'field', 'before', 'after', 'note'].map((k) =>
    t(lang, `audit.header.${k}`),
  );
}

function auditRow(e: AuditEntry, lang: Lang): CellValue[] {
  const sheet = SHEET_BY_KEY[e.sheet];
  const f = sheet.fields.find((x) => x.key === e.field);
  return [
    e.at,
    e.who,
    t(lang, `audit.action.${e.action}`),
    label(sheet, lang),
    e.row,
    f ? label(f, lang) : e.field,
    e.before,
    e.after,
    e.note ?? '',
  ];
}

export async function appendAudit(port: WorkbookPort, entries: AuditEntry[], lang: Lang): Promise<void> {
  if (entries.length === 0) return;
  await port.appendRows(
    'Audit',
    auditHeaders(lang),
    entries.map((e) => auditRow(e, lang)),
    lang,
  );
}

/** Writes the engine's verdict: status columns, one format per rule, Issues and Conflicts sheets. */
export async function applyCheckResult(port: WorkbookPort, result: CheckOutput, lang: Lang): Promise<void> {
  for (const [sheet, columns] of Object.entries(result.status) as [SheetKey, StatusColumn[]][]) {
    if (!columns) continue;
    await port.writeStatusColumns(sheet, columns, lang);
    const fields = new Set(columns.map((c) => c.field));
    await port.applyStatusFormats(
      sheet,
      STATUS_FORMAT_RULES.filter((r) => fields.has(r.field)),
    );
  }
  await port.writeReportSheet(
    {
      sheet: 'Issues',
      headers: ['severity', 'sheet', 'row', 'field', 'rule', 'message'].map((k) => t(lang, `issues.header.${k}`)),
      rows: result.issues.map((i) => [
        t(lang, `severity.${i.severity}`),
        label(SHEET_BY_KEY[i.sheet], lang),
        i.row,
        i.field ? fieldLabel(i.sheet, i.field, lang) : '',
        i.rule,
        i.message,
      ]),
      links: result.issues.map((i) => ({ sheet: i.sheet, row: i.row, field: i.field })),
    },
    lang,
  );
  await port.writeReportSheet(
    {
      sheet: 'Conflicts',
      headers: ['group', 'kind', 'rows', 'customerIds', 'owners', 'suggestedOwner', 'reasons'].map((k) =>
        t(lang, `conflicts.header.${k}`),
      ),
      rows: result.clusters.map((c) => [
        c.id,
        t(lang, `conflicts.kind.${c.kind}`),
        c.rows.join(', '),
        c.customerIds.join(', '),
        c.owners.join(', '),
        c.suggestedOwner,
        c.reasons.join('; '),
      ]),
      links: result.clusters.map((c) => ({ sheet: 'Customers' as SheetKey, row: c.rows[0] })),
    },
    lang,
  );
}

function fieldLabel(sheet: SheetKey, key: string, lang: Lang): string {
  const f = SHEET_BY_KEY[sheet].fields.find((x) => x.key === key);
  return f ? label(f, lang) : key;
}

function indexOfRow(table: Table, row: number): number {
  const i = table.rowNumbers.indexOf(row);
  if (i < 0) throw new Error(`row ${row} is not in ${table.sourceName}`);
  return i;
}

function customersOf(data: WorkbookData): Table {
  const table = data.Customers;
  if (!table) throw new Error('no Customers table');
  return table;
}

/**
 * Resolve a conflict: the supervisor picks who keeps the customer
 * (每天应汇总检查当天所有的客户记录，对各销售员的客户资源进行必要的调整，以防止客户冲突).
 * Writes the Owner cells that differ and audits each one.
 */
export async function resolveConflict(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  newOwner: string,
  who: string,
  lang: Lang,
  now: Date = new Date(),
): Promise<AuditEntry[]> {
  const table = customersOf(data);
  const edits: CellEdit[] = [];
  const audit: AuditEntry[] = [];
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
      note: t(lang, 'audit.note.resolve', { group: cluster.id }),
    });
  }
  await port.updateCells(edits);
  await appendAudit(port, audit, lang);
  return audit;
}

/**
 * Merge duplicates: an explicit action that keeps one row (the suggested one: first
 * registration), fills its empty fields from the other rows, and moves the other rows
 * to the Archive sheet. Nothing is deleted: the archived rows keep every cell.
 */
export async function mergeDuplicates(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  keepRow: number,
  who: string,
  lang: Lang,
  now: Date = new Date(),
): Promise<AuditEntry[]> {
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
      note: t(lang, 'audit.note.mergeArchive', { keep: keepRow, group: cluster.id }),
    });
  }
  // Order matters: fill and archive first, remove last, so an interrupted merge loses nothing.
  await port.updateCells(edits);
  await port.appendRows('Archive', archiveHeaders, archiveRows, lang);
  await appendAudit(port, audit, lang);
  await port.removeTableRows('Customers', others);
  return audit;
}

/** A supervisor's decision that two records are different customers, keyed by CustomerId. */
export type NotSamePair = [string, string];

function decisionHeaders(lang: Lang): string[] {
  return ['a', 'b', 'who', 'at', 'note'].map((k) => t(lang, `decisions.header.${k}`));
}

/**
 * Mark a group (every pair in it) or one pair as "not the same customer". The decision is
 * stored in the workbook (Decisions sheet) and the pair is never reported again.
 */
export async function markNotSame(
  port: WorkbookPort,
  data: WorkbookData,
  cluster: ClusterRef,
  who: string,
  lang: Lang,
  onlyRows?: [number, number],
  now: Date = new Date(),
): Promise<NotSamePair[]> {
  const table = customersOf(data);
  const rows = onlyRows ?? cluster.rows;
  const ids = rows.map((r) => text(table, 'CustomerId', indexOfRow(table, r)) || `#${r}`);
  const pairs: NotSamePair[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i], ids[j]]);
  await port.appendRows(
    'Decisions',
    decisionHeaders(lang),
    pairs.map(([a, b]) => [a, b, who, now, t(lang, 'decisions.note', { group: cluster.id })]),
    lang,
  );
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
      note: t(lang, 'audit.note.notSame', { group: cluster.id }),
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

/** Appends missing rows to a schema table (e.g. review rows), auditing each one. */
export async function createRows(
  port: WorkbookPort,
  sheet: SheetKey,
  rows: Record<string, CellValue>[],
  who: string,
  lang: Lang,
  now: Date = new Date(),
): Promise<void> {
  if (rows.length === 0) return;
  const written = await port.appendTableRows(sheet, rows);
  const keyField = SHEET_BY_KEY[sheet].fields[0].key;
  await appendAudit(
    port,
    rows.map((r, k) => ({
      at: now,
      who,
      action: 'createRows',
      sheet,
      row: written[k] ?? 0,
      field: keyField,
      before: null,
      after: r[keyField] ?? null,
    })),
    lang,
  );
}

// ------------------------------------------------------------------ Reviews: computed columns

export interface ReviewScoresOptions {
  /** "Today" as a day number (domain/reviews months), for the ledger analytics. */
  today: number;
  config?: ReviewConfigInput;
}

export interface ReviewScoresWritten {
  tiers: TiersResult;
  /** Dealer review rows that got scores. */
  rows: number;
  /** Cells written as live formulas. */
  formulas: number;
}

/** The engine's value of a formula column for one review row (the cached result next to the formula). */
function engineValue(field: string, rs: ReviewRowScore): string | number | null {
  switch (field) {
    case 'TotalScore':
      return rs.total;
    case 'ProposedTier':
      return rs.proposedTierText;
    case 'ProposedDiscount':
      return rs.terms?.priceDiscount ?? null;
    case 'ProposedCreditDays':
      return rs.terms?.creditDays ?? null;
    case 'ProposedCreditLimit':
      return rs.terms?.creditLimit ?? null;
    default:
      return null;
  }
}

/**
 * Writes the Reviews sheet's computed columns (客户评审: 经销商评审由总经理审核确定客户等级): the criterion scores
 * and the suggested finance scores as values, and TotalScore, ProposedTier and the policy terms as live formulas
 * over the Policy and Weights tables, so they stay right without the add-in and finance can audit them.
 * Only the add-in's own columns are written (finance's CreditScore, PaymentScore, FinanceOpinion and every other
 * user cell stay as they are), so this is not a change of user data and is not audited. Rows that are not dealer
 * reviews get empty cells. Returns null when the workbook has no Reviews table.
 */
export async function writeReviewScores(
  port: WorkbookPort,
  data: WorkbookData,
  lang: Lang,
  options: ReviewScoresOptions,
): Promise<ReviewScoresWritten | null> {
  let reviews = data.Reviews;
  if (!reviews) return null;
  const fields = [...REVIEW_VALUE_COLUMNS, ...REVIEW_FORMULA_COLUMNS] as string[];
  // The formulas refer to this row's cells by A1 address, so every column must exist (at its final place) first.
  const missing = fields.filter((k) => reviews!.mapping.columns[k] === undefined);
  if (missing.length) {
    const blank = new Array<null>(reviews.length).fill(null);
    await port.writeStatusColumns(
      'Reviews',
      missing.map((field) => ({ field, values: blank })),
      lang,
    );
    reviews = (await port.read({ sheets: ['Reviews'] })).Reviews;
    if (!reviews) return null;
    data = { ...data, Reviews: reviews };
  }
  const tiers = runTiers(data, { today: options.today, lang, config: options.config });
  // Structured references (Policy[最低分]) where Policy/Weights are Excel tables, so added rows count; A1 otherwise.
  const cols = reviewSheetColumns(data, tiers, reviewsColumnLetters(reviews), 'structured');
  const scored = new Map(tiers.reviewRows.map((rs) => [rs.index, rs]));
  let formulas = 0;
  const columns: StatusColumn[] = [
    ...REVIEW_VALUE_COLUMNS.map((field) => ({ field, values: cols.values[field] as StatusValue[] })),
    ...REVIEW_FORMULA_COLUMNS.map((field) => ({
      field,
      values: cols.formulas[field].map((formula, i): StatusValue => {
        const rs = scored.get(i);
        if (!rs) return null;
        const value = engineValue(field, rs);
        if (!formula) return value; // no Policy table to refer to: the engine's value (default policy)
        formulas++;
        return { formula, value };
      }),
    })),
  ];
  await port.writeStatusColumns('Reviews', columns, lang);
  return { tiers, rows: tiers.reviewRows.length, formulas };
}
