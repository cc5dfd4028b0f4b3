/**
 * The pane's services wired to the real engine and the audited workbook actions.
 * Shared by Excel (taskpane/index.tsx) and the playground: only the port differs.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { SHEET_BY_KEY } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import type { Settings, WorkbookPort } from '../workbook/port';
import { runCheck } from '../domain/engine';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from '../domain/conflicts/config';
import { RULES } from '../domain/validation';
import { applyCheckResult, createRows, loadNotSame, markNotSame, mergeDuplicates, resolveConflict } from '../workbook/actions';
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

/** The supervisor's saved thresholds applied to the default match config. */
export function matchOverride(settings: Partial<Settings>): Partial<MatchConfig> | undefined {
  const saved = (settings.matchThresholds ?? {}) as Record<string, unknown>;
  const decision = typeof saved.decision === 'number' ? saved.decision : settings.matchThreshold;
  if (typeof decision !== 'number' || !Number.isFinite(decision)) return undefined;
  return { decision: { ...DEFAULT_MATCH_CONFIG.decision, threshold: decision } };
}

/**
 * Only the status columns the schema gives the add-in (a table without a Check field,
 * such as Duty, keeps its issues in the Issues sheet): the add-in never adds columns
 * the schema does not own.
 */
export function ownStatusColumns<C extends { field: string }>(status: Partial<Record<SheetKey, C[]>>): Partial<Record<SheetKey, C[]>> {
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
      const override = matchOverride(settings);
      const value = override?.decision?.threshold ?? DEFAULT_MATCH_CONFIG.decision.threshold;
      return [{ key: 'decision', value, min: 1, max: 30, step: 0.5 }];
    },
    async runCheck(port, settings, lang, onProgress, signal) {
      settingsForActions = settings;
      const read = await port.read({ onProgress, signal });
      signal.throwIfAborted();
      const notSame = await loadNotSame(port, lang);
      // Let the browser paint the "matching" state before the synchronous engine runs.
      onProgress({ phase: 'match', done: 0, total: read.Customers?.length ?? 0 });
      await new Promise((r) => setTimeout(r, 0));
      signal.throwIfAborted();
      const result = runCheck(
        read,
        {
          today: options.today ?? localToday(),
          lang,
          staleDays: settings.staleDays ?? 30,
          match: matchOverride(settings),
          notSame,
        },
        onProgress,
      );
      signal.throwIfAborted();
      onProgress({ phase: 'write', done: 0, total: 1 });
      await applyCheckResult(port, { ...result, status: ownStatusColumns(result.status) }, lang);
      onProgress({ phase: 'write', done: 1, total: 1 });
      lastData = read;
      return { data: read, issues: result.issues, clusters: result.clusters };
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
      await createRows(port, 'Reviews', proposals.map((p) => p.row), who(settings, lang), lang);
      return proposals.length;
    },
  };
}
