/**
 * The engine: one entry point for Excel, the playground, the CLI and the tests.
 * It validates the workbook, finds customer conflicts, and turns both into the
 * add-in's status columns, so a rule that passes its tests behaves the same everywhere.
 */
import type { Issue } from './issues';
import type { Lang, SheetKey } from './schema';
import { SHEET_BY_KEY } from './schema';
import type { Table, WorkbookData } from './table';
import { validateWorkbook, RULE_BY_ID, DEFAULT_STALE_DAYS, separateErrorValues } from './validation';
import { matchCustomers, matchStateOf } from './conflicts';
import type {
  Cluster,
  MatchConfig,
  MatchState,
  MatchStats,
  NotSameRef,
  PlaceholderKey,
  PossiblePair,
  SuspiciousPair,
} from './conflicts';
import { t } from '../i18n';
import type { DutyPolicy } from './duty/policy';

export { STATUS_MARKERS } from './status-markers';
import { STATUS_MARKERS } from './status-markers';
import { firstUserValue } from './validation/customers/status-columns';

export interface CheckOptions {
  /** Today as a day number (see normalise/dates); pin it for reproducible results. */
  today: number;
  lang: Lang;
  staleDays?: number;
  /** The showroom-operations policy (domain/operations/policy; defaults when absent). */
  workdayEndMinutes?: number;
  logCheckDays?: number;
  /** People on duty a day per showroom and weekday (settings' dutyPeople). */
  dutyPolicy?: DutyPolicy;
  /** A supervisor's tuning of the matcher (thresholds, block sizes...). */
  match?: Partial<MatchConfig>;
  /** Pairs (CustomerIds or worksheet rows) marked "not the same customer". */
  notSame?: ReadonlyArray<readonly [NotSameRef, NotSameRef]>;
  /** Skip validation or matching (e.g. `conflicts` alone). */
  skipValidation?: boolean;
  skipMatching?: boolean;
}

/** Where a check is when it pauses (see checkSteps): validation done, matching next. */
export type CheckStep = 'validated';

/** One of the add-in's own columns, one value per data row of a table. */
export interface EngineStatusColumn {
  field: string;
  values: (string | null)[];
}

export interface CheckStats {
  customers: number;
  errors: number;
  warnings: number;
  conflicts: number;
  duplicates: number;
  msValidate: number;
  msMatch: number;
  match?: MatchStats;
}

