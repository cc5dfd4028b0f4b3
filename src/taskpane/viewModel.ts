/**
 * Pure view-model builders for the task pane: they turn the engine's result and
 * the workbook data into what the lists show. No React, no Office, no DOM, so
 * they are unit-tested with plain data (test/taskpane/viewModel.test.ts).
 *
 * The pane depends on the shapes below, which are structural subsets of the
 * engine's types (CONTRACTS.md), so the pane keeps compiling while those grow.
 */
import type { Lang, SheetKey } from '../domain/schema';
import type { Issue, Severity } from '../domain/issues';
import type { Table, WorkbookData } from '../domain/table';
import { text } from '../domain/table';

/** What the pane needs of a conflict/duplicate cluster (see domain/conflicts Cluster). */
export interface ClusterView {
  id: string;
  rows: number[];
  customerIds: string[];
  owners: string[];
  kind: 'conflict' | 'duplicate';
  reasons: string[];
  evidence?: { a: number; b: number; rule?: string; score?: number }[];
  suggestedOwner: string;
  warnings?: string[];
}

/** What the pane needs of a validation rule description (see domain/validation RULES). */
export interface RuleView {
  id: string;
  severity?: Severity;
  zh?: string;
  en?: string;
  title?: { zh: string; en: string };
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  conflicts: number;
  duplicates: number;
}

export function summarise(issues: readonly Issue[], clusters: readonly ClusterView[]): CheckSummary {
  let errors = 0;
  let warnings = 0;
  for (const i of issues) {
    if (i.severity === 'error') errors++;
    else warnings++;
  }
  const conflicts = clusters.filter((c) => c.kind === 'conflict').length;
  return { errors, warnings, conflicts, duplicates: clusters.length - conflicts };
}

export interface IssueItem {
  key: string;
  /** 'Audit': the change log's broken hash chain (no jump: the pane selects only schema tables). */
  sheet: SheetKey | 'Audit';
  row: number;
  field?: string;
  message: string;
}

export interface IssueGroup {
  rule: string;
  title: string;
  severity: Severity;
  items: IssueItem[];
}

function ruleTitle(rule: RuleView | undefined, id: string, lang: Lang): string {
  if (!rule) return id;
  const own = lang === 'zh' ? rule.zh : rule.en;
  const nested = rule.title ? rule.title[lang] : undefined;
  return own || nested || id;
}

/**
 * Groups issues by rule id: errors first, then by size (largest group first), then
 * by rule id so the order is stable. Items inside a group keep sheet/row order.
 */
export function groupIssuesByRule(issues: readonly Issue[], rules: readonly RuleView[], lang: Lang): IssueGroup[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const groups = new Map<string, IssueGroup>();
  issues.forEach((issue, n) => {
    let g = groups.get(issue.rule);
    if (!g) {
      const info = byId.get(issue.rule);
      g = { rule: issue.rule, title: ruleTitle(info, issue.rule, lang), severity: issue.severity, items: [] };
      groups.set(issue.rule, g);
    }
    // A group is an error group when any of its issues is an error.
    if (issue.severity === 'error') g.severity = 'error';
    g.items.push({
      key: `${issue.sheet}:${issue.row}:${issue.field ?? ''}:${n}`,
      sheet: issue.sheet,
      row: issue.row,
      field: issue.field,
      message: issue.message,
    });
  });
  const out = [...groups.values()];
  for (const g of out) g.items.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  out.sort(
    (a, b) => rank(a.severity) - rank(b.severity) || b.items.length - a.items.length || (a.rule < b.rule ? -1 : 1),
  );
  return out;
}

export interface CustomerRow {
  row: number;
  customerId: string;
  name: string;
  owner: string;
  ownerName: string;
  phone: string;
}

export interface ConflictView {
  id: string;
  kind: 'conflict' | 'duplicate';
  rows: CustomerRow[];
  owners: { id: string; name: string }[];
  suggestedOwner: string;
  reasons: string[];
  warnings: string[];
  /** Pairs of worksheet rows the engine matched (for "not the same customer" per pair). */
  pairs: [number, number][];
  /** The engine's cluster, handed back to the actions. */
  source: ClusterView;
}

/** Index of worksheet row -> data-row index of a table. */
function rowIndex(table: Table | undefined): Map<number, number> {
  const m = new Map<number, number>();
  if (table) table.rowNumbers.forEach((r, i) => m.set(r, i));
  return m;
}

/** StaffId -> name, from the Staff sheet when there is one. */
export function staffNames(data: WorkbookData): Map<string, string> {
  const m = new Map<string, string>();
  const staff = data.Staff;
  if (!staff) return m;
  for (let i = 0; i < staff.length; i++) {
    const id = text(staff, 'StaffId', i);
    if (id) m.set(id, text(staff, 'Name', i));
  }
  return m;
}

