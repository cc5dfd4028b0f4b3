/**
 * Writes a check's verdict into the workbook: the add-in's status columns, one conditional
 * format per rule on them, and the Issues and Conflicts sheets. Only what the add-in owns:
 * no user cell changes, so nothing here is audited.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { ADDIN_SHEETS, SHEET_BY_KEY, label } from '../domain/schema';
import type { Issue } from '../domain/issues';
import { STATUS_MARKERS } from '../domain/engine';
import { RULES } from '../domain/validation';
import { EXCEL_MAX_ROWS } from '../domain/a1';
import type { CellValue } from '../domain/table';
import { t } from '../i18n';
import type { ReportSheet, StatusColumn, StatusFormatRule, WorkbookPort } from '../workbook/port';
import type { ClusterRef } from './groups';
import { AUDIT_CHAIN_RULE, AUDIT_CHAIN_TITLE } from './audit-chain-check';
import { staffLabel, type ReportPeople } from './report-people';
import { arrangeWorkbook } from './arrange-workbook';

/** What the engine hands to the writer. */
export interface CheckOutput {
  issues: Issue[];
  clusters: ClusterRef[];
  status: Partial<Record<SheetKey, StatusColumn[]>>;
  /** Who the reports name: staff names beside their IDs, each issue's row owner (reportPeople). */
  people?: ReportPeople;
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

/**
 * Only the status columns the schema gives the add-in (a table without a Check field,
 * such as Duty, keeps its issues in the Issues sheet): the add-in never adds columns
 * the schema does not own.
 */
export function ownStatusColumns<C extends { field: string }>(
  status: Partial<Record<SheetKey, C[]>>,
): Partial<Record<SheetKey, C[]>> {
  const out: Partial<Record<SheetKey, C[]>> = {};
  for (const [sheet, columns] of Object.entries(status) as [SheetKey, C[] | undefined][]) {
    const def = SHEET_BY_KEY[sheet];
    const own = (columns ?? []).filter((c) => def?.fields.some((f) => f.key === c.field && f.owner === 'addin'));
    if (own.length) out[sheet] = own;
  }
  return out;
}

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** A rule as people read it: its title (the code, customer.phone.format, is for the JSON output only). */
export function ruleTitle(id: string, lang: Lang): string {
  return RULE_TITLES.get(id)?.[lang] ?? (id === AUDIT_CHAIN_RULE ? AUDIT_CHAIN_TITLE[lang] : id);
}

function fieldLabel(sheet: SheetKey, key: string, lang: Lang): string {
  const f = SHEET_BY_KEY[sheet].fields.find((x) => x.key === key);
  return f ? label(f, lang) : key;
}

/** The Issues sheet's message column and the Conflicts sheet's reasons column: long texts that wrap. */
const ISSUES_MESSAGE_COLUMN = 5;
const CONFLICTS_REASONS_COLUMN = 6;

/** Rows a report sheet lists: Excel's rows less the header and the line that counts the rest. */
export const REPORT_ROW_LIMIT = EXCEL_MAX_ROWS - 2;

/**
 * A report of at most REPORT_ROW_LIMIT rows (1.48M issues on a 1M-customer sheet would make a copy
 * no program opens): past that, a last row says how many more there are and what to do.
 */
function cappedReport(report: ReportSheet, more: (n: number) => string, limit = REPORT_ROW_LIMIT): ReportSheet {
  const extra = report.rows.length - limit;
  if (extra <= 0) return report;
  const last: CellValue[] = report.headers.map(() => '');
  // in the long-text column (the message), else the last
  last[report.wrap?.[0] ?? last.length - 1] = more(extra);
  return {
    ...report,
    rows: [...report.rows.slice(0, limit), last],
    links: report.links && [...report.links.slice(0, limit), null],
  };
}

/** The last row of a capped report: how many more there are. */
const more = (lang: Lang, key: string) => (n: number) => t(lang, key, { n, rows: EXCEL_MAX_ROWS });

/**
 * Writes the engine's verdict: status columns, one format per rule, Issues and Conflicts sheets.
 * reportRowLimit: tests lower it to reach the cap without a million issues.
 */
export async function applyCheckResult(
  port: WorkbookPort,
  result: CheckOutput,
  lang: Lang,
  reportRowLimit = REPORT_ROW_LIMIT,
): Promise<void> {
  for (const [sheet, columns] of Object.entries(ownStatusColumns(result.status)) as [SheetKey, StatusColumn[]][]) {
    await port.writeStatusColumns(sheet, columns, lang);
    const fields = new Set(columns.map((c) => c.field));
    await port.applyStatusFormats(
      sheet,
      STATUS_FORMAT_RULES.filter((r) => fields.has(r.field)),
    );
  }
  await writeIssuesSheet(port, result, lang, reportRowLimit);
  await writeConflictsSheet(port, result, lang, reportRowLimit);
  await arrangeWorkbook(port, lang);
}

/** The Issues sheet: one row per issue, linked to its cell (the port writes it in chunks). */
export async function writeIssuesSheet(
  port: WorkbookPort,
  result: Pick<CheckOutput, 'issues' | 'people'>,
  lang: Lang,
  reportRowLimit = REPORT_ROW_LIMIT,
): Promise<void> {
  const people = result.people;
  const owner = (i: Issue) => {
    // an Audit finding (a broken hash chain) belongs to no salesperson
    const id = i.sheet === 'Audit' ? undefined : people?.ownerOf(i.sheet, i.row);
    return id ? staffLabel(id, people, lang) : '';
  };
  await port.writeReportSheet(
    cappedReport(
      {
        sheet: 'Issues',
        headers: ['severity', 'sheet', 'row', 'field', 'rule', 'message', 'owner'].map((k) =>
          t(lang, `issues.header.${k}`),
        ),
        rows: result.issues.map((i) => [
          t(lang, `severity.${i.severity}`),
          i.sheet === 'Audit' ? ADDIN_SHEETS.Audit[lang] : label(SHEET_BY_KEY[i.sheet], lang),
          i.row,
          i.field && i.sheet !== 'Audit' ? fieldLabel(i.sheet, i.field, lang) : '',
          ruleTitle(i.rule, lang),
          i.message,
          owner(i),
        ]),
        // the links point into schema tables; the Audit row's message says where it is
        links: result.issues.map((i) => (i.sheet === 'Audit' ? null : { sheet: i.sheet, row: i.row, field: i.field })),
        wrap: [ISSUES_MESSAGE_COLUMN],
      },
      more(lang, 'issues.more'),
      reportRowLimit,
    ),
    lang,
  );
}

/** The Conflicts sheet: one row per group, linked to its first row. */
export async function writeConflictsSheet(
  port: WorkbookPort,
  result: Pick<CheckOutput, 'clusters' | 'people'>,
  lang: Lang,
  reportRowLimit = REPORT_ROW_LIMIT,
): Promise<void> {
  const staff = (id: string) => staffLabel(id, result.people, lang);
  await port.writeReportSheet(
    cappedReport(
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
          c.owners.map(staff).join(', '),
          c.suggestedOwner ? staff(c.suggestedOwner) : '',
          c.reasons.join('\n'),
        ]),
        links: result.clusters.map((c) => ({ sheet: 'Customers' as SheetKey, row: c.rows[0] })),
        wrap: [CONFLICTS_REASONS_COLUMN],
      },
      more(lang, 'conflicts.more'),
      reportRowLimit,
    ),
    lang,
  );
}