export interface CheckResult {
  issues: Issue[];
  clusters: Cluster[];
  /** Same phone (or other strong key) but evidence that they are different people: shown, never merged. */
  suspicious: SuspiciousPair[];
  /** Some evidence of one customer but not enough (a rare name in one city): a list to review, never merged. */
  possible: PossiblePair[];
  /** Placeholder values typed for many customers (e.g. 13800000000), not treated as evidence. */
  placeholders: PlaceholderKey[];
  /** Status columns per table, ready for WorkbookPort.writeStatusColumns. */
  status: Partial<Record<SheetKey, EngineStatusColumn[]>>;
  stats: CheckStats;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Runs the whole check at once (the CLI, tests and benches). */
export function runCheck(data: WorkbookData, options: CheckOptions): CheckResult {
  const steps = checkSteps(data, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The check as one run that pauses once, after validation and before matching, so a host
 * can show progress and let the browser paint (the pane) or stop on a cancel. Each pause
 * yields the step just finished; the generator returns the result. The two halves share
 * this run's issues (the suggested owner needs them): nothing is combined from partial runs.
 */
export function* checkSteps(
  workbookData: WorkbookData,
  options: CheckOptions,
): Generator<CheckStep, CheckResult, void> {
  const { lang } = options;
  // error values (#N/A) are not text: two customers whose phone is #N/A share no phone
  const data = separateErrorValues(workbookData);
  const t0 = now();
  const issues = options.skipValidation
    ? []
    : validateWorkbook(data, {
        today: options.today,
        lang,
        staleDays: options.staleDays ?? DEFAULT_STALE_DAYS,
        workdayEndMinutes: options.workdayEndMinutes,
        logCheckDays: options.logCheckDays,
        dutyPolicy: options.dutyPolicy,
      });
  const t1 = now();
  yield 'validated';
  const t2 = now();
  const customers = data.Customers;
  const match =
    customers && !options.skipMatching
      ? matchCustomers(customers, options.match, {
          lang,
          notSame: options.notSame,
          ownerCannotKeep: ownerCannotKeep(data, issues, options),
        })
      : undefined;
  const t3 = now();

  const clusters = match?.clusters ?? [];
  const status: Partial<Record<SheetKey, EngineStatusColumn[]>> = {};
  for (const [key, table] of Object.entries(data) as [SheetKey, Table][]) {
    if (!table || !table.mapping) continue;
    // Only tables that have the add-in's own Check column get status written.
    if (!SHEET_BY_KEY[key].fields.some((f) => f.key === 'Check' && f.owner === 'addin')) continue;
    const check = checkColumn(table, issues, lang);
    if (key === 'Customers') {
      // a status column holding the user's own text is left alone (rule customer.status.user says so)
      status.Customers = [check, conflictColumn(table, clusters, lang)].filter(
        (c) => firstUserValue(table, c.field) < 0,
      );
    } else if (check.values.some((v) => v !== null)) status[key] = [check];
  }

  const result = checkResultOf(issues, clusters, match, status, customers?.length ?? 0);
  result.stats.msValidate = t1 - t0;
  result.stats.msMatch = t3 - t2;
  // an incremental update after an action starts from what this match knew (not enumerable: not data)
  const state = match && matchStateOf(match);
  if (state) Object.defineProperty(result, 'matchState', { value: state, enumerable: false });
  return result;
}

/** The result of a check from its parts (the counts derived from them). */
export function checkResultOf(
  issues: Issue[],
  clusters: Cluster[],
  match:
    | { suspicious: SuspiciousPair[]; possible?: PossiblePair[]; placeholders: PlaceholderKey[]; stats?: MatchStats }
    | undefined,
  status: Partial<Record<SheetKey, EngineStatusColumn[]>>,
  customers: number,
): CheckResult {
  // index loops: a for-of here runs before it is optimised, and allocates an iterator result per issue
  let errors = 0;
  for (let k = 0; k < issues.length; k++) if (issues[k].severity === 'error') errors++;
  return {
    issues,
    clusters,
    suspicious: match?.suspicious ?? [],
    possible: match?.possible ?? [],
    placeholders: match?.placeholders ?? [],
    status,
    stats: {
      customers,
      errors,
      warnings: issues.length - errors,
      conflicts: clusters.filter((c) => c.kind === 'conflict').length,
      duplicates: clusters.filter((c) => c.kind === 'duplicate').length,
      msValidate: 0,
      msMatch: 0,
      match: match?.stats,
    },
  };
}

/** The match state behind a check's clusters (see conflicts' MatchState), when it matched. */
export function checkMatchState(result: CheckResult): MatchState | undefined {
  return (result as { matchState?: MatchState }).matchState;
}

/** Rules whose issue means a row's Owner cannot keep the customer: not on the roster, left, another showroom's. */
export const OWNER_CANNOT_KEEP_RULES: readonly string[] = [
  'customer.owner.unknown',
  'customer.owner.inactive',
  'customer.owner.showroom',
];

/**
 * Worksheet rows of Customers whose Owner cannot keep the customer, for the suggested owner of a
 * conflict: from this run's issues, or (matching alone) from those three rules run by themselves.
 */
function ownerCannotKeep(data: WorkbookData, issues: readonly Issue[], options: CheckOptions): Set<number> {
  const found = options.skipValidation
    ? validateWorkbook(data, {
        today: options.today,
        lang: options.lang,
        staleDays: options.staleDays ?? DEFAULT_STALE_DAYS,
        only: OWNER_CANNOT_KEEP_RULES,
      })
    : issues;
  const rows = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    const issue = found[k];
    if (issue.sheet === 'Customers' && OWNER_CANNOT_KEEP_RULES.includes(issue.rule)) rows.add(issue.row);
  }
  return rows;
}

/** Data-row index by worksheet row number (-1 when the row is not in the table): a typed array, no Map per check. */
function rowIndex(table: Table): (row: number) => number {
  const rows = table.rowNumbers;
  // The usual table: consecutive rows after the header, so the index is arithmetic. (A lookup
  // array for a million rows is 4 MB outside the JS heap, and such allocations bring on full
  // garbage collections of the whole heap.)
  const first = rows.length ? rows[0] : 0;
  let consecutive = Number.isInteger(first);
  for (let i = 1; i < rows.length && consecutive; i++) consecutive = rows[i] === first + i;
  if (consecutive) {
    const end = first + rows.length;
    return (row) => (row >= first && row < end && Number.isInteger(row) ? row - first : -1);
  }
  let max = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i] > max) max = rows[i];
  if (max > 4 * rows.length + 1_100_000) {
    // sparse or odd row numbers: a Map is smaller than a lookup array
    const map = new Map<number, number>();
    for (let i = 0; i < rows.length; i++) map.set(rows[i], i);
    return (row) => map.get(row) ?? -1;
  }
  const index = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < rows.length; i++) if (rows[i] >= 0 && Number.isInteger(rows[i])) index[rows[i]] = i;
  return (row) => (row >= 0 && row <= max && Number.isInteger(row) ? index[row] : -1);
}