/**
 * Conflict groups for display: each row's customer, owner (with the staff name),
 * the distinct owners, reasons and the matched pairs. Conflicts before duplicates,
 * then by first row (the engine's own order within a kind is kept).
 */
export function conflictViews(clusters: readonly ClusterView[], data: WorkbookData): ConflictView[] {
  const customers = data.Customers;
  const index = rowIndex(customers);
  const names = staffNames(data);
  const views = clusters.map((c): ConflictView => {
    const rows = c.rows.map((row, k): CustomerRow => {
      const i = index.get(row);
      const get = (f: string) => (customers && i !== undefined ? text(customers, f, i) : '');
      const owner = get('Owner') || c.owners[k] || '';
      return {
        row,
        customerId: get('CustomerId') || c.customerIds[k] || '',
        name: get('Name'),
        owner,
        ownerName: names.get(owner) ?? '',
        phone: get('Phone'),
      };
    });
    const ownerIds: string[] = [];
    for (const o of [...c.owners, ...rows.map((r) => r.owner)]) if (o && !ownerIds.includes(o)) ownerIds.push(o);
    const pairs: [number, number][] = [];
    const seen = new Set<string>();
    for (const e of c.evidence ?? []) {
      const a = Math.min(e.a, e.b);
      const b = Math.max(e.a, e.b);
      const k = `${a}-${b}`;
      if (a !== b && !seen.has(k)) {
        seen.add(k);
        pairs.push([a, b]);
      }
    }
    pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    return {
      id: c.id,
      kind: c.kind,
      rows,
      owners: ownerIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      suggestedOwner: c.suggestedOwner,
      reasons: c.reasons,
      warnings: c.warnings ?? [],
      pairs,
      source: c,
    };
  });
  const kindRank = (k: ConflictView['kind']) => (k === 'conflict' ? 0 : 1);
  return views
    .map((v, n) => ({ v, n }))
    .sort((x, y) => kindRank(x.v.kind) - kindRank(y.v.kind) || x.n - y.n)
    .map((x) => x.v);
}

/** "S012 王伟" or just "S012" when the roster has no name. */
export function ownerLabel(id: string, name: string): string {
  return name ? `${id} ${name}` : id;
}

/** The phases of a check, in order, as the progress bar shows them. */
export type CheckPhase = 'read' | 'validate' | 'match' | 'write';

/** Where each phase starts and ends on the determinate bar (reading is the slow part in Excel). */
const PHASE_SPAN: Record<CheckPhase, [number, number]> = {
  read: [0, 0.5],
  validate: [0.5, 0.65],
  match: [0.65, 0.9],
  write: [0.9, 1],
};

/** Fraction 0..1 of the overall check for the determinate bar. */
export function overallProgress(phase: CheckPhase, done: number, total: number): number {
  const f = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const [from, to] = PHASE_SPAN[phase];
  return from + (to - from) * f;
}

/** 1-based step number of a phase ("step 2 of 4"). */
export function phaseStep(phase: CheckPhase): { step: number; of: number } {
  const order: CheckPhase[] = ['read', 'validate', 'match', 'write'];
  return { step: order.indexOf(phase) + 1, of: order.length };
}

/** What the pane needs of the engine's SuspiciousPair (domain/conflicts). */
export interface SuspiciousInput {
  rows: [number, number];
  customerIds: [string, string];
  owners: [string, string];
  why: 'negative' | 'idConflict';
  message: string;
}

export interface SuspiciousView {
  key: string;
  rows: CustomerRow[];
  why: 'negative' | 'idConflict';
  message: string;
  /** The pair as a one-pair group, for the "not the same customer" action and dialog. */
  group: ConflictView;
}

function customerRow(
  data: WorkbookData,
  names: Map<string, string>,
  index: Map<number, number>,
  row: number,
  id: string,
  owner: string,
): CustomerRow {
  const customers = data.Customers;
  const i = index.get(row);
  const get = (f: string) => (customers && i !== undefined ? text(customers, f, i) : '');
  const o = get('Owner') || owner;
  return {
    row,
    customerId: get('CustomerId') || id,
    name: get('Name'),
    owner: o,
    ownerName: names.get(o) ?? '',
    phone: get('Phone'),
  };
}

/** A pair of customer rows as the pane shows it, with the pair as a one-pair group for "not the same customer". */
interface PairCard {
  key: string;
  rows: CustomerRow[];
  group: ConflictView;
}

