/**
 * The pane's services: a thin wiring of the use cases in src/app, the same ones the CLI
 * and the playground call. Shared by Excel (taskpane/index.tsx) and the playground: only
 * the port differs. The only state kept is the last check (its data and settings), so an
 * action works on exactly the rows the list showed and records who acted.
 */
import type { Lang } from '../domain/schema';
import { RULES } from '../domain/validation';
import { savedTunables, tunedConfig } from '../domain/conflicts/tunables';
import { checkWorkbook, type CheckedWorkbook } from '../app/check-workbook';
import { localToday } from '../app/today';
import { actingPerson } from '../app/settings';
import { resolveConflict } from '../app/resolve-conflict';
import { mergeDuplicates } from '../app/merge-duplicates';
import { markNotSame } from '../app/not-same';
import { createReviewRows } from '../app/review-rows';
import { updateScores } from '../app/review-scores';
import { reviewsOf } from '../app/reviews';
import { reviewsViewFrom } from './reviewsAdapter';
import { thresholdViews } from './matchSettings';
import type { PaneServices } from './services';
import type { RuleView } from './viewModel';

export interface DefaultServiceOptions {
  /** Pin "today" (a day number) for reproducible runs (playground, tests). */
  today?: number;
}

export function createDefaultServices(options: DefaultServiceOptions = {}): PaneServices {
  let last: CheckedWorkbook | null = null;
  const checked = (): CheckedWorkbook => {
    if (!last) throw new Error('run the check first');
    return last;
  };
  const today = () => options.today ?? localToday();
  const acting = (lang: Lang) => ({ who: actingPerson(checked().settings, lang), lang });
  return {
    today,
    rules: (): RuleView[] => RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title })),
    thresholds: (settings) => thresholdViews(savedTunables(settings.matchThresholds, settings.matchThreshold)),
    matchConfig: (values) => tunedConfig(values),
    async runCheck(port, lang, onProgress, signal, confirmFirstWrite) {
      const outcome = await checkWorkbook(port, { today: today(), lang, onProgress, signal, confirmFirstWrite });
      if (outcome.outcome !== 'checked') return { outcome: outcome.outcome };
      last = outcome;
      const { data, result } = outcome;
      return {
        outcome: 'checked',
        run: {
          data,
          issues: result.issues,
          clusters: result.clusters,
          suspicious: result.suspicious,
          possible: result.possible,
          placeholders: result.placeholders,
        },
      };
    },
    async resolveConflict(port, cluster, owner, lang) {
      await resolveConflict(port, checked().data, cluster, owner, acting(lang));
    },
    async mergeDuplicates(port, cluster, keepRow, lang) {
      await mergeDuplicates(port, checked().data, cluster, keepRow, acting(lang));
    },
    async markNotSame(port, cluster, pair, lang) {
      await markNotSame(port, checked().data, cluster, acting(lang), pair ?? undefined);
    },
    reviews(data, lang) {
      const { reviews, tiers } = reviewsOf(data, { today: today(), lang });
      return reviewsViewFrom(reviews, tiers, lang);
    },
    async createMissingReviews(port, data, lang) {
      return createReviewRows(port, data, { ...acting(lang), today: today() });
    },
    async updateReviewScores(port, lang) {
      const written = await updateScores(port, { today: today(), lang });
      return { rows: written?.rows ?? 0, formulas: written?.formulas ?? 0 };
    },
  };
}