/** The Check column: "✖ rule title; ⚠ rule title" per row, errors first. */
export function checkColumn(table: Table, issues: Issue[], lang: Lang): EngineStatusColumn {
  const values: (string | null)[] = new Array(table.length).fill(null);
  const index = rowIndex(table);
  // issues chained per data row (in issue order) through typed arrays: no Map or Sets per row
  const head = new Int32Array(table.length).fill(-1);
  const tail = new Int32Array(table.length).fill(-1);
  const next = new Int32Array(issues.length).fill(-1);
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k];
    if (issue.sheet !== table.sheet) continue;
    const i = index(issue.row);
    if (i < 0) continue;
    if (head[i] < 0) head[i] = k;
    else next[tail[i]] = k;
    tail[i] = k;
  }
  const separator = t(lang, 'engine.listSeparator');
  const titleOf = new Map<string, string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const errorOnly = new Map<string, string>();
  const warningOnly = new Map<string, string>();
  const titleOfRule = (rule: string): string => {
    let title = titleOf.get(rule);
    if (title === undefined) {
      const def = RULE_BY_ID.get(rule);
      title = def ? def.title[lang] : rule;
      titleOf.set(rule, title);
    }
    return title;
  };
  // by rule: the text of a row whose only finding is that rule's (most rows with findings)
  const errorOnlyByRule = new Map<string, string>();
  const warningOnlyByRule = new Map<string, string>();
  for (let i = 0; i < table.length; i++) {
    const first = head[i];
    if (first < 0) continue;
    if (next[first] < 0) {
      const issue = issues[first];
      const isError = issue.severity === 'error';
      const byRule = isError ? errorOnlyByRule : warningOnlyByRule;
      let text = byRule.get(issue.rule);
      if (text === undefined) {
        text = `${isError ? STATUS_MARKERS.error : STATUS_MARKERS.warning} ${titleOfRule(issue.rule)}`;
        byRule.set(issue.rule, text);
      }
      values[i] = text;
      continue;
    }
    errors.length = 0;
    warnings.length = 0;
    for (let k = head[i]; k >= 0; k = next[k]) {
      const issue = issues[k];
      const title = titleOfRule(issue.rule);
      const list = issue.severity === 'error' ? errors : warnings;
      if (!list.includes(title)) list.push(title);
    }
    if (errors.length + warnings.length === 1) {
      // the usual row has one finding: rows with the same one share one text (no string per row)
      const single = errors.length ? errorOnly : warningOnly;
      const title = errors.length ? errors[0] : warnings[0];
      let text = single.get(title);
      if (text === undefined) {
        text = `${errors.length ? STATUS_MARKERS.error : STATUS_MARKERS.warning} ${title}`;
        single.set(title, text);
      }
      values[i] = text;
      continue;
    }
    const parts: string[] = [];
    if (errors.length) parts.push(`${STATUS_MARKERS.error} ${errors.join(separator)}`);
    if (warnings.length) parts.push(`${STATUS_MARKERS.warning} ${warnings.join(separator)}`);
    values[i] = parts.join(' ');
  }
  return { field: 'Check', values };
}

/** The ConflictGroup column: "⚑ G3 conflict" / "◆ G4 duplicate" on every row of a group. */
export function conflictColumn(table: Table, clusters: Cluster[], lang: Lang): EngineStatusColumn {
  const values: (string | null)[] = new Array(table.length).fill(null);
  const index = rowIndex(table);
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k];
    const marker = c.kind === 'conflict' ? STATUS_MARKERS.conflict : STATUS_MARKERS.duplicate;
    const text = `${marker} ${c.id} ${t(lang, `engine.kind.${c.kind}`)}`;
    for (let r = 0; r < c.rows.length; r++) {
      const i = index(c.rows[r]);
      if (i >= 0) values[i] = text;
    }
  }
  return { field: 'ConflictGroup', values };
}

/**
 * Whether the workbook has a customer file to check: the Customers table (by name or by its
 * headers) with at least one column recognised. Without it a check has nothing to say, and
 * must not say "no errors, no conflicts" (nor write anything).
 */
export function customersRecognised(data: WorkbookData): boolean {
  const customers = data.Customers;
  return !!customers && Object.keys(customers.mapping.columns).length > 0;
}