function pairCard(
  pair: { rows: [number, number]; customerIds: [string, string]; owners: [string, string] },
  reasons: string[],
  data: WorkbookData,
  names: Map<string, string>,
  index: Map<number, number>,
): PairCard {
  const [a, b] = pair.rows[0] <= pair.rows[1] ? [0, 1] : [1, 0];
  const rows = [a, b].map((k) => customerRow(data, names, index, pair.rows[k], pair.customerIds[k], pair.owners[k]));
  const ownerIds = [...new Set(rows.map((r) => r.owner).filter(Boolean))];
  const source: ClusterView = {
    id: `${rows[0].row}\u2194${rows[1].row}`,
    rows: rows.map((r) => r.row),
    customerIds: rows.map((r) => r.customerId),
    owners: rows.map((r) => r.owner),
    kind: ownerIds.length > 1 ? 'conflict' : 'duplicate',
    reasons,
    suggestedOwner: '',
  };
  return {
    key: `${rows[0].row}-${rows[1].row}`,
    rows,
    group: {
      id: source.id,
      kind: source.kind,
      rows,
      owners: ownerIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      suggestedOwner: '',
      reasons,
      warnings: [],
      pairs: [[rows[0].row, rows[1].row]],
      source,
    },
  };
}

/**
 * Pairs the engine refused to merge although they share a phone or an ID ("different
 * people? please confirm"), in row order, each also as a one-pair group that the
 * "not the same customer" action records.
 */
export function suspiciousViews(pairs: readonly SuspiciousInput[], data: WorkbookData): SuspiciousView[] {
  const index = rowIndex(data.Customers);
  const names = staffNames(data);
  return pairs
    .map((s): SuspiciousView => ({ ...pairCard(s, [s.message], data, names, index), why: s.why, message: s.message }))
    .sort((x, y) => x.rows[0].row - y.rows[0].row || x.rows[1].row - y.rows[1].row);
}

/** What the pane needs of the engine's PossiblePair (domain/conflicts). */
export interface PossibleInput {
  rows: [number, number];
  customerIds: [string, string];
  owners: [string, string];
  reasons: string[];
  score: number;
  message: string;
}

export interface PossibleView {
  key: string;
  rows: CustomerRow[];
  reasons: string[];
  score: number;
  /** The pair as a one-pair group, for the "not the same customer" action and dialog. */
  group: ConflictView;
}

/**
 * Pairs with some evidence of one customer but not enough to merge (a rare name in the same city
 * under another phone), strongest first, as the engine ranks them; each also a one-pair group.
 */
export function possibleViews(pairs: readonly PossibleInput[], data: WorkbookData): PossibleView[] {
  const index = rowIndex(data.Customers);
  const names = staffNames(data);
  return pairs.map((x) => ({ ...pairCard(x, [x.message], data, names, index), reasons: x.reasons, score: x.score }));
}

/** What the pane needs of the engine's PlaceholderKey. */
export interface PlaceholderInput {
  rule: string;
  value: string;
  count: number;
  message: string;
}

/** Placeholder values, most-typed first (a value on 5,000 rows matters more than one on 60). */
export function placeholderViews(items: readonly PlaceholderInput[]): (PlaceholderInput & { key: string })[] {
  return items
    .map((p) => ({ ...p, key: `${p.rule}:${p.value}` }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The lists of cards an action starts from. */
export type CardList = 'conflicts' | 'suspicious' | 'possible';

/** The result of an action, placed in the list where the card acted on was. */
export interface PlacedResult {
  list: CardList;
  /** The card acted on (it may still be listed, e.g. a conflict that became a duplicate). */
  acted: string;
  /** The cards that followed it when it was acted on. */
  following: string[];
  intent: 'success' | 'error';
  text: string;
}

/**
 * Where in a list (its card keys now) the result of an action goes: before the first card that
 * followed the one acted on and is still listed, else right after the card acted on, else at the end.
 */
export function resultIndex(keys: readonly string[], placed: Pick<PlacedResult, 'acted' | 'following'>): number {
  const at = new Map(keys.map((k, i) => [k, i]));
  const acted = at.get(placed.acted);
  for (const k of placed.following) {
    const i = at.get(k);
    if (i !== undefined && (acted === undefined || i > acted)) return i;
  }
  return acted !== undefined ? acted + 1 : keys.length;
}

/** A date as the pane writes it (2026-06-30, 2026-06, 2026-06-30 14:05): never broken across lines. */
const DATE = /(\d{4}-\d{2}(?:-\d{2}(?: \d{2}:\d{2})?)?)/;

/** Text cut around its dates: dates at odd indexes (a split with one capture group). */
export function splitDates(text: string): string[] {
  return text.split(DATE);
}
