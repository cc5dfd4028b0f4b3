/**
 * The pane's services wired to the real engine and the audited workbook actions.
 * Shared by Excel (taskpane/index.tsx) and the playground: only the port differs.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { SHEET_BY_KEY } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import type { Settings, WorkbookPort } from '../workbook/port';
import { runCheck, type CheckResult } from '../domain/engine';
import type { MatchConfig } from '../domain/conflicts/config';
import { STALE_DAYS, TUNABLES, matchOverrideFrom, savedTunables, tunedConfig } from './matchSettings';
import { RULES } from '../domain/validation';
import {
  applyCheckResult,
  createRows,
  loadNotSame,
  markNotSame,
  mergeDuplicates,
  resolveConflict,
  writeReviewScores,
} from '../workbook/actions';
import { runReviews } from '../domain/reviews';
import { buildReviewsView } from './reviewsAdapter';
import { t } from '../i18n';
import type { PaneServices, ThresholdInfo } from './services';
import type { RuleView } from './viewModel';

export interface DefaultServiceOptions {
  /** Pin "today" (a day number) for reproducible runs (playground, tests). */
  today?: number;
}

/** Today in the local calendar, as whole days since 1970-01-01. */
export function localToday(now: Date = new Date()): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000);
}

function who(settings: Partial<Settings>, lang: Lang): string {
  return typeof settings.who === 'string' && settings.who.trim() ? settings.who.trim() : t(lang, 'pane.who.default');
}

/** The supervisor's saved thresholds (Settings.matchThresholds) as the override runCheck takes. */
export function matchOverride(settings: Partial<Settings>): Partial<MatchConfig> | undefined {
  return matchOverrideFrom(savedTunables(settings.matchThresholds, settings.matchThreshold));
}

/**
 * Waits until the browser has had a chance to paint (the next animation frame, then a
 * macrotask), so the progress bar shows the new phase before synchronous engine work.
 * A hidden pane gets no frames: the 50 ms timer keeps the check going then; outside a
 * browser (tests, CLI) it is one macrotask.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(finish);
      setTimeout(finish, 50);
    } else finish();
  });
}

/**
 * The result of a validation-only run and of a matching-only run, put together: the
 * Check column from the first, the ConflictGroup column from the second. The engine
 * writes exactly these two columns for Customers and only Check elsewhere.
 */
export function combineRuns(validated: CheckResult, matched: CheckResult): CheckResult {
  const status: CheckResult['status'] = {};
  for (const [sheet, columns] of Object.entries(validated.status) as [SheetKey, CheckResult['status'][SheetKey]][]) {
    const conflict = matched.status[sheet]?.find((c) => c.field === 'ConflictGroup');
    status[sheet] = (columns ?? []).map((c) => (c.field === 'ConflictGroup' && conflict ? conflict : c));
  }
  return {
    issues: validated.issues,
    clusters: matched.clusters,
    suspicious: matched.suspicious,
    possible: matched.possible,
    placeholders: matched.placeholders,
    status,
    stats: {
      ...validated.stats,
      conflicts: matched.stats.conflicts,
      duplicates: matched.stats.duplicates,
      msMatch: matched.stats.msMatch,
      match: matched.stats.match,
    },
  };
}

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

export function createDefaultServices(options: DefaultServiceOptions = {}): PaneServices {
  // The last data read, so an action works on exactly the rows the list showed.
  let lastData: WorkbookData | null = null;
  let settingsForActions: Partial<Settings> = {};
  const data = (): WorkbookData => {
    if (!lastData) throw new Error('run the check first');
    return lastData;
  };
  return {
    today: () => options.today ?? localToday(),
    rules: (): RuleView[] => RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title })),
    thresholds: (settings): ThresholdInfo[] => {
      const saved = savedTunables(settings.matchThresholds, settings.matchThreshold);
      const tuned = tunedConfig(saved);
      const defaults = tunedConfig({});
      return TUNABLES.map((x) => ({
        key: x.key,
        value: x.get(tuned),
        defaultValue: x.get(defaults),
        min: x.min,
        max: x.max,
        step: x.step,
        integer: x.integer,
        section: x.section,
        labelKey: x.labelKey,
      }));
    },
    matchConfig: (values) => tunedConfig(values),
    async runCheck(port, settings, lang, onProgress, signal) {
      settingsForActions = settings;
      // 1. Reading: the port reports per chunk and stops on the signal.
      const read = await port.read({
        onProgress: (p) => onProgress({ phase: 'read', done: p.done, total: p.total }),
        signal,
      });
      signal.throwIfAborted();
      const notSame = await loadNotSame(port, lang);
      const today = options.today ?? localToday();
      const customers = read.Customers?.length ?? 0;
      // 2. Validation. The engine is synchronous: yield first so the bar shows the phase.
      onProgress({ phase: 'validate', done: 0, total: 1 });
      await yieldToBrowser();
      signal.throwIfAborted();
      const staleDays = typeof settings.staleDays === 'number' ? settings.staleDays : STALE_DAYS.default;
      const validated = runCheck(read, { today, lang, staleDays, skipMatching: true });
      onProgress({ phase: 'validate', done: 1, total: 1 });
      // 3. Matching, after another repaint; a cancel pressed meanwhile stops here.
      onProgress({ phase: 'match', done: 0, total: customers });
      await yieldToBrowser();
      signal.throwIfAborted();
      const matched = runCheck(read, { today, lang, match: matchOverride(settings), notSame, skipValidation: true });
      onProgress({ phase: 'match', done: customers, total: customers });
      signal.throwIfAborted();
      const result = combineRuns(validated, matched);
      // 4. Writing back.
      onProgress({ phase: 'write', done: 0, total: 1 });
      await yieldToBrowser();
      // Last point to cancel: nothing has been written yet. Once writing starts it completes.
      signal.throwIfAborted();
      await applyCheckResult(port, { ...result, status: ownStatusColumns(result.status) }, lang);
      onProgress({ phase: 'write', done: 1, total: 1 });
      lastData = read;
      return {
        data: read,
        issues: result.issues,
        clusters: result.clusters,
        suspicious: result.suspicious,
        placeholders: result.placeholders,
      };
    },
    async resolveConflict(port, cluster, owner, lang) {
      await resolveConflict(port, data(), cluster, owner, who(settingsForActions, lang), lang);
    },
    async mergeDuplicates(port, cluster, keepRow, lang) {
      await mergeDuplicates(port, data(), cluster, keepRow, who(settingsForActions, lang), lang);
    },
    async markNotSame(port: WorkbookPort, cluster, pair, lang) {
      await markNotSame(port, data(), cluster, who(settingsForActions, lang), lang, pair ?? undefined);
    },
    reviews: (read, _settings, lang) => buildReviewsView(read, options.today ?? localToday(), lang),
    async createMissingReviews(port, read, settings, lang) {
      const { proposals } = runReviews(read, { today: options.today ?? localToday(), lang });
      await createRows(
        port,
        'Reviews',
        proposals.map((p) => p.row),
        who(settings, lang),
        lang,
      );
      return proposals.length;
    },
    async updateReviewScores(port, lang) {
      // Read afresh: the formulas address this row's cells, so the columns must be where they are now.
      const read = await port.read({ sheets: ['Customers', 'Ledger', 'Reviews', 'Staff', 'Policy', 'Weights'] });
      const written = await writeReviewScores(port, read, lang, { today: options.today ?? localToday() });
      return { rows: written?.rows ?? 0, formulas: written?.formulas ?? 0 };
    },
  };
}
